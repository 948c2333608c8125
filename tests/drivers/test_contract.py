"""The charger-client port, held to its word by every registered driver on its own simulator.

Each driver is tested through `app.drivers.registry` and the port only (`Driver`,
`ChargerClient`): what the workflows, services and CLI rely on. A new brand adds its
`ContractTarget` to `TARGETS`; nothing else here changes.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest

from app.core.errors import DeviceTimeout, Unreachable, WriteRejected
from app.core.identity import ChargerIdentity
from app.drivers import registry
from app.drivers.base import ChargerClient, Driver
from app.transports.pins import PinStore
from tests.drivers.alfen.contract import ALFEN
from tests.drivers.contract import ContractTarget, SimulatedCharger
from tests.drivers.v2c.contract import V2C

TARGETS = [ALFEN, V2C]


def test_every_registered_driver_has_a_contract_target() -> None:
    assert sorted(d.tag for d in registry.drivers()) == sorted(t.tag for t in TARGETS)


@pytest.fixture(params=TARGETS, ids=lambda t: t.tag)
async def charger(
    request: pytest.FixtureRequest,
) -> AsyncIterator[tuple[ContractTarget, SimulatedCharger]]:
    target: ContractTarget = request.param
    async with target.simulator() as simulated:
        yield target, simulated


def _client(target: ContractTarget, simulated: SimulatedCharger) -> ChargerClient:
    driver = registry.driver(target.tag)
    return driver.client(simulated.url, simulated.password, pins=PinStore(), timeout=5)


def _same(one: str, other: str) -> bool:
    return one.strip().upper() == other.strip().upper()


async def test_identify_without_a_password_and_log_in(charger) -> None:
    target, simulated = charger
    driver: Driver = registry.driver(target.tag)
    pins = PinStore()
    anonymous = await driver.identify(simulated.url, pins=pins, timeout=5)
    assert isinstance(anonymous, ChargerIdentity) and _same(anonymous.serial, simulated.serial)
    async with driver.client(simulated.url, simulated.password, pins=pins, timeout=5) as client:
        assert client.driver is driver
        assert _same(client.identity.serial, simulated.serial)
        assert client.identity.sockets == anonymous.sockets >= 1
        assert isinstance((await client.licence()).bits, int)


async def test_overview_and_live_status(charger) -> None:
    target, simulated = charger
    async with _client(target, simulated) as client:
        driver, identity = client.driver, client.identity
        assert 1 <= identity.sockets <= driver.capabilities.max_sockets
        overview = driver.overview(
            identity, await client.read(driver.overview_keys(identity.sockets))
        )
        assert overview.identity == identity
        assert overview.station.station_max is not None
        assert len(overview.sockets) == identity.sockets
        assert all(s.configured is not None for s in overview.sockets)
        live = driver.live_status(
            await client.read(driver.live_keys(identity.sockets)), identity.sockets
        )
        assert [s.number for s in live.sockets] == list(range(1, identity.sockets + 1))
        assert all(len(s.currents) == 3 for s in live.sockets)


async def test_a_plan_setting_is_written_and_read_back(charger) -> None:
    target, simulated = charger
    key, one, other = target.safe_current
    async with _client(target, simulated) as client:
        assert "alb.safe_current" in client.driver.capabilities.plan_fields
        found = (await client.read([key]))[key]
        wanted = other if found == one else one
        await client.write({key: wanted})
        assert (await client.read([key]))[key] == wanted
    async with _client(target, simulated) as again:  # kept by the charger, not the client
        assert (await again.read([key]))[key] == wanted


async def test_a_refused_write_raises_write_rejected_naming_the_setting(charger) -> None:
    target, simulated = charger
    key, one, other = target.safe_current
    async with _client(target, simulated) as client:
        found = (await client.read([key]))[key]
        simulated.refuse_next_write()
        with pytest.raises(WriteRejected, match=key):
            await client.write({key: other if found == one else one})
        assert (await client.read([key]))[key] == found


async def test_reboot_and_wait_until_back(charger) -> None:
    target, simulated = charger
    async with _client(target, simulated) as client:
        await client.reboot()
        back = await client.wait_until_back(60)
        assert _same(back.serial, simulated.serial)
        assert await client.read(client.driver.live_keys(back.sockets))  # usable again


async def test_an_unreachable_charger_fails_quickly(unused_tcp_port: int) -> None:
    for target in TARGETS:
        driver = registry.driver(target.tag)
        url = f"{target.scheme}://127.0.0.1:{unused_tcp_port}"
        started = time.monotonic()
        with pytest.raises((Unreachable, DeviceTimeout)):
            async with driver.client(url, "nobody", pins=PinStore(), timeout=2):
                pass
        with pytest.raises((Unreachable, DeviceTimeout)):
            await driver.identify(url, pins=PinStore(), timeout=2)
        assert time.monotonic() - started < 5
