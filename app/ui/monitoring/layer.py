"""Many curves drawn in slices: an image made a few milliseconds at a time, then blitted.

Dozens of socket curves stroke tens of thousands of segments (about 100 ms for 129 noisy
curves): done at once that would stall the event loop. A worker thread does not help, since
PySide6 keeps the GIL during a drawPath call. So the curves go into an image in small paths
(CHUNK columns each), SLICE_S of drawing per event-loop turn; until the new image is complete
the previous one is drawn where its data lies (a pan or the follow scroll moves it with the
axes). Gaps (NaN) stay gaps. A wide solid pen strokes separate segments (drawLines), as
pyqtgraph's own curves do: Qt's stroker turns a wide path into polygons, a hundred times slower.

Following the newest data, a new row only moves everything left: the next image is then the
last image stroked whole, shifted by whole pixels, plus the segments of the rows after it
(`_scrolled`), a millisecond instead of stroking every curve again. Those rows are stroked as
one run each time, so a dashed line keeps its dashes (short runs of their own would each begin
with a dash: solid); after MAX_TAIL rows, or anything else (a new scale, a pan to the left,
downsampled data whose buckets moved), the whole image is stroked again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyqtgraph as pg
import PySide6.QtCore  # noqa: F401  (before pyqtgraph: it must pick PySide6)
from pyqtgraph.graphicsItems.PlotCurveItem import arrayToLineSegments
from PySide6.QtCore import QLineF, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QTransform

from app.core.series import FloatArray

Segments = Any  # pyqtgraph's array of QLineF (has `drawargs()`)
Shape = QPainterPath | Segments
CHUNK = 2  # columns per path: one drawPath of 2 x 500 noisy segments takes ~2 ms
MAX_TAIL = 40  # rows stroked over a shifted image before the whole is stroked again
SLICE_S = 0.003  # drawing per event-loop turn (one stroke more may run over it)


@dataclass
class Job:
    """An image being made: the strokes left (a pen and its columns, turned into a path only
    when its turn comes, so no single turn builds them all) and the data rectangle it covers."""

    generation: int
    strokes: list[tuple[QPen, tuple[int, ...], int]]  # pen, columns, first row
    x: FloatArray
    values: FloatArray
    rect: QRectF
    image: QImage
    transform: QTransform  # data -> image pixels
    whole: bool = True  # every row stroked (not a shifted image)
    started: float = field(default_factory=time.perf_counter)

    def step(self, budget_s: float) -> bool:
        """Stroke for about `budget_s`; True once all is done."""
        deadline = time.perf_counter() + budget_s
        painter = QPainter(self.image)  # one painter per slice: none is left open between turns
        try:
            painter.setTransform(self.transform)
            while self.strokes and time.perf_counter() < deadline:
                pen, columns, first = self.strokes.pop(0)
                shape = _shape(pen, self.x[first:], self.values[first:], columns)
                painter.setPen(pen)
                if isinstance(shape, QPainterPath):
                    painter.drawPath(shape)
                else:
                    painter.drawLines(*shape.drawargs())
        finally:
            painter.end()
        return not self.strokes


class SlicedCurves(pg.GraphicsObject):  # type: ignore[misc]
    """Curves given as columns of one array; `set_data` starts a new image."""

    def __init__(self, groups: Sequence[tuple[QPen, Sequence[int]]]) -> None:
        super().__init__()
        self.groups = tuple((QPen(pen), tuple(columns)) for pen, columns in groups)
        self.x: FloatArray = np.empty(0)
        self.values: FloatArray = np.empty((0, 0))
        self.image: QImage | None = None
        self.image_rect = QRectF()
        self.generation = 0
        self.rendered_generation = -1
        self.render_ms = math.nan  # wall time from start to the last complete image
        self.scrolled = 0  # images made by shifting the previous one (for the tests)
        self._appended = False  # the data only grew at its end since the last image
        self._whole: Job | None = None  # the last image stroked whole
        self._shown: Job | None = None  # the job that made the image shown
        self._job: Job | None = None
        self._dirty = False
        self._owner = QObject()  # QTimer needs a QObject parent; GraphicsObject is one, but
        self._timer = QTimer(self._owner)  # keep the timer off pyqtgraph's item machinery
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)

    def set_data(self, x: FloatArray, values: FloatArray, *, appended: bool = False) -> None:
        """New data (x: (n,), values: (n, columns)); the image follows within a few turns.
        `appended`: the rows it shares with the previous data are the same (not downsampled)."""
        self.x, self.values = x, values
        self._appended = appended
        self.generation += 1
        self.informViewBoundsChanged()
        self.schedule()

    def viewRangeChanged(self, *_args: object) -> None:
        self.schedule()

    def schedule(self) -> None:
        """Make a new image (after the one being made, if any)."""
        self._dirty = True
        self._timer.start()

    def _work(self) -> None:
        if self._job is None and self._dirty:
            self._dirty = False
            self._job = self._new_job()
        job = self._job
        if job is None:
            return
        if job.step(SLICE_S):
            self._job = None
            self.prepareGeometryChange()
            self.image, self.image_rect = job.image, job.rect
            self._shown = job
            if job.whole:
                self._whole = job
            self.rendered_generation = job.generation
            self.render_ms = (time.perf_counter() - job.started) * 1000
            self.update()
        if self._job is not None or self._dirty:
            self._timer.start()

    def _new_job(self) -> Job | None:
        rect = self.viewRect()
        transform = self.deviceTransform_()
        if self.values.size == 0 or rect is None or transform is None or not rect.isValid():
            return None
        device = transform.mapRect(rect)
        width, height = math.ceil(device.width()), math.ceil(device.height())
        if width < 1 or height < 1:
            return None
        to_image = transform * QTransform.fromTranslate(-device.x(), -device.y())
        scrolled = self._scrolled(to_image, width, height)
        if scrolled is not None:
            self.scrolled += 1
            return scrolled
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        strokes = [
            (pen, columns[i : i + CHUNK], 0)
            for pen, columns in self.groups
            for i in range(0, len(columns), CHUNK)
        ]
        rect = QRectF(rect)
        return Job(self.generation, strokes, self.x, self.values, rect, image, to_image)

    def _scrolled(self, to_image: QTransform, width: int, height: int) -> Job | None:
        """The shown image shifted left by whole pixels with the new rows' segments to stroke,
        when that is all that changed; else None."""
        made = self._whole
        if made is None or not self._appended or not made.x.size:
            return None
        old = made.transform
        same_scale = math.isclose(old.m11(), to_image.m11(), rel_tol=1e-9) and math.isclose(
            old.m22(), to_image.m22(), rel_tol=1e-9
        )
        shift = to_image.dx() - old.dx()
        moved_up_or_down = abs(to_image.dy() - old.dy()) > 1e-6
        if (made.image.width(), made.image.height()) != (width, height) or not same_scale:
            return None
        last = float(made.x[-1])
        if moved_up_or_down or shift > 0.5 or last > made.rect.right():
            return None  # something left of the old image, or past its right edge, shows now
        first = int(np.searchsorted(self.x, last))
        if first >= self.x.size or self.x[first] != last or self.x.size - first > MAX_TAIL:
            return None
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.drawImage(round(shift), 0, made.image)
        painter.end()
        transform = old * QTransform.fromTranslate(round(shift), 0)
        rect = transform.inverted()[0].mapRect(QRectF(0, 0, width, height))
        strokes = [(pen, columns, first) for pen, columns in self.groups]
        return Job(self.generation, strokes, self.x, self.values, rect, image, transform, False)

    def close(self) -> None:
        """Stop making images."""
        self._timer.stop()
        self._job = None

    # --- QGraphicsItem ------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(self.image_rect)

    def paint(self, painter: QPainter, *_args: object) -> None:
        if self.image is None:
            return
        target = painter.transform().mapRect(self.image_rect)
        painter.save()
        painter.resetTransform()
        painter.drawImage(target, self.image)
        painter.restore()

    def dataBounds(
        self,
        axis: int,
        frac: float = 1.0,
        orthoRange: object = None,  # noqa: N803  (pyqtgraph passes it by this name)
    ) -> tuple[float, float] | None:
        data = self.x if axis == 0 else self.values
        finite = data[np.isfinite(data)]
        if not finite.size:
            return None
        return float(finite.min()), float(finite.max())


def _shape(pen: QPen, x: FloatArray, values: FloatArray, columns: tuple[int, ...]) -> Shape:
    """What strokes the columns fastest with `pen`: segments for a wide solid one."""
    if len(columns) == 1 and pen.widthF() > 1 and pen.style() == Qt.PenStyle.SolidLine:
        segments: Segments = arrayToLineSegments(
            x, values[:, columns[0]], connect="finite", finiteCheck=True
        )
        return segments
    return _path(x, values, columns)


def _path(x: FloatArray, values: FloatArray, columns: tuple[int, ...]) -> QPainterPath:
    """The columns as one path, each a separate run (a NaN between them)."""
    if not columns or not x.size:
        return QPainterPath()
    xs = np.tile(np.append(x, np.nan), len(columns))
    ys = np.concatenate([np.append(values[:, c], np.nan) for c in columns])
    path: QPainterPath = pg.arrayToQPath(xs, ys, connect="finite")
    return path


class GridLines(pg.GraphicsObject):  # type: ignore[misc]
    """Grid lines at the axes' ticks, drawn as one cheap item.

    pyqtgraph's own grid is part of the axis pictures, which then cover the whole plot and are
    replayed (tick texts included) whenever anything in the plot changes.
    """

    def __init__(self, bottom: pg.AxisItem, left: pg.AxisItem, alpha: float = 0.25) -> None:
        super().__init__()
        self.axes = (bottom, left)
        self.alpha = alpha
        self.setZValue(-100)
        self._lines: tuple[tuple[float, ...], list[QLineF]] = ((), [])  # for this view and size

    def viewRangeChanged(self, *_args: object) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:
        rect = self.viewRect()
        return QRectF(rect) if rect is not None else QRectF()

    def paint(self, painter: QPainter, *_args: object) -> None:
        rect = self.viewRect()
        transform = self.deviceTransform_()
        if rect is None or transform is None:
            return
        device = transform.mapRect(rect)
        bottom, left = self.axes
        view = (*rect.getCoords(), device.width(), device.height(), bottom.scale, left.scale)
        if view != self._lines[0]:  # else a repaint for another item: the same lines
            lines = [
                QLineF(x, rect.top(), x, rect.bottom())
                for x in _ticks(bottom, rect.left(), rect.right(), device.width())
            ]
            lines += [
                QLineF(rect.left(), y, rect.right(), y)
                for y in _ticks(left, rect.top(), rect.bottom(), device.height())
            ]
            self._lines = (view, lines)
        lines = self._lines[1]
        colour = QColor(bottom.pen().color())
        colour.setAlphaF(self.alpha)
        pen = QPen(colour, 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLines(lines)


def _ticks(axis: pg.AxisItem, low: float, high: float, pixels: float) -> list[float]:
    """Data positions of the axis' two coarsest tick levels."""
    scale = axis.scale or 1.0
    values: list[float] = []
    for _spacing, ticks in axis.tickValues(low, high, pixels)[:2]:
        values += [v / scale for v in ticks]
    return values
