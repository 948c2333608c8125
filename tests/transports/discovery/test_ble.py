"""BLE discovery through bleak's own scanner front-end over the simulator's fake backend."""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field

import pytest
from bleak.exc import (
    BleakBluetoothNotAvailableError,
    BleakBluetoothNotAvailableReason,
    BleakDBusError,
)

from app.core.discovery import BleMatcher, DiscoveredDevice, Source, Transport
from app.core.errors import BluetoothUnavailable
from app.drivers import registry
from app.sim.ble import SimAdvertisement, SimBleSource
from app.transports.discovery.ble import BleScanner, bluetooth_error
from app.transports.discovery.hub import DiscoveryHub
from tests.core.test_discovery import lan

Reason = BleakBluetoothNotAvailableReason


@dataclass
class Sink:
    """Collects what a scanner reports."""

    devices: list[DiscoveredDevice] = field(default_factory=list)

    def seen(self, device: DiscoveredDevice) -> None:
        self.devices.append(device)

    def gone(self, source: Source, origin: str) -> None:
        raise AssertionError(f"a BLE scanner never reports {source}/{origin} gone")


async def test_advertisements_become_sightings_and_others_are_filtered_out() -> None:
    source = SimBleSource()
    source.advertise(SimAdvertisement.for_charger("ace0781464", index=1, rssi=-48))
    source.advertise(SimAdvertisement("AA:BB:CC:DD:EE:FF", "JBL Flip 5", -70, {0x0057: b"x"}))
    sink = Sink()
    scanner = BleScanner(
        matchers=registry.ble_matchers(), backend=source.backend(), clock=lambda: 500.0
    )
    await scanner.start(sink)
    source.advertise(SimAdvertisement("02:00:00:00:00:07", "V2C Trydan", -80))
    await scanner.stop()
    source.advertise(SimAdvertisement.for_charger("ACE0000002", index=2))  # after stop: unheard
    assert [(d.serial, d.driver, d.rssi, d.name) for d in sink.devices] == [
        ("ACE0781464", "alfen", -48, "ALFEN-ACE0781464"),
        ("", "v2c", -80, "V2C Trydan"),
    ]
    first = sink.devices[0]
    assert (first.transport, first.source, first.address) == (
        Transport.BLE,
        Source.BLE,
        "02:00:00:00:00:01",
    )
    assert first.first_seen == first.last_seen == 500.0


async def test_manufacturer_id_declared_by_a_driver_claims_a_nameless_advertisement() -> None:
    source = SimBleSource()
    source.advertise(SimAdvertisement("02:00:00:00:00:09", None, -55, {0x0F0F: b"\x01"}))
    sink = Sink()
    matcher = BleMatcher("acme", manufacturer_ids=frozenset({0x0F0F}), model="Acme 1")
    scanner = BleScanner(matchers=[matcher], backend=source.backend())
    await scanner.start(sink)
    await scanner.stop()
    [device] = sink.devices
    assert (device.driver, device.model, device.serial) == ("acme", "Acme 1", "")


async def test_ble_and_mdns_sightings_of_one_serial_merge_in_the_hub() -> None:
    source = SimBleSource()
    source.advertise(SimAdvertisement.for_charger("ACE0000077", index=7))
    hub = DiscoveryHub()
    await hub.add_source(BleScanner(matchers=registry.ble_matchers(), backend=source.backend()))
    hub.seen(lan("ACE0000077"))
    await hub.stop()
    [entry] = hub.entries()
    assert entry.transports == {Transport.BLE, Transport.LAN}


@pytest.mark.parametrize(
    ("error", "platform", "reason", "says"),
    [
        (
            BleakBluetoothNotAvailableError("x", Reason.NO_BLUETOOTH),
            "linux",
            "no-adapter",
            "No Bluetooth adapter",
        ),
        (
            BleakDBusError("org.bluez.Error.NotReady", ["Resource Not Ready"]),
            "linux",
            "powered-off",
            "bluetoothctl power on",
        ),
        (
            BleakBluetoothNotAvailableError("x", Reason.POWERED_OFF),
            "darwin",
            "powered-off",
            "System Settings → Bluetooth",
        ),
        (
            BleakBluetoothNotAvailableError("x", Reason.POWERED_OFF),
            "win32",
            "powered-off",
            "Settings → Bluetooth & devices",
        ),
        (
            BleakBluetoothNotAvailableError("x", Reason.DENIED_BY_USER),
            "darwin",
            "permission",
            "Privacy & Security → Bluetooth",
        ),
        (
            BleakBluetoothNotAvailableError("x", Reason.DENIED_BY_SYSTEM),
            "win32",
            "permission",
            "Privacy & security → Radios",
        ),
        (
            BleakDBusError("org.freedesktop.DBus.Error.AccessDenied", []),
            "linux",
            "permission",
            "`bluetooth` group",
        ),
        (
            FileNotFoundError(2, "No such file or directory"),
            "linux",
            "service",
            "BlueZ, over D-Bus",
        ),
    ],
)
async def test_each_bluetooth_failure_becomes_an_actionable_error(
    error: BaseException, platform: str, reason: str, says: str
) -> None:
    source = SimBleSource()
    source.fail_next_start(error)
    scanner = BleScanner(
        matchers=registry.ble_matchers(), backend=source.backend(), platform=platform
    )
    with pytest.raises(BluetoothUnavailable) as caught:
        await scanner.start(Sink())
    assert caught.value.reason == reason
    assert says in str(caught.value)
    assert source.starts == 1  # an actionable failure is not retried


async def test_a_start_that_hangs_is_retried_a_fixed_number_of_times() -> None:
    source = SimBleSource()
    hang = source.backend()

    class Hanging(hang):  # type: ignore[misc,valid-type]
        async def start(self) -> None:
            source.starts += 1
            await asyncio.Event().wait()

    scanner = BleScanner(
        matchers=registry.ble_matchers(), backend=Hanging, start_timeout=0.05, attempts=3
    )
    with pytest.raises(BluetoothUnavailable, match="did not start scanning in 3 attempts"):
        await scanner.start(Sink())
    assert source.starts == 3


@pytest.mark.skipif(
    os.path.exists("/run/dbus/system_bus_socket"), reason="this machine has a D-Bus system bus"
)
async def test_real_bleak_without_dbus_says_bluez_is_not_running() -> None:
    scanner = BleScanner(matchers=registry.ble_matchers(), platform="linux")
    with pytest.raises(BluetoothUnavailable, match="BlueZ") as caught:
        await scanner.start(Sink())
    assert caught.value.reason == "service"


def test_unknown_bleak_failure_still_gives_a_next_step() -> None:
    error = bluetooth_error(OSError("weird"), "linux")
    assert error.reason == "failed" and "Switch Bluetooth off and on" in str(error)
