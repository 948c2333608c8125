"""The Commissioning tab on the demo's Trydan: only the pages its driver holds fields for, the
contracted-power calculator, and apply + rollback from the window without a restart question."""

from __future__ import annotations

import pytest

from app.core.plan_file import dumps_plan, loads_plan
from app.services.operations import OperationState
from app.ui.commissioning.dynamic_pages import CurrentLimitsPage
from app.ui.commissioning.page_choice import shown
from app.ui.commissioning.tab import PAGE_NAMES, CommissioningTab
from app.ui.main_window import MainWindow
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import log_in, wait_for
from tests.ui.test_plain_words import visible_problems

pytestmark = pytest.mark.gui
TRYDAN, ALFEN = "V2C0100004", "ACE0100001"
ALFEN_PAGES = ["Licences", "ALB data source", "Meter", "Phases", "Power", "Connectivity"]
TRYDAN_PAGES = ["Current limits", "Charge mode", "Dynamic power control", "Lock and LEDs"]


def commissioning(window: MainWindow) -> CommissioningTab:
    tab = window.commissioning
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    return tab


async def trydan_tab(window: MainWindow, services: object) -> CommissioningTab:
    op = window.services.sessions.login(TRYDAN, "")
    assert await op.wait() is OperationState.SUCCEEDED, op.error
    window.charger_list.select(TRYDAN)
    tab = commissioning(window)
    await wait_for(lambda: tab.service.key == TRYDAN and tab.service.plan is not None, "as found")
    return tab


async def test_a_trydan_gets_its_own_pages_and_an_alfen_gets_its_own_back(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        tab = await trydan_tab(ctx.window, ctx.services)
        assert tab.shown_pages() == [*TRYDAN_PAGES, "Review"]
        listed = [tab.page_list.item(r) for r in range(tab.page_list.count())]
        assert [i.text() for i in listed if not i.isHidden()] == [*TRYDAN_PAGES, "Review"]
        assert PAGE_NAMES[tab.page_list.currentRow()] == "Current limits"  # the first listed
        assert tab.guide.step.text() == "Step 1 of 5: Current limits"
        tab.guide.next_button.click()
        assert tab.guide.step.text() == "Step 2 of 5: Charge mode"
        tab.guide.back_button.click()
        assert not tab.guide.back_button.isEnabled()  # no Alfen page before it
        plan = tab.service.plan
        assert plan is not None and plan.dynamic_power is not None
        assert plan.dynamic_power.contracted_power == 6.9  # 6900 W on the demo site
        assert tab.page("Dynamic power control").rows["dynamic_power.enabled"].check.isChecked()

        await log_in(ctx.window, ALFEN)
        await wait_for(lambda: tab.service.key == ALFEN, "the Alfen's plan")
        assert tab.shown_pages() == [*ALFEN_PAGES, "Review"]
        assert tab.guide.step.text().startswith("Step 1 of 7")

        ctx.window.charger_list.select(TRYDAN)
        await wait_for(lambda: tab.service.key == TRYDAN, "the Trydan again")
        assert tab.shown_pages() == [*TRYDAN_PAGES, "Review"]


async def test_the_calculator_puts_the_guides_current_into_the_station_maximum(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        tab = await trydan_tab(ctx.window, ctx.services)
        page = tab.show_page("Current limits")
        assert isinstance(page, CurrentLimitsPage)
        calc = page.calculator
        assert calc.power.value() == pytest.approx(6.9)  # from the charger's contracted power
        calc.power.setValue(11.0)
        calc.phases.setCurrentIndex(calc.phases.findData(3))
        assert "√3 × 400 V × 0.95" in calc.formula.text() and "16.7 A" in calc.formula.text()
        assert "16 A" in calc.result.text()
        calc.use_button.click()
        assert tab.service.plan is not None and tab.service.plan.station_max_current == 16.0
        calc.phases.setCurrentIndex(calc.phases.findData(1))
        assert "/ 230 V = 47.8 A" in calc.formula.text() and "32 A" in calc.result.text()
        calc.wiring.setValue(20)
        assert "20 A" in calc.result.text()


async def test_apply_and_roll_back_a_trydan_plan_from_the_window(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        tab = await trydan_tab(ctx.window, ctx.services)
        [node] = ctx.demo.site.trydans
        settings = node.trydan.model.settings
        before = dict(settings)
        tab.edit("charge_mode", "one-phase")
        tab.edit("installation_voltage", "230")
        tab.edit("dynamic_power.contracted_power", "5.75")
        tab.edit("dynamic_power.pause_when_modulating", True)
        tab.edit("dynamic_power.mode", "grid-and-solar")
        tab.edit("locked", True)
        tab.edit("leds.light", "30")
        tab.edit("leds.logo", "0")
        tab.edit("alb.safe_current", "8")
        assert tab.service.violations() == []
        review = tab.show_page("Review")
        assert review.changes.rowCount() == 8  # the voltage is already 230 V
        assert not tab.service.restarts()
        review.apply_button.click()
        assert tab.question is None  # nothing restarts: no question
        await wait_for(lambda: tab.operation is not None, "the run")
        assert tab.operation is not None
        assert await tab.operation.wait() is OperationState.SUCCEEDED, tab.operation.error
        assert tab.operation.result.outcome == "done", tab.operation.result.message
        expected = {"ChargeMode": 0, "ContractedPower": 5750, "PauseDynamic": 1, "Locked": 1}
        expected |= {"DynamicPowerMode": 4, "LightLED": 30, "LogoLED": 0, "MinIntensity": 8}
        assert {k: settings[k] for k in expected} == expected
        lines = " ".join(review.steps.item(i).text() for i in range(review.steps.count()))
        assert "dynamic power control" in lines and "restart" not in lines
        left = [review.as_left.item(r, 0).text() for r in range(review.as_left.rowCount())]
        assert {"Minimum current", "Charging current", "Contracted power"} <= set(left)
        assert "Active load balancing" not in left  # the Trydan has none of Alfen's ALB
        await wait_for(review.rollback_button.isEnabled, "roll back offered")
        review.rollback_button.click()
        assert tab.question is None
        assert tab.operation is not None
        assert await tab.operation.wait() is OperationState.SUCCEEDED, tab.operation.error
        assert tab.operation.result.outcome == "rolled-back", tab.operation.result.message
        assert {k: settings[k] for k in expected} == {k: before[k] for k in expected}


async def test_a_plan_file_setting_what_a_trydan_lacks_is_named_and_not_applied(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        tab = await trydan_tab(ctx.window, ctx.services)
        tab.edit("back_office.url", "wss://cpo.example/ocpp")  # as a plan file would set it
        first = tab.page("Current limits")
        wanted = "Back-office URL: this charger has no such setting"
        assert any(s.startswith(wanted) for s in first.sentences())
        review = tab.show_page("Review")
        names = [review.changes.item(r, 0).text() for r in range(review.changes.rowCount())]
        assert names == ["Back-office URL"]  # shown in the changes, where it can be seen
        operation = tab.service.apply()
        assert await operation.wait() is OperationState.FAILED
        assert wanted in str(operation.error)


async def test_no_trydan_page_shows_a_raw_value(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        tab = await trydan_tab(ctx.window, ctx.services)
        tab.edit("dynamic_power.mode", "grid-and-solar")  # changes for the Review page
        tab.edit("charge_mode", "one-phase")
        found = []
        for name in tab.shown_pages():
            tab.show_page(name)
            found += visible_problems(ctx.window, f"Trydan {name}")
        operation = tab.apply()
        assert operation is not None and await operation.wait() is OperationState.SUCCEEDED
        found += visible_problems(ctx.window, "Trydan Review after apply")
    assert not found, "raw values on screen:\n" + "\n".join(found)


async def test_a_trydan_plan_file_fills_its_pages_and_is_saved_back(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        tab = await trydan_tab(ctx.window, ctx.services)
        text = (
            'schema_version = 1\nname = "garage"\n\n[[chargers]]\nserial = "V2C0100004"\n'
            'address = "x"\nlocked = true\n\n[chargers.dynamic_power]\ncontracted_power = 5.75\n'
        )
        tab.load_plan(loads_plan(text))
        page = tab.page("Dynamic power control")
        assert page.rows["dynamic_power.contracted_power"].line.text() == "5.75"
        assert tab.page("Lock and LEDs").rows["locked"].check.isChecked()
        review = tab.show_page("Review")
        cells = [review.changes.item(0, c).text() for c in range(3)]
        assert cells == ["Contracted power", "6.9 kW", "5.75 kW"]
        job = tab.current_plan()
        assert job is not None
        [charger] = loads_plan(dumps_plan(job)).chargers
        assert charger.locked is True and charger.dynamic_power is not None
        assert charger.dynamic_power.contracted_power == 5.75
        assert charger.dynamic_power.mode is None  # only what changes is written (and on/off)


class Caps:
    def __init__(self, fields: set[str], licences: bool) -> None:
        self.plan_fields, self.licences = frozenset(fields), licences


def test_pages_follow_the_fields_a_driver_holds() -> None:
    limits = {"station_max_current", "dynamic_power.contracted_power"}
    assert shown("Current limits", Caps(limits, False))
    assert not shown("Current limits", Caps({"station_max_current"}, True))
    assert shown("Licences", Caps(set(), True)) and not shown("Licences", Caps(set(), False))
    assert not shown("ALB data source", Caps({"alb.safe_current"}, False))
    # Nobody logged in: a charger without a clamp of its own, as before.
    assert [n for n in PAGE_NAMES if shown(n, None)] == [*ALFEN_PAGES, "Review"]
