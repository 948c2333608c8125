"""The simulated site's Bluetooth side: a source of advertisements and a fake bleak backend.

`SimBleSource` holds what the simulated devices advertise. `source.backend()` returns a class
to pass as `BleakScanner(backend=...)`: bleak then runs its own scanner front-end over our
advertisements, so the code under test is the same as with a real adapter. Failures a real
adapter shows (no adapter, switched off, permission refused, no D-Bus) are injected with
`fail_next_start`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bleak.backends.scanner import AdvertisementData, BaseBleakScanner

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SimAdvertisement:
    """What one device advertises."""

    address: str
    name: str | None
    rssi: int = -60
    manufacturer_data: Mapping[int, bytes] = field(default_factory=dict)
    service_uuids: tuple[str, ...] = ()

    @classmethod
    def for_charger(cls, serial: str, index: int = 0, rssi: int = -60) -> SimAdvertisement:
        """A simulated Alfen charger, named like its mDNS host (`ALFEN-ACE0781464`)."""
        return cls(
            address=f"02:00:00:00:{index >> 8 & 0xFF:02X}:{index & 0xFF:02X}",
            name=f"ALFEN-{serial.upper()}",
            rssi=rssi,
        )

    @classmethod
    def for_trydan(cls, serial: str, index: int = 0, rssi: int = -65) -> SimAdvertisement:
        """A simulated V2C Trydan, named `Trydan-<ID>`: the driver's BLE pattern
        (app/drivers/v2c/discovery.py) reads the ID from it, so the sighting merges with the
        LAN row of the same ID. Its own address range keeps it apart from the Alfen ones."""
        return cls(
            address=f"02:00:00:01:{index >> 8 & 0xFF:02X}:{index & 0xFF:02X}",
            name=f"Trydan-{serial}",
            rssi=rssi,
        )


class SimBleSource:
    """Advertisements of the simulated devices, delivered to every running fake scanner."""

    def __init__(self) -> None:
        self._ads: dict[str, SimAdvertisement] = {}
        self._scanners: list[BaseBleakScanner] = []
        self._start_error: BaseException | None = None
        self.starts = 0

    def advertise(self, ad: SimAdvertisement) -> None:
        """Start (or change) an advertisement; running scanners hear it at once."""
        self._ads[ad.address] = ad
        for scanner in list(self._scanners):
            _deliver(scanner, ad)

    async def beacon(self, interval: float = 0.1) -> None:
        """Repeat every advertisement each `interval` s, as devices do; runs until cancelled."""
        while True:
            await asyncio.sleep(interval)
            for ad in list(self._ads.values()):
                for scanner in list(self._scanners):
                    _deliver(scanner, ad)

    def withdraw(self, address: str) -> None:
        """The device stops advertising (switched off, out of range)."""
        self._ads.pop(address, None)

    def fail_next_start(self, error: BaseException) -> None:
        """The next scanner start raises `error`, as a real adapter would."""
        self._start_error = error

    def backend(self) -> type[BaseBleakScanner]:
        """A bleak scanner backend class bound to this source."""
        source = self

        class SimBleakBackend(BaseBleakScanner):
            def __init__(self, detection_callback: Any, service_uuids: Any, *_a: Any, **_k: Any):
                super().__init__(detection_callback, service_uuids)

            async def start(self) -> None:
                source._started(self)

            async def stop(self) -> None:
                source._stopped(self)

        return SimBleakBackend

    def _started(self, scanner: BaseBleakScanner) -> None:
        self.starts += 1
        error, self._start_error = self._start_error, None
        if error is not None:
            raise error
        scanner.seen_devices = {}
        self._scanners.append(scanner)
        for ad in list(self._ads.values()):
            _deliver(scanner, ad)

    def _stopped(self, scanner: BaseBleakScanner) -> None:
        if scanner in self._scanners:
            self._scanners.remove(scanner)


def _deliver(scanner: BaseBleakScanner, ad: SimAdvertisement) -> None:
    data = AdvertisementData(
        local_name=ad.name,
        manufacturer_data=dict(ad.manufacturer_data),
        service_data={},
        service_uuids=list(ad.service_uuids),
        tx_power=None,
        rssi=ad.rssi,
        platform_data=(),
    )
    if not scanner.is_allowed_uuid(data.service_uuids):
        return
    device = scanner.create_or_update_device(ad.address, ad.address, ad.name, None, data)
    scanner.call_detection_callbacks(device, data)
