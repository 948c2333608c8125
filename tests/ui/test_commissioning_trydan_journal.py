"""A Trydan through the commissioning service: its runs are journaled with its driver's tag,
and an interrupted run is offered and rolled back through the same service."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from app.services.commissioning import CommissioningService
from app.services.context import build_services
from app.services.devices import ManualSighting
from app.services.operations import OperationState
from app.sim.v2c.model import TrydanModel
from app.sim.v2c.server import SimulatedTrydan

pytestmark = pytest.mark.gui


@asynccontextmanager
async def trydan_service(tmp_path: Path) -> AsyncIterator[tuple[CommissioningService, TrydanModel]]:
    """A logged-in Trydan (found by address) and the commissioning service reading it."""
    services = build_services(tmp_path, poll_interval=0.25, timeout=3.0)
    try:
        async with SimulatedTrydan(TrydanModel()) as trydan:
            serial = trydan.model.serial
            sighting = ManualSighting(serial, trydan.url, origin="typed", driver="v2c")
            services.directory.add_sighting(sighting)
            login = services.sessions.login(serial, "")
            assert await login.wait() is OperationState.SUCCEEDED, login.error
            service = CommissioningService(services.sessions, services.runner, tmp_path / "j")
            assert await service.load(serial).wait() is OperationState.SUCCEEDED
            yield service, trydan.model
    finally:
        await services.shutdown()


async def test_an_interrupted_trydan_run_is_offered_and_rolled_back(tmp_path: Path) -> None:
    async with trydan_service(tmp_path) as (service, model):
        service.set_field("station_max_current", "20")
        applied = service.apply()
        assert await applied.wait() is OperationState.SUCCEEDED, applied.error
        assert applied.result.outcome == "done", applied.result.message
        assert model.settings["MaxIntensity"] == 20
        journal = service.journal
        assert journal is not None
        lines = journal.path.read_bytes().splitlines(keepends=True)
        assert json.loads(lines[0])["driver"] == "v2c"
        done = [i for i, x in enumerate(lines) if json.loads(x)["event"] == "step_done"]
        journal.path.write_bytes(b"".join(lines[: done[0] + 1]))  # stopped after one write

        [run] = service.interrupted_runs()
        assert (run.driver, run.status) == ("v2c", "interrupted")
        back = service.reopen(run, rollback=True)
        assert await back.wait() is OperationState.SUCCEEDED, back.error
        assert back.result.outcome == "rolled-back", back.result.message
        assert model.settings["MaxIntensity"] == 32
        assert service.interrupted_runs() == []
