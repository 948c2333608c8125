"""What discovery found: one frozen sighting per transport, and the pattern types drivers declare.

A `DiscoveredDevice` is one sighting of a device through one source (an mDNS service, a BLE
advertisement, a manual probe, a subnet sweep). `app.core.discovery_table` merges sightings
into one entry per serial. Nothing here does I/O; the protocol layer turns zeroconf and bleak
objects into these values the moment they arrive.
"""

from __future__ import annotations

import enum
import ipaddress
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from app.core.identity import ChargerIdentity


class Transport(enum.StrEnum):
    """How the laptop can reach a device."""

    LAN = "lan"
    BLE = "ble"


class Source(enum.StrEnum):
    """Which discovery mechanism produced a sighting."""

    MDNS = "mdns"
    BLE = "ble"
    MANUAL = "manual"
    SWEEP = "sweep"

    @property
    def transport(self) -> Transport:
        return Transport.BLE if self is Source.BLE else Transport.LAN


@dataclass(frozen=True, slots=True)
class MdnsServiceSpec:
    """One mDNS service type a driver answers to, and how to talk to what it finds."""

    service_type: str
    scheme: str
    default_port: int
    generation: str
    driver: str


@dataclass(frozen=True, slots=True)
class BleMatcher:
    """A BLE advertisement belongs to a driver when its name matches or it carries a company id.

    `name_pattern` may hold a named group `serial`, which then becomes the device's serial.
    """

    driver: str
    name_pattern: str = ""
    manufacturer_ids: frozenset[int] = frozenset()
    model: str = ""

    def match(self, name: str, manufacturer_ids: Iterable[int]) -> BleMatch | None:
        """The match for this advertisement, or None."""
        if self.name_pattern and name:
            found = re.match(self.name_pattern, name, flags=re.IGNORECASE)
            if found:
                serial = found.groupdict().get("serial") or ""
                return BleMatch(self.driver, normalise_serial(serial), self.model)
        if self.manufacturer_ids.intersection(manufacturer_ids):
            return BleMatch(self.driver, "", self.model)
        return None


@dataclass(frozen=True, slots=True)
class BleMatch:
    """Which driver an advertisement belongs to, and the serial it carried (or "")."""

    driver: str
    serial: str
    model: str


@dataclass(frozen=True, slots=True)
class ProbeSpec:
    """How a driver's chargers say who they are without a password: a path on their web port,
    and a reader of the reply found there: its JSON, or its text (`str`) when the reply is not
    JSON (ProtocolError when it is not one of its chargers).

    `anonymous` lists the HTTP statuses with which a charger of this brand refuses the path
    while still being one (old firmware, a login needed): it is then listed without a serial.
    """

    driver: str
    path: str
    identity: Callable[[object], ChargerIdentity]
    anonymous: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class DiscoveredDevice:
    """One sighting of a device through one source.

    `origin` names the sighting within its source (the mDNS instance name, the BLE address,
    the text typed for a manual probe), so that a source can later say "this one is gone".
    `address` is an IPv4 address or host name on the LAN, the adapter's id of the device on BLE.
    """

    serial: str
    transport: Transport
    source: Source
    address: str
    origin: str
    first_seen: float
    last_seen: float
    port: int | None = None
    scheme: str = ""
    generation: str = ""
    model: str = ""
    name: str = ""
    driver: str = ""
    rssi: int | None = None
    stale: bool = False
    extra: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def url(self) -> str:
        """`https://192.0.2.7:443` for LAN sightings with a web scheme, else ""."""
        if self.transport is not Transport.LAN or self.scheme not in ("http", "https"):
            return ""
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"{self.scheme}://{host}:{self.port}"

    def seen_again(self, later: DiscoveredDevice) -> DiscoveredDevice:
        """`later` as a continuation of this sighting: first seen kept, known model kept."""
        return replace(
            later,
            first_seen=min(self.first_seen, later.first_seen),
            model=later.model or self.model,
            serial=later.serial or self.serial,
        )

    def marked_stale(self) -> DiscoveredDevice:
        """This sighting marked stale, `last_seen` kept."""
        return replace(self, stale=True)


def normalise_serial(serial: str) -> str:
    """Serials compare case-insensitively (host names are lower case, /api/info is not)."""
    return serial.strip().upper()


def serial_from_host(host: str) -> str:
    """`alfen-ace0781464.local.` → `ACE0781464` (device-protocols.md §2.1); "" if none."""
    label = host.rstrip(".").split(".")[0]
    if "-" not in label:
        return ""
    return normalise_serial(label.rsplit("-", 1)[1])


def usable_ipv4(addresses: Iterable[str]) -> tuple[str, ...]:
    """Keep the IPv4 addresses a charger can be reached on; drop IPv6 and unspecified ones.

    IPv4 link-local (169.254/16) is kept: a laptop cabled straight to a charger ends up there.
    """
    kept: list[str] = []
    for text in addresses:
        try:
            address = ipaddress.ip_address(text.split("%")[0])
        except ValueError:
            continue
        if address.version != 4 or address.is_unspecified or address.is_multicast:
            continue
        if str(address) not in kept:
            kept.append(str(address))
    return tuple(kept)


def match_advertisement(
    matchers: Iterable[BleMatcher], name: str, manufacturer_ids: Iterable[int]
) -> BleMatch | None:
    """The first declared matcher that claims this advertisement."""
    ids = tuple(manufacturer_ids)
    for matcher in matchers:
        found = matcher.match(name, ids)
        if found is not None:
            return found
    return None


@dataclass(frozen=True, slots=True)
class DiscoveryPatterns:
    """How a brand's chargers show up: mDNS service types, BLE names, an anonymous probe."""

    mdns: tuple[MdnsServiceSpec, ...] = ()
    ble: tuple[BleMatcher, ...] = ()
    probe: ProbeSpec | None = None  # an unauthenticated path that answers with the identity
