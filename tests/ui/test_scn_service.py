"""The SCN service over the demo site: read the members, plan, check, apply, roll back."""

from __future__ import annotations

import pytest

from app.core.scn import ScnSettings
from app.drivers.alfen.properties import PropertyId
from app.services.operations import OperationState
from app.services.scn import ScnService
from tests.ui.conftest import OpenDemo

pytestmark = pytest.mark.gui

P = PropertyId.parse
KEYS = ["ACE0100001", "ACE0100002", "ACE0100003"]


async def test_reads_the_picked_chargers_and_names_the_one_without_scn_licence(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        service = ScnService(ctx.services)
        reading = service.read_candidates(KEYS)
        assert await reading.wait() is OperationState.SUCCEEDED, reading.error
        candidates = reading.result
        assert [c.sockets for c in candidates] == [1, 1, 2]
        assert all(ctx.services.sessions.is_logged_in(k) for k in KEYS)
        proposal = service.propose(ScnSettings("PARK", 32, 16), candidates)
        broken = [(s, v.message) for s, v in proposal.violations]
        assert broken == [("ace0100003", broken[0][1])], broken
        assert "SCN licence" in broken[0][1]
        assert proposal.rotation["ace0100003"] == proposal.plan.chargers[2].scn.phases  # type: ignore[union-attr]
        fine = service.propose(ScnSettings("PARK", 32, 16), candidates[:2])
        assert fine.ok, fine.violations


async def test_apply_writes_the_network_and_rollback_clears_it(demo_window: OpenDemo) -> None:
    async with demo_window(time_scale=40.0) as ctx:
        service = ScnService(ctx.services)
        reading = service.read_candidates(KEYS[:2])
        assert await reading.wait() is OperationState.SUCCEEDED, reading.error
        plan = service.propose(ScnSettings("PARK", 32, 16), reading.result).require_valid()
        progress: list[str] = []
        service.chargerProgress.connect(lambda p: progress.append(p.serial))
        applying = service.apply(plan, reboot_timeout=30.0)
        assert await applying.wait() is OperationState.SUCCEEDED, applying.error
        assert applying.result == {}
        assert {"ace0100001", "ace0100002"} <= set(progress)
        held = [ctx.demo.site.node(s).charger.values for s in ("ace0100001", "ace0100002")]
        assert [v[P("2180_1")] for v in held] == ["PARK", "PARK"]
        assert [v[P("2180_2")] for v in held] == [0, 1]
        rolling = service.rollback(reboot_timeout=30.0)
        assert await rolling.wait() is OperationState.SUCCEEDED, rolling.error
        assert ctx.demo.site.node("ace0100001").charger.values.get(P("2180_1"), "") == ""
