"""The power axis of the live plot: for a charger that reads the house power with a CT clamp
(dynamic power control), the house and grid power and the contracted power in W on a second
view box at the right, sharing the time axis with the currents."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
import PySide6.QtCore  # noqa: F401  (before pyqtgraph: it must pick PySide6)
from PySide6.QtCore import QCoreApplication, Qt

from app.core.channels import CONTRACTED_POWER, GRID_POWER, HOUSE_POWER
from app.core.series import FloatArray, Window, downsample
from app.ui import palette

if TYPE_CHECKING:
    from app.ui.monitoring.plot import CurrentsPlot

HOUSE_COLOUR, GRID_COLOUR = "#00897B", "#039BE5"  # not conductor colours: powers, not phases


_ABOVE_LEFT = {"position": 0.02, "anchors": [(0, 1), (0, 1)]}


class PowerAxis:
    """The house and grid power (W) on a second view box at the right, sharing the time axis,
    with the contracted power as a line; hidden for a charger without these channels."""

    def __init__(self, plot: CurrentsPlot) -> None:
        self.plot = plot
        item = plot.getPlotItem()
        self.box = pg.ViewBox()
        self.box.setDefaultPadding(0.1)
        item.scene().addItem(self.box)
        self.axis = item.getAxis("right")
        self.axis.linkToView(self.box)
        self.axis.setLabel(QCoreApplication.translate("CurrentsPlot", "Power"), units="W")
        self.box.setXLink(item)
        item.getViewBox().sigResized.connect(self._follow_geometry)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.texts: dict[str, str] = {}
        house = QCoreApplication.translate("CurrentsPlot", "house power (CT clamp)")
        grid = QCoreApplication.translate("CurrentsPlot", "grid power (house + EV)")
        contracted = QCoreApplication.translate("CurrentsPlot", "contracted power")
        for name, colour, style, text in (
            (HOUSE_POWER, HOUSE_COLOUR, Qt.PenStyle.SolidLine, house),
            (GRID_POWER, GRID_COLOUR, Qt.PenStyle.DashLine, grid),
            (CONTRACTED_POWER, palette.MAX_METER, Qt.PenStyle.DashDotLine, contracted),
        ):
            width = 1.5 if name == CONTRACTED_POWER else 2
            curve = pg.PlotDataItem([], [], pen=pg.mkPen(colour, width=width, style=style))
            self.curves[name], self.texts[name] = curve, text
            self.box.addItem(curve)
        self.contracted = pg.InfiniteLine(
            angle=0,
            pen=pg.mkPen(palette.MAX_METER, width=1.5, style=Qt.PenStyle.DashDotLine),
            label=contracted + " {value:.0f} W",
            labelOpts={"color": palette.MAX_METER, **_ABOVE_LEFT},
        )
        self.contracted.setVisible(False)
        self.box.addItem(self.contracted)
        self.shown = True
        self.extent = (0.0, 1000.0)  # W: the lowest and highest power drawn
        self.history = False  # the contracted power is a channel, drawn as a curve
        self.set_shown(False)

    def set_shown(self, shown: bool, names: tuple[str, ...] = ()) -> None:
        """Shown for a table with the house power; a curve (and a legend line) per channel
        of `names`. With the contracted power as a channel its history is a curve, and the
        line (the value now) is not drawn."""
        item = self.plot.getPlotItem()
        self.history = CONTRACTED_POWER in names
        if shown:  # the plot's legend was cleared for the new table
            for name, curve in self.curves.items():
                curve.setData([], [])
                curve.setVisible(name in names)
                if name in names:
                    self.plot.legend.addItem(curve, self.texts[name])
        if shown == self.shown:
            return
        self.shown = shown
        item.showAxis("right", shown)
        self.box.setVisible(shown)
        if not shown:
            self.contracted.setVisible(False)
        self._follow_geometry()

    def _follow_geometry(self) -> None:
        main = self.plot.getPlotItem().getViewBox()
        self.box.setGeometry(main.sceneBoundingRect())
        self.box.linkedViewChanged(main, self.box.XAxis)

    def draw(self, window: Window, x: FloatArray, points: int) -> None:
        """The power curves; the axis from 0 (or the lowest export) to above the highest of
        them and the contracted power, so that a level reads against zero like a current."""
        if not self.shown:
            return
        low, high = 0.0, 1000.0
        for name, curve in self.curves.items():
            if window.has(name):
                xs, ys = downsample(x, window.column(name), points)
                curve.setData(xs, ys, connect="finite")
                finite = ys[np.isfinite(ys)]
                if finite.size:
                    low, high = min(low, float(finite.min())), max(high, float(finite.max()))
            else:
                curve.setData([], [])
        self.extent = (low, high)
        self.fit()

    def fit(self) -> None:
        low, high = self.extent
        if self.contracted.isVisible():
            high = max(high, float(self.contracted.value()))
        # more room above than the currents get: their top lines never lie on each other
        self.box.setYRange(low * 1.1, high * 1.35, padding=0)
