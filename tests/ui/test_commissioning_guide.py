"""Guided set-up: Back and Next walk the pages in job order and skip the Meter page when the
plan reads no Modbus meter."""

from __future__ import annotations

import pytest

from app.ui.commissioning.pages import Page
from app.ui.commissioning.tab import PAGE_NAMES, CommissioningTab
from tests.ui.conftest import OpenDemo
from tests.ui.test_commissioning_tab import logged_in_tab

pytestmark = pytest.mark.gui


def shown(tab: CommissioningTab) -> str:
    return PAGE_NAMES[tab.page_list.currentRow()]


def walk(tab: CommissioningTab) -> list[str]:
    """Every page Next visits from the first one."""
    tab.page_list.setCurrentRow(0)
    assert not tab.guide.back_button.isEnabled()
    visited = [shown(tab)]
    while tab.guide.next_button.isEnabled():
        tab.guide.next_button.click()
        visited.append(shown(tab))
    return visited


async def test_next_walks_every_page_for_a_modbus_meter_and_skips_meter_for_p1(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        tab = await logged_in_tab(ctx.window)  # ACE0100001 reads the SDM630 over Modbus TCP
        alfen = [*("Licences", "ALB data source", "Meter", "Phases", "Power", "Connectivity")]
        assert walk(tab) == tab.shown_pages() == [*alfen, "Review"]
        assert tab.guide.step.text() == "Step 7 of 7: Review"
        tab.guide.back_button.click()
        assert shown(tab) == "Connectivity"

        alb = tab.show_page("ALB data source")
        assert isinstance(alb, Page)
        combo = alb.rows["alb.protocol"].combo
        combo.setCurrentIndex(combo.findData("dsmr-p1"))
        combo.activated.emit(combo.currentIndex())
        assert tab.guide.step.text() == "Step 2 of 7: ALB data source"  # as the list counts
        assert "Meter" not in walk(tab)
        tab.show_page("Meter")  # still reachable from the list, and says why it is skipped
        assert tab.guide.step.text() == "Step 3 of 7: Meter (not needed for this plan)"
        tab.guide.next_button.click()
        assert tab.guide.step.text() == "Step 4 of 7: Phases"
