"""The commissioning service over the demo site: as found, edit, preview, apply, roll back."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.plan import Plan, PlanFieldError
from app.drivers.alfen.properties import PropertyId
from app.services.commissioning import CommissioningService, changed_only, overlay
from app.services.operations import OperationState
from tests.ui.conftest import OpenDemo

pytestmark = pytest.mark.gui
KEY = "ACE0100001"
P = PropertyId.parse


async def logged_in_service(ctx: object, tmp_path: Path) -> CommissioningService:
    services = ctx.services  # type: ignore[attr-defined]
    password = services.password_hints[KEY]
    assert await services.sessions.login(KEY, password).wait() is OperationState.SUCCEEDED
    service = CommissioningService(services.sessions, services.runner, tmp_path / "journal")
    assert await service.load(KEY).wait() is OperationState.SUCCEEDED
    return service


async def test_reads_as_found_and_checks_edits(demo_window: OpenDemo, tmp_path: Path) -> None:
    async with demo_window() as ctx:
        service = await logged_in_service(ctx, tmp_path)
        charger = ctx.demo.site.node("ace0100001").charger
        assert service.as_found is not None
        assert service.as_found.station_max_current == float(charger.values[P("2062_0")])
        service.set_field("chameleon_min_current", "5")
        sentences = [v.message for v in service.violations("chameleon_min_current")]
        assert any("Chameleon minimum current" in s for s in sentences), sentences
        assert service.violations("back_office") == []  # untouched sections are not judged
        before = service.plan
        with pytest.raises(PlanFieldError):
            service.set_field("station_max_current", "lots")
        assert service.plan is before  # bad input changes nothing


async def test_apply_then_rollback_reaches_the_simulator(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        service = await logged_in_service(ctx, tmp_path)
        charger = ctx.demo.site.node("ace0100001").charger
        found = charger.values[P("2062_0")]
        target = 20.0 if float(found) != 20.0 else 22.0
        service.set_field("station_max_current", str(target))
        preview_op = service.preview()
        assert await preview_op.wait() is OperationState.SUCCEEDED
        changes = preview_op.result.changes
        assert [c.id for c in changes] == [P("2062_0").wire], changes
        progress: list[object] = []
        service.progressed.connect(progress.append)
        apply_op = service.apply()
        assert await apply_op.wait() is OperationState.SUCCEEDED, apply_op.error
        assert apply_op.result.outcome == "done", apply_op.result.message
        assert float(charger.values[P("2062_0")]) == target
        assert apply_op.result.as_left.station_max_current == target
        assert progress
        back = service.rollback()
        assert await back.wait() is OperationState.SUCCEEDED, back.error
        assert back.result.outcome == "rolled-back", back.result.message
        assert charger.values[P("2062_0")] == found


async def test_a_preset_fills_in_the_register_map(demo_window: OpenDemo, tmp_path: Path) -> None:
    from app.services import meter_presets

    async with demo_window() as ctx:
        service = await logged_in_service(ctx, tmp_path)
        sdm = next(p for p in meter_presets.library(None) if p.model == "SDM120CT")
        plan = service.use_preset(sdm)
        assert plan.alb is not None and plan.alb.meter is not None
        rmap = plan.alb.meter.register_map
        assert rmap is not None and len(rmap.registers) == len(sdm.entries)
        assert 2 in rmap.scales  # the ×100 of a CT meter


async def test_the_demo_meter_charger_as_found_breaks_no_alb_rule(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    """The simulator pre-configures ACE0100001 as an installer would: within the map's slots."""
    async with demo_window() as ctx:
        service = await logged_in_service(ctx, tmp_path)
        service.set_field("alb.max_meter_current", "24")
        assert [v.message for v in service.violations("alb")] == []


async def test_a_plan_file_overlays_the_settings_as_found_and_restarts_are_foreseen(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        service = await logged_in_service(ctx, tmp_path)
        found = service.as_found
        assert found is not None and service.restarts() is False  # nothing to write
        service.set_field("station_max_current", "20")
        assert service.restarts() is False  # a current limit acts at once
        job = service.job()
        assert job is not None
        service.reset()
        merged = service.use_plan(job)
        assert merged.station_max_current == 20.0
        assert overlay(found, changed_only(found, merged)) == merged
        assert dataclasses.replace(merged, station_max_current=found.station_max_current) == found
        service.set_field("back_office.url", "wss://cpo.example/ocpp")
        assert service.restarts() is True  # a back-office URL takes effect after a restart
        other = Plan("other site", (dataclasses.replace(found, serial="ACE0999999"),) * 2)
        with pytest.raises(InvalidInput, match="no charger"):
            service.use_plan(other)
