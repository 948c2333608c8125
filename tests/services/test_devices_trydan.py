"""The charger list and a Trydan: a typed address becomes a `v2c` row through the registry's
probes (as discovery and the CLI ask), and a charger seen over Bluetooth only says what to do."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from app.services.devices import ChargerDirectory, ChargerEntry, LinkState, ManualSighting
from app.services.operations import OperationRunner, OperationState
from app.sim.v2c.model import TrydanModel
from app.sim.v2c.server import SimulatedTrydan
from app.transports.pins import PinStore
from tests.drivers.alfen.contract import ALFEN

pytestmark = pytest.mark.gui


def directory() -> ChargerDirectory:
    return ChargerDirectory(OperationRunner(), PinStore())


async def until(found: ChargerDirectory, key: str, test: Callable[[ChargerEntry], bool]) -> None:
    """Wait (at most 10 s) until the entry `key` passes `test`."""
    reached = asyncio.Event()

    def check(_entry: object = None) -> None:
        entry = found.entry(key)
        if entry is not None and test(entry):
            reached.set()

    found.entryChanged.connect(check)
    check()
    try:
        async with asyncio.timeout(10):
            await reached.wait()
    finally:
        found.entryChanged.disconnect(check)


async def test_a_typed_trydan_address_becomes_a_v2c_row() -> None:
    chargers = directory()
    async with SimulatedTrydan(TrydanModel(serial="V2C0054321")) as trydan:
        operation = chargers.add_by_address(trydan.url)
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
    entry = chargers.entry("V2C0054321")
    assert entry is not None and entry is operation.result
    assert (entry.driver, entry.model, entry.url) == ("v2c", "Trydan", trydan.url)
    assert entry.state is LinkState.READY and entry.firmware


async def test_a_typed_alfen_address_still_becomes_an_alfen_row() -> None:
    chargers = directory()
    async with ALFEN.simulator() as alfen:
        operation = chargers.add_by_address(alfen.url)
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
    entry = chargers.entry(alfen.serial.upper())
    assert entry is not None and entry.driver == "alfen"


async def test_a_trydan_seen_over_bluetooth_only_says_what_to_do_then_joins_the_lan() -> None:
    chargers = directory()
    async with SimulatedTrydan(TrydanModel(serial="V2C0054321")) as trydan:
        ble = ManualSighting("V2C0054321", "", origin="ble:AA", transport="ble", driver="v2c")
        chargers.add_sighting(ble)
        entry = chargers.entry("V2C0054321")
        assert entry is not None and entry.state is LinkState.NO_LAN
        assert "V2C phone app" in entry.detail and "Ethernet" in entry.detail
        assert chargers.probing == 0  # nothing to ask: it has no address

        lan = ManualSighting("V2C0054321", trydan.url, origin="typed", driver="v2c")
        chargers.add_sighting(lan)
        await until(chargers, "V2C0054321", lambda e: e.state is LinkState.READY)
    assert len(chargers.entries()) == 1  # the same row
    entry = chargers.entry("V2C0054321")
    assert entry is not None and entry.detail == "" and entry.transports == {"ble", "lan"}


def test_bluetooth_only_advice_for_an_unknown_brand_names_the_vendor() -> None:
    chargers = directory()
    chargers.add_sighting(ManualSighting("X1", "", transport="ble", driver="nosuchbrand"))
    entry = chargers.entry("X1")
    assert entry is not None and entry.state is LinkState.NO_LAN
    assert "the vendor's phone app" in entry.detail
