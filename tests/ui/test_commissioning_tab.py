"""The Commissioning tab over the demo site: pages, live checks, apply, rollback, screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.drivers.alfen.properties import PropertyId
from app.services.operations import OperationState
from app.ui.commissioning.meter_page import MeterPage
from app.ui.commissioning.pages import LicencesPage, Page
from app.ui.commissioning.tab import CommissioningTab
from app.ui.main_window import MainWindow
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import log_in, wait_for

pytestmark = pytest.mark.gui
KEY = "ACE0100001"
P = PropertyId.parse


def commissioning(window: MainWindow) -> CommissioningTab:
    tab = window.commissioning  # made on first need
    window.show_tab(tab)
    assert window.tabs.currentWidget() is tab, "no Commissioning tab"
    return tab


async def logged_in_tab(window: MainWindow) -> CommissioningTab:
    await log_in(window, KEY)
    tab = commissioning(window)
    await wait_for(lambda: tab.service.key == KEY and tab.service.plan is not None, "as found")
    return tab


async def confirm_restart(tab: CommissioningTab) -> None:
    """Answer the restart question with Restart (the buttons are off while it is open)."""
    await wait_for(lambda: tab.question is not None and tab.question.isVisible(), "the question")
    review = tab.page("Review")
    assert not review.apply_button.isEnabled() and not review.rollback_button.isEnabled()
    assert tab.question is not None
    tab.question.restart.click()


def type_into(qtbot: QtBot, page: Page, path: str, text: str) -> None:
    line = page.rows[path].line
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


async def test_an_edit_shows_its_sentence_and_a_bad_key_is_named(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab = await logged_in_tab(ctx.window)
        power = tab.show_page("Power")
        assert isinstance(power, Page)
        assert power.rows["station_max_current"].info.unit == "A"
        type_into(qtbot, power, "chameleon_min_current", "5")
        assert any("Chameleon minimum current" in s for s in power.sentences()), power.sentences()
        type_into(qtbot, power, "station_max_current", "abc")
        assert any("Station maximum current" in s for s in power.sentences())
        licences = tab.show_page("Licences")
        assert isinstance(licences, LicencesPage)
        assert "✔ Active load balancing" in licences.features.text()
        qtbot.keyClicks(licences.key, "12G4")
        assert "'G' cannot appear in a key" in licences.key_problem.text()


async def test_apply_reaches_the_simulator_and_rollback_restores_it(
    qtbot: QtBot, demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        window.resize(1366, 768)
        tab = await logged_in_tab(window)
        charger = ctx.demo.site.node("ace0100001").charger
        found = charger.values[P("2062_0")]
        target = "20" if float(found) != 20.0 else "22"
        power = tab.show_page("Power")
        assert isinstance(power, Page)
        type_into(qtbot, power, "station_max_current", target)
        review = tab.show_page("Review")
        assert review.changes.rowCount() == 1
        assert review.changes.item(0, 0).text() == "Station maximum current"
        assert review.changes.item(0, 2).text() == f"{target} A"
        review.apply_button.click()  # a current limit takes effect without a restart
        operation = tab.operation
        assert operation is not None and tab.question is None
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert float(charger.values[P("2062_0")]) == float(target)
        assert "Applied: the charger holds the plan" in review.outcome.text()
        assert review.progress.value() == review.progress.maximum()
        steps = [review.steps.item(i).text() for i in range(review.steps.count())]
        assert "✔ 1/2 current limits" in steps, steps
        assert "– 2/2 restart of the charger: skipped, not needed" in steps, steps
        assert steps[-1] == "■ Applied: the charger holds the plan", steps
        assert review.rollback_button.isEnabled()
        assert review.as_left.rowCount() > 0
        if window.demo_dock is not None:
            window.demo_dock.hide()  # the page itself, not the demo controls
            await wait_for(lambda: window.tabs.height() > 600, "the tabs to take the room")
        assert window.grab().save(str(tmp_path / "commissioning-review.png"))
        qtbot.mouseClick(review.rollback_button, Qt.MouseButton.LeftButton)
        await confirm_restart(tab)
        back = tab.operation
        assert back is not None and back is not operation
        assert await back.wait() is OperationState.SUCCEEDED, back.error
        assert charger.values[P("2062_0")] == found
        assert "Rolled back: the settings as found are back" in review.outcome.text()


async def test_meter_page_shows_a_presets_register_map(
    qtbot: QtBot, demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        window.resize(1366, 768)
        tab = await logged_in_tab(window)
        meter = tab.show_page("Meter")
        assert isinstance(meter, MeterPage)
        qtbot.keyClicks(meter.search, "sdm120")
        groups = [meter.tree.topLevelItem(i) for i in range(meter.tree.topLevelItemCount())]
        shown = [g.text(0) for g in groups if not g.isHidden()]
        assert shown == ["Eastron"]
        preset = meter.select("eastron-sdm120ct")
        assert meter.map_table.rowCount() == len(preset.entries)
        assert "100" in meter.preset_note.text()
        plan = tab.service.plan
        assert plan is not None and plan.alb is not None and plan.alb.meter is not None
        assert plan.alb.meter.preset == "eastron-sdm120ct"
        if window.demo_dock is not None:
            window.demo_dock.hide()  # the page itself, not the demo controls
            await wait_for(lambda: window.tabs.height() > 600, "the tabs to take the room")
        assert window.grab().save(str(tmp_path / "commissioning-meter.png"))


async def test_cancel_during_the_reboot_wait_stops_the_run_and_offers_rollback(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        tab = await logged_in_tab(ctx.window)
        phases = tab.show_page("Phases")
        assert isinstance(phases, Page)
        row = phases.rows["phase_mapping"]
        found = row.combo.currentData()
        index = next(
            i
            for i in range(1, row.combo.count())
            if row.combo.itemData(i) != found and len(row.combo.itemData(i)) > 2  # 3-phase
        )
        row.combo.setCurrentIndex(index)
        row.combo.activated.emit(index)  # as a pick from the list
        review = tab.show_page("Review")
        assert review.changes.rowCount() == 1
        review.apply_button.click()
        await confirm_restart(tab)
        operation = tab.operation
        assert operation is not None
        await wait_for(lambda: "waiting for the charger" in review.step.text(), "the reboot wait")
        assert review.cancel_button.isEnabled() and not review.apply_button.isEnabled()
        review.cancel_button.click()
        assert await operation.wait() is OperationState.CANCELLED
        assert review.outcome.text() == "Cancelled."
        assert review.apply_button.isEnabled() and review.rollback_button.isEnabled()


async def test_an_invalid_value_is_highlighted_with_its_reason_beside_the_field(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab = await logged_in_tab(ctx.window)
        power = tab.show_page("Power")
        assert isinstance(power, Page)
        row = power.rows["station_max_current"]
        assert row.why.isHidden() and not row.editor.property("invalid")
        type_into(qtbot, power, "station_max_current", "abc")
        assert row.editor.property("invalid") and not row.why.isHidden()
        assert "Station maximum current" in row.why.text()
        assert row.why.text().removeprefix("⚠ ") in power.sentences()  # also under Checks
        chameleon = power.rows["chameleon_min_current"]
        type_into(qtbot, power, "chameleon_min_current", "5")  # a rule, not a typing error
        assert "Chameleon minimum current" in chameleon.why.text(), chameleon.why.text()
        type_into(qtbot, power, "station_max_current", "20")
        assert row.why.isHidden() and not row.editor.property("invalid")


async def test_check_against_the_charger_ends_with_all_checks_passed_or_the_problems(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab = await logged_in_tab(ctx.window)
        power = tab.show_page("Power")
        assert isinstance(power, Page)
        type_into(qtbot, power, "station_max_current", "20")
        review = tab.show_page("Review")
        operation = tab.preview()
        assert operation is not None
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert review.reboot.text() == "All checks passed: applying writes 1 setting(s)."
        type_into(qtbot, power, "chameleon_min_current", "5")
        operation = tab.preview()
        assert operation is not None
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        text = review.reboot.text()
        head, *problems = text.split("\n")
        assert head == f"The check found {len(problems)} problem(s):" and problems, text
        assert all(p.startswith("• Chameleon minimum current must be") for p in problems), text
