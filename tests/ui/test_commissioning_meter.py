"""The Meter page's custom register map: edited cell by cell, checked, applied to the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.plan import ChargerFacts, ChargerPlan, MeterPlan, RegisterMap
from app.core.plan_file import with_field
from app.drivers.alfen.properties import PropertyId
from app.services.operations import OperationState
from app.sim.alfen.charger import SimCharger
from app.ui.commissioning.map_table import COLUMNS
from app.ui.commissioning.meter_page import MeterPage
from app.ui.commissioning.pages import Page
from app.ui.commissioning.review import ReviewPage
from app.ui.commissioning.tab import CommissioningTab
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import wait_for
from tests.ui.test_commissioning_tab import confirm_restart, logged_in_tab

pytestmark = pytest.mark.gui
P = PropertyId.parse
MAP_PROPS = ("2570_0", "2571_0", "2572_0", "2573_0", "2574_0", "2574_3")


async def type_cell(qtbot: QtBot, page: MeterPage, row: int, column: str, text: str) -> None:
    """Edit one cell as an installer does: open its editor, type, press Enter."""
    table = page.map_table
    item = table.item(row, COLUMNS.index(column))
    assert item is not None
    table.setCurrentItem(item)
    table.editItem(item)
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, editors
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editing = QAbstractItemView.State.EditingState
    await wait_for(lambda: table.state() != editing, f"the {column} cell to commit")


def row_of(page: MeterPage, measurand: str) -> int:
    table = page.map_table
    return next(r for r in range(table.rowCount()) if page.cell_text(r, "measurand") == measurand)


async def test_a_custom_map_typed_cell_by_cell_reaches_the_charger(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        charger = ctx.demo.site.node("ace0100001").charger
        charger.reboot_seconds = 0.3
        tab = await logged_in_tab(ctx.window)
        tab.service.reboot_timeout = 15.0
        found_rtu = [charger.values[P(f"2575_{i}")] for i in range(3)]
        alb = tab.show_page("ALB data source")
        assert isinstance(alb, Page)
        if not alb.rows["alb.enabled"].check.isChecked():  # ALB must be on for the map to be used
            alb.rows["alb.enabled"].check.click()
        meter = tab.show_page("Meter")
        assert isinstance(meter, MeterPage)
        preset = meter.select("eastron-sdm630")
        assert not meter.map_table.editable
        meter.custom.click()
        assert meter.map_table.editable
        assert meter.map_table.rowCount() == 16  # the preset, cut to the charger's 16 slots
        assert len(preset.entries) > 16
        i_l1, p_l2 = row_of(meter, "I L1"), row_of(meter, "P L2")
        before = tab.service.plan
        await type_cell(qtbot, meter, i_l1, "register", "70000")
        assert any("70000 is outside 0 to 65535" in s for s in meter.sentences()), meter.sentences()
        await type_cell(qtbot, meter, p_l2, "type", "F31")
        assert any("'F31' is not a data type" in s for s in meter.sentences())
        assert tab.service.plan is before  # bad cells change nothing
        await type_cell(qtbot, meter, i_l1, "register", "1006")
        await type_cell(qtbot, meter, p_l2, "type", "s32")
        await type_cell(qtbot, meter, i_l1, "scale", "-2")
        assert not any("Row " in s for s in meter.sentences()), meter.sentences()
        plan = tab.service.plan
        assert plan is not None and plan.alb is not None and plan.alb.meter is not None
        assert plan.alb.meter.preset is None
        rmap = plan.alb.meter.register_map
        assert rmap is not None
        index = rmap.measurands.index(7)
        assert (rmap.registers[index], rmap.scales[index]) == (1006, -2)
        assert rmap.types[rmap.measurands.index(17)] == 2  # S32
        await apply_and_check_the_charger(tab, charger, rmap)
        assert [charger.values[P(f"2575_{i}")] for i in range(3)] == found_rtu  # TCP: untouched


async def apply_and_check_the_charger(
    tab: CommissioningTab, charger: SimCharger, rmap: RegisterMap
) -> None:
    """Apply from the Review page; 2570_0..2574_3 then hold the typed map."""
    review = tab.show_page("Review")
    assert isinstance(review, ReviewPage)
    assert tab.service.violations() == []
    review.apply_button.click()
    await confirm_restart(tab)  # a new register map takes effect after a restart
    operation = tab.operation
    assert operation is not None
    assert await operation.wait() is OperationState.SUCCEEDED, operation.error
    assert "Applied: the charger holds" in review.outcome.text(), review.outcome.text()
    measurands = list(charger.values[P("2570_0")])  # type: ignore[arg-type]
    registers = list(charger.values[P("2571_0")])  # type: ignore[arg-type]
    types = list(charger.values[P("2572_0")])  # type: ignore[arg-type]
    scales = list(charger.values[P("2573_0")])  # type: ignore[arg-type]
    slot = measurands.index(7)
    assert (registers[slot], scales[slot]) == (1006, 0xFE)  # -2 as a signed byte
    assert types[measurands.index(17)] == 2
    assert measurands[: len(rmap.measurands)] == list(rmap.measurands)
    assert charger.values[P("2574_0")] == 0  # high-to-low, as the preset
    assert charger.values[P("2574_3")] == 4  # input registers, as the preset


def test_a_one_phase_charger_shows_and_sends_phase_one_only(qtbot: QtBot) -> None:
    from app.services import meter_presets
    from app.services.commissioning import preset_register_map

    presets = meter_presets.library(None)
    page = MeterPage("Meter", presets)
    qtbot.addWidget(page)
    sdm630 = next(p for p in presets if p.name == "eastron-sdm630")
    three = preset_register_map(sdm630)
    plan = with_field(ChargerPlan("x", "127.0.0.1"), "alb.meter", MeterPlan(register_map=three))
    page.show_plan(plan, ChargerFacts(phases=1))
    shown = {page.cell_text(r, "measurand") for r in range(page.map_table.rowCount())}
    assert "I L1" in shown and "P L1" in shown
    assert not {"I L2", "I L3", "P L2", "V L2-N"} & shown
    assert page.custom.isChecked()  # a map without a preset name is a custom one
    sent: list[RegisterMap] = []
    page.mapEdited.connect(sent.append)
    page.set_cell(row_of(page, "I L1"), "scale", "1")
    assert sent and sent[-1].phases == 1 and 8 not in sent[-1].measurands
