"""A Trydan over Bluetooth LE: the simulated one advertises its ID in its name as
`Trydan-<ID>`; the V2C pattern reads it, so the sighting merges with the LAN row by ID; a name
without an ID is claimed for the V2C driver without a serial (nothing to merge by)."""

from __future__ import annotations

import pytest

from app.core.discovery import DiscoveredDevice, Source, Transport, match_advertisement
from app.drivers import registry
from app.sim.ble import SimAdvertisement, SimBleSource
from app.transports.discovery.ble import BleScanner


class Sink:
    def __init__(self) -> None:
        self.devices: list[DiscoveredDevice] = []

    def seen(self, device: DiscoveredDevice) -> None:
        self.devices.append(device)

    def gone(self, source: Source, origin: str) -> None:
        raise AssertionError(f"a BLE scanner never reports {source}/{origin} gone")


def test_a_simulated_trydan_advertises_its_id_which_the_v2c_pattern_reads() -> None:
    ad = SimAdvertisement.for_trydan("V2C0100004", index=2)
    assert ad.name == "Trydan-V2C0100004"
    assert ad.address == "02:00:00:01:00:02"  # apart from the Alfen range 02:00:00:00:…
    assert ad.address != SimAdvertisement.for_charger("ace0100001", index=2).address
    found = match_advertisement(registry.ble_matchers(), ad.name or "", ad.manufacturer_data)
    assert found is not None
    assert (found.driver, found.serial, found.model) == ("v2c", "V2C0100004", "Trydan")


@pytest.mark.parametrize(
    ("name", "serial"),
    [
        ("V2C Trydan", ""),
        ("V2C", ""),
        ("Trydan", ""),
        ("V2C_Trydan_AB12CD", "AB12CD"),
        ("trydan v2c0100004", "V2C0100004"),
    ],
)
def test_trydan_names_are_claimed_with_the_id_they_carry(name: str, serial: str) -> None:
    found = match_advertisement(registry.ble_matchers(), name, {})
    assert found is not None and (found.driver, found.serial) == ("v2c", serial)


@pytest.mark.parametrize("name", ["V2C0100004", "V2Cfoo", "JBL Flip 5"])
def test_other_names_are_not_taken_for_a_trydan(name: str) -> None:
    found = match_advertisement(registry.ble_matchers(), name, {})
    assert found is None or found.driver != "v2c"


async def test_the_ble_scanner_reports_the_simulated_trydan_with_its_id() -> None:
    source = SimBleSource()
    source.advertise(SimAdvertisement.for_trydan("V2C0100004", rssi=-71))
    source.advertise(SimAdvertisement.for_charger("ace0100001"))
    sink = Sink()
    scanner = BleScanner(matchers=registry.ble_matchers(), backend=source.backend())
    await scanner.start(sink)
    await scanner.stop()
    found = {(d.serial, d.driver, d.transport, d.rssi) for d in sink.devices}
    assert found == {
        ("V2C0100004", "v2c", Transport.BLE, -71),
        ("ACE0100001", "alfen", Transport.BLE, -60),
    }
