"""The SCN demo check, end to end in the window: unlock SCN on the third demo charger with a key
from the simulated vendor, build a network of all three, and see alternation in the overview."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.core.licence import Feature
from app.drivers.alfen.properties import PropertyId
from app.services.commissioning import CommissioningService
from app.services.operations import OperationState
from tests.ui.conftest import OpenDemo
from tests.ui.test_scn_page import KEYS, confirm_apply, scn_page, sentences

pytestmark = pytest.mark.gui
P = PropertyId.parse
SERIALS = [key.lower() for key in KEYS]
SOCKETS = [("ace0100001", 1), ("ace0100002", 1), ("ace0100003", 1), ("ace0100003", 2)]


async def unlock_scn(ctx: object, tmp_path: Path) -> None:
    """What the installer does: buy the key in the demo panel, type it on the Licences page."""
    services, demo = ctx.services, ctx.demo  # type: ignore[attr-defined]
    buying = demo.licence_key("ace0100003", ["SCN"])
    assert await buying.wait() is OperationState.SUCCEEDED, buying.error
    login = services.sessions.login("ACE0100003", services.password_hints["ACE0100003"])
    assert await login.wait() is OperationState.SUCCEEDED, login.error
    service = CommissioningService(
        services.sessions, services.runner, tmp_path / "journal", reboot_timeout=30.0
    )
    assert await service.load("ACE0100003").wait() is OperationState.SUCCEEDED
    service.set_field("licence_key", buying.result)
    applying = service.apply()
    assert await applying.wait() is OperationState.SUCCEEDED, applying.error
    assert demo.site.node("ace0100003").charger.has(Feature.SCN)


async def test_scn_of_the_three_demo_chargers_alternates_when_evs_exceed_capacity(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window(time_scale=40.0) as ctx:
        await unlock_scn(ctx, tmp_path)
        page = scn_page(ctx.window)
        setup = page.setup
        setup.pick(KEYS)
        reading = setup.read_members()
        assert reading is not None and await reading.wait() is OperationState.SUCCEEDED
        setup.name.setText("DEMO")
        setup.total.setValue(18)  # 3 x 6 A for 4 sockets: one must wait its turn
        setup.total_safe.setValue(6)
        assert sentences(page)[0] == "The plan breaks no rule.", sentences(page)
        assert any("alternate" in s for s in sentences(page)), sentences(page)
        applying = confirm_apply(page)
        assert await applying.wait() is OperationState.SUCCEEDED, applying.error
        held = [ctx.demo.site.node(s).charger.values for s in SERIALS]
        assert [v[P("2180_1")] for v in held] == ["DEMO"] * 3
        assert [v[P("2180_2")] for v in held] == [0, 1, 2]  # the dual's second socket is 3
        for serial, socket in SOCKETS:
            assert await ctx.demo.plug(serial, socket, 3).wait() is OperationState.SUCCEEDED
        overview = page.overview
        page.setCurrentWidget(overview)
        deadline = time.monotonic() + 30.0
        while True:
            reading = overview.refresh() or overview.operation
            assert reading is not None
            await reading.wait()
            status = overview.status
            if status is not None and len(status.paused) == 1 and sum(status.totals) > 40.0:
                break  # three sockets share 18 A per phase, one waits
            assert time.monotonic() < deadline, "no socket paused by alternation within 30 s"
        assert status.limit == 18
        texts = [overview.table.item(r, 7).text() for r in range(overview.table.rowCount())]
        assert sum(t.startswith("paused until about") for t in texts) == 1, texts
