"""The meter test's direct read of a TIC meter (app/services/meter_test.py): from the meter's
TCP gateway and from its serial port (the simulated meter's pseudo-terminal), in both modes."""

from __future__ import annotations

import sys

import pytest

from app.core.tic import TicMode
from app.services.meter_test import NO_TIC_PORT, MeterTestService
from app.sim.meter_sim import FixedGrid, GridState
from app.sim.tic import TicMeter

GRID = FixedGrid(GridState(currents=(14.2, 6.0, 0.4)))


def service() -> MeterTestService:
    return MeterTestService(None, None)  # type: ignore[arg-type]  # only the direct read is used


@pytest.mark.parametrize("mode", list(TicMode))
@pytest.mark.parametrize("where", ["tcp", "pty"])
async def test_the_tic_stream_is_read_directly(mode: TicMode, where: str) -> None:
    if where == "pty" and sys.platform == "win32":
        pytest.skip("pseudo-terminals are POSIX")
    async with TicMeter(GRID, mode=mode, interval=0.05) as meter:
        port = meter.pty_path if where == "pty" else f"127.0.0.1:{meter.port}"
        view = await service()._direct_tic(port)
    assert view.problem == "" and view.tic_mode == mode.value and view.where == port
    assert view.currents == (14.0, 6.0, 0.0)


async def test_no_port_and_a_silent_meter_are_said_in_one_sentence() -> None:
    assert (await service()._direct_tic("  ")).problem == NO_TIC_PORT
    async with TicMeter(GRID, interval=0.05, with_pty=False) as meter:
        meter.set_fault("tic_silent", True)
        tester = service()
        tester.tic_timeout = 0.3
        view = await tester._direct_tic(f"127.0.0.1:{meter.port}")
    assert view.currents == (None, None, None) and "No TIC frame" in view.problem
