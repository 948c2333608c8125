"""The Commissioning tab asks before a restart, and each charger keeps its own results.

Issue 15 items 1, 2 and 4 on the demo site: Cancel on the question writes nothing and starts no
run; Restart proceeds; the run log, outcome and licence outcome of charger A are never shown on
charger B, and come back on A.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.licence import Feature
from app.drivers.alfen.properties import PropertyId
from app.services.operations import OperationState
from app.sim.alfen.charger import LICENCE_BITS, LICENCE_DEVICE, licence_key_for
from app.ui.commissioning.pages import LicencesPage, Page
from app.ui.commissioning.review import ReviewPage
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import wait_for
from tests.ui.test_commissioning_pages import config, fast_reboots, read, tab_for
from tests.ui.test_commissioning_tab import confirm_restart, type_into

pytestmark = pytest.mark.gui
P = PropertyId.parse
URL = "wss://cpo.example/ocpp"


def lines(review: ReviewPage) -> list[str]:
    return [review.steps.item(i).text() for i in range(review.steps.count())]


async def test_cancel_on_the_restart_question_writes_nothing_and_restart_applies(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, "ACE0100001")
        charger = fast_reboots(ctx, tab, "ace0100001")
        found = config(charger)
        boots = charger.boot_count
        page = tab.show_page("Connectivity")
        assert isinstance(page, Page)
        type_into(qtbot, page, "back_office.url", URL)
        review = tab.show_page("Review")
        assert isinstance(review, ReviewPage)
        review.apply_button.click()
        question = tab.question
        assert question is not None and question.isVisible() and not question.isModal()
        assert question.lines.text().startswith("• "), question.lines.text()
        assert question.lines.text() == "• Eve ace0100001: no EV charging"
        assert not review.apply_button.isEnabled() and not review.rollback_button.isEnabled()
        question.reject()
        await wait_for(lambda: tab.question is None, "the question to close")
        assert tab.operation is None  # no run started
        assert list(ctx.services.paths.journals.glob("*")) == []  # and none journaled
        assert config(charger) == found and charger.boot_count == boots
        assert review.apply_button.isEnabled()
        review.apply_button.click()
        await confirm_restart(tab)
        operation = tab.operation
        assert operation is not None
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert charger.values[P("2071_1")] == URL and charger.boot_count == boots + 1


async def test_a_licence_key_asks_before_the_restart(qtbot: QtBot, demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, "ACE0100002")
        charger = fast_reboots(ctx, tab, "ace0100002")
        bits = int(charger.values[LICENCE_BITS])
        key = licence_key_for(str(charger.values[LICENCE_DEVICE]), int(Feature.ALB))
        licences = tab.show_page("Licences")
        assert isinstance(licences, LicencesPage)
        qtbot.keyClicks(licences.key, key.text)
        review = tab.show_page("Review")
        assert isinstance(review, ReviewPage)
        review.apply_button.click()
        assert tab.question is not None and tab.question.isVisible()
        assert "licence key" in tab.question.findChildren(type(tab.status))[0].text()
        tab.question.buttons.rejected.emit()
        await wait_for(lambda: tab.question is None, "the question to close")
        assert tab.operation is None and int(charger.values[LICENCE_BITS]) == bits


async def test_one_chargers_results_never_show_on_another(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        await tab_for(window, "ACE0100002")  # logged in, to switch to it later
        tab = await tab_for(window, "ACE0100001")
        power = tab.show_page("Power")
        assert isinstance(power, Page)
        type_into(qtbot, power, "station_max_current", "20")
        review = tab.show_page("Review")
        assert isinstance(review, ReviewPage)
        review.apply_button.click()  # a current limit: no restart, no question
        operation = tab.operation
        assert operation is not None and tab.question is None
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        outcome_a, lines_a = review.outcome.text(), lines(review)
        assert "Applied" in outcome_a and lines_a
        assert "– 2/2 restart of the charger: skipped, not needed" in lines_a  # item 4
        assert review.as_left.rowCount() > 0 and review.rollback_button.isEnabled()
        window.charger_list.select("ACE0100002")
        await wait_for(lambda: read(tab, "ACE0100002"), "B read")
        assert review.outcome.text() == "" and lines(review) == []
        assert review.as_left.rowCount() == 0 and not review.rollback_button.isEnabled()
        assert review.progress.value() < review.progress.maximum()
        window.charger_list.select("ACE0100001")
        await wait_for(lambda: read(tab, "ACE0100001"), "A read again")
        await wait_for(lambda: review.outcome.text() == outcome_a, "A's outcome back")
        assert lines(review) == lines_a and review.as_left.rowCount() > 0
        assert review.rollback_button.isEnabled()  # A's run can still be rolled back


async def test_the_licence_outcome_stays_with_its_charger(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        await tab_for(window, "ACE0100001")
        tab = await tab_for(window, "ACE0100002")
        charger = fast_reboots(ctx, tab, "ace0100002")
        key = licence_key_for(str(charger.values[LICENCE_DEVICE]), int(Feature.ALB))
        licences = tab.show_page("Licences")
        assert isinstance(licences, LicencesPage)
        qtbot.keyClicks(licences.key, key.text)
        review = tab.show_page("Review")
        assert isinstance(review, ReviewPage)
        review.apply_button.click()
        await confirm_restart(tab)
        operation = tab.operation
        assert operation is not None
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        unlocked = review.outcome.text()
        assert "The key unlocked: Active load balancing" in unlocked, unlocked
        window.charger_list.select("ACE0100001")
        await wait_for(lambda: read(tab, "ACE0100001"), "the other charger read")
        assert review.outcome.text() == "" and "unlocked" not in review.outcome.text()
        assert licences.key.text() != key.text  # the other charger's own key as found
        assert key.text not in licences.key_problem.text()
        window.charger_list.select("ACE0100002")
        await wait_for(lambda: read(tab, "ACE0100002"), "the licensed charger again")
        assert review.outcome.text() == unlocked
