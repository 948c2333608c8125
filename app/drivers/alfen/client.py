"""The Alfen NG9xx local API client: properties, licences, reboot (device-protocols.md §2.3–2.5)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from app.core.endpoints import Endpoint
from app.core.errors import (
    DeviceTimeout,
    InvalidInput,
    ProtocolError,
    ReadOnlyProperty,
    SessionBusy,
    UnknownProperty,
    Unreachable,
    WriteRejected,
)
from app.core.identity import ChargerIdentity
from app.core.licence import LicenceKey
from app.core.text_input import shown
from app.core.values import Value
from app.drivers.alfen.catalogue import CATALOGUE
from app.drivers.alfen.properties import (
    Access,
    PropertyId,
    PropertyValue,
    WireType,
    coerce,
    decode_from_wire,
    encode_for_write,
)
from app.drivers.alfen.session import AlfenSession
from app.transports.pins import PinStore

log = logging.getLogger(__name__)

# A charger has a few hundred properties; far more in one category is a broken reply.
MAX_PROPERTIES = 20_000
IDS_PER_READ = 25  # alfenctl's batch; the charger's reply limit is not documented
PROPS_PER_WRITE = 15  # what the vendor app sends at most
PAGE_LIMIT = 500
LISTEN_TIMEOUT = 2.0  # s for the bare TCP connect of a reboot poll
LICENCE_DEVICE, LICENCE_KEY, LICENCE_BITS = (
    PropertyId.parse(x) for x in ("21A0_0", "21A1_0", "21A2_0")
)
BOOT_COUNT = PropertyId.parse("2056_0")


@dataclass(frozen=True, slots=True)
class LicenceState:
    device_id: str
    key: str
    bits: int


class AlfenClient:
    """Typed reads and writes over one `AlfenSession`; use as `async with`."""

    def __init__(
        self,
        endpoint: Endpoint | str,
        password: str,
        *,
        pins: PinStore | None = None,
        timeout: float = 10.0,
        expected_serial: str | None = None,
    ) -> None:
        target = endpoint if isinstance(endpoint, Endpoint) else Endpoint.parse(endpoint)
        self.session = AlfenSession(
            target, password, pins=pins, timeout=timeout, expected_serial=expected_serial
        )
        self._types: dict[PropertyId, tuple[WireType, Access]] = {}
        self._boots: int | None = None  # boot count before the reboot being waited for

    async def __aenter__(self) -> AlfenClient:
        await self.session.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.session.logout()

    @property
    def identity(self) -> ChargerIdentity:
        if self.session.identity is None:
            raise InvalidInput("The client is not connected: use `async with AlfenClient(...)`.")
        return self.session.identity

    @property
    def request_count(self) -> int:
        return self.session.request_count

    # --- reads ----------------------------------------------------------------------------

    async def categories(self) -> list[str]:
        reply = await self.session.request("GET", "/api/categories")
        names = reply.get("categories", []) if isinstance(reply, dict) else []
        return [str(n) for n in names if n]

    async def read_category(self, category: str) -> list[PropertyValue]:
        """Every property of a category, paging until `total` (query order is significant)."""
        out: list[PropertyValue] = []
        offset = 0
        while True:
            path = f"/api/prop?cat={category}&limit={PAGE_LIMIT}&offset={offset}"
            page, total = self._parse_page(await self.session.request("GET", path))
            out.extend(page)
            offset += len(page)
            if not page or offset >= total:
                return out
            if offset >= MAX_PROPERTIES:  # a reply that never ends is not a charger's
                raise ProtocolError(
                    f"Charger {self.identity.serial} keeps sending category {category} "
                    f"past {MAX_PROPERTIES} properties (field total)."
                )

    async def read(self, ids: Iterable[PropertyId | str]) -> dict[PropertyId, PropertyValue]:
        """Properties by id, 25 per request, commas literal (the charger does not decode %2C)."""
        wanted = [PropertyId.parse(i) if isinstance(i, str) else i for i in ids]
        wanted = list(dict.fromkeys(wanted))
        out: dict[PropertyId, PropertyValue] = {}
        for start in range(0, len(wanted), IDS_PER_READ):
            batch = wanted[start : start + IDS_PER_READ]
            path = "/api/prop?ids=" + ",".join(p.wire for p in batch)
            page, _ = self._parse_page(await self.session.request("GET", path))
            out.update((value.id, value) for value in page)
        return out

    async def get(self, pid: PropertyId | str) -> Value:
        """One property's value; UnknownProperty when the charger does not have it."""
        key = PropertyId.parse(pid) if isinstance(pid, str) else pid
        found = await self.read([key])
        if key not in found:
            raise UnknownProperty(f"Charger {self.identity.serial} has no property {key}.")
        return found[key].value

    async def snapshot(self) -> dict[PropertyId, PropertyValue]:
        """Everything: a walk of every category, then the ids-only properties by id."""
        out: dict[PropertyId, PropertyValue] = {}
        for category in await self.categories():
            out.update((v.id, v) for v in await self.read_category(category))
        rest = [pid for pid, spec in CATALOGUE.items() if spec.ids_only and pid not in out]
        out.update(await self.read(rest))
        return out

    def _parse_page(self, reply: Any) -> tuple[list[PropertyValue], int]:
        if isinstance(reply, dict) and isinstance(reply.get("properties"), list):
            items = [self._parse_item(item) for item in reply["properties"]]
            return items, self._total(reply, len(items))
        if isinstance(reply, dict) and reply and "version" not in reply:
            # flat {"<id>": value} replies (device-protocols.md §2.3)
            items = [self._parse_item({"id": k, "value": v}) for k, v in reply.items()]
            return items, len(items)
        if isinstance(reply, dict):
            return [], self._total(reply, 0)
        raise ProtocolError(f"Charger {self.identity.serial} sent an unexpected reply shape.")

    def _total(self, reply: dict[str, Any], default: int) -> int:
        """A page's `total`: a whole number of properties, as a charger can have."""
        total = reply.get("total", default)
        if (
            isinstance(total, bool)
            or not isinstance(total, int)
            or not 0 <= total <= MAX_PROPERTIES
        ):
            raise ProtocolError(
                f"Charger {self.identity.serial} sent a page whose field total is "
                f"{shown(total)}, not a count of properties."
            )
        return total

    def _parse_item(self, item: Any) -> PropertyValue:
        try:
            pid = PropertyId.parse(str(item["id"]))
            known = CATALOGUE.get(pid)
            wire_type = WireType(int(item.get("type", known.type if known else WireType.STRING)))
            access = Access(int(item.get("access", known.access if known else Access.READ_ONLY)))
            value = decode_from_wire(wire_type, item.get("value"))
        except (
            KeyError,
            ValueError,
            TypeError,
            AttributeError,
            OverflowError,
            InvalidInput,
        ) as exc:
            raise ProtocolError(
                f"Charger {self.identity.serial} sent an unreadable property "
                f"{shown(item, 80)} ({str(exc)[:80]})."
            ) from None
        self._types[pid] = (wire_type, access)
        return PropertyValue(pid, value, wire_type, access, str(item.get("cat", "")))

    # --- writes ---------------------------------------------------------------------------

    async def write(self, values: Mapping[PropertyId | str, object]) -> None:
        """Check every value first (type, range, access), then write 15 per request."""
        typed = await self._check_writes(values)
        items = list(typed.items())
        for start in range(0, len(items), PROPS_PER_WRITE):
            body = {
                pid.wire: {"id": pid.wire, "value": encode_for_write(wire_type, value)}
                for pid, (wire_type, value) in items[start : start + PROPS_PER_WRITE]
            }
            try:
                await self.session.request("POST", "/api/prop", json_body=body)
            except ProtocolError as exc:  # the charger answered the write with an error
                raise self._rejected(body, exc) from exc

    def _rejected(self, body: Mapping[str, object], exc: ProtocolError) -> WriteRejected:
        """The charger refused values it was sent: name them and say what to check."""
        names = ", ".join(f"{wire} ({_name(PropertyId.parse(wire))})" for wire in body)
        text = str(exc.args[0]) if exc.args else ""
        status = re.search(r"\((HTTP \d{3}[^)]*)\)\.?$", text)  # the session's "(HTTP 400: …)"
        return WriteRejected(
            f"Charger {self.identity.serial} refused to write {names} "
            f"({status.group(1) if status else text.rstrip('.')}).",
            hint=(
                "Check each value against what this charger allows (its range, its sockets "
                "and phases, its licences), read the settings back to see what it holds now, "
                "then write again."
            ),
        )

    async def _check_writes(
        self, values: Mapping[PropertyId | str, object]
    ) -> dict[PropertyId, tuple[WireType, Value]]:
        keys = {PropertyId.parse(k) if isinstance(k, str) else k: v for k, v in values.items()}
        unknown = [k for k in keys if k not in CATALOGUE and k not in self._types]
        if unknown:
            await self.read(unknown)  # learn types the charger reports
        out: dict[PropertyId, tuple[WireType, Value]] = {}
        for pid, raw in keys.items():
            out[pid] = (self._type_of(pid), _checked_value(pid, raw, self._type_of(pid)))
            if not self._access_of(pid).writable:
                raise ReadOnlyProperty(f"Property {pid} ({_name(pid)}) is read-only.")
        return out

    def _type_of(self, pid: PropertyId) -> WireType:
        if pid in self._types:
            return self._types[pid][0]
        if pid in CATALOGUE:
            return CATALOGUE[pid].type
        raise UnknownProperty(f"Charger {self.identity.serial} has no property {pid}.")

    def _access_of(self, pid: PropertyId) -> Access:
        return self._types[pid][1] if pid in self._types else CATALOGUE[pid].access

    # --- commands, reboot, licences -------------------------------------------------------

    async def command(self, text: str) -> None:
        await self.session.request("POST", "/api/cmd", json_body={"command": text}, retry=False)

    async def reboot(self) -> None:
        self._boots = await self.boot_count()
        await self.command("reboot")
        await self.session.close_connection()

    async def boot_count(self) -> int | None:
        """The charger's boot counter (2056_0), or None when it does not say."""
        try:
            item = (await self.read([BOOT_COUNT])).get(BOOT_COUNT)
        except (UnknownProperty, ProtocolError):
            return None
        value = item.value if item is not None else None
        return int(value) if isinstance(value, int | float) else None

    async def wait_until_back(
        self, timeout: float = 300.0, *, poll: float = 0.25, down_within: float = 10.0
    ) -> ChargerIdentity:
        """Wait for the charger to go away and answer again, then log in; bounded by timeout.

        Each poll first tries a bare TCP connection, which costs next to nothing while the
        charger is down (refused), so many chargers rebooting at once can be polled often;
        once it listens, logging in is the test that it is back. When it was never seen going
        down, a boot counter higher than before the reboot command must prove that it did
        reboot (a charger slow to go down is not taken for one already back).
        """
        boots, self._boots = self._boots, None
        deadline = time.monotonic() + timeout
        down_until = time.monotonic() + min(down_within, timeout)
        while await self._listening():
            if time.monotonic() >= down_until:
                log.info("%s never went away after the reboot command", self.identity.serial)
                break
            await asyncio.sleep(poll)
        else:
            boots = None  # it was seen going down: answering again is proof enough
        answered = False
        while time.monotonic() < deadline:
            if await self._listening():
                try:
                    identity = await self.session.open()
                except (Unreachable, DeviceTimeout, SessionBusy):
                    await self.session.close_connection()  # still starting up
                else:
                    answered = True
                    if await self._rebooted_since(boots):
                        return identity
            await asyncio.sleep(poll)
        raise DeviceTimeout(
            f"Charger {self.identity.serial} "
            + ("answers but did not reboot" if answered else "did not come back")
            + f" within {timeout:g} s after the reboot command.",
            hint="Check its power and network; a reboot normally takes about a minute.",
        )

    async def _rebooted_since(self, boots: int | None) -> bool:
        """Whether the boot counter moved past `boots` (True when either is unknown)."""
        now = None if boots is None else await self.boot_count()
        return boots is None or now is None or now > boots

    async def _listening(self) -> bool:
        endpoint = self.session.endpoint
        try:
            async with asyncio.timeout(LISTEN_TIMEOUT):
                _, writer = await asyncio.open_connection(endpoint.host, endpoint.port)
        except (OSError, TimeoutError):
            return False
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        return True

    async def licence(self) -> LicenceState:
        found = await self.read([LICENCE_DEVICE, LICENCE_KEY, LICENCE_BITS])
        bits = found.get(LICENCE_BITS)
        if bits is not None and (isinstance(bits.value, bool) or not isinstance(bits.value, int)):
            raise ProtocolError(
                f"Charger {self.identity.serial} sent licence bits {shown(bits.value)}, "
                "not a whole number."
            )
        return LicenceState(
            device_id=str(found[LICENCE_DEVICE].value) if LICENCE_DEVICE in found else "",
            key=str(found[LICENCE_KEY].value) if LICENCE_KEY in found else "",
            bits=bits.value if bits is not None else 0,  # type: ignore[arg-type]
        )

    async def apply_licence(self, key: LicenceKey, *, timeout: float = 300.0) -> LicenceState:
        """Write the key; the charger reboots by itself; wait, and return what is unlocked."""
        self._boots = await self.boot_count()
        await self.write({LICENCE_KEY: key.text})
        await self.session.close_connection()
        await self.wait_until_back(timeout)
        return await self.licence()


def _checked_value(pid: PropertyId, raw: object, wire_type: WireType) -> Value:
    value = coerce(wire_type, raw, name=f"{pid} ({_name(pid)})")
    spec = CATALOGUE.get(pid)
    if spec is not None and isinstance(value, int | float) and not isinstance(value, bool):
        low, high = spec.minimum, spec.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            unit = f" {spec.unit}" if spec.unit else ""
            raise InvalidInput(
                f"{pid} ({spec.name}): {value:g}{unit} is outside {low:g}…{high:g}{unit}."
                if low is not None and high is not None
                else f"{pid} ({spec.name}): {value:g}{unit} is out of range."
            )
    return value


def _name(pid: PropertyId) -> str:
    spec = CATALOGUE.get(pid)
    return spec.name if spec else "unknown"


__all__ = ["AlfenClient", "LicenceState"]
