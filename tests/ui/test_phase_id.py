"""Identify phases from the Live monitoring tab, on the demo site: right and miswired sockets."""

from __future__ import annotations

import pytest

from app.core.phase_id import PhaseIdStatus
from app.core.phases import PhaseMapping
from app.core.prompter import ScriptedPrompter
from app.drivers.alfen.properties import PropertyId
from app.services.hairdryer import PhaseIdOutcome
from app.services.operations import OperationState
from app.workflows.phase_id import ProbeSettings
from tests.ui.conftest import DemoWindow, OpenDemo
from tests.ui.helpers import log_in
from tests.ui.test_scn_page import KEYS, scn_page, sentences, wait_for

pytestmark = pytest.mark.gui

KEY, OTHER = "ACE0100001", "ACE0100002"
FAST = ProbeSettings(steps=4, dwell_s=1.2, charging_timeout_s=10.0)


async def identify(ctx: DemoWindow) -> PhaseIdOutcome:
    """Log in, run the identification with an EV plugged in when asked; the outcome."""
    tab = ctx.window.monitoring  # made on first need
    ctx.window.tabs.setCurrentWidget(tab)
    await log_in(ctx.window, KEY)
    await wait_for(tab.phase_id.button.isEnabled, "the Identify phases button")
    serial = ctx.demo.site.node(KEY.lower()).charger.serial

    async def start_session(_text: str) -> bool:
        await ctx.demo.plug(serial, 1, 3).wait()
        return True

    control = tab.phase_id
    control.prompter = ScriptedPrompter({"start_session": start_session})
    control.settings, control.rate_hz = FAST, 8.0
    operation = control.start()
    assert operation is not None
    assert not control.button.isEnabled() and not control.cancel_button.isHidden()
    steps: list[tuple[int, int]] = []
    operation.progressed.connect(lambda _text, done, total: steps.append((done, total)))
    await operation.wait()
    assert operation.error is None, operation.error
    assert steps[-1] == (4, 4)  # the progress followed the current steps
    assert control.button.isEnabled() and control.cancel_button.isHidden()
    charger = ctx.demo.site.node(KEY.lower()).charger
    assert charger.values[PropertyId.parse("212A_0")] == 32.0  # the external maximum is back
    outcome = operation.result
    assert isinstance(outcome, PhaseIdOutcome) and control.outcome is outcome
    return outcome


async def test_correct_wiring_proposes_the_configured_mapping(demo_window: OpenDemo) -> None:
    async with demo_window(time_scale=10.0) as ctx:
        outcome = await identify(ctx)
        text = ctx.window.monitoring.phase_id.result.text()
    result = outcome.result
    assert result.status is PhaseIdStatus.IDENTIFIED, result.reason
    assert result.mapping is PhaseMapping.L1L2L3 and outcome.configured is PhaseMapping.L1L2L3
    assert not result.wiring_fault
    assert "charger L1 → grid L1, charger L2 → grid L2, charger L3 → grid L3" in text
    assert "Proposed phase mapping: <b>L1L2L3</b>" in text
    assert "matches the configured mapping (L1L2L3)" in text and "Wiring fault" not in text


async def test_miswired_socket_proposes_the_true_wiring_and_flags_the_fault(
    demo_window: OpenDemo,
) -> None:
    async with demo_window(time_scale=10.0) as ctx:
        serial = ctx.demo.site.node(KEY.lower()).charger.serial
        await ctx.demo.wiring(serial, 1, "L2L3L1").wait()
        outcome = await identify(ctx)
        text = ctx.window.monitoring.phase_id.result.text()
        assert ctx.services.identified_phases == {"ace0100001": {1: PhaseMapping.L2L3L1}}
        scn = scn_page(ctx.window).setup  # the SCN rotation is checked against the finding
        scn.pick(KEYS[:2])
        reading = scn.read_members()
        assert reading is not None and await reading.wait() is OperationState.SUCCEEDED
        scn.set_mapping("ace0100001", 1, PhaseMapping.L1L2L3)
        assert (
            "Charger ace0100001 socket 1: the plan says L1L2L3, but phase identification found "
            "L2L3L1. Correct the wiring, or set the SCN phase mapping to L2L3L1."
        ) in sentences(scn_page(ctx.window))
    result = outcome.result
    assert result.status is PhaseIdStatus.IDENTIFIED, result.reason
    assert result.mapping is PhaseMapping.L2L3L1 and result.wiring_fault
    assert "charger L1 → grid L2, charger L2 → grid L3, charger L3 → grid L1" in text
    assert "Proposed phase mapping: <b>L2L3L1</b>" in text
    assert "Wiring fault: the charger is configured as L1L2L3" in text


async def test_use_this_mapping_sends_the_proposal_and_the_result_stays_with_its_charger(
    demo_window: OpenDemo,
) -> None:
    async with demo_window(time_scale=10.0) as ctx:
        serial = ctx.demo.site.node(KEY.lower()).charger.serial
        await ctx.demo.wiring(serial, 1, "L2L3L1").wait()
        await identify(ctx)
        tab = ctx.window.monitoring
        assert tab is not None
        control = tab.phase_id
        assert control.use_button.isVisible()
        chosen: list[tuple[str, int, object]] = []
        tab.mappingChosen.connect(
            lambda key, socket, mapping: chosen.append((key, socket, mapping))
        )
        control.use_button.click()
        assert chosen == [(KEY, 1, PhaseMapping.L2L3L1)]
        assert ctx.window.tabs.currentWidget() is ctx.window.commissioning  # the plan is shown
        ctx.window.tabs.setCurrentWidget(tab)

        await log_in(ctx.window, OTHER)  # another charger: its page shows no result of KEY
        await wait_for(lambda: tab.service.key == OTHER, "monitoring of the other charger")
        assert control.isHidden() and control.outcome is None
        assert not control.use_button.isVisible() and "L2L3L1" not in control.result.text()
        ctx.window.charger_list.select(KEY)
        await wait_for(lambda: tab.service.key == KEY, "monitoring of the first charger again")
        assert control.isVisible() and "Proposed phase mapping: <b>L2L3L1</b>" in (
            control.result.text()
        )
