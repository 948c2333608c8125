"""The Live monitoring tab over the demo site: it plots, updates, pauses and exports."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.hairdryer import Finding
from app.core.prompter import ScriptedPrompter
from app.core.series import SeriesTable
from app.drivers.alfen.properties import PropertyId
from app.services.hairdryer import HairDryerOutcome
from app.ui.main_window import MainWindow
from app.ui.monitoring.plot import CurrentsPlot
from app.ui.monitoring.prompter import QtPrompter
from app.ui.monitoring.tab import MonitoringTab
from app.workflows.hairdryer import HairDryerTiming
from tests.ui.conftest import DemoWindow, OpenDemo
from tests.ui.helpers import log_in, wait_for

pytestmark = pytest.mark.gui

KEY = "ACE0100001"
FAST = HairDryerTiming(
    warmup_s=1.0, session_timeout_s=10.0, settle_s=5.0, before_s=1.0, observe_s=4.0, final_s=1.0
)


def tab_of(window: MainWindow) -> MonitoringTab:
    tab = window.findChild(MonitoringTab)
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


async def run_hair_dryer(ctx: DemoWindow, ev_phases: int = 3) -> HairDryerOutcome:
    """The hair-dryer test from the tab: an EV plugged in and the dryer switched on when asked."""
    tab = tab_of(ctx.window)
    serial = ctx.demo.site.node(KEY.lower()).charger.serial

    async def start_session(_text: str) -> bool:
        await ctx.demo.plug(serial, 1, ev_phases).wait()
        return True

    async def dryer_on(_text: str) -> bool:
        await ctx.demo.switch_load("hair dryer", True).wait()
        return True

    control = tab.hair_dryer
    control.prompter = ScriptedPrompter(
        {
            "clamp_l1": 4.0,
            "clamp_l2": 3.5,
            "clamp_l3": 2.5,
            "test_load": 9.0,
            "start_session": start_session,
            "load_on": dryer_on,
        }
    )
    control.timing = FAST
    operation = control.start()
    assert operation is not None
    await operation.wait()
    assert operation.error is None, operation.error
    charger = ctx.demo.site.node(KEY.lower()).charger
    assert charger.values[PropertyId.parse("2067_0")] == 25.0  # the real maximum is back
    outcome = operation.result
    assert isinstance(outcome, HairDryerOutcome)
    dialog = control.result_dialog
    assert dialog is not None and dialog.outcome is outcome
    return outcome


async def test_hair_dryer_test_passes_then_fails_after_the_socket_is_miswired(
    demo_window: OpenDemo,
) -> None:
    async with demo_window(time_scale=4.0) as ctx:
        tab = tab_of(ctx.window)
        await log_in(ctx.window, KEY)
        await wait_for(lambda: tab.service.key == KEY, "monitoring")
        serial = ctx.demo.site.node(KEY.lower()).charger.serial
        client = ctx.services.sessions.shared_client(KEY)
        assert client is not None
        await client.write({"2064_0": 3, "2067_0": 25.0})  # the installer turns ALB on

        outcome = await run_hair_dryer(ctx)
        assert outcome.passed, outcome.reasons
        dialog = tab.hair_dryer.result_dialog
        assert dialog is not None and dialog.headline.text() == "PASS"
        assert dialog.plot is not None
        assert outcome.report_paths and outcome.report_paths[0].exists()
        dialog.close()

        await ctx.demo.switch_load("hair dryer", False).wait()
        await ctx.demo.unplug(serial, 1).wait()
        await ctx.demo.wiring(serial, 1, "L2L3L1").wait()  # a rotated supply cable
        table = tab.service.table
        assert table is not None
        household = (4.0, 3.5, 2.5)
        await wait_for(
            lambda: all(
                abs(table.latest()[f"m.I{p}"] - amps) < 0.5
                for p, amps in enumerate(household, start=1)
            ),
            "the meter back at the household load (the clamp readings)",
        )
        outcome = await run_hair_dryer(ctx, ev_phases=1)  # its one phase shows where L1 lands
    assert not outcome.passed
    assert Finding.PHASE_MISMATCH in outcome.result.verdict.findings, outcome.reasons
    reason = next(r for r in outcome.reasons if "wired differently than configured" in r)
    assert "appeared on grid L2" in reason and "says L1L2L3" in reason
    dialog = tab.hair_dryer.result_dialog
    assert dialog is not None and dialog.headline.text() == "FAIL"
    assert reason in dialog.details.text()
    assert tab.hair_dryer.status.text().startswith("Failed: ")


async def test_cancel_in_the_dialogs_puts_the_real_maximum_back(demo_window: OpenDemo) -> None:
    async with demo_window(time_scale=4.0) as ctx:
        tab = tab_of(ctx.window)
        await log_in(ctx.window, KEY)
        await wait_for(lambda: tab.service.key == KEY, "monitoring")
        client = ctx.services.sessions.shared_client(KEY)
        assert client is not None
        await client.write({"2064_0": 3, "2067_0": 25.0})
        charger = ctx.demo.site.node(KEY.lower()).charger
        control = tab.hair_dryer
        prompter = control.prompter
        assert isinstance(prompter, QtPrompter)
        control.timing = FAST
        operation = control.start()
        assert operation is not None
        answers = {"clamp_l1": 4.0, "clamp_l2": 3.5, "clamp_l3": 2.5, "test_load": 9.0}
        for value in [*answers.values(), None]:  # None: accept the proposed test maximum
            await wait_for(lambda: isinstance(prompter.dialog, QInputDialog), "a number question")
            dialog = prompter.dialog
            assert isinstance(dialog, QInputDialog)
            if value is not None:
                dialog.setDoubleValue(value)
            dialog.accept()
            await wait_for(lambda d=dialog: prompter.dialog is not d, "the next step")
        await wait_for(lambda: isinstance(prompter.dialog, QMessageBox), "the session question")
        assert charger.values[PropertyId.parse("2067_0")] < 25.0  # the temporary maximum
        box = prompter.dialog
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()
        await operation.wait()
        assert charger.values[PropertyId.parse("2067_0")] == 25.0
        assert "Cancelled" in str(operation.error)
        assert control.button.isEnabled()


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
