"""Small drawings for the commissioning pages: where the meter sits (include/exclude EV), and
which supply phase lands on which charger terminal (phase mapping).

Drawn with QPainter from the palette, so they follow light and dark themes and need no files.
Conductor colours are the IEC 60445 ones an electrician expects: L1 brown, L2 black, L3 grey.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.phases import PhaseMapping
from app.ui.palette import PHASE_COLOURS


class _Drawing(QWidget):
    """A fixed-height drawing that stretches in width."""

    HEIGHT = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(420, self.HEIGHT)

    def _painter(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        return painter

    def _ink(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _box(self, painter: QPainter, rect: QRectF, text: str) -> None:
        painter.setPen(QPen(self._ink(), 1.5))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class MeterPlacementDiagram(_Drawing):
    """Grid → meter → house; the charger after the meter (EV included) or before it (excluded)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.include_ev = False
        self.setAccessibleName(self.tr("Where the meter sits"))

    def set_include_ev(self, include: bool) -> None:
        self.include_ev = include
        self.setAccessibleDescription(self.caption())
        self.update()

    def caption(self) -> str:
        if self.include_ev:
            return self.tr("The meter measures the house and the charger: EV included.")
        return self.tr("The charger is fed before the meter: the meter sees the house only.")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._painter()
        w = float(self.width())
        line_y = 30.0
        meter_x = w * 0.42
        tap_x = w * 0.68 if self.include_ev else w * 0.22
        painter.setPen(QPen(self._ink(), 2))
        painter.drawLine(QPointF(70, line_y), QPointF(w - 10, line_y))
        painter.drawLine(QPointF(tap_x, line_y), QPointF(tap_x, 70))
        painter.drawLine(QPointF(w - 40, line_y), QPointF(w - 40, 70))
        self._box(painter, QRectF(4, line_y - 14, 64, 28), self.tr("Grid"))
        self._box(painter, QRectF(meter_x - 32, line_y - 14, 64, 28), self.tr("Meter"))
        self._box(painter, QRectF(tap_x - 40, 70, 80, 28), self.tr("Charger"))
        self._box(painter, QRectF(w - 80, 70, 76, 28), self.tr("House"))
        painter.setPen(self._ink())
        caption = QRectF(4, 100, w - 8, self.HEIGHT - 100)
        painter.drawText(caption, Qt.AlignmentFlag.AlignLeft, self.caption())
        painter.end()


class PhaseOrderDiagram(_Drawing):
    """Supply phases L1–L3 on top, the charger's terminals below, wires as the mapping says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mapping = PhaseMapping.NONE
        self.setAccessibleName(self.tr("Supply-cable order"))

    def set_mapping(self, mapping: PhaseMapping) -> None:
        self.mapping = mapping
        self.setAccessibleDescription(self.caption())
        self.update()

    def caption(self) -> str:
        if self.mapping is PhaseMapping.NONE:
            return self.tr("No phase mapping set.")
        pairs = ", ".join(
            self.tr("supply L{grid} → charger L{own}").format(grid=grid, own=own)
            for own, grid in enumerate(self.mapping.grid_phases, start=1)
        )
        return pairs

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._painter()
        w = float(self.width())
        top, bottom = 22.0, 78.0
        xs = {n: w * (0.2 + 0.25 * (n - 1)) for n in (1, 2, 3)}
        painter.setPen(self._ink())
        painter.drawText(QRectF(0, 0, w * 0.15, 20), Qt.AlignmentFlag.AlignLeft, self.tr("Supply"))
        painter.drawText(
            QRectF(0, bottom + 2, w * 0.15, 20), Qt.AlignmentFlag.AlignLeft, self.tr("Charger")
        )
        for own, grid in enumerate(self.mapping.grid_phases, start=1):
            pen = QPen(PHASE_COLOURS[grid], 4)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(xs[grid], top), QPointF(xs[own], bottom))
        for n, x in xs.items():
            self._box(painter, QRectF(x - 18, top - 20, 36, 18), f"L{n}")
            self._box(painter, QRectF(x - 18, bottom, 36, 18), f"L{n}")
        painter.setPen(self._ink())
        caption = QRectF(4, 100, w - 8, self.HEIGHT - 100)
        painter.drawText(caption, Qt.AlignmentFlag.AlignLeft, self.caption())
        painter.end()
