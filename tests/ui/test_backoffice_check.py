"""The Connectivity page's back-office check on the demo site: the quick check, and the test
with a back office on this computer after the restart question, the charger's URL put back."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.drivers.alfen.properties import PropertyId
from app.services.backoffice_check import BackOfficeOutcome
from app.services.operations import OperationState
from app.ui.commissioning.pages import ConnectivityPage
from app.ui.reboot_confirm import RebootConfirmation
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import wait_for
from tests.ui.test_commissioning_tab import KEY, logged_in_tab

pytestmark = pytest.mark.gui

URL = PropertyId.parse("2071_1")


async def test_quick_check_says_no_back_office_is_set(qtbot: QtBot, demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        tab = await logged_in_tab(ctx.window)
        page = tab.show_page("Connectivity")
        assert isinstance(page, ConnectivityPage)
        page.check.check_button.click()
        operation = page.check.operation
        assert operation is not None and not page.check.test_button.isEnabled()
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        text = page.check.status.text()
        assert "not registered with a back office" in text
        assert "no back office URL is set" in text
        assert page.check.check_button.isEnabled()


async def test_test_with_this_computer_asks_first_and_puts_the_url_back(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window(time_scale=20.0) as ctx:
        charger = ctx.demo.site.node(KEY.lower()).charger
        tab = await logged_in_tab(ctx.window)
        page = tab.show_page("Connectivity")
        assert isinstance(page, ConnectivityPage)
        before = charger.boot_count
        page.check.test_button.click()
        question = page.check.question
        assert isinstance(question, RebootConfirmation) and not question.isModal()
        assert page.check.operation is None and not page.check.check_button.isEnabled()
        question.restart.click()
        await wait_for(lambda: page.check.operation is not None, "the test to start")
        operation = page.check.operation
        assert operation is not None
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        outcome = operation.result
        assert isinstance(outcome, BackOfficeOutcome) and outcome.result.passed
        assert outcome.report.exists()
        assert charger.values[URL] == "" and charger.boot_count == before + 2
        text = page.check.status.text()
        assert "Passed: the charger reaches a back office" in text
        assert "the customer&#x27;s back office URL is back" in text
