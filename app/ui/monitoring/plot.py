"""The currents plot: meter phases (solid) and socket phases (dashed) on one time axis; for a
charger that reads the house power with a CT clamp instead (dynamic power control), the house
and grid power on a second axis at the right, in W, with the contracted power as a line.

Only the visible time range is drawn, downsampled (min/max per bucket, peaks kept) to about
two points per pixel, and only when a row arrived or the view moved. Up to INDIVIDUAL_SOCKETS
sockets get a curve (and a legend line) each; more sockets are drawn per phase into an image a few
milliseconds at a time (`SlicedCurves`), so stroking them does not stall the event loop. The meter
phases are then drawn into that image too, last (on top): stroked with everything else in one
repaint, three noisy meter curves alone take about a frame. Horizontal lines show the maximum
meter current, the socket limit in force and the safe current.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import PySide6.QtCore  # noqa: F401  (before pyqtgraph: it must pick PySide6)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QWidget

from app.core.channels import has_grid_phases, has_house_power, meter_current, socket_current
from app.core.series import FloatArray, SeriesTable, Window, downsample
from app.ui import palette
from app.ui.monitoring.layer import GridLines, SlicedCurves
from app.ui.monitoring.power_axis import PowerAxis

MIN_POINTS = 200
FOLLOW_S = 120.0
INDIVIDUAL_SOCKETS = 4


class CurrentsPlot(pg.PlotWidget):  # type: ignore[misc]
    """Currents of one charger's table; `refresh()` redraws the visible window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground(None)  # the page's own colour shows through: no box around the plot
        self.setStyleSheet("QGraphicsView { background: transparent; }")
        self.setFrameShape(QFrame.Shape.NoFrame)
        plot_item = self.getPlotItem()
        self.grid = GridLines(plot_item.getAxis("bottom"), plot_item.getAxis("left"))
        self.addItem(self.grid, ignoreBounds=True)
        self.setLabel("left", self.tr("Current"), units="A")
        self.setLabel("bottom", self.tr("Time since monitoring started"), units="s")
        self.legend = _legend_above(self.getPlotItem())
        self.getPlotItem().setDownsampling(auto=False)  # we pass only the visible, decimated rows
        self.getViewBox().setDefaultPadding(0.1)  # room for the label above the topmost limit
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.layer: SlicedCurves | None = None  # the sockets, when there are many
        self.layer_names: tuple[str, ...] = ()
        self._stamp: tuple[object, ...] = ()
        self._drawn: Window | None = None
        self.lines: dict[str, pg.InfiniteLine] = {}
        self.follow = True
        self.t0: float | None = None
        self._table: SeriesTable | None = None
        self.getViewBox().sigRangeChangedManually.connect(self._manual_range)
        self.power = PowerAxis(self)
        for name, colour, style, text, where in (
            (
                "max_meter",
                palette.MAX_METER,
                Qt.PenStyle.DashDotLine,
                self.tr("max. meter current"),
                _ABOVE_RIGHT,
            ),
            (
                "active",
                palette.SOCKET_LIMIT,
                Qt.PenStyle.DotLine,
                self.tr("socket limit in force"),
                _ABOVE_RIGHT,
            ),
            (
                "safe",
                palette.SAFE_CURRENT,
                Qt.PenStyle.DashDotDotLine,
                self.tr("safe current"),
                _BELOW_LEFT,
            ),
        ):
            line = pg.InfiniteLine(
                angle=0,
                pen=pg.mkPen(colour, width=1.5, style=style),
                label=text + " {value:.1f} A",
                labelOpts={"color": colour, **where},
            )
            line.setVisible(False)
            self.addItem(line)
            self.lines[name] = line

    def phase_pen_colour(self, phase: int) -> QColor:
        """The conductor colour of `phase`, readable on this plot's background."""
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)  # this view's own
        return palette.phase_colour(phase, window)  # background is transparent

    def set_table(self, table: SeriesTable | None, sockets: int) -> None:
        """Plot this table (a new charger): curves for meter and socket phases."""
        self._table = table
        self.t0 = None
        self._stamp, self._drawn = (), None
        for curve in self.curves.values():
            self.removeItem(curve)
        self.curves = {}
        self._drop_layer()
        self.legend.clear()
        names = tuple(table.names) if table is not None else ()
        self.power.set_shown(has_house_power(names), names)
        if table is None:
            return
        meter = has_grid_phases(table.names)
        sliced = sockets > INDIVIDUAL_SOCKETS  # everything in the sockets' image
        for phase in (1, 2, 3):
            colour = self.phase_pen_colour(phase)
            if meter:
                self._curve(
                    meter_current(phase),
                    pg.mkPen(colour, width=2),
                    self.tr("meter L{p}").format(p=phase),
                    drawn=not sliced,
                )
            if not meter and sockets == 1:  # the charger's own phases are the curves to read
                label = self.tr("charger L{p}").format(p=phase)
                self._curve(socket_current(1, phase), pg.mkPen(colour, width=2), label)
            elif sockets <= INDIVIDUAL_SOCKETS:
                for socket in range(1, sockets + 1):
                    label = self.tr("socket {s} L{p}").format(s=socket, p=phase)
                    self._curve(socket_current(socket, phase), _socket_pen(colour), label)
        if sliced:
            self._add_layer(sockets, meter)
        self.follow = True

    def _curve(self, name: str, pen: object, label: str, *, drawn: bool = True) -> None:
        """A curve with a legend line; not `drawn`, it only holds the data the image draws."""
        if drawn:
            curve = self.plot([], [], pen=pen, name=label, connect="finite")
            curve.setZValue(1)  # above the sockets' image
        else:
            curve = pg.PlotDataItem([], [], pen=pen, connect="finite")
            self.legend.addItem(curve, label)
        self.curves[name] = curve

    def _add_layer(self, sockets: int, meter: bool) -> None:
        """One image for all socket curves, then the meter's on top; the legend gets one line
        per socket phase (the meter's have theirs from `_curve`)."""
        self.layer_names = tuple(
            socket_current(s, p) for p in (1, 2, 3) for s in range(1, sockets + 1)
        )
        groups = []
        for phase in (1, 2, 3):
            pen = _socket_pen(self.phase_pen_colour(phase))
            first = (phase - 1) * sockets
            groups.append((pen, range(first, first + sockets)))
            label = self.tr("sockets 1–{n} L{p}").format(n=sockets, p=phase)
            self.legend.addItem(pg.PlotDataItem(pen=pen), label)
        if meter:
            self.layer_names += tuple(meter_current(p) for p in (1, 2, 3))
            groups += [
                (pg.mkPen(self.phase_pen_colour(p), width=2), [3 * sockets + p - 1])
                for p in (1, 2, 3)
            ]
        self.layer = SlicedCurves(groups)
        self.addItem(self.layer)

    def _drop_layer(self) -> None:
        layer, self.layer = self.layer, None
        self.layer_names = ()
        if layer is not None:
            self.removeItem(layer)
            layer.close()

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
        """Redraw from the table when a row arrived or the view moved; returns the window drawn."""
        table = self._table
        if table is None or not len(table):
            return None
        if self.t0 is None:
            self.t0 = float(table.window().t[0])
        if self.follow:
            last = table.last_time or 0.0
            start = max(self.t0, last - FOLLOW_S)
            self.setXRange(start - self.t0, last - self.t0 + 1.0, padding=0, update=False)
        t0, t1 = self.visible_seconds()
        stamp = (table.last_time, len(table), t0, t1)
        if stamp == self._stamp and self._drawn is not None:
            return self._drawn  # nothing new to draw
        span = t1 - t0
        window = table.window(t0 - span * 0.05, t1 + span * 0.05)
        self._draw(window, window.t - (self.t0 or 0.0))
        if self.power.shown:
            self._currents_from_zero()
        elif self.follow:
            self.enableAutoRange(axis="y")
        self._stamp, self._drawn = stamp, window
        return window

    def _draw(self, window: Window, x: FloatArray) -> None:
        points = max(MIN_POINTS, 2 * int(self.getViewBox().width()))
        for name, curve in self.curves.items():
            if not window.has(name):  # a channel this charger's driver does not have
                curve.setData([], [])
                continue
            xs, ys = downsample(x, window.column(name), points)
            curve.setData(xs, ys, connect="finite")
        self.power.draw(window, x, points)
        if self.layer is not None and all(window.has(n) for n in self.layer_names):
            columns = [window.names.index(name) for name in self.layer_names]
            x_drawn, values = downsample_columns(x, window.values[:, columns], points)
            self.layer.set_data(x_drawn, values, appended=x_drawn is x)  # not downsampled

    def _currents_from_zero(self) -> None:
        """Beside the power axis the currents start at 0 too, so both read against zero."""
        high = 1.0
        for curve in self.curves.values():
            _x, y = curve.getData()
            if y is not None and np.isfinite(y).any():
                high = max(high, float(np.nanmax(y)))
        for line in self.lines.values():
            if line.isVisible():
                high = max(high, float(line.value()))
        self.setYRange(0.0, high * 1.15, padding=0)

    def set_limit_words(self, clamp: bool) -> None:
        """The limit lines' words: a charger with dynamic power control has a current set and
        a minimum current where one with load balancing has a limit in force and a safe one."""
        if clamp:
            active, safe = self.tr("charging current set"), self.tr("minimum current")
        else:
            active, safe = self.tr("socket limit in force"), self.tr("safe current")
        self.lines["active"].label.setFormat(active + " {value:.1f} A")
        self.lines["safe"].label.setFormat(safe + " {value:.1f} A")

    def set_limit(self, name: str, value: float) -> None:
        """Show the limit `name` at `value` (A; `contracted` in W on the power axis)."""
        line = self.power.contracted if name == "contracted" else self.lines[name]
        shown = math.isfinite(value) and value > 0
        if name == "contracted" and self.power.history:
            shown = False  # its curve shows it, changes included
        line.setVisible(shown)
        if shown and line.value() != value:
            line.setValue(value)
        if name == "contracted" and self.power.shown:
            self.power.fit()
        elif self.power.shown:
            self._currents_from_zero()


def _legend_above(plot_item: pg.PlotItem) -> pg.LegendItem:
    """The legend in the title row, above the curves (never over them or the limit labels)."""
    legend = pg.LegendItem(colCount=2, verSpacing=-6, horSpacing=12)
    plot_item.layout.removeItem(plot_item.titleLabel)  # the plot has no title: its row is free
    plot_item.titleLabel.setVisible(False)
    plot_item.layout.addItem(legend, 0, 1)
    plot_item.legend = legend  # curves added with a name get a line in it
    return legend


# Limit labels: the socket limit above its line at the right, the safe current (often just
# below it) under its line at the left, so the two never cover each other.
_ABOVE_RIGHT = {"position": 0.98, "anchors": [(1, 1), (1, 1)]}
_BELOW_LEFT = {"position": 0.02, "anchors": [(0, 0), (0, 0)]}


def _socket_pen(colour: QColor) -> object:
    return pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine)  # wide dashes are slow


def downsample_columns(
    t: FloatArray, values: FloatArray, max_points: int
) -> tuple[FloatArray, FloatArray]:
    """`downsample` for every column of `values` at once (same time buckets)."""
    n = int(t.shape[0])
    if n <= max_points:
        return t, values
    buckets = max_points // 2
    starts = (np.arange(buckets) * n) // buckets
    ends = np.append(starts[1:], n) - 1
    out_t = np.empty(buckets * 2)
    out_t[0::2], out_t[1::2] = t[starts], t[ends]
    out = np.empty((buckets * 2, values.shape[1]))
    out[0::2] = np.fmin.reduceat(values, starts, axis=0)
    out[1::2] = np.fmax.reduceat(values, starts, axis=0)
    return out_t, out


def latest_finite(window: Window, name: str) -> float:
    """The newest finite value of a channel in `window` (NaN when none)."""
    if not window.has(name):
        return math.nan
    column = window.column(name)
    finite = np.flatnonzero(np.isfinite(column))
    return float(column[finite[-1]]) if finite.size else math.nan
