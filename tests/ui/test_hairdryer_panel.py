"""The hair-dryer test from the Live monitoring tab, on the demo site: a panel beside the plot,
never a modal dialog; the verdict stays with the charger it ran on."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from app.core.hairdryer import Finding
from app.core.prompter import ScriptedPrompter
from app.drivers.alfen.properties import PropertyId
from app.services.hairdryer import HairDryerOutcome
from app.services.operations import Operation, OperationState
from app.ui import palette
from app.ui.main_window import MainWindow
from app.ui.monitoring.tab import MonitoringTab
from app.workflows.hairdryer import HairDryerTiming
from tests.ui.conftest import DemoWindow, OpenDemo
from tests.ui.helpers import log_in, wait_for

pytestmark = pytest.mark.gui

KEY, OTHER = "ACE0100001", "ACE0100002"
HOUSEHOLD = {1: 4.0, 2: 3.5, 3: 2.5}  # the demo's household loads per grid phase
REAL_MAXIMUM = 25.0
FAST = HairDryerTiming(
    warmup_s=1.0, session_timeout_s=10.0, settle_s=5.0, before_s=1.0, observe_s=4.0, final_s=1.0
)


def tab_of(window: MainWindow) -> MonitoringTab:
    return window.monitoring  # made on first need


def max_meter(ctx: DemoWindow) -> float:
    charger = ctx.demo.site.node(KEY.lower()).charger
    return float(charger.values[PropertyId.parse("2067_0")])  # type: ignore[arg-type]


async def ready(ctx: DemoWindow) -> MonitoringTab:
    """Logged in to KEY with ALB on and a 25 A maximum meter current, monitored."""
    tab = tab_of(ctx.window)
    ctx.window.tabs.setCurrentWidget(tab)
    await log_in(ctx.window, KEY)
    await wait_for(lambda: tab.service.key == KEY, "monitoring")
    client = ctx.services.sessions.shared_client(KEY)
    assert client is not None
    await client.write({"2064_0": 3, "2067_0": REAL_MAXIMUM})
    return tab


class NoModal:
    """Checks, every few milliseconds while a test runs, that no modal dialog is open."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.checks = 0

    async def watch(self, operation: Operation) -> None:
        while operation.running:
            modal = QApplication.activeModalWidget()
            if modal is not None:
                self.seen.append(type(modal).__name__)
            self.checks += 1
            await asyncio.sleep(0.02)


async def answer_in_panel(
    tab: MonitoringTab, operation: Operation, answers: dict[str, Callable[[], object]]
) -> list[str]:
    """Answer each question the panel asks, by its key, as the installer would; the keys."""
    panel = tab.hair_dryer.questions
    asked: list[str] = []
    while operation.running:
        await wait_for(lambda: panel.key != "" or not operation.running, "a question", 30)
        key = panel.key
        if not key:
            break
        asked.append(key)
        assert panel.isVisible() and panel.continue_button.isVisible()
        answer = answers[key]
        result = answer()
        if asyncio.iscoroutine(result):
            result = await result
        if isinstance(result, float):
            panel.answer(result)
        elif result is not None:
            panel.continue_button.click()
        await wait_for(lambda k=key: panel.key != k or not operation.running, "the next step")
    return asked


async def test_one_phase_ev_passes_in_the_panel_with_no_modal_dialog_and_stays_with_its_charger(
    demo_window: OpenDemo,
) -> None:
    """A 1-phase EV already charging on L1: the EV's current is read, the clamp asks for the
    household without it, the load goes on L1 as the panel says; the verdict is PASS, shown
    only on this charger's page."""
    async with demo_window(time_scale=4.0) as ctx:
        tab = await ready(ctx)
        serial = KEY.lower()
        await ctx.demo.plug(serial, 1, 1).wait()
        table = tab.service.table
        assert table is not None

        def steady() -> bool:  # the EV charging, and the meter caught up with it
            row = table.latest()
            ev = row.get("s1.I1", 0.0)
            return ev > 5 and abs(row.get("m.I1", 0.0) - ev - HOUSEHOLD[1]) < 0.3

        await wait_for(steady, "the 1-phase EV charging, seen by the meter")
        control = tab.hair_dryer
        control.timing = FAST
        operation = control.start()
        assert operation is not None
        guard = NoModal()
        watching = asyncio.ensure_future(guard.watch(operation))

        async def dryer_on() -> bool:
            await ctx.demo.hair_dryer(1, True).wait()
            return True

        answers: dict[str, Callable[[], object]] = {
            f"clamp_l{p}": (lambda amps=amps: amps) for p, amps in HOUSEHOLD.items()
        }
        answers |= {"test_load": lambda: 9.0, "test_maximum": lambda: True, "load_on": dryer_on}
        load_phase_shown = ev_shown = ""

        def note_labels() -> bool:
            nonlocal load_phase_shown, ev_shown
            load_phase_shown = load_phase_shown or control.load_phase.text()
            ev_shown = ev_shown or control.ev_current.text()
            return True

        answers = {k: (lambda f=f: note_labels() and f()) for k, f in answers.items()}
        asked = await answer_in_panel(tab, operation, answers)
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        await watching
        assert guard.checks > 20 and guard.seen == []  # never a modal dialog
        assert asked == ["clamp_l1", "clamp_l2", "clamp_l3", "test_load", "test_maximum", "load_on"]
        assert "grid phase L1" in load_phase_shown  # where to plug the test load
        assert "The EV draws L1" in ev_shown and "read from the charger" in ev_shown
        assert max_meter(ctx) == REAL_MAXIMUM
        outcome = operation.result
        assert isinstance(outcome, HairDryerOutcome)
        assert outcome.passed, outcome.reasons
        assert control.headline.text() == "PASS" and control.isVisible()

        # item 2: the verdict belongs to KEY
        await log_in(ctx.window, OTHER)
        await wait_for(lambda: tab.service.key == OTHER, "monitoring of the other charger")
        assert control.isHidden() and tab.side.isHidden()
        assert control.verdict_of(OTHER) is None
        ctx.window.charger_list.select(KEY)
        await wait_for(lambda: tab.service.key == KEY, "monitoring of the first charger again")
        assert control.isVisible() and control.headline.text() == "PASS"
        assert control.verdict_of(KEY) is outcome


async def test_cancel_in_the_panel_puts_the_real_maximum_back(demo_window: OpenDemo) -> None:
    async with demo_window(time_scale=4.0) as ctx:
        tab = await ready(ctx)
        control = tab.hair_dryer
        control.timing = FAST
        operation = control.start()
        assert operation is not None
        panel = control.questions
        for p, amps in HOUSEHOLD.items():
            await wait_for(lambda p=p: panel.key == f"clamp_l{p}", f"the clamp question on L{p}")
            panel.answer(amps)
        await wait_for(lambda: panel.key == "test_load", "the test-load question")
        panel.answer(99.0)  # out of range: refused beside the field, the question stays
        assert panel.key == "test_load" and panel.error.isVisible()
        panel.answer(9.0)
        await wait_for(lambda: panel.key == "test_maximum", "the proposed test maximum")
        panel.continue_button.click()
        await wait_for(lambda: panel.key == "start_session", "the session question")
        assert max_meter(ctx) < REAL_MAXIMUM  # the temporary maximum
        assert QApplication.activeModalWidget() is None
        control.cancel_button.click()
        assert await operation.wait() is OperationState.CANCELLED
        assert max_meter(ctx) == REAL_MAXIMUM
        assert "cancelled" in control.status.text() and control.button.isEnabled()


async def test_three_phase_run_passes_then_a_miswired_socket_fails(demo_window: OpenDemo) -> None:
    async with demo_window(time_scale=4.0) as ctx:
        tab = await ready(ctx)
        outcome = await scripted_run(ctx)
        assert outcome.passed, outcome.reasons
        control = tab.hair_dryer
        assert control.headline.text() == "PASS" and control.plot_button.isVisible()
        control.plot_button.click()
        dialog = control.result_dialog
        assert dialog is not None and not dialog.isModal() and dialog.isVisible()
        _x, drawn = dialog.plot.curves["m.I2"].getData()  # drawn like the live plot
        assert drawn is not None and np.nanmax(drawn) > 5.0  # the dryer's 9 A on L2 (gaps: NaN)
        pen = dialog.plot.curves["m.I1"].opts["pen"]
        assert pen.color().name().lower() == palette.L1.lower()
        assert QApplication.activeModalWidget() is None
        dialog.close()
        assert outcome.report_paths and outcome.report_paths[0].exists()

        serial = KEY.lower()
        await ctx.demo.switch_load("hair dryer", False).wait()
        await ctx.demo.unplug(serial, 1).wait()
        await ctx.demo.wiring(serial, 1, "L2L3L1").wait()  # a rotated supply cable
        table = tab.service.table
        assert table is not None
        await wait_for(
            lambda: all(abs(table.latest()[f"m.I{p}"] - a) < 0.5 for p, a in HOUSEHOLD.items()),
            "the meter back at the household load",
        )
        outcome = await scripted_run(ctx, ev_phases=1)  # its one phase shows where L1 lands
    assert not outcome.passed
    assert Finding.PHASE_MISMATCH in outcome.result.verdict.findings, outcome.reasons
    reason = next(r for r in outcome.reasons if "wired differently than configured" in r)
    assert "appeared on grid L2" in reason and "says L1L2L3" in reason
    assert control.headline.text() == "FAIL" and reason in control.status.text()
    assert "FAIL:" not in control.status.text()  # the headline says it, once


async def scripted_run(ctx: DemoWindow, ev_phases: int = 3) -> HairDryerOutcome:
    """The test with scripted answers: the EV plugged in and the dryer (on L2) switched on."""
    control = tab_of(ctx.window).hair_dryer

    async def start_session(_text: str) -> bool:
        await ctx.demo.plug(KEY.lower(), 1, ev_phases).wait()
        return True

    async def dryer_on(_text: str) -> bool:
        await ctx.demo.switch_load("hair dryer", True).wait()
        return True

    answers = {f"clamp_l{p}": amps for p, amps in HOUSEHOLD.items()}
    control.prompter = ScriptedPrompter(
        {**answers, "test_load": 9.0, "start_session": start_session, "load_on": dryer_on}
    )
    control.timing = FAST
    operation = control.start()
    assert operation is not None
    await operation.wait()
    assert operation.error is None, operation.error
    assert max_meter(ctx) == REAL_MAXIMUM  # the real maximum is back
    outcome = operation.result
    assert isinstance(outcome, HairDryerOutcome)
    return outcome
