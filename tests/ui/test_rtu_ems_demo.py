"""The demo site's RS-485 meter chosen on the ALB page, and the demo panel's energy manager."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.drivers.alfen.properties import PropertyId
from app.services.operations import OperationState
from app.sim.alfen.alb_config import SourceKind
from app.sim.rtu_line import PTY_AVAILABLE
from app.ui.commissioning.meter_page import MeterPage
from app.ui.demo_panel import DemoPanel
from tests.ui.conftest import DemoWindow, OpenDemo
from tests.ui.helpers import wait_for
from tests.ui.test_commissioning_demo_check import alb_follows_the_grid, set_field
from tests.ui.test_commissioning_pages import apply_from_review, fast_reboots, tab_for

pytestmark = pytest.mark.gui
P = PropertyId.parse
SERIAL = "ace0100001"  # ALB licensed, reading the site's Modbus TCP meter


@pytest.mark.skipif(not PTY_AVAILABLE, reason="no pseudo-terminals on this system")
async def test_modbus_rtu_on_the_alb_page_the_charger_follows_and_a_wrong_baud_is_an_error(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, SERIAL.upper())
        charger = fast_reboots(ctx, tab, SERIAL)
        (rtu,) = ctx.demo.site.endpoints()["rtu"]  # type: ignore[misc]
        set_field(qtbot, tab, "ALB data source", "alb.protocol", "modbus-rtu")
        meter = tab.show_page("Meter")
        assert isinstance(meter, MeterPage)
        meter.select("eastron-sdm72d")
        for path, value in (
            ("alb.meter.unit_id", rtu["unit"]),
            ("alb.meter.baud", rtu["baud"]),
            ("alb.meter.parity", "none"),
        ):
            set_field(qtbot, tab, "Meter", path, value)
        _review, operation = await apply_from_review(tab)
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert charger.values[P("5217_0")] == 6  # Modbus RTU
        assert (charger.values[P("2575_2")], charger.values[P("2575_0")]) == (2, 9600)
        reader = ctx.demo.site.alb_sources.readers[SERIAL]
        await wait_for(lambda: reader.config.kind is SourceKind.RTU, "the RTU source at boot")
        await wait_for(lambda: charger.values.get(P("2540_0")) == 2, "the RTU link normal", 15)
        await alb_follows_the_grid(ctx, charger)

        set_field(qtbot, tab, "Meter", "alb.meter.baud", 19200)  # not the meter's baud rate
        _review, operation = await apply_from_review(tab)
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        await wait_for(lambda: charger.values.get(P("2540_0")) == 4, "the RTU link in error", 20)
        assert charger.values[P("212F_1")] == 0.0  # ALB hears nothing: its safe current applies


def panel_of(ctx: DemoWindow) -> DemoPanel:
    panel = ctx.window.demo_dock.widget() if ctx.window.demo_dock else None
    assert isinstance(panel, DemoPanel)
    return panel


async def test_the_demo_panels_energy_manager_steers_the_charger_then_goes_quiet(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        charger = ctx.demo.site.node(SERIAL).charger
        charger.values[P("2530_4")] = 3  # a 3 s validity time, as typed on the ALB page
        safe = float(charger.values[P("2068_0")])  # type: ignore[arg-type]
        assert await ctx.demo.plug(SERIAL, 1, 3).wait() is OperationState.SUCCEEDED
        socket = charger.sockets[0]
        await wait_for(lambda: socket.currents[0] > 12, "the EV charging")
        box = panel_of(ctx).ems
        box.charger.setCurrentText(SERIAL)
        assert box.status.text() == "Off." and not box.quiet_button.isEnabled()
        box.amps.setValue(8.0)
        box.period.setValue(1.0)
        assert await box.start().wait() is OperationState.SUCCEEDED
        await wait_for(lambda: abs(socket.currents[0] - 8.0) < 0.1, "the EMS setpoint", 15)
        await wait_for(box.quiet_button.isEnabled, "the EMS running")
        assert box.status.text() == "Writing 8.0 A every 1 s."
        box.quiet_button.click()
        await wait_for(lambda: box.status.text().startswith("Quiet"), "the EMS quiet")
        assert box.speak_button.isEnabled() and not box.quiet_button.isEnabled()
        await wait_for(lambda: abs(socket.currents[0] - safe) < 0.1, "the safe current", 15)
        last = ctx.demo.state["ems"][SERIAL]["last_write"]
        assert ctx.demo.site.clock.now() - last >= 3.0  # not before the validity time
        box.speak_button.click()
        await wait_for(lambda: abs(socket.currents[0] - 8.0) < 0.1, "the EMS heard again", 15)
        box.stop_button.click()
        await wait_for(lambda: box.status.text() == "Off.", "the EMS off")
