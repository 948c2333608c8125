"""A recorded test's plot as vector drawing: axes, grid, one path per series, markers, legend.

The series come from the report model (`Plot`: seconds and values, gaps as None), so the PDF
holds lines, not a picture: they stay sharp at any zoom and the JSON twin has the same data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from app.core.report import Plot
from app.services.report.layout import (
    CONTENT_W,
    INK,
    LEFT,
    MARGIN_X,
    MM,
    MUTED,
    RULE,
    SMALL,
    Item,
    draw_text,
    text_height,
)

PLOT_H = 62 * MM
FALLBACK = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b")


def nice_step(span: float, count: int = 5) -> float:
    """A round grid step (1, 2 or 5 × 10ⁿ) giving about `count` lines over `span`."""
    raw = max(span, 1e-9) / count
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _bounds(plot: Plot) -> tuple[float, float, float, float]:
    ts = [t for line in plot.lines for t in line.t]
    ys = [y for line in plot.lines for y in line.y if y is not None]
    ys += [level for level, _ in plot.levels]
    if not ts or not ys:
        return 0.0, 1.0, 0.0, 1.0
    low, high = min(0.0, *ys), max(ys)
    t0, t1 = min(ts), max(ts)
    return t0, t1 if t1 > t0 else t0 + 1, low, high + 0.08 * (high - low or 1)


@dataclass
class PlotItem(Item):
    plot: Plot
    title: str
    axis_t: str  # "time, s"
    axis_y: str  # "current, A"
    labels: dict[str, str] = field(default_factory=dict)  # series and marker names in words

    def height(self) -> float:
        return PLOT_H + text_height(self.title, SMALL, CONTENT_W) + 16 * MM

    def paint(self, painter: QPainter, top: float, pages: dict[str, int]) -> None:
        painter.setFont(SMALL)
        painter.setPen(INK)
        title_h = text_height(self.title, SMALL, CONTENT_W)
        draw_text(painter, QRectF(MARGIN_X, top, CONTENT_W, title_h + 10), LEFT, self.title)
        area = QRectF(MARGIN_X + 12 * MM, top + title_h + 7 * MM, CONTENT_W - 48 * MM, PLOT_H)
        t0, t1, y0, y1 = _bounds(self.plot)
        scale_x = area.width() / (t1 - t0)
        scale_y = area.height() / (y1 - y0)

        def point(t: float, y: float) -> QPointF:
            return QPointF(area.left() + (t - t0) * scale_x, area.bottom() - (y - y0) * scale_y)

        self._grid(painter, area, (t0, t1, y0, y1), point)
        painter.save()
        painter.setClipRect(area)
        for n, line in enumerate(self.plot.lines):
            path, pen_down = QPainterPath(), False
            for t, y in zip(line.t, line.y, strict=False):
                if y is None:
                    pen_down = False
                    continue
                path.lineTo(point(t, y)) if pen_down else path.moveTo(point(t, y))
                pen_down = True
            pen = QPen(QColor(line.colour or FALLBACK[n % len(FALLBACK)]), 0.35 * MM)
            pen.setStyle(Qt.PenStyle.DashLine if line.dashed else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawPath(path)
        self._marks(painter, area, point, (t0, t1, y0, y1))
        painter.restore()
        self._legend(painter, area)

    def _grid(self, painter: QPainter, area: QRectF, box: tuple[float, ...], point: object) -> None:
        t0, t1, y0, y1 = box
        assert callable(point)
        painter.setFont(SMALL)
        step_t, step_y = nice_step(t1 - t0), nice_step(y1 - y0)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        value = math.ceil(y0 / step_y) * step_y
        while value <= y1:
            p = point(t0, value)
            painter.setPen(QPen(RULE, 2))
            painter.drawLine(QPointF(area.left(), p.y()), QPointF(area.right(), p.y()))
            painter.setPen(MUTED)
            draw_text(
                painter,
                QRectF(area.left() - 12 * MM, p.y() - 2 * MM, 11 * MM, 4 * MM),
                right,
                f"{value:g}",
            )
            value += step_y
        value = math.ceil(t0 / step_t) * step_t
        while value <= t1:
            p = point(value, y0)
            painter.setPen(QPen(RULE, 2))
            painter.drawLine(QPointF(p.x(), area.top()), QPointF(p.x(), area.bottom()))
            painter.setPen(MUTED)
            draw_text(
                painter,
                QRectF(p.x() - 6 * MM, area.bottom() + 0.8 * MM, 12 * MM, 4 * MM),
                centre,
                f"{value:g}",
            )
            value += step_t
        painter.setPen(QPen(INK, 3))
        painter.drawRect(area)
        painter.setPen(MUTED)
        draw_text(
            painter,
            QRectF(area.left(), area.bottom() + 4.5 * MM, area.width(), 4 * MM),
            centre,
            self.axis_t,
        )
        draw_text(
            painter, QRectF(MARGIN_X, area.top() - 4.5 * MM, 40 * MM, 4 * MM), LEFT, self.axis_y
        )

    def _marks(
        self, painter: QPainter, area: QRectF, point: object, box: tuple[float, ...]
    ) -> None:
        assert callable(point)
        t0, _t1, y0, _y1 = box
        pen = QPen(MUTED, 3)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setFont(SMALL)
        for t, name in self.plot.markers:
            x = point(t, y0).x()
            painter.setPen(pen)
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.setPen(MUTED)
            painter.drawText(
                QPointF(x + 0.8 * MM, area.top() + 3 * MM), self.labels.get(name, name)
            )
        for level, name in self.plot.levels:
            y = point(t0, level).y()
            painter.setPen(pen)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QPointF(area.left() + 0.8 * MM, y - 0.8 * MM), self.labels.get(name, name)
            )

    def _legend(self, painter: QPainter, area: QRectF) -> None:
        painter.setFont(SMALL)
        x, y = area.right() + 3 * MM, area.top() + 2 * MM
        for n, line in enumerate(self.plot.lines):
            pen = QPen(QColor(line.colour or FALLBACK[n % len(FALLBACK)]), 0.35 * MM)
            pen.setStyle(Qt.PenStyle.DashLine if line.dashed else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + 6 * MM, y))
            painter.setPen(INK)
            painter.drawText(
                QPointF(x + 7.5 * MM, y + 1.2 * MM), self.labels.get(line.name, line.name)
            )
            y += 4.5 * MM
