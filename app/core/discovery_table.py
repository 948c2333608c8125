"""Merging sightings into one entry per device: the rules, without I/O or clocks of its own.

Rules:
- one entry per serial (compared case-insensitively); a sighting without a serial is keyed by
  its transport and address until a sighting with a serial arrives for that same address,
  which then absorbs it (the anonymous entry is reported REMOVED, the serial entry UPDATED);
- within an entry a sighting is identified by (source, origin, address); seeing it again keeps
  its first-seen time and any model learnt before;
- a sighting that its source reports gone, or that is not seen again within its source's TTL,
  is marked stale with `last_seen` kept; it is never silently dropped. Seen again, it is fresh;
- an entry is stale when all its sightings are; its transports are those of fresh sightings;
- events are emitted for changes that matter to a person: not for a later `last_seen` or a
  new RSSI alone, which the table still records.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from app.core.discovery import DiscoveredDevice, Source, Transport

SightingKey = tuple[Source, str, str]
_Predicate = Callable[[DiscoveredDevice], bool]
# Sources whose sightings model data comes from /api/info rather than a host name.
_PROBED = (Source.MANUAL, Source.SWEEP)


def sighting_key(device: DiscoveredDevice) -> SightingKey:
    """Identity of a sighting within its entry."""
    return (device.source, device.origin, device.address)


def anonymous_key(device: DiscoveredDevice) -> str:
    """Key of an entry for a device whose serial is not known (yet)."""
    return f"{device.transport.value}:{device.address}"


@dataclass(frozen=True, slots=True)
class DiscoveredCharger:
    """One device, merged over every transport and source it was seen by."""

    key: str
    serial: str
    sightings: tuple[DiscoveredDevice, ...]

    @property
    def stale(self) -> bool:
        return all(s.stale for s in self.sightings)

    @property
    def transports(self) -> frozenset[Transport]:
        """Transports the device answered on recently (none when the entry is stale)."""
        return frozenset(s.transport for s in self.sightings if not s.stale)

    @property
    def known_transports(self) -> frozenset[Transport]:
        return frozenset(s.transport for s in self.sightings)

    @property
    def first_seen(self) -> float:
        return min(s.first_seen for s in self.sightings)

    @property
    def last_seen(self) -> float:
        return max(s.last_seen for s in self.sightings)

    @property
    def model(self) -> str:
        """The model, preferring what /api/info said over what an advertisement implied."""
        ranked = sorted(self.sightings, key=lambda s: s.source not in _PROBED)
        return next((s.model for s in ranked if s.model), "")

    @property
    def name(self) -> str:
        return next((s.name for s in self.sightings if s.name), "")

    @property
    def lan(self) -> DiscoveredDevice | None:
        """The LAN sighting to connect to: fresh before stale, then the most recent."""
        return self._best(Transport.LAN)

    @property
    def ble(self) -> DiscoveredDevice | None:
        return self._best(Transport.BLE)

    def _best(self, transport: Transport) -> DiscoveredDevice | None:
        found = [s for s in self.sightings if s.transport is transport]
        if not found:
            return None
        return max(found, key=lambda s: (not s.stale, s.last_seen))


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class DiscoveryEvent:
    """An entry appeared, changed, or was folded into another entry (REMOVED)."""

    kind: ChangeKind
    entry: DiscoveredCharger


def _differs(old: DiscoveredDevice, new: DiscoveredDevice) -> bool:
    """True when more than `last_seen` or the RSSI changed."""
    return replace(old, last_seen=new.last_seen, rssi=new.rssi) != new


class DeviceTable:
    """The merged list of devices; every mutation returns the events it caused."""

    def __init__(self) -> None:
        self._entries: dict[str, DiscoveredCharger] = {}
        self._where: dict[SightingKey, str] = {}

    def entries(self) -> tuple[DiscoveredCharger, ...]:
        """All entries, ordered by key."""
        return tuple(self._entries[k] for k in sorted(self._entries))

    def get(self, key: str) -> DiscoveredCharger | None:
        return self._entries.get(key)

    def __len__(self) -> int:
        return len(self._entries)

    def seen(self, device: DiscoveredDevice) -> list[DiscoveryEvent]:
        """Record a sighting; return the events it caused."""
        events: list[DiscoveryEvent] = []
        key = self._key_for(device)
        if device.serial:
            events.extend(self._absorb_anonymous(anonymous_key(device), key, device.serial))
        entry = self._entries.get(key)
        if entry is None:
            entry = DiscoveredCharger(key, device.serial, (device,))
            self._store(entry)
            events.append(DiscoveryEvent(ChangeKind.ADDED, entry))
            return events
        updated, changed = _with_sighting(entry, device)
        self._store(updated)
        if changed or events:
            events.append(DiscoveryEvent(ChangeKind.UPDATED, updated))
        return events

    def gone(self, source: Source, origin: str) -> list[DiscoveryEvent]:
        """Mark every sighting of (source, origin) stale: its source says it went away."""
        return self._mark(lambda s: s.source is source and s.origin == origin)

    def expire(self, now: float, ttl: Mapping[Source, float | None]) -> list[DiscoveryEvent]:
        """Mark stale the sightings not seen again within their source's TTL (None: never)."""

        def too_old(s: DiscoveredDevice) -> bool:
            limit = ttl.get(s.source)
            return limit is not None and now - s.last_seen > limit

        return self._mark(too_old)

    def _key_for(self, device: DiscoveredDevice) -> str:
        if device.serial:
            return device.serial
        return self._where.get(sighting_key(device)) or anonymous_key(device)

    def _absorb_anonymous(self, anon: str, key: str, serial: str) -> list[DiscoveryEvent]:
        if anon == key or anon not in self._entries:
            return []
        folded = self._entries.pop(anon)
        moved = tuple(replace(s, serial=serial) for s in folded.sightings)
        target = self._entries.get(key)
        merged = moved if target is None else target.sightings + moved
        self._store(DiscoveredCharger(key, serial, merged))
        return [DiscoveryEvent(ChangeKind.REMOVED, folded)]

    def _store(self, entry: DiscoveredCharger) -> None:
        self._entries[entry.key] = entry
        for s in entry.sightings:
            self._where[sighting_key(s)] = entry.key

    def _mark(self, should: _Predicate) -> list[DiscoveryEvent]:
        events: list[DiscoveryEvent] = []
        for key, entry in list(self._entries.items()):
            hit = [not s.stale and should(s) for s in entry.sightings]
            if not any(hit):
                continue
            sightings = tuple(
                s.marked_stale() if h else s for s, h in zip(entry.sightings, hit, strict=True)
            )
            updated = replace(entry, sightings=sightings)
            self._entries[key] = updated
            events.append(DiscoveryEvent(ChangeKind.UPDATED, updated))
        return events


def _with_sighting(
    entry: DiscoveredCharger, device: DiscoveredDevice
) -> tuple[DiscoveredCharger, bool]:
    """The entry with `device` added or continued, and whether that changed anything visible."""
    wanted = sighting_key(device)
    sightings = list(entry.sightings)
    for index, old in enumerate(sightings):
        if sighting_key(old) == wanted:
            sightings[index] = old.seen_again(device)
            changed = _differs(old, sightings[index])
            break
    else:
        sightings.append(device)
        changed = True
    serial = entry.serial or device.serial
    return DiscoveredCharger(entry.key, serial, tuple(sightings)), changed
