"""The V2C driver's record for the driver contract suite: a standalone simulated Trydan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from app.sim.v2c.server import SimulatedTrydan
from tests.drivers.contract import ContractTarget, SimulatedCharger


@asynccontextmanager
async def simulated_trydan() -> AsyncIterator[SimulatedCharger]:
    async with SimulatedTrydan() as trydan:

        def refuse_next_write() -> None:
            trydan.model.faults.refuse_next_write = "ERROR"

        yield SimulatedCharger(trydan.url, "", trydan.model.serial, refuse_next_write)


V2C = ContractTarget(
    tag="v2c",
    simulator=simulated_trydan,
    safe_current=("MinIntensity", 6, 8),  # the least dynamic power control keeps
    scheme="http",
)
