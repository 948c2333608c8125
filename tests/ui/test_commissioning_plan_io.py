"""The Commissioning tab's members for the window: the plan out and in (File menu), a mapping
from phase identification, and `chargerChanged` after a run (the Overview refreshes)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.phases import PhaseMapping
from app.core.plan_file import dumps_plan, loads_plan
from app.services.operations import OperationState
from app.ui.commissioning.pages import Page
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import next_emission
from tests.ui.test_commissioning_pages import tab_for
from tests.ui.test_commissioning_tab import commissioning, type_into

pytestmark = pytest.mark.gui


async def test_the_plan_goes_out_as_toml_and_comes_back_in(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        assert commissioning(ctx.window).current_plan() is None  # no charger selected
        tab = await tab_for(ctx.window, "ACE0100001")
        power = tab.show_page("Power")
        assert isinstance(power, Page)
        type_into(qtbot, power, "station_max_current", "20")
        plan = tab.current_plan()
        assert plan is not None and len(plan.chargers) == 1
        charger = plan.chargers[0]
        assert (charger.serial, charger.station_max_current) == ("ace0100001", 20.0)
        assert charger.back_office is None  # only what applying would write
        text = dumps_plan(plan)
        tab.reset_button.click()
        assert tab.service.plan == tab.service.as_found
        tab.load_plan(loads_plan(text))
        assert power.rows["station_max_current"].line.text() == "20"
        assert tab.current_plan() == plan
        assert "loaded" in tab.status.text()


async def test_a_phase_mapping_from_identification_lands_on_the_phases_page(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, "ACE0100001")
        tab.show_page("Power")
        tab.use_phase_mapping("ACE0100001", 1, PhaseMapping.L2L3L1)
        phases = tab.page("Phases")
        assert isinstance(phases, Page)
        assert tab.stack.currentWidget().widget() is phases  # the page shown
        assert phases.rows["phase_mapping"].combo.currentData() == "L2L3L1"
        plan = tab.current_plan()
        assert plan is not None and plan.chargers[0].phase_mapping is PhaseMapping.L2L3L1
        assert "L2, L3, L1" in tab.status.text()


async def test_charger_changed_is_emitted_when_a_run_ends(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, "ACE0100001")
        power = tab.show_page("Power")
        assert isinstance(power, Page)
        type_into(qtbot, power, "station_max_current", "20")
        operation = tab.apply()
        assert operation is not None
        (key,) = await next_emission(tab.chargerChanged)
        assert key == "ACE0100001"
        assert operation.state is OperationState.SUCCEEDED
