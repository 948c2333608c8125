"""Writes what physics computed into a charger's live, read-only properties.

Meter blocks (device-protocols.md §2.5): `2221`/`3221` socket 1/2 meter, `5221` smart meter;
subs 3–5 V L-N, 6–8 V L-L, 9 I N, A–C I, D I sum, E–11 cosφ, 12 frequency, 13–16 P in W,
17–1A S, 1B–1E Q, 1F–22 energy delivered in Wh. States: `2501_x`/`2502_x`. Limits in force:
`212B_0..212D_0` / `312x`. The smart meter (`5221`, `212E`/`212F`) shows what the charger's
configured source reports, so app/sim/alfen/alb_source.py writes it, not physics.
"""

from __future__ import annotations

import math

from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimCharger, SimSocket

COS_PHI = 0.99
FREQUENCY = 50.0
SQRT3 = math.sqrt(3.0)


def num(charger: SimCharger, pid: PropertyId) -> float:
    """A numeric property as float (physics reads limits and settings with it)."""
    value = charger.values[pid]
    if isinstance(value, tuple | str):
        raise TypeError(f"{pid} is not numeric")
    return float(value)


def _set(charger: SimCharger, block: int, sub: int, value: float | int) -> None:
    pid = PropertyId(block, sub)
    if pid in charger.values:
        charger.values[pid] = value


def neutral_current(amps: list[float]) -> float:
    """|I1 + I2 + I3| for three currents 120° apart, in phase with their voltages."""
    a, b, c = amps
    return math.sqrt(max(0.0, a * a + b * b + c * c - a * b - b * c - c * a))


def publish_meter(
    charger: SimCharger, block: int, volts: list[float], amps: list[float], dt: float
) -> None:
    """One meter block from per-phase volts and amps; energies grow by P·dt."""
    powers = [v * i * COS_PHI for v, i in zip(volts, amps, strict=True)]
    apparent = [v * i for v, i in zip(volts, amps, strict=True)]
    reactive = [math.sqrt(max(0.0, s * s - p * p)) for s, p in zip(apparent, powers, strict=True)]
    _set(charger, block, 0x1, float(charger.clock.now()))
    for k in range(3):
        _set(charger, block, 0x3 + k, round(volts[k], 2))
        _set(charger, block, 0x6 + k, round(SQRT3 * volts[k], 2) if volts[k] else 0.0)
        _set(charger, block, 0xA + k, round(amps[k], 3))
        _set(charger, block, 0xE + k, COS_PHI)
        _set(charger, block, 0x13 + k, round(powers[k], 1))
        _set(charger, block, 0x17 + k, round(apparent[k], 1))
        _set(charger, block, 0x1B + k, round(reactive[k], 1))
        energy = PropertyId(block, 0x1F + k)
        if energy in charger.values:
            previous = num(charger, energy)
            charger.values[energy] = previous + powers[k] * dt / 3600.0
    _set(charger, block, 0x9, round(neutral_current(amps), 3))
    _set(charger, block, 0xD, round(sum(amps), 3))
    _set(charger, block, 0x11, COS_PHI)
    _set(charger, block, 0x12, FREQUENCY)
    _set(charger, block, 0x16, round(sum(powers), 1))
    _set(charger, block, 0x1A, round(sum(apparent), 1))
    _set(charger, block, 0x1E, round(sum(reactive), 1))
    total = PropertyId(block, 0x22)
    if total in charger.values:
        previous = num(charger, total)
        charger.values[total] = previous + sum(powers) * dt / 3600.0


def publish_socket(charger: SimCharger, socket: SimSocket, volts: list[float], dt: float) -> None:
    """Socket meter, states and limits in force of one socket."""
    first = socket.number == 1
    publish_meter(charger, 0x2221 if first else 0x3221, volts, socket.currents, dt)
    states = 0x2501 if first else 0x2502
    charging = any(c > 0.05 for c in socket.currents)
    _set(charger, states, 1, int(socket.main_state))
    _set(charger, states, 2, 3 if charging else (1 if socket.ev is not None else 0))
    _set(charger, states, 3, 1 if charging else 0)
    _set(charger, states, 4, int(socket.mode3))
    limits = 0x212B if first else 0x312B
    static = min(
        num(charger, PropertyId(0x2062, 0)),
        num(charger, PropertyId(0x2129 if first else 0x3129, 0)),
    )
    _set(charger, limits, 0, static)
    _set(charger, limits + 1, 0, round(socket.limit, 2))
    alb = socket.alb_limit
    _set(charger, limits + 2, 0, round(alb, 2) if alb is not None else 32.0)
