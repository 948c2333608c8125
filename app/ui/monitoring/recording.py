"""The recorded currents of a finished hair-dryer test, drawn like the live plot (same conductor
colours, same limit line; the house and grid power with the temporary contracted power for a
test of dynamic power control), in a window of its own that is not modal."""

from __future__ import annotations

import pyqtgraph as pg
import PySide6.QtCore  # noqa: F401  (before pyqtgraph: it must pick PySide6)
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.core.series import SeriesTable, Window
from app.services.hairdryer import HairDryerOutcome
from app.ui import palette
from app.ui.monitoring.plot import CurrentsPlot


def table_of(window: Window) -> SeriesTable:
    """The rows of a recorded window as a table the live plot can draw."""
    table = SeriesTable(list(window.names), max(len(window), 1))
    for t, row in zip(window.t.tolist(), window.values.tolist(), strict=True):
        table.append(t, dict(zip(window.names, row, strict=True)))
    return table


class VerdictDialog(QDialog):
    """The meter and socket currents of the test, the test maximum and when the load went on."""

    def __init__(self, outcome: HairDryerOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hair-dryer test: recorded currents"))
        self.setModal(False)
        self.outcome = outcome
        result = outcome.result
        self.plot = CurrentsPlot(self)
        self.plot.setMinimumSize(900, 420)
        self.plot.setLabel("bottom", self.tr("Time since the test started"), units="s")
        window = result.window
        if window is not None and len(window):
            sockets = result.config.sockets if result.config else result.socket
            self.plot.set_table(table_of(window), sockets)
            self.plot.follow = False
            start = float(window.t[0])
            self.plot.setXRange(0.0, float(window.t[-1]) - start, padding=0.02)
            self.plot.refresh()
            maximum = result.verdict.test_maximum
            if maximum is not None:
                self.plot.set_limit("max_meter", maximum)
            contracted = result.verdict.contracted_power
            if contracted is not None:  # a test of dynamic power control: W on the power axis
                self.plot.set_limit_words(True)
                self.plot.set_limit("contracted", contracted)
            if result.t_on is not None:
                self.plot.addItem(_load_on_marker(result.t_on - start, self.tr("test load on")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.plot.refresh()  # at the size it is shown


def _load_on_marker(x: float, text: str) -> pg.InfiniteLine:
    return pg.InfiniteLine(
        pos=x,
        angle=90,
        pen=pg.mkPen(palette.SOCKET_LIMIT, width=1, style=Qt.PenStyle.DashLine),
        label=text,
        labelOpts={"position": 0.95, "color": palette.SOCKET_LIMIT},
    )
