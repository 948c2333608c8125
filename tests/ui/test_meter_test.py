"""The Meter page's "Test smart meter": the charger's view and the laptop's, on the demo site."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.drivers.alfen.properties import PropertyId
from app.services.meter_test import MeterTestResult
from app.services.operations import OperationState
from app.sim.rtu_line import PTY_AVAILABLE
from app.store.report_results import load_results
from app.ui.commissioning.meter_page import MeterPage
from app.ui.commissioning.tab import CommissioningTab
from tests.ui.conftest import DemoWindow, OpenDemo
from tests.ui.helpers import wait_for
from tests.ui.test_commissioning_pages import read, tab_for
from tests.ui.test_commissioning_tab import KEY, logged_in_tab

pytestmark = pytest.mark.gui


async def meter_page(ctx: DemoWindow) -> tuple[CommissioningTab, MeterPage]:
    tab = await logged_in_tab(ctx.window)
    page = tab.show_page("Meter")
    assert isinstance(page, MeterPage)
    return tab, page


async def run_test(page: MeterPage) -> MeterTestResult:
    operation = page.test.start()
    assert operation is not None, page.test.status.text()
    assert not page.test.test_button.isEnabled() and page.test.cancel_button.isEnabled()
    assert await operation.wait() is OperationState.SUCCEEDED, operation.error
    assert page.test.test_button.isEnabled()
    result = page.test.result
    assert result is not None
    return result


def cell(page: MeterPage, row: int, column: int) -> str:
    item = page.test.table.item(row, column)
    return item.text() if item is not None else ""


async def charger_reads_meter(ctx: DemoWindow) -> None:
    """The simulated charger has polled the meter (its link state is normal)."""
    charger = ctx.demo.site.node("ace0100001").charger
    link = PropertyId.parse("2540_0")
    await wait_for(lambda: charger.values.get(link) == 2, "the charger's meter link")


async def test_both_paths_read_the_grid_currents_and_the_verdict_passes(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        _tab, page = await meter_page(ctx)
        page.select("eastron-sdm630")
        await charger_reads_meter(ctx)
        result = await run_test(page)
        grid = ctx.demo.site.live.grid
        assert result.charger is not None and result.direct.result is not None
        for phase in range(3):
            assert result.direct.currents[phase] == pytest.approx(grid[phase], abs=0.2)
            assert result.charger.currents[phase] == pytest.approx(grid[phase], abs=0.2)
            assert float(cell(page, phase, 2)) == pytest.approx(grid[phase], abs=0.2)
            assert float(cell(page, phase, 1)) == pytest.approx(grid[phase], abs=0.2)  # ALB
            assert cell(page, phase, 3) == "✔"
        assert result.direct.result.plausible and not result.direct.result.changed
        verdict = page.test.verdict.text()
        assert "plausible: the preset fits this meter" in verdict, verdict
        status = page.test.status.text()
        assert "Both paths read the same currents." in status, status
        assert "normal" in status, status
        assert "not applied yet" not in status  # the preset the charger has already
        saved = load_results(ctx.services.paths.reports, "ACE0100001").meter_tests
        assert len(saved) == 1 and saved[0].passed  # kept for the commissioning report


async def test_an_inverted_meter_is_named_a_sign_problem(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        _tab, page = await meter_page(ctx)
        page.select("eastron-sdm630")
        fault = ctx.demo.fault(KEY, "meter_inverted", on=True)
        assert await fault.wait() is OperationState.SUCCEEDED, fault.error
        charger = ctx.demo.site.node("ace0100001").charger
        alb_l1 = PropertyId.parse("212F_1")
        await wait_for(lambda: charger.values[alb_l1] < 0, "the charger to poll the inverted meter")
        page.test.importing.setCurrentIndex(1)  # the installer knows the house draws power
        result = await run_test(page)
        assert float(cell(page, 0, 1)) < 0 < float(cell(page, 0, 0))  # ALB sees export
        assert result.direct.result is not None and result.direct.result.changed
        signs = [f for f in result.direct.result.findings if f.topic == "sign"]
        assert signs and not signs[0].ok
        verdict = page.test.verdict.text()
        assert "preset needs a correction" in verdict, verdict
        assert "counts import as negative" in verdict and "invert the sign" in verdict, verdict


async def test_an_unreachable_meter_is_said_and_the_chargers_view_still_shown(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab, page = await meter_page(ctx)
        page.select("eastron-sdm630")
        port = ctx.demo.site.extra_endpoints["meters"][0]["modbus"].rsplit(":", 1)[1]
        tab.edit("alb.meter.port", str(int(port) + 1 if int(port) < 65535 else 1))
        result = await run_test(page)
        assert result.direct.result is None
        assert result.charger is not None and result.charger.currents[0] is not None
        status = page.test.status.text()
        assert "cannot be reached directly from this computer" in status, status
        assert "Only the charger's view is shown." in status
        assert cell(page, 0, 0) != "—" and cell(page, 0, 2) == "—"  # a missing reading: a dash
        assert page.test.verdict.text() == ""


async def test_a_bad_clamp_text_is_named_and_starts_nothing(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        _tab, page = await meter_page(ctx)
        page.test.clamp.setText("ten, 4")
        assert page.test.start() is None
        assert "give amperes per phase" in page.test.status.text()
        assert page.test.operation is None
        assert not [o for o in ctx.services.runner.running if "smart meter" in o.title]


async def test_a_test_cancelled_while_reading_the_meter_ends_cancelled(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        _tab, page = await meter_page(ctx)
        page.select("eastron-sdm630")
        fault = ctx.demo.fault(KEY, "meter_silent", on=True)  # the direct read waits for answers
        assert await fault.wait() is OperationState.SUCCEEDED, fault.error
        operation = page.test.start()
        assert operation is not None
        await wait_for(lambda: page.test.progress.value() == 1, "the direct read")
        assert page.test.status.text() == "Reading the meter from this computer…"
        assert page.test.progress.isVisibleTo(page)
        page.test.cancel_button.click()
        assert await operation.wait() is OperationState.CANCELLED
        assert page.test.status.text() == "Meter test cancelled."
        assert page.test.test_button.isEnabled() and not page.test.cancel_button.isEnabled()
        assert page.test.result is None


async def test_a_custom_map_is_read_directly_and_a_difference_is_named(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab, page = await meter_page(ctx)
        page.select("eastron-sdm630")
        await charger_reads_meter(ctx)
        page.custom.click()
        i_l1 = next(
            r for r in range(page.map_table.rowCount()) if page.cell_text(r, "measurand") == "I L1"
        )
        page.set_cell(i_l1, "scale", "1")  # typed here, not applied: the charger reads as before
        meter = tab.service.plan.alb.meter  # type: ignore[union-attr]
        assert meter is not None and meter.preset is None
        result = await run_test(page)
        grid = ctx.demo.site.live.grid
        assert result.direct.currents[0] == pytest.approx(10 * grid[0], rel=0.05)
        assert result.direct.currents[1] == pytest.approx(grid[1], abs=0.2)
        assert cell(page, 0, 3) == "✘" and cell(page, 1, 3) == "✔"
        status = page.test.status.text()  # the typed map is only in the plan so far
        assert "The plan is not applied yet" in status, status
        assert "register map" not in status, status  # not blamed for what is not applied


async def test_an_rtu_meter_is_said_out_of_reach_of_this_computer(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab, page = await meter_page(ctx)
        ctx.services.sessions.rs485_ports.clear()  # no USB–RS-485 adapter on the meter's line
        tab.edit("alb.protocol", "modbus-rtu")
        result = await run_test(page)
        assert result.direct.result is None and result.charger is not None
        status = page.test.status.text()
        assert "RS-485 line (Modbus RTU): the laptop cannot reach it." in status, status
        assert "Only the charger's view is shown." in status


@pytest.mark.skipif(not PTY_AVAILABLE, reason="no pseudo-terminals on this system")
async def test_an_rtu_meter_is_read_through_the_usb_rs485_adapter(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab, page = await meter_page(ctx)
        (port,) = ctx.demo.rtu_ports()
        assert ctx.services.sessions.rs485_ports[KEY] == port
        tab.edit("alb.protocol", "modbus-rtu")
        page.select("eastron-sdm72d")
        tab.edit("alb.meter.unit_id", "2")
        tab.edit("alb.meter.baud", "9600")
        result = await run_test(page)
        assert result.direct.result is not None, result.direct.problem
        assert result.direct.where == f"{port} (RTU)"
        grid = ctx.demo.site.live.grid
        for phase in range(3):
            assert result.direct.currents[phase] == pytest.approx(grid[phase], abs=0.3)
        tab.edit("alb.meter.baud", "19200")  # not the meter's rate: it answers nothing
        result = await run_test(page)
        assert result.direct.result is None and "did not answer" in result.direct.problem
        tab.edit("alb.meter.baud", "9600")
        ctx.services.sessions.rs485_ports.clear()  # a real site: the installer types the port
        page.test.tic_port.setText(port)
        result = await run_test(page)
        assert result.direct.result is not None and result.direct.where == f"{port} (RTU)"


async def test_a_meter_test_of_one_charger_never_shows_on_another(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        await tab_for(window, "ACE0100002")  # logged in, to switch to it later
        _tab, page = await meter_page(ctx)
        page.select("eastron-sdm630")
        await charger_reads_meter(ctx)
        await run_test(page)
        found = [cell(page, row, 0) for row in range(3)]
        status = page.test.status.text()
        assert all(found) and "Both paths read the same currents." in status
        window.charger_list.select("ACE0100002")
        await wait_for(lambda: read(_tab, "ACE0100002"), "B read")
        assert [cell(page, row, 0) for row in range(3)] == ["", "", ""]
        assert page.test.result is None and page.test.verdict.text() == ""
        assert page.test.status.text() == page.test.intro
        window.charger_list.select(KEY)
        await wait_for(lambda: read(_tab, KEY), "A read again")
        assert [cell(page, row, 0) for row in range(3)] == found
        assert page.test.status.text() == status
