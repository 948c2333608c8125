"""The hub: subscriptions with replay and unsubscribe, isolation of subscribers, staleness."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from app.core.discovery import Source, Transport
from app.core.discovery_table import ChangeKind, DiscoveryEvent
from app.core.errors import BluetoothUnavailable, DeviceTimeout
from app.drivers import registry
from app.sim.ble import SimAdvertisement, SimBleSource
from app.transports.discovery.ble import BleScanner
from app.transports.discovery.hub import DiscoveryHub
from tests.core.test_discovery import ble, lan


def test_late_subscriber_gets_known_entries_replayed_and_unsubscribe_stops_delivery() -> None:
    hub = DiscoveryHub()
    early: list[DiscoveryEvent] = []
    stop_early = hub.subscribe(early.append)
    hub.seen(lan("ACE0000001"))
    hub.seen(lan("ACE0000002"))
    late: list[DiscoveryEvent] = []
    hub.subscribe(late.append)
    assert [(e.kind, e.entry.key) for e in late] == [
        (ChangeKind.ADDED, "ACE0000001"),
        (ChangeKind.ADDED, "ACE0000002"),
    ]
    stop_early()
    stop_early()  # a second call is harmless
    hub.seen(ble("ACE0000001"))
    assert len(early) == 2
    assert late[-1].kind is ChangeKind.UPDATED
    assert late[-1].entry.transports == {Transport.LAN, Transport.BLE}


def test_a_failing_subscriber_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    hub = DiscoveryHub()

    def broken(_event: DiscoveryEvent) -> None:
        raise RuntimeError("widget gone")

    heard: list[DiscoveryEvent] = []
    hub.subscribe(broken)
    hub.subscribe(heard.append)
    with caplog.at_level(logging.ERROR):
        hub.seen(lan())
    assert len(heard) == 1
    assert "subscriber failed" in caplog.text


async def test_wait_until_gives_up_after_its_bound() -> None:
    hub = DiscoveryHub()
    assert not await hub.wait_until(lambda entries: len(entries) > 0, within=0.05)


async def test_ble_device_that_stops_advertising_goes_stale_and_comes_back() -> None:
    source = SimBleSource()
    charger = SimAdvertisement.for_charger("ACE0000100", index=100)
    source.advertise(charger)
    hub = DiscoveryHub(ttl={Source.BLE: 0.3}, check_interval=0.05)
    async with hub, asyncio.TaskGroup() as group:
        beacon = group.create_task(source.beacon(0.05))
        await hub.add_source(BleScanner(matchers=registry.ble_matchers(), backend=source.backend()))
        assert await hub.wait_until(lambda es: len(es) == 1, within=2)
        # Advertising keeps it fresh well past its TTL ...
        assert not await hub.wait_until(lambda es: es[0].stale, within=0.9)
        source.withdraw(charger.address)
        withdrawn_at = time.time()
        # ... and silence makes it stale, with the time it was last heard kept.
        assert await hub.wait_until(lambda es: es[0].stale, within=2)
        assert hub.entries()[0].last_seen <= withdrawn_at
        source.advertise(charger)
        assert await hub.wait_until(lambda es: not es[0].stale, within=2)
        beacon.cancel()


async def test_a_source_that_fails_to_start_is_not_kept() -> None:
    source = SimBleSource()
    source.fail_next_start(FileNotFoundError(2, "No such file or directory"))
    async with DiscoveryHub() as hub:
        with pytest.raises(BluetoothUnavailable):
            await hub.add_source(
                BleScanner(matchers=registry.ble_matchers(), backend=source.backend())
            )
        source.advertise(SimAdvertisement.for_charger("ACE0000101"))
        assert hub.entries() == ()


async def test_a_source_that_hangs_on_start_is_stopped_and_reported() -> None:
    source = SimBleSource()

    class Hanging(source.backend()):  # type: ignore[misc]
        async def start(self) -> None:
            await asyncio.Event().wait()

    async with DiscoveryHub(start_timeout=0.1) as hub:
        with pytest.raises(DeviceTimeout, match=r"ble discovery did not start within 0\.1 s"):
            await hub.add_source(
                BleScanner(matchers=registry.ble_matchers(), backend=Hanging, start_timeout=5)
            )
        assert hub.entries() == ()
