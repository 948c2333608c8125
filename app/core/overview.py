"""What the Overview tab and the live poll show: brand-neutral values a driver builds from a read.

The driver decides which settings to read and how they map onto these fields
(`Driver.overview_keys` / `Driver.overview`, `Driver.live_keys` / `Driver.live_status`); the
window only shows the fields.
"""

from __future__ import annotations

import enum
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


class DynamicMode(enum.Enum):
    """How a charger with its own clamp shares the connection (dynamic power control)."""

    TIMED_ON = "timed_on"  # power on a timer
    TIMED_OFF = "timed_off"
    MINIMUM_POWER = "minimum_power"  # charge at least at the minimum, more when there is room
    SOLAR_ONLY = "solar_only"
    GRID_AND_SOLAR = "grid_and_solar"
    STOP = "stop"


class MeterLink(enum.Enum):
    """How the charger's own meter (CT clamp) link stands."""

    OK = "ok"
    STARTING = "starting"  # waiting for the network or the first reply
    FAULT = "fault"


class PhaseMode(enum.Enum):
    ONE = "one"
    THREE = "three"
    MIXED = "mixed"


@dataclass(frozen=True, slots=True)
class ChargeControls:
    """A charger's own charging settings (a brand with a flat settings list, such as the
    V2C Trydan, shows these instead of the Alfen station and socket limits)."""

    min_current: float | None = None  # A
    max_current: float | None = None
    current: float | None = None  # the charging current set now
    phase_mode: PhaseMode | None = None
    installation_voltage: float | None = None  # V; None when not read or not trusted
    locked: bool | None = None
    paused: bool | None = None
    light_led: float | None = None  # %
    logo_led: float | None = None


@dataclass(frozen=True, slots=True)
class DynamicControl:
    """Dynamic power control: the charger cuts its current to keep the house under the
    contracted power, read by its own clamp. Codes are the charger's raw values (details)."""

    on: bool | None = None
    mode: DynamicMode | None = None
    mode_code: int | None = None
    contracted_power: float | None = None  # W
    contracted_current: float | None = None  # A per phase the contracted power allows
    pause_when_modulating: bool | None = None
    meter_link: MeterLink | None = None
    meter_link_code: int | None = None


@dataclass(frozen=True, slots=True)
class NetworkInfo:
    """How the charger is on the LAN (Wi-Fi network, address, signal)."""

    ssid: str = ""
    ip: str = ""
    signal: float | None = None  # dBm


@dataclass(frozen=True, slots=True)
class Overview:
    """Identity, licences, socket states and the current limits in force, read in one go.

    `controls`, `dynamic` and `network` are filled by a brand without licences or station
    limits (the V2C Trydan); the tab then shows them and hides what means nothing for it.
    """

    identity: ChargerIdentity
    live: LiveStatus
    device_name: str = ""
    installation_phases: str = ""
    mac_address: str = ""
    licence_device_id: str = ""
    feature_bits: int = 0
    station: StationLimits = field(default_factory=StationLimits)
    sockets: tuple[SocketLimits, ...] = ()
    has_licences: bool = True
    controls: ChargeControls | None = None
    dynamic: DynamicControl | None = None
    network: NetworkInfo | None = None

    @property
    def features(self) -> tuple[Feature, ...]:
        return tuple(f for f in Feature if self.feature_bits & f)

    def socket(self, number: int) -> SocketLimits:
        """The limits of socket `number` (1-based); all unknown when it was not read."""
        return self.sockets[number - 1] if 0 < number <= len(self.sockets) else SocketLimits()
