"""The currents plot: meter phases (solid) and socket phases (dashed) on one time axis.

Only the visible time range is drawn, downsampled (min/max per bucket, peaks kept) to about
two points per pixel. Horizontal lines show the maximum meter current, the socket limit in
force and the safe current.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import PySide6.QtCore  # noqa: F401  (before pyqtgraph: it must pick PySide6)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.core.series import SeriesTable, Window, downsample

PHASE_COLOURS = ("#d62728", "#2ca02c", "#1f77b4")  # L1 L2 L3
MAX_POINTS = 4000
FOLLOW_S = 120.0


class CurrentsPlot(pg.PlotWidget):  # type: ignore[misc]
    """Currents of one charger's table; `refresh()` redraws the visible window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground(None)
        self.showGrid(x=True, y=True, alpha=0.25)
        self.setLabel("left", self.tr("Current"), units="A")
        self.setLabel("bottom", self.tr("Time since monitoring started"), units="s")
        self.legend = self.addLegend(offset=(10, 10), colCount=2)
        self.getPlotItem().setDownsampling(auto=False)
        self.setClipToView(True)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.lines: dict[str, pg.InfiniteLine] = {}
        self.follow = True
        self.t0: float | None = None
        self._table: SeriesTable | None = None
        self.getViewBox().sigRangeChangedManually.connect(self._manual_range)
        for name, colour, style, text in (
            ("max_meter", "#9467bd", Qt.PenStyle.DashDotLine, self.tr("max. meter current")),
            ("active", "#ff7f0e", Qt.PenStyle.DotLine, self.tr("socket limit in force")),
            ("safe", "#7f7f7f", Qt.PenStyle.DashDotDotLine, self.tr("safe current")),
        ):
            line = pg.InfiniteLine(
                angle=0,
                pen=pg.mkPen(colour, width=1.5, style=style),
                label=text + " {value:.1f} A",
                labelOpts={"position": 0.05, "color": colour, "anchors": [(0, 1), (0, 1)]},
            )
            line.setVisible(False)
            self.addItem(line)
            self.lines[name] = line

    def set_table(self, table: SeriesTable | None, sockets: int) -> None:
        """Plot this table (a new charger): curves for meter and socket phases."""
        self._table = table
        self.t0 = None
        for curve in self.curves.values():
            self.removeItem(curve)
        self.curves = {}
        self.legend.clear()
        if table is None:
            return
        for phase in (1, 2, 3):
            colour = PHASE_COLOURS[phase - 1]
            pen = pg.mkPen(colour, width=2)
            self._curve(f"m.I{phase}", pen, self.tr("meter L{p}").format(p=phase))
            for socket in range(1, sockets + 1):
                pen = pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine)  # wide dashes are slow
                label = self.tr("socket {s} L{p}").format(s=socket, p=phase)
                self._curve(f"s{socket}.I{phase}", pen, label)
        self.follow = True

    def _curve(self, name: str, pen: object, label: str) -> None:
        curve = self.plot([], [], pen=pen, name=label, connect="finite")
        self.curves[name] = curve

    def _manual_range(self, *_args: object) -> None:
        self.follow = False  # the installer zoomed or panned: stop following the newest data

    def follow_latest(self) -> None:
        self.follow = True
        self.refresh()

    def visible_seconds(self) -> tuple[float, float]:
        """The visible time range in table time (monotonic seconds)."""
        (x0, x1), _ = self.getViewBox().viewRange()
        base = self.t0 or 0.0
        return x0 + base, x1 + base

    def refresh(self) -> Window | None:
        """Redraw from the table; returns the window drawn."""
        table = self._table
        if table is None or not len(table):
            return None
        last = table.last_time or 0.0
        if self.t0 is None:
            self.t0 = table.window().t[0]
        if self.follow:
            start = max(self.t0, last - FOLLOW_S)
            self.setXRange(start - self.t0, last - self.t0 + 1.0, padding=0, update=False)
        t0, t1 = self.visible_seconds()
        span = t1 - t0
        window = table.window(t0 - span * 0.05, t1 + span * 0.05)
        x = window.t - self.t0
        for name, curve in self.curves.items():
            xs, ys = downsample(x, window.column(name), MAX_POINTS)
            curve.setData(xs, ys, connect="finite")
        if self.follow:
            self.enableAutoRange(axis="y")
        return window

    def set_limit(self, name: str, value: float) -> None:
        line = self.lines[name]
        shown = math.isfinite(value) and value > 0
        line.setVisible(shown)
        if shown and line.value() != value:
            line.setValue(value)


def latest_finite(window: Window, name: str) -> float:
    """The newest finite value of a channel in `window` (NaN when none)."""
    if not window.has(name):
        return math.nan
    column = window.column(name)
    finite = np.flatnonzero(np.isfinite(column))
    return float(column[finite[-1]]) if finite.size else math.nan
