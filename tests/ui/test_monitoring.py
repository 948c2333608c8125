"""The Live monitoring tab over the demo site: it plots, updates, pauses and exports."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from app.core.series import SeriesTable
from app.services.context import build_services
from app.ui import palette
from app.ui.main_window import MainWindow
from app.ui.monitoring.plot import CurrentsPlot
from app.ui.monitoring.tab import MonitoringTab
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import log_in, wait_for

pytestmark = pytest.mark.gui

KEY = "ACE0100001"


def tab_of(window: MainWindow) -> MonitoringTab:
    tab = window.monitoring
    assert tab is not None
    return tab


def drawn_meter_l1(tab: MonitoringTab) -> np.ndarray:
    _x, y = tab.plot.curves["m.I1"].getData()
    return np.asarray(y if y is not None else [])


async def test_tab_plots_the_meter_and_the_socket_and_follows_the_simulator(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        tab = tab_of(ctx.window)
        assert not tab.export_button.isEnabled()
        await log_in(ctx.window, KEY)
        await wait_for(lambda: tab.service.key == KEY, "monitoring of the selected charger")
        await wait_for(lambda: tab.repaints >= 3, "three repaints")
        names = {item.name() for item in tab.plot.curves.values()}
        assert {"meter L1", "meter L2", "meter L3", "socket 1 L1"} <= names
        await wait_for(
            lambda: math.isfinite(tab.service.settings.get("max_meter", math.nan)),
            "the ALB settings",
        )
        tab.refresh()
        assert tab.plot.lines["max_meter"].isVisible()
        assert tab.readout["link"].text() != "—"
        assert tab.readout["frequency"].text() == "50.00 Hz"  # the meter's, as the charger reads it

        before = float(np.nanmax(drawn_meter_l1(tab)[-4:]))
        await ctx.demo.switch_load("hair dryer", True).wait()  # 9 A on grid L2 in the demo
        await wait_for(
            lambda: float(np.nanmax(tab.plot.curves["m.I2"].getData()[1][-4:])) > before + 5,
            "the hair dryer's 9 A on the meter's L2 in the plot",
        )


async def test_pause_freezes_the_plot_while_sampling_goes_on(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        tab = tab_of(ctx.window)
        await log_in(ctx.window, KEY)
        await wait_for(lambda: tab.repaints >= 2, "repaints")
        tab.pause_button.setChecked(True)
        table = tab.service.table
        assert table is not None
        repaints, rows = tab.repaints, len(table)
        await wait_for(lambda: len(table) >= rows + 4, "four more samples while paused")
        assert tab.repaints == repaints
        tab.pause_button.setChecked(False)
        await wait_for(lambda: tab.repaints > repaints, "a repaint after resuming")


async def test_csv_export_writes_the_visible_rows(demo_window: OpenDemo, tmp_path: Path) -> None:
    async with demo_window() as ctx:
        tab = tab_of(ctx.window)
        await log_in(ctx.window, KEY)
        await wait_for(lambda: tab.repaints >= 4, "repaints")
        tab.pause_button.setChecked(True)
        table = tab.service.table
        assert table is not None
        t0, t1 = tab.plot.visible_seconds()
        expected = table.window(t0, t1)
        path = tmp_path / "live.csv"
        written = tab.export_visible(path)
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        assert written == len(expected) == len(rows) - 1 >= 4
        assert rows[0][:2] == ["t_s", "s1.I1"] and "m.I1" in rows[0]
        column = rows[0].index("m.I1")
        first = expected.column("m.I1")[0]
        assert float(rows[1][column]) == pytest.approx(first, abs=0.01)


def test_many_sockets_are_drawn_as_one_sliced_image_with_gaps_kept(qtbot: QtBot) -> None:
    sockets = 6
    names = [f"s{s}.I{p}" for s in range(1, sockets + 1) for p in (1, 2, 3)]
    names += ["m.I1", "m.I2", "m.I3"]
    table = SeriesTable(names, 100)
    for i in range(40):
        if i == 20:
            table.append_gap(float(i))
        else:
            table.append(float(i), {name: float(k) for k, name in enumerate(names)})
    plot = CurrentsPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    plot.show()
    plot.set_table(table, sockets)
    assert set(plot.curves) == {"m.I1", "m.I2", "m.I3"}
    layer = plot.layer
    assert layer is not None
    labels = [label.text for _sample, label in plot.legend.items]
    assert "sockets 1–6 L2" in labels and "meter L1" in labels
    plot.refresh()
    qtbot.waitUntil(lambda: layer.rendered_generation == layer.generation, timeout=5000)
    assert layer.image is not None and not layer.image.isNull()
    assert np.isnan(layer.values[20]).all()  # the missed poll stays a gap
    _x, meter = plot.curves["m.I1"].getData()
    assert np.isnan(meter[20]) and meter[19] == names.index("m.I1")


def test_missing_readings_show_a_dash_and_raw_flags_only_in_the_tooltip(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services = build_services(tmp_path)
    tab = MonitoringTab(services)
    qtbot.addWidget(tab)
    names = ["m.V1", "m.V2", "m.V3", "m.f", "m.I1", "m.I2", "m.I3", "s1.I1", "s1.mode3"]
    table = SeriesTable(names, 10)
    table.append(0.0, {"m.I1": 4.0, "m.I2": 3.5, "m.I3": 2.5})  # no voltage, no frequency read
    tab._readout(table.window(), {"alb_status": 0.0})
    assert tab.readout["voltage"].text() == "—"
    assert tab.readout["frequency"].text() == "—"
    assert tab.readout["meter"].text() == "4.0 / 3.5 / 2.5 A"
    assert tab.readout["alb"].text() == "—"
    assert "0x" not in tab.readout["alb"].text() and "0x0" in tab.readout["alb"].toolTip()


def test_plot_uses_the_conductor_colours_and_limit_labels_do_not_overlap(qtbot: QtBot) -> None:
    table = SeriesTable(["m.I1", "m.I2", "m.I3", "s1.I1", "s1.I2", "s1.I3"], 10)
    for i in range(5):
        table.append(float(i), {"m.I1": 10.0, "m.I2": 12.0, "m.I3": 8.0})
    plot = CurrentsPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 400)
    plot.show()
    plot.set_table(table, 1)
    for phase, colour in palette.PHASE_HEX.items():
        pen = plot.curves[f"m.I{phase}"].opts["pen"]
        assert pen.color().name().lower() == colour.lower()
        assert plot.curves[f"s1.I{phase}"].opts["pen"].color().name().lower() == colour.lower()
    qtbot.waitExposed(plot)
    plot.refresh()
    plot.set_limit("active", 7.5)
    plot.set_limit("safe", 6.0)
    plot.disableAutoRange()
    plot.setYRange(0.0, 30.0, padding=0)  # 1.5 A apart: about a line of text
    qtbot.waitUntil(plot.lines["safe"].label.isVisible)
    labels = [plot.lines[name].label for name in ("active", "safe")]
    qtbot.waitUntil(lambda: all(0 < label.scenePos().y() < 400 for label in labels))
    first, second = (label.sceneBoundingRect() for label in labels)
    assert not first.isEmpty() and not first.intersects(second)


def test_meter_values_of_a_charger_without_meter_data_show_a_dash_not_zero(
    qtbot: QtBot, tmp_path: Path
) -> None:
    tab = MonitoringTab(build_services(tmp_path))
    qtbot.addWidget(tab)
    names = ["m.V1", "m.V2", "m.V3", "m.f", "m.I1", "m.I2", "m.I3", "m.link", "s1.P"]
    table = SeriesTable(names, 10)
    zeros = {name: 0.0 for name in names}  # what a charger reports with its meter link idle
    table.append(0.0, {**zeros, "s1.P": 2300.0})
    tab._readout(table.window(), {})
    for key in ("voltage", "frequency", "meter"):
        assert tab.readout[key].text() == "—", key
    assert tab.readout["power"].text().startswith("— / ")
    assert "not in use" in tab.readout["link"].text()
