"""A signature drawn with the mouse, a pen or a finger, kept as a PNG for the report.

The pad records strokes in its own coordinates and scales them to a fixed canvas when it
saves, so a signature drawn in a small window and one drawn full screen make the same
picture. A signature read back from a draft is shown as the picture it was saved as; drawing
on it adds strokes on top, and Clear starts again.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

CANVAS = QSize(600, 200)  # the saved picture, in pixels (3:1, as a signature box on paper)
PEN_WIDTH = 3.0
INK = QColor(20, 30, 90)  # a dark blue pen, readable on the white pad whatever the theme


class SignaturePad(QWidget):
    """Draw with the left button; `png()` is the picture (b"" when nothing is drawn)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []  # in canvas coordinates
        self._background = QImage()  # a signature read back from a draft
        self.setMinimumSize(240, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad: draw the signature here"))

    def sizeHint(self) -> QSize:
        return QSize(360, 120)

    @property
    def is_empty(self) -> bool:
        return not self._strokes and self._background.isNull()

    def clear(self) -> None:
        self._strokes.clear()
        self._background = QImage()
        self.update()
        self.changed.emit()

    def set_png(self, data: bytes) -> bool:
        """Show a saved signature (a draft read back); False when `data` is not a picture."""
        image = QImage.fromData(QByteArray(data), "PNG") if data else QImage()
        self._strokes.clear()
        self._background = image
        self.update()
        return data == b"" or not image.isNull()

    def png(self) -> bytes:
        """The signature as a PNG of CANVAS size, transparent behind the ink; b"" if empty."""
        if self.is_empty:
            return b""
        image = QImage(CANVAS, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._draw(painter, QRectF(0, 0, CANVAS.width(), CANVAS.height()))
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(buffer.data().data())

    # --- drawing ------------------------------------------------------------------------

    def _area(self) -> QRectF:
        """Where the canvas sits in the widget: as large as fits, at the canvas's ratio."""
        width = min(self.width(), self.height() * CANVAS.width() / CANVAS.height())
        height = width * CANVAS.height() / CANVAS.width()
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _to_canvas(self, point: QPointF) -> QPointF:
        area = self._area()
        scale = CANVAS.width() / area.width()
        return QPointF((point.x() - area.x()) * scale, (point.y() - area.y()) * scale)

    def _draw(self, painter: QPainter, target: QRectF) -> None:
        """The background picture and the strokes, scaled from the canvas into `target`."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._background.isNull():
            painter.drawImage(target, self._background)
        scale = target.width() / CANVAS.width()
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            if len(stroke) == 1:
                painter.drawPoint(stroke[0])
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self._area()
        painter.fillRect(area, QColor("white"))
        painter.setPen(QPen(QColor(170, 170, 170), 1, Qt.PenStyle.DashLine))
        baseline = area.bottom() - area.height() * 0.22
        painter.drawLine(QPointF(area.left() + 12, baseline), QPointF(area.right() - 12, baseline))
        painter.setPen(QPen(QColor(150, 150, 150), 1))
        painter.drawRect(area.adjusted(0, 0, -1, -1))
        self._draw(painter, area)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._strokes.append([self._to_canvas(event.position())])
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(self._to_canvas(event.position()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._strokes:
            self.changed.emit()
