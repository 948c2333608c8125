"""A standalone simulated Trydan on 127.0.0.1 for one test, and a driver client to it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from app.drivers.v2c.charger import TrydanCharger
from app.drivers.v2c.driver import V2C
from app.sim.v2c.model import TrydanModel
from app.sim.v2c.server import SimulatedTrydan


@pytest.fixture
async def trydan() -> AsyncIterator[SimulatedTrydan]:
    async with SimulatedTrydan(TrydanModel()) as simulated:
        yield simulated


def client_of(trydan: SimulatedTrydan, timeout: float = 5.0) -> TrydanCharger:
    return V2C.client(trydan.url, "", timeout=timeout, modbus=trydan.modbus_address)


@pytest.fixture
async def client(trydan: SimulatedTrydan) -> AsyncIterator[TrydanCharger]:
    async with client_of(trydan) as connected:
        yield connected
