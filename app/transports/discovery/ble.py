"""BLE scanner: bleak advertisements, filtered by the patterns the drivers declare.

bleak is reached only through `BleakScanner(backend=...)`: with `backend=None` it is the
platform's own (BlueZ, CoreBluetooth, WinRT); tests and the simulator pass the fake backend of
`app.sim.ble`. Every way Bluetooth can be missing becomes one `BluetoothUnavailable` whose text
says what to do on that operating system.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Callable, Iterable, Sequence

from bleak import BleakScanner
from bleak.backends.device import BLEDevice
from bleak.backends.scanner import AdvertisementData, BaseBleakScanner
from bleak.exc import BleakBluetoothNotAvailableError, BleakBluetoothNotAvailableReason, BleakError

from app.core.discovery import (
    BleMatcher,
    DiscoveredDevice,
    Source,
    Transport,
    match_advertisement,
)
from app.core.errors import BluetoothUnavailable
from app.transports.discovery.base import DeviceSink

log = logging.getLogger(__name__)

_Reason = BleakBluetoothNotAvailableReason
_PERMISSION_REASONS = (
    _Reason.DENIED_BY_USER,
    _Reason.DENIED_BY_SYSTEM,
    _Reason.DENIED_BY_UNKNOWN,
)


def device_from_advertisement(
    matchers: Iterable[BleMatcher],
    *,
    address: str,
    name: str,
    manufacturer_ids: Iterable[int],
    rssi: int | None,
    now: float,
) -> DiscoveredDevice | None:
    """A sighting for an advertisement a driver claims, or None."""
    found = match_advertisement(matchers, name, manufacturer_ids)
    if found is None:
        return None
    return DiscoveredDevice(
        serial=found.serial,
        transport=Transport.BLE,
        source=Source.BLE,
        address=address,
        origin=address,
        first_seen=now,
        last_seen=now,
        model=found.model,
        name=name,
        driver=found.driver,
        rssi=rssi,
    )


class BleScanner:
    """Scans for the declared advertisements and reports them to a sink."""

    source = Source.BLE

    def __init__(
        self,
        *,
        matchers: Sequence[BleMatcher],
        backend: type[BaseBleakScanner] | None = None,
        start_timeout: float = 5.0,
        attempts: int = 2,
        clock: Callable[[], float] = time.time,
        platform: str = sys.platform,
    ) -> None:
        self._matchers = tuple(matchers)
        self._backend = backend
        self._start_timeout = start_timeout
        self._attempts = max(1, attempts)
        self._clock = clock
        self._platform = platform
        self._scanner: BleakScanner | None = None
        self._sink: DeviceSink | None = None

    async def start(self, sink: DeviceSink) -> None:
        """Start scanning, a fixed number of attempts, each bounded; BluetoothUnavailable if not."""
        if self._scanner is not None:
            return
        self._sink = sink
        for attempt in range(1, self._attempts + 1):
            try:
                scanner = BleakScanner(self._on_advertisement, backend=self._backend)
                async with asyncio.timeout(self._start_timeout):
                    await scanner.start()
            except TimeoutError:
                log.warning("Bluetooth scan did not start (attempt %d)", attempt)
                continue
            except (BleakError, OSError) as exc:
                raise bluetooth_error(exc, self._platform) from exc
            self._scanner = scanner
            return
        raise BluetoothUnavailable(
            f"The Bluetooth adapter did not start scanning in {self._attempts} attempts.",
            reason="failed",
            hint="Switch Bluetooth off and on again, or unplug and replug the adapter.",
        )

    async def stop(self) -> None:
        """Stop scanning (bounded); safe to call twice."""
        scanner, self._scanner = self._scanner, None
        if scanner is None:
            return
        try:
            async with asyncio.timeout(self._start_timeout):
                await scanner.stop()
        except (TimeoutError, BleakError, OSError) as exc:
            log.warning("stopping the Bluetooth scan failed: %r", exc)

    async def refresh(self) -> None:
        """Nothing to ask: BLE devices advertise on their own, several times a second."""

    def _on_advertisement(self, device: BLEDevice, advertisement: AdvertisementData) -> None:
        sighting = device_from_advertisement(
            self._matchers,
            address=device.address,
            name=advertisement.local_name or device.name or "",
            manufacturer_ids=advertisement.manufacturer_data.keys(),
            rssi=advertisement.rssi,
            now=self._clock(),
        )
        if sighting is not None and self._sink is not None:
            self._sink.seen(sighting)


def bluetooth_error(exc: BaseException, platform: str = sys.platform) -> BluetoothUnavailable:
    """What to tell the installer for an exception raised while starting a scan."""
    reason = _reason_of(exc)
    message, hint = _TEXTS[reason](_family(platform))
    log.info("Bluetooth unavailable (%s): %r", reason, exc)
    return BluetoothUnavailable(message, reason=reason, hint=hint)


def _reason_of(exc: BaseException) -> str:
    if isinstance(exc, BleakBluetoothNotAvailableError):
        if exc.reason in _PERMISSION_REASONS:
            return "permission"
        if exc.reason is _Reason.POWERED_OFF:
            return "powered-off"
        if exc.reason in (_Reason.NO_BLUETOOTH, _Reason.NO_BLE_CENTRAL_ROLE):
            return "no-adapter"
        return "failed"
    if isinstance(exc, PermissionError):
        return "permission"
    if isinstance(exc, FileNotFoundError | ConnectionRefusedError):
        return "service"  # no D-Bus system bus socket: BlueZ cannot be asked at all
    text = " ".join(str(a) for a in getattr(exc, "args", ())).lower()
    if "notready" in text or "not ready" in text or "powered off" in text:
        return "powered-off"
    if "notpermitted" in text or "accessdenied" in text or "not authorized" in text:
        return "permission"
    if "serviceunknown" in text:
        return "service"
    if "adapter" in text and ("not found" in text or "no bluetooth" in text):
        return "no-adapter"
    return "failed"


def _family(platform: str) -> str:
    if platform.startswith("darwin"):
        return "macos"
    if platform.startswith("win"):
        return "windows"
    return "linux"


def _no_adapter(system: str) -> tuple[str, str]:
    return (
        "No Bluetooth adapter was found on this laptop.",
        "Plug in a Bluetooth LE (4.0 or later) adapter, or find the chargers on the LAN.",
    )


def _powered_off(system: str) -> tuple[str, str]:
    where = {
        "macos": "in Control Centre or System Settings → Bluetooth",
        "windows": "in Settings → Bluetooth & devices",
        "linux": "in the desktop's Bluetooth settings or with `bluetoothctl power on`; "
        "`rfkill list` shows a blocked radio",
    }[system]
    return ("Bluetooth is switched off.", f"Switch it on {where}, then scan again.")


def _permission(system: str) -> tuple[str, str]:
    texts = {
        "macos": (
            "macOS has not allowed Commissioner to use Bluetooth.",
            "Open System Settings → Privacy & Security → Bluetooth, switch Commissioner on "
            "(or the terminal it was started from), then start it again.",
        ),
        "windows": (
            "Windows has not allowed Commissioner to use Bluetooth.",
            "Open Settings → Privacy & security → Radios, allow apps to control device radios, "
            "then scan again.",
        ),
        "linux": (
            "The system refused Commissioner access to Bluetooth.",
            "Add your user to the `bluetooth` group and log in again, or ask the administrator.",
        ),
    }
    return texts[system]


def _service(system: str) -> tuple[str, str]:
    if system == "linux":
        return (
            "Bluetooth is not available: the system Bluetooth service (BlueZ, over D-Bus) "
            "is not running.",
            "Start it (`systemctl start bluetooth`) if the laptop has Bluetooth; "
            "LAN discovery works without it.",
        )
    return (
        "Bluetooth is not available on this laptop.",
        "Check that Bluetooth is present and switched on; LAN discovery works without it.",
    )


def _failed(system: str) -> tuple[str, str]:
    return (
        "Bluetooth scanning failed.",
        "Switch Bluetooth off and on again, or unplug and replug the adapter.",
    )


_TEXTS: dict[str, Callable[[str], tuple[str, str]]] = {
    "no-adapter": _no_adapter,
    "powered-off": _powered_off,
    "permission": _permission,
    "service": _service,
    "failed": _failed,
}
