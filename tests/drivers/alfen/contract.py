"""The Alfen driver's record for the driver contract suite: the simulated site of tests/sim_site."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.drivers.contract import ContractTarget, SimulatedCharger
from tests.sim_site import SITE


@asynccontextmanager
async def simulated_alfen() -> AsyncIterator[SimulatedCharger]:
    async with SimulatedSite(parse_site(SITE, "contract.toml"), time_scale=4) as site:
        node = next(n for n in site.nodes if len(n.charger.sockets) == 2)

        def refuse_next_write() -> None:
            node.api.faults.reject_write = "Configuration memory busy"

        yield SimulatedCharger(
            node.api.url, node.charger.password, node.charger.serial, refuse_next_write
        )


ALFEN = ContractTarget(
    tag="alfen",
    simulator=simulated_alfen,
    safe_current=("2068_0", 6.0, 8.0),  # the ALB safe current
)
