"""The live charger list: sightings from discovery and manual entries, one entry per serial.

The directory subscribes to any `DeviceSource` (the discovery hub, the demo site's endpoints,
addresses the installer typed), merges what they report by serial, and asks each charger once,
without a password and through the driver its sighting names, who it is (model, firmware,
name). The GUI sees only frozen `ChargerEntry` values through the `entryChanged` signal.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field, replace
from typing import Any, Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal

from app.core.endpoints import Endpoint
from app.core.errors import (
    CertificateChanged,
    CommissionerError,
    ProtocolError,
    SessionBusy,
    Unreachable,
)
from app.core.identity import ChargerIdentity
from app.drivers import registry
from app.services.operations import Operation, OperationRunner
from app.services.tasks import TaskSet
from app.transports.discovery.probe import probe_address
from app.transports.pins import PinStore

log = logging.getLogger(__name__)

PROBE_TIMEOUT = 5.0


class Sighting(Protocol):
    """What a discovery source reports about one device (DiscoveredDevice satisfies it)."""

    @property
    def serial(self) -> str: ...
    @property
    def transport(self) -> str: ...
    @property
    def origin(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def model(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def stale(self) -> bool: ...
    @property
    def driver(self) -> str:
        """The driver tag discovery matched ("" when unknown: the registry's default)."""
        ...


class DeviceSource(Protocol):
    """Anything that reports sightings; `subscribe` replays the known ones, returns unsubscribe."""

    def subscribe(self, callback: Callable[[Sighting], None]) -> Callable[[], None]: ...


@dataclass(frozen=True, slots=True)
class ManualSighting:
    """A charger known by its address (typed by the installer, or from the demo site)."""

    serial: str
    url: str
    origin: str = ""
    model: str = ""
    name: str = ""
    stale: bool = False
    transport: str = "lan"
    driver: str = ""


class LinkState(enum.Enum):
    """How the tool stands with a charger; the UI turns each into words."""

    CHECKING = "checking"
    READY = "ready"
    LOGGED_IN = "logged_in"
    BUSY = "busy"
    UNREACHABLE = "unreachable"
    CERTIFICATE_CHANGED = "certificate_changed"
    LOGIN_FAILED = "login_failed"
    NO_LAN = "no_lan"


@dataclass(frozen=True, slots=True)
class ChargerEntry:
    """One row of the charger list."""

    key: str
    serial: str
    url: str = ""
    name: str = ""
    model: str = ""
    firmware: str = ""
    sockets: int = 1
    transports: frozenset[str] = frozenset()
    stale: bool = False
    state: LinkState = LinkState.CHECKING
    detail: str = ""
    driver: str = ""  # the tag of the driver that speaks to it ("": the registry's default)
    needs_password: bool = True  # False: its API has no login (connect, nothing to remember)
    joins_scn: bool = True  # it can be a member of an Alfen Smart Charging Network

    @property
    def address(self) -> str:
        """`127.0.0.1:8443` for the list; empty when only seen over Bluetooth."""
        if not self.url:
            return ""
        parts = urlsplit(self.url)
        return f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)

    @property
    def display_name(self) -> str:
        return self.name or self.serial


def serial_key(serial: str) -> str:
    """Serials compare case-insensitively (mDNS host names are lower case, identities not)."""
    return serial.strip().upper()


@dataclass
class _Known:
    entry: ChargerEntry
    sightings: dict[tuple[str, str], Sighting] = field(default_factory=dict)
    probed_url: str = ""


class ChargerDirectory(QObject):
    """Merges sightings into entries, probes identities, and publishes entry changes."""

    entryChanged = Signal(object)  # ChargerEntry

    def __init__(self, runner: OperationRunner, pins: PinStore, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._pins = pins
        self._known: dict[str, _Known] = {}
        self._unsubscribers: list[Callable[[], None]] = []
        self.tasks = TaskSet()
        self._held: list[Callable[[], object]] | None = None  # work waiting for release()

    # --- reading ------------------------------------------------------------------------

    def entries(self) -> list[ChargerEntry]:
        return [k.entry for k in self._known.values()]

    def entry(self, key: str) -> ChargerEntry | None:
        known = self._known.get(key)
        return known.entry if known else None

    @property
    def probing(self) -> int:
        return len(self.tasks)

    # --- holding background work while the window opens -------------------------------------

    def hold(self) -> None:
        """Probes (and other work given to `after_hold`) wait until `release()`: at start-up the
        window is painted with its list first, then the rows are probed."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        held, self._held = self._held or [], None
        for start in held:
            start()

    def after_hold(self, start: Callable[[], object]) -> None:
        """Call `start` now, or at `release()` while held (never, if the program ends first)."""
        if self._held is None:
            start()
        else:
            self._held.append(start)

    def _spawn_probe(self, coro: Callable[[], Coroutine[Any, Any, None]], name: str) -> None:
        self.after_hold(lambda: self.tasks.spawn(coro(), name=name))

    # --- sources ------------------------------------------------------------------------

    def attach(self, source: DeviceSource) -> None:
        """Listen to a source until `detach_all`; known devices are replayed at once."""
        self._unsubscribers.append(source.subscribe(self.add_sighting))

    def detach_all(self) -> None:
        while self._unsubscribers:
            self._unsubscribers.pop()()

    def add_sighting(self, sighting: Sighting, identity: ChargerIdentity | None = None) -> None:
        """Merge one sighting; `identity` when it was just read (no second probe).

        Serial-less sightings wait for a probe to name them.
        """
        key = serial_key(sighting.serial)
        if not key:
            if sighting.url:
                self._spawn_probe(lambda: self._probe_unnamed(sighting), f"probe {sighting.url}")
            return
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = _Known(ChargerEntry(key=key, serial=sighting.serial))
        known.sightings[(sighting.transport, sighting.origin)] = sighting
        entry = self._merged(known)
        if identity is not None and entry.url == sighting.url:
            known.probed_url = entry.url
            entry = _answered(_with_identity(entry, identity))
        self._publish(known, entry)
        url = entry.url
        if url and url != known.probed_url and entry.state is not LinkState.LOGGED_IN:
            known.probed_url = url
            self._spawn_probe(lambda: self._probe(key, url), f"probe {url}")

    def _merged(self, known: _Known) -> ChargerEntry:
        live = [s for s in known.sightings.values() if not s.stale] or list(
            known.sightings.values()
        )
        lan = [s for s in live if s.url]
        entry = known.entry
        state, detail = entry.state, entry.detail
        driver = entry.driver or next((s.driver for s in live if s.driver), "")
        if not lan and state is LinkState.CHECKING:
            state, detail = LinkState.NO_LAN, self._no_lan_advice(driver)
        elif lan and state is LinkState.NO_LAN:
            state, detail = LinkState.CHECKING, ""  # on the LAN now: the same row, probed
        needs_password, joins_scn = _driver_facts(driver)
        return replace(
            entry,
            needs_password=needs_password,
            joins_scn=joins_scn,
            url=lan[0].url if lan else entry.url,
            model=entry.model or next((s.model for s in live if s.model), ""),
            name=entry.name or next((s.name for s in live if s.name), ""),
            driver=driver,
            detail=detail,
            transports=frozenset(s.transport for s in known.sightings.values() if not s.stale),
            stale=all(s.stale for s in known.sightings.values()),
            state=state,
        )

    def _no_lan_advice(self, tag: str) -> str:
        """What to do with a charger seen over Bluetooth only. No driver sets Wi-Fi over
        Bluetooth (a brand's GATT protocol is not public): the vendor's phone app does."""
        try:
            brand = registry.facts(tag).brand
        except CommissionerError:
            brand = ""
        app = self.tr("the {brand} phone app").format(brand=brand) if brand else ""
        return self.tr(
            "Seen over Bluetooth only. Set its Wi-Fi from {app} over Bluetooth, or connect "
            "its Ethernet; once it is on the LAN it joins this row."
        ).format(app=app or self.tr("the vendor's phone app"))

    def _publish(self, known: _Known, entry: ChargerEntry) -> None:
        if entry != known.entry:
            known.entry = entry
            self.entryChanged.emit(entry)

    # --- state from sessions --------------------------------------------------------------

    def set_state(self, key: str, state: LinkState, detail: str = "") -> None:
        known = self._known.get(key)
        if known is not None:
            self._publish(known, replace(known.entry, state=state, detail=detail))

    def set_name(self, key: str, name: str) -> None:
        known = self._known.get(key)
        if known is not None:
            self._publish(known, replace(known.entry, name=name))

    def set_identity(self, key: str, identity: ChargerIdentity) -> None:
        known = self._known.get(key)
        if known is not None:
            self._publish(known, _with_identity(known.entry, identity))

    # --- probing --------------------------------------------------------------------------

    async def identify(self, url: str, driver: str = "") -> ChargerIdentity:
        """Who answers at `url` (no password), asked through `driver` (the default for "");
        pins its certificate on first use."""
        found = registry.driver(driver)
        return await found.identify(url, pins=self._pins, timeout=PROBE_TIMEOUT)

    async def _probe(self, key: str, url: str) -> None:
        try:
            identity = await self.identify(url, self._known[key].entry.driver)
        except CommissionerError as exc:
            self.set_state(key, _state_for(exc), str(exc))
            return
        known = self._known[key]
        self._publish(known, _answered(_with_identity(known.entry, identity)))

    async def _probe_unnamed(self, sighting: Sighting) -> None:
        try:
            identity = await self.identify(sighting.url, sighting.driver)
        except CommissionerError as exc:
            log.info("%s does not answer as a charger: %s", sighting.url, exc)
            return
        named = ManualSighting(
            identity.serial, sighting.url, origin=sighting.origin, driver=sighting.driver
        )
        self.add_sighting(named, identity)

    def add_by_address(self, text: str) -> Operation:
        """Probe a typed address; on success the charger joins the list as a manual entry."""

        async def body(operation: Operation) -> ChargerEntry:
            endpoint = Endpoint.parse(text)
            operation.report(self.tr("Asking {address} who it is…").format(address=endpoint))
            url, tag = await _probed(text, endpoint)
            identity = await self.identify(url, tag)
            sighting = ManualSighting(identity.serial, url, origin=f"typed:{text}", driver=tag)
            self.add_sighting(sighting, identity)
            return self._known[serial_key(identity.serial)].entry

        return self._runner.start(self.tr("Adding {address}").format(address=text), body)


async def _probed(text: str, endpoint: Endpoint) -> tuple[str, str]:
    """The URL and driver tag the registry's probes find at a typed address (as discovery
    and the CLI ask); when no probe names it, the address as parsed and the default driver,
    whose own error then says what answered."""
    try:
        device = await probe_address(text.strip(), registry.probes(), within=PROBE_TIMEOUT)
    except (Unreachable, ProtocolError) as exc:
        log.info("No probe names the charger at %s: %s", text.strip(), exc)
        return endpoint.base_url, registry.driver().tag
    return device.url or endpoint.base_url, device.driver or registry.driver().tag


def _driver_facts(tag: str) -> tuple[bool, bool]:
    """Whether a charger of driver `tag` needs a password, and whether it can join an SCN;
    an unknown tag is taken as the default driver's. Loads no driver."""
    try:
        found = registry.facts(tag)
    except CommissionerError:
        return True, True
    return found.login, found.joins_scn


def _with_identity(entry: ChargerEntry, identity: ChargerIdentity) -> ChargerEntry:
    return replace(
        entry,
        serial=identity.serial or entry.serial,
        model=identity.model or entry.model,
        firmware=identity.firmware or entry.firmware,
        name=entry.name or identity.name,
        sockets=identity.sockets,
    )


def _answered(entry: ChargerEntry) -> ChargerEntry:
    """The charger said who it is: it is ready for a login (unless already logged in)."""
    if entry.state in (LinkState.CHECKING, LinkState.UNREACHABLE, LinkState.BUSY):
        return replace(entry, state=LinkState.READY, detail="")
    return entry


def _state_for(exc: CommissionerError) -> LinkState:
    if isinstance(exc, SessionBusy):
        return LinkState.BUSY
    if isinstance(exc, CertificateChanged):
        return LinkState.CERTIFICATE_CHANGED
    return LinkState.UNREACHABLE
