"""A run stopped mid-way (here: cancelled while the charger reboots, as a crash or a lost link
would leave it) is offered again when the charger is read: roll back to as found, or resume."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.operations import OperationState
from app.ui.commissioning.pages import Page
from app.ui.commissioning.tab import CommissioningTab
from tests.ui.conftest import DemoWindow, OpenDemo
from tests.ui.helpers import wait_for
from tests.ui.test_commissioning_pages import apply_from_review, config, tab_for
from tests.ui.test_commissioning_tab import confirm_restart, type_into

pytestmark = pytest.mark.gui
URL = "wss://cpo.example/ocpp"


async def interrupt_a_run(qtbot: QtBot, ctx: DemoWindow) -> CommissioningTab:
    """Apply a back-office URL (written, then a reboot) and cancel while the charger is down."""
    tab = await tab_for(ctx.window, "ACE0100001")
    charger = ctx.demo.site.node("ace0100001").charger
    charger.reboot_seconds = 2.0
    tab.service.reboot_timeout = 20.0
    page = tab.show_page("Connectivity")
    assert isinstance(page, Page)
    type_into(qtbot, page, "back_office.url", URL)
    _review, operation = await apply_from_review(tab)
    await wait_for(lambda: not charger.online, "the reboot")
    operation.cancel()
    assert await operation.wait() is OperationState.CANCELLED
    api = ctx.demo.site.node("ace0100001").api
    await wait_for(lambda: charger.online and not api.rebooting, "the charger back", timeout=15.0)
    assert tab.interrupted.isHidden()  # nothing offered until the charger is read again
    reading = tab.read()
    assert reading is not None
    assert await reading.wait() is OperationState.SUCCEEDED, reading.error
    return tab


async def test_an_interrupted_run_rolls_back_to_as_found(
    qtbot: QtBot, demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        charger = ctx.demo.site.node("ace0100001").charger
        found = config(charger)
        tab = await interrupt_a_run(qtbot, ctx)
        banner = tab.interrupted
        assert not banner.isHidden() and banner.run is not None
        assert "half-applied" in banner.text.text() and "(interrupted)" in banner.text.text()
        assert banner.run.run_id not in banner.text.text()  # a run id only in the tooltip
        assert banner.run.run_id in banner.text.toolTip()
        assert config(charger) != found  # the URL reached the charger before the cancel
        assert ctx.window.grab().save(str(tmp_path / "interrupted.png"))
        banner.rollback_button.click()
        await confirm_restart(tab)
        operation = tab.operation
        assert operation is not None
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert "Rolled back" in tab.review.outcome.text(), tab.review.outcome.text()
        assert config(charger) == found
        await wait_for(banner.isHidden, "the banner to go")


async def test_an_interrupted_run_resumes_to_the_plan(qtbot: QtBot, demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        charger = ctx.demo.site.node("ace0100001").charger
        tab = await interrupt_a_run(qtbot, ctx)
        tab.interrupted.resume_button.click()
        await confirm_restart(tab)
        operation = tab.operation
        assert operation is not None
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert "Applied" in tab.review.outcome.text(), tab.review.outcome.text()
        assert tab.service.interrupted_runs() == []
        from app.drivers.alfen.properties import PropertyId

        assert charger.values[PropertyId.parse("2071_1")] == URL
