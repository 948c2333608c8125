"""Typed blocks of the Alfen Modbus slave map (device-protocols.md §2.6) and their decoding.

The field lists say which registers a block needs (for read planning); the decoders turn a
`RegisterImage` into frozen dataclasses the moment the registers arrive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.states import Mode3State
from app.transports.registers import DataType, RegisterImage

Phases = tuple[float, float, float]
U32 = DataType.U32
U64 = DataType.U64
S16 = DataType.S16

# (address, registers) of every value of a block
STATION_FIELDS: tuple[tuple[int, int], ...] = (
    (100, 17),
    (117, 5),
    (122, 1),
    (123, 17),
    (140, 17),
    (157, 11),
    *((168 + i, 1) for i in range(6)),
    (174, 4),
    (178, 1),
    (1100, 2),
    (1102, 2),
    (1104, 1),
    (1105, 1),
    (1400, 4),
    (1404, 1),
    *((1405 + 2 * i, 2) for i in range(12)),  # consumption, actual max, max, remaining
    (1429, 2),
    (1431, 1),
)

SOCKET_FIELDS: tuple[tuple[int, int], ...] = (
    (300, 1),
    (301, 4),
    (305, 1),
    *((306 + 2 * i, 2) for i in range(28)),  # V, I, PF, f, P, S, Q (f32)
    *((362 + 4 * i, 4) for i in range(16)),  # energies (f64)
    (1200, 1),
    (1201, 5),
    (1206, 2),
    (1208, 2),
    (1210, 2),
    (1212, 2),
    (1214, 1),
    (1215, 1),
)


@dataclass(frozen=True, slots=True)
class ScnBlock:
    """Smart Charging Network registers of the station unit (1400–1431)."""

    name: str
    sockets: int
    consumption: Phases  # A per grid phase
    actual_max_current: Phases  # the maximum in force per phase
    max_current: Phases  # what an EMS wrote (1417/1419/1421)
    remaining_valid_s: tuple[int, int, int]
    safe_current: float
    ems_enabled: bool


@dataclass(frozen=True, slots=True)
class StationBlock:
    """Station unit (200): identity, clock, limits and the SCN block."""

    name: str
    manufacturer: str
    table_version: int
    firmware: str
    platform: str
    serial: str
    clock: dt.datetime | None  # the charger's local time; None when the registers are no date
    uptime_ms: int
    timezone_minutes: int
    active_max_current: float
    temperature: float
    ocpp_connected: bool
    sockets: int
    scn: ScnBlock


@dataclass(frozen=True, slots=True)
class MeterBlock:
    """A socket's meter (300–425): volts, amperes, W/VA/var, Wh; totals separate."""

    state_bits: int  # 1 initialised, 2 updated, 4 warning, 8 error
    age_ms: int
    meter_type: int  # 0 RTU, 1 TCP/IP, 2 UDP, 3 P1, 4 other
    voltage_ln: Phases
    voltage_ll: Phases  # L1-L2, L2-L3, L3-L1
    current_n: float
    current: Phases
    current_sum: float
    power_factor: Phases
    power_factor_sum: float
    frequency: float
    real_power: Phases
    real_power_total: float
    apparent_power: Phases
    apparent_power_total: float
    reactive_power: Phases
    reactive_power_total: float
    energy_delivered: Phases
    energy_delivered_total: float
    energy_consumed: Phases
    energy_consumed_total: float
    energy_apparent: Phases
    energy_apparent_total: float
    energy_reactive: Phases
    energy_reactive_total: float


@dataclass(frozen=True, slots=True)
class SocketBlock:
    """A socket unit (1 or 2): meter, state, applied limit and the EMS setpoint."""

    meter: MeterBlock
    available: bool
    mode3: str  # "A", "B1", "C2", …
    applied_max_current: float
    seconds_to_fallback: int
    setpoint: float
    safe_current: float
    setpoint_accounted: bool
    phases: int

    @property
    def mode3_state(self) -> Mode3State | None:
        return Mode3State.__members__.get(self.mode3)

    @property
    def charging(self) -> bool:
        return self.mode3 in ("C2", "D2")


def _triple(image: RegisterImage, address: int, step: int = 2) -> Phases:
    read = image.f32 if step == 2 else image.f64
    return read(address), read(address + step), read(address + 2 * step)


def _clock(values: Sequence[int]) -> dt.datetime | None:
    """Naive: the charger's local time (its zone offset is a separate register)."""
    year, month, day, hour, minute, second = values
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except (TypeError, ValueError):
        return None


def decode_scn(image: RegisterImage) -> ScnBlock:
    """Registers 1400–1431 of the station unit."""
    remaining = tuple(image.integer(U32, 1423 + 2 * i) for i in range(3))
    return ScnBlock(
        name=image.string(1400, 4),
        sockets=image.u16(1404),
        consumption=_triple(image, 1405),
        actual_max_current=_triple(image, 1411),
        max_current=_triple(image, 1417),
        remaining_valid_s=(remaining[0], remaining[1], remaining[2]),
        safe_current=image.f32(1429),
        ems_enabled=bool(image.u16(1431)),
    )


def decode_station(image: RegisterImage) -> StationBlock:
    """The station unit's registers as a StationBlock."""
    return StationBlock(
        name=image.string(100, 17),
        manufacturer=image.string(117, 5),
        table_version=image.integer(S16, 122),
        firmware=image.string(123, 17),
        platform=image.string(140, 17),
        serial=image.string(157, 11),
        clock=_clock([image.integer(S16, 168 + i) for i in range(6)]),
        uptime_ms=image.integer(U64, 174),
        timezone_minutes=image.integer(S16, 178),
        active_max_current=image.f32(1100),
        temperature=image.f32(1102),
        ocpp_connected=bool(image.u16(1104)),
        sockets=image.u16(1105),
        scn=decode_scn(image),
    )


def decode_meter(image: RegisterImage) -> MeterBlock:
    """Registers 300–425 of a socket unit."""
    f32, f64 = image.f32, image.f64
    return MeterBlock(
        state_bits=image.u16(300),
        age_ms=image.integer(U64, 301),
        meter_type=image.u16(305),
        voltage_ln=_triple(image, 306),
        voltage_ll=_triple(image, 312),
        current_n=f32(318),
        current=_triple(image, 320),
        current_sum=f32(326),
        power_factor=_triple(image, 328),
        power_factor_sum=f32(334),
        frequency=f32(336),
        real_power=_triple(image, 338),
        real_power_total=f32(344),
        apparent_power=_triple(image, 346),
        apparent_power_total=f32(352),
        reactive_power=_triple(image, 354),
        reactive_power_total=f32(360),
        energy_delivered=_triple(image, 362, 4),
        energy_delivered_total=f64(374),
        energy_consumed=_triple(image, 378, 4),
        energy_consumed_total=f64(390),
        energy_apparent=_triple(image, 394, 4),
        energy_apparent_total=f64(406),
        energy_reactive=_triple(image, 410, 4),
        energy_reactive_total=f64(422),
    )


def decode_socket(image: RegisterImage) -> SocketBlock:
    """A socket unit's registers as a SocketBlock."""
    return SocketBlock(
        meter=decode_meter(image),
        available=bool(image.u16(1200)),
        mode3=image.string(1201, 5),
        applied_max_current=image.f32(1206),
        seconds_to_fallback=image.integer(U32, 1208),
        setpoint=image.f32(1210),
        safe_current=image.f32(1212),
        setpoint_accounted=bool(image.u16(1214)),
        phases=image.u16(1215),
    )
