"""Live channels by name, whatever the brand: what a poller samples and the analyses read.

Names are stable strings used as series columns, in reports and by the analyses:
`s1.I1` socket 1 current on the charger's L1, `m.I2` grid-meter current on grid phase L2,
`s1.active` the current limit in force on socket 1, `p1.I3` the current the charger's load
balancing uses for grid L3, `m.link` the state of its meter link (device-protocols.md §2.5).
Which setting or register feeds a channel is the driver's business.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from app.core.states import Mode3State
from app.core.values import Value

PHASES = (1, 2, 3)
CHARGING_A = 1.0  # below this a socket is not charging, whatever its state says
Sample = dict[str, float]  # one value per channel name; a missing name is a gap


@dataclass(frozen=True, slots=True)
class Channel:
    """One sampled quantity: series name, unit, words for a person."""

    name: str
    unit: str
    label: str


class SampleSource(Protocol):
    """Something that yields one value per channel name per call (missing names are gaps)."""

    @property
    def names(self) -> tuple[str, ...]: ...

    async def sample(self) -> Sample: ...


def names(channels: Iterable[Channel]) -> tuple[str, ...]:
    return tuple(c.name for c in channels)


def as_float(value: Value | None) -> float:
    """A numeric setting value as float; NaN for text, arrays and missing values."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    return math.nan


# --- names --------------------------------------------------------------------------------


def socket_current(socket: int, phase: int) -> str:
    """Series name of a socket's current on the charger's phase 1..3."""
    return f"s{socket}.I{phase}"


def socket_voltage(socket: int, phase: int) -> str:
    """Series name of a socket's voltage L-N on the charger's phase 1..3."""
    return f"s{socket}.V{phase}"


def socket_power(socket: int) -> str:
    return f"s{socket}.P"


def socket_alb_limit(socket: int) -> str:
    """Series name of the limit load balancing sets on a socket."""
    return f"s{socket}.alb"


def socket_active(socket: int) -> str:
    """Series name of the current limit in force on a socket."""
    return f"s{socket}.active"


def socket_mode3(socket: int) -> str:
    """Series name of a socket's Mode-3 state (a `Mode3State` code)."""
    return f"s{socket}.mode3"


def meter_current(phase: int) -> str:
    """Series name of the grid meter's current on grid phase 1..3."""
    return f"m.I{phase}"


def meter_voltage(phase: int) -> str:
    return f"m.V{phase}"


def meter_power(phase: int) -> str:
    return f"m.P{phase}"


def balancing_current(phase: int) -> str:
    """Series name of the grid current the charger's load balancing uses (its P1 input)."""
    return f"p1.I{phase}"


METER_FREQUENCY = "m.f"
METER_LINK = "m.link"
# Totals of a charger that reads a CT clamp instead of a per-phase grid meter (a Trydan):
# the house without the charger, the grid (house + charger − solar) and the solar power, in W.
HOUSE_POWER, GRID_POWER, SOLAR_POWER = "house.P", "grid.P", "pv.P"
CONTRACTED_POWER = "grid.max"  # W: what dynamic power control keeps house + charger under


def has_grid_phases(names: Iterable[str]) -> bool:
    """The channels include per-phase grid currents (a meter or load-balancing input)."""
    found = set(names)
    return any(meter_current(p) in found or balancing_current(p) in found for p in PHASES)


def has_house_power(names: Iterable[str]) -> bool:
    """The channels include the house power a CT clamp reads (dynamic power control)."""
    return HOUSE_POWER in set(names)


def is_charging(row: Sample, socket: int) -> bool:
    """The socket draws current (and, when the state is known, is in C2 or D2)."""
    amps = [row.get(socket_current(socket, k), math.nan) for k in PHASES]
    finite = [a for a in amps if math.isfinite(a)]
    state = row.get(socket_mode3(socket), math.nan)
    state_ok = not math.isfinite(state) or int(state) in (Mode3State.C2, Mode3State.D2)
    return bool(finite) and max(finite) >= CHARGING_A and state_ok
