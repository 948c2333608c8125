"""What the Overview tab and the live poll show: brand-neutral values a driver builds from a read.

The driver decides which settings to read and how they map onto these fields
(`Driver.overview_keys` / `Driver.overview`, `Driver.live_keys` / `Driver.live_status`); the
window only shows the fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.identity import ChargerIdentity
from app.core.licence import Feature

_CHARGING_MODE3 = (194, 210)  # IEC 61851 states C2 and D2: the car draws current


@dataclass(frozen=True, slots=True)
class SocketLive:
    number: int
    main_state: int
    mode3: int
    limit: float
    currents: tuple[float, float, float]

    @property
    def charging(self) -> bool:
        return self.mode3 in _CHARGING_MODE3


@dataclass(frozen=True, slots=True)
class LiveStatus:
    sockets: tuple[SocketLive, ...]


@dataclass(frozen=True, slots=True)
class StationLimits:
    """Station-wide current limits in amperes (None: the charger did not report it)."""

    station_max: float | None = None
    meter_max: float | None = None
    alb_safe: float | None = None


@dataclass(frozen=True, slots=True)
class SocketLimits:
    """One socket's current limits in amperes, from the configured maximum to the one in force."""

    configured: float | None = None
    external: float | None = None
    static_lb: float | None = None
    alb: float | None = None
    in_force: float | None = None


@dataclass(frozen=True, slots=True)
class Overview:
    """Identity, licences, socket states and the current limits in force, read in one go."""

    identity: ChargerIdentity
    live: LiveStatus
    device_name: str = ""
    installation_phases: str = ""
    mac_address: str = ""
    licence_device_id: str = ""
    feature_bits: int = 0
    station: StationLimits = field(default_factory=StationLimits)
    sockets: tuple[SocketLimits, ...] = ()

    @property
    def features(self) -> tuple[Feature, ...]:
        return tuple(f for f in Feature if self.feature_bits & f)

    def socket(self, number: int) -> SocketLimits:
        """The limits of socket `number` (1-based); all unknown when it was not read."""
        return self.sockets[number - 1] if 0 < number <= len(self.sockets) else SocketLimits()
