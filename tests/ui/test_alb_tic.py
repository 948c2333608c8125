"""The ALB page with a TIC (Linky) meter on the demo site: the installer picks TIC as the meter
protocol, applies, and after its reboot the charger balances on the site's Linky (historic
mode in demo.toml); the meter test reads the Linky's frames from its serial port."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.services.operations import OperationState
from app.sim.alfen.alb_config import SourceKind
from app.ui.commissioning.meter_page import MeterPage
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import wait_for
from tests.ui.test_commissioning_demo_check import alb_follows_the_grid, set_field
from tests.ui.test_commissioning_pages import apply_from_review, fast_reboots, tab_for

pytestmark = pytest.mark.gui
SERIAL = "ace0100001"  # ALB licensed; reads the Modbus meter until told otherwise


async def test_choosing_tic_on_the_alb_page_makes_the_charger_follow_the_linky(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, SERIAL.upper())
        charger = fast_reboots(ctx, tab, SERIAL)
        set_field(qtbot, tab, "ALB data source", "alb.protocol", "tic")
        review, operation = await apply_from_review(tab)
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert "Applied: the charger holds" in review.outcome.text(), review.outcome.text()
        reader = ctx.demo.site.alb_sources.readers[SERIAL]
        await wait_for(lambda: reader.config.kind is SourceKind.TIC, "the TIC source", 15)
        await alb_follows_the_grid(ctx, charger)

        (linky,) = ctx.demo.site.endpoints()["tic"]  # type: ignore[misc]
        assert any(what.startswith("TIC") for what, _ in ctx.demo.meter_endpoints())
        page = tab.show_page("Meter")
        assert isinstance(page, MeterPage)
        page.test.tic_port.setText(str(linky["pty"]))
        test = page.test.start()
        assert test is not None and await test.wait() is OperationState.SUCCEEDED, test
        result = page.test.result
        assert result is not None and result.direct.tic_mode == "historic", result
        grid = ctx.demo.site.live.meter_reading()
        for phase in range(3):
            assert result.direct.currents[phase] == pytest.approx(abs(grid[phase]), abs=1.0)
