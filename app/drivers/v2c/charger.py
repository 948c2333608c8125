"""The port's `ChargerClient` for a Trydan: reads and writes by keyword over the HTTP API, with
the Modbus map as the fallback when an HTTP reply stalls past the timeout.

A read asks `/RealTimeData` once and `/read/<Keyword>` only for what it does not carry. A
write is refused before anything is sent unless every keyword is documented writable; each is
written, its `OK` checked, and all are read back: a keyword that answered OK but kept its old
value (the stuck `ContractedPower` of §3.2) is a WriteRejected naming it. A Trydan has no
licences and needs no reboot for its settings; `reboot()` sends nothing (the LAN API has no
reboot) and `wait_until_back()` waits until it answers again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING

from app.core.errors import (
    DeviceError,
    DeviceTimeout,
    InvalidInput,
    ProtocolError,
    UnknownProperty,
    WriteRejected,
)
from app.core.identity import ChargerIdentity
from app.core.licence import LicenceKey
from app.core.values import Value
from app.drivers.steps import same_value
from app.drivers.v2c.discovery import identity_from_values
from app.drivers.v2c.http import TrydanHttp
from app.drivers.v2c.keywords import BY_KEY, keyword, writable
from app.drivers.v2c.register_map import READ_ORDER

if TYPE_CHECKING:
    from app.drivers.v2c.driver import V2CDriver
    from app.drivers.v2c.modbus import TrydanModbus

log = logging.getLogger(__name__)

STUCK_CONTRACTED_POWER = 4600  # W; the value users report it stuck at (§3.2)


@dataclass(frozen=True, slots=True)
class NoLicence:
    """A Trydan has no licence keys: nothing to unlock."""

    key: str = ""
    bits: int = 0


class TrydanCharger:
    """One Trydan over HTTP (and Modbus as a fallback); use as `async with`."""

    def __init__(
        self,
        driver: V2CDriver,
        http: TrydanHttp,
        modbus: TrydanModbus | None,
        *,
        expected_serial: str | None = None,
    ) -> None:
        self._driver = driver
        self.http = http
        self.modbus = modbus
        self._expected = expected_serial
        self._identity: ChargerIdentity | None = None
        self.last_note = ""  # what was odd in the last read, in one line

    @property
    def driver(self) -> V2CDriver:
        return self._driver

    @property
    def identity(self) -> ChargerIdentity:
        if self._identity is None:
            raise InvalidInput("The Trydan client is not connected: use `async with`.")
        return self._identity

    async def __aenter__(self) -> TrydanCharger:
        try:
            self._identity = await self._identify()
        except BaseException:
            await self.close()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def _identify(self) -> ChargerIdentity:
        found = identity_from_values(dict((await self.http.realtime()).values))
        if self._expected and found.serial.casefold() != self._expected.casefold():
            raise ProtocolError(
                f"{self.http.base_url} is Trydan {found.serial}, not {self._expected}."
            )
        return found

    # --- reads ----------------------------------------------------------------------------

    async def read(self, keys: Iterable[str]) -> dict[str, Value]:
        """The values of `keys` (any spelling the driver knows); unknown keys are left out."""
        wanted = _canonical(keys)
        notes: list[str] = []
        values: dict[str, Value] = {}
        if any(BY_KEY[key].realtime for key in wanted):
            try:
                parsed = await self.http.realtime()
                values, note = dict(parsed.values), parsed.note
            except DeviceTimeout as stalled:
                values, note = await self._over_modbus(wanted, stalled)
            notes += [note] if note else []
        for key in wanted:
            if key not in values and not BY_KEY[key].realtime:
                one = await self.http.read_keyword(key)
                values.update(one.values)
                notes += [one.note] if one.notes else []
        self.last_note = "; ".join(notes)
        return {key: values[key] for key in wanted if key in values}

    async def _over_modbus(
        self, wanted: list[str], stalled: DeviceTimeout
    ) -> tuple[dict[str, Value], str]:
        if self.modbus is None or not any(key in READ_ORDER for key in wanted):
            raise stalled
        try:
            block = await self.modbus.read_block()
        except DeviceError as exc:
            log.info("Modbus fallback failed too: %s", exc)
            raise stalled from None
        values = {key: value for key, value in block.items() if key in BY_KEY}
        return values, "RealTimeData stalled; the Modbus map answered instead"

    # --- writes ---------------------------------------------------------------------------

    async def write(self, values: Mapping[str, Value]) -> None:
        """Write each keyword and check it by reading back; nothing is sent unless every
        keyword is documented writable and its value in range."""
        checked = {
            known.key: number for known, number in (writable(k, v) for k, v in values.items())
        }
        for key, number in checked.items():
            await self.http.write_keyword(key, number)
        found = await self.read(checked)
        for key, number in checked.items():
            if key not in found:
                log.warning("Trydan %s: %s written, not read back (%s)", self.http.base_url, key,
                            self.last_note or "not reported")  # fmt: skip
            elif not same_value(found[key], number):
                raise WriteRejected(_kept(key, number, found[key]))

    # --- the rest of the port -------------------------------------------------------------

    async def reboot(self) -> None:
        """Nothing to send: the LAN API has no reboot and no setting needs one."""
        log.info("Trydan %s: no reboot over the LAN API; settings act at once", self.http.base_url)

    async def wait_until_back(self, timeout: float = 300.0) -> ChargerIdentity:
        """Until the Trydan answers RealTimeData again (polling once a second)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            try:
                self._identity = await self._identify()
                return self._identity
            except DeviceError:
                if loop.time() >= deadline:
                    raise DeviceTimeout(
                        f"The Trydan at {self.http.base_url} was not back within {timeout:g} s."
                    ) from None
            await asyncio.sleep(1.0)

    async def licence(self) -> NoLicence:
        return NoLicence()

    async def apply_licence(self, key: LicenceKey, *, timeout: float = 300.0) -> NoLicence:
        raise InvalidInput("A V2C Trydan has no licence keys.")

    async def close(self) -> None:
        await self.http.close()
        if self.modbus is not None:
            await self.modbus.close()


def _canonical(keys: Iterable[str]) -> list[str]:
    out: list[str] = []
    for key in keys:
        try:
            out.append(keyword(key).key)
        except UnknownProperty:
            continue  # keys the charger does not have are left out
    return list(dict.fromkeys(out))


def _kept(key: str, wanted: int, found: Value) -> str:
    text = f"{key}: the Trydan answered OK to {wanted} but still reports {found}."
    if key == "ContractedPower" and found == STUCK_CONTRACTED_POWER:
        text += " ContractedPower stuck at 4600 W is a known firmware fault; update the firmware."
    return text
