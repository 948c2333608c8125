"""The Commissioning pages driven with qtbot over the demo site: connectivity across a reboot,
a licence key typed in, and a rollback that puts every property back."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.licence import Feature
from app.core.ocpp import charge_point_model
from app.core.values import Value
from app.drivers.alfen.plan_facts import FACT_KEYS
from app.drivers.alfen.properties import PropertyId
from app.drivers.alfen.settings import plan_read_keys
from app.services.operations import Operation, OperationState
from app.sim.alfen.charger import LICENCE_BITS, LICENCE_DEVICE, SimCharger, licence_key_for
from app.ui.commissioning.meter_page import MeterPage
from app.ui.commissioning.pages import ConnectivityPage, LicencesPage, Page
from app.ui.commissioning.review import ReviewPage
from app.ui.commissioning.tab import CommissioningTab
from app.ui.main_window import MainWindow
from tests.ui.conftest import DemoWindow, OpenDemo
from tests.ui.helpers import log_in, wait_for
from tests.ui.test_commissioning_tab import commissioning, confirm_restart, type_into

pytestmark = pytest.mark.gui
P = PropertyId.parse


async def tab_for(window: MainWindow, key: str) -> CommissioningTab:
    """Log in to `key` with its demo password and wait for its settings as found."""
    await log_in(window, key)
    tab = commissioning(window)
    await wait_for(lambda: tab.service.key == key and tab.service.plan is not None, "as found")
    return tab


def read(tab: CommissioningTab, key: str) -> bool:
    """Charger `key` is selected and its settings as found are read."""
    return tab.service.key == key and tab.service.plan is not None


def fast_reboots(ctx: DemoWindow, tab: CommissioningTab, serial: str) -> SimCharger:
    charger: SimCharger = ctx.demo.site.node(serial).charger
    charger.reboot_seconds = 2.0  # long enough to see the wait on a busy machine
    tab.service.reboot_timeout = 20.0
    return charger


async def apply_from_review(tab: CommissioningTab) -> tuple[ReviewPage, Operation]:
    review = tab.show_page("Review")
    assert isinstance(review, ReviewPage)
    assert tab.service.violations() == [], tab.service.violations()
    review.apply_button.click()
    await confirm_restart(tab)  # each of these plans restarts the charger
    operation = tab.operation
    assert operation is not None
    return review, operation


def as_left_rows(review: ReviewPage) -> dict[str, str]:
    table = review.as_left
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_the_ng910_model_table() -> None:
    row = charge_point_model("ng910-60027")
    assert row is not None and row.description == "Eve Single Pro-line 3PH Cable"
    assert row.article == "904460027"
    assert charge_point_model("NG920-61001") is None


async def test_connectivity_applied_across_a_reboot_shows_progress_and_as_left(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, "ACE0100001")
        charger = fast_reboots(ctx, tab, "ace0100001")
        page = tab.show_page("Connectivity")
        assert isinstance(page, ConnectivityPage)
        assert "not registered" in page.boot.text()
        assert "NG910-60027 — Eve Single Pro-line 3PH Cable (article 904460027)" in (
            page.model.text()
        )
        type_into(qtbot, page, "back_office.url", "wss://cpo.example/ocpp")
        type_into(qtbot, page, "back_office.identity", "SITE-A-01")
        boots = charger.boot_count
        review, operation = await apply_from_review(tab)
        await wait_for(lambda: not charger.online, "the charger to reboot")
        # the run's next step word arrives through the event loop a moment after the reboot
        await wait_for(lambda: "waiting for the charger" in review.step.text(), "the wait shown")
        assert review.progress.value() < review.progress.maximum()
        assert review.cancel_button.isEnabled() and not review.apply_button.isEnabled()
        assert review.as_left.rowCount() == 0  # nothing as left while it reboots
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert charger.online and charger.boot_count == boots + 1, (charger.boot_count, boots)
        assert charger.values[P("2071_1")] == "wss://cpo.example/ocpp"
        assert charger.values[P("2053_0")] == "SITE-A-01"
        steps = [review.steps.item(i).text() for i in range(review.steps.count())]
        assert any(s.startswith("✔") and s.endswith(" restart of the charger") for s in steps)
        assert steps[-1] == "■ Applied: the charger holds the plan", steps
        assert review.progress.value() == review.progress.maximum()
        left = as_left_rows(review)
        assert left["Back-office URL"] == "wss://cpo.example/ocpp", left
        assert left["Charge-box identity"] == "SITE-A-01"
        assert "accepted" in page.boot.text(), page.boot.text()


async def test_a_typed_licence_key_unlocks_alb(qtbot: QtBot, demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, "ACE0100002")
        charger = fast_reboots(ctx, tab, "ace0100002")
        assert not int(charger.values[LICENCE_BITS]) & Feature.ALB
        key = licence_key_for(str(charger.values[LICENCE_DEVICE]), int(Feature.ALB))
        page = tab.show_page("Licences")
        assert isinstance(page, LicencesPage)
        assert "✘ Active load balancing" in page.features.text()
        qtbot.keyClicks(page.key, key.text.replace(".", " ").lower())
        assert "Key complete" in page.key_problem.text()
        review, operation = await apply_from_review(tab)
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert "Applied: the charger holds" in review.outcome.text(), review.outcome.text()
        assert "The key unlocked: Active load balancing." in review.outcome.text()
        assert int(charger.values[LICENCE_BITS]) & Feature.ALB
        assert int(charger.values[LICENCE_BITS]) & Feature.SCN  # kept what it had
        assert "✔ Active load balancing" in page.features.text(), page.features.text()


def config(charger: SimCharger) -> dict[PropertyId, Value]:
    ids = (PropertyId.parse(key) for key in (*plan_read_keys(1), *FACT_KEYS))
    return {pid: charger.values[pid] for pid in ids if pid in charger.values}


async def test_rollback_returns_every_property_to_as_found(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, "ACE0100001")
        charger = fast_reboots(ctx, tab, "ace0100001")
        found = config(charger)
        power = tab.show_page("Power")
        assert isinstance(power, Page)
        type_into(qtbot, power, "station_max_current", "20")
        type_into(qtbot, power, "chameleon_min_current", "8")
        alb = tab.show_page("ALB data source")
        assert isinstance(alb, Page)
        type_into(qtbot, alb, "alb.max_meter_current", "18")
        meter = tab.show_page("Meter")
        assert isinstance(meter, MeterPage)
        meter.select("carlogavazzi-em340")  # another maker's register map than the SDM630
        phases = tab.show_page("Phases")
        assert isinstance(phases, Page)
        combo = phases.rows["phase_mapping"].combo
        index = combo.findData("L2L3L1")
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        connectivity = tab.show_page("Connectivity")
        assert isinstance(connectivity, Page)
        type_into(qtbot, connectivity, "back_office.url", "wss://cpo.example/ocpp")
        review, operation = await apply_from_review(tab)
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert "Applied: the charger holds" in review.outcome.text(), review.outcome.text()
        changed = {pid for pid, value in config(charger).items() if found[pid] != value}
        assert {P("2062_0"), P("2067_0"), P("2071_1"), P("2571_0")} <= changed
        assert review.rollback_button.isEnabled()
        review.rollback_button.click()
        await confirm_restart(tab)
        back = tab.operation
        assert back is not None and back is not operation
        assert await back.wait() is OperationState.SUCCEEDED, back.error
        assert "Rolled back" in review.outcome.text(), review.outcome.text()
        assert config(charger) == found
