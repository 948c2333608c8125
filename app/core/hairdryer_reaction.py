"""The hair-dryer test's recording and the charger's reaction to the test load (pure).

Inputs are plain arrays: grid-meter currents per grid phase (3, n), socket currents per
charger phase (3, n), the socket's limit in force (n,), NaN for gaps. "Household" is what the
meter sees minus the EV when the charger is set to a meter that includes the EV; "installation"
is the meter plus the EV when it excludes it. ALB must keep the installation at or below the maximum
on every phase the EV draws from (commissioning §5.3.7 step 4).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.core.hairdryer import EV_MINIMUM_A
from app.core.phase_id import Levels, PhaseIdResult, PhaseIdStatus, identify_levels
from app.core.phases import PhaseMapping
from app.core.series import BoolArray, FloatArray

CHARGING_A = 1.0
FROZEN_A = 0.05


@dataclass(frozen=True, slots=True)
class TestSetup:
    """What was configured for the test."""

    test_maximum: float
    test_load: float
    include_ev: bool
    mapping: PhaseMapping
    safe_current: float
    alb_enabled: bool = True
    ev_minimum: float = EV_MINIMUM_A


@dataclass(frozen=True, slots=True)
class Recording:
    """Samples from before the session to the end of the observation after the load went on."""

    t: FloatArray
    meter: FloatArray
    socket: FloatArray
    active_limit: FloatArray
    baseline_meter: tuple[float, float, float]
    t_on: float
    before_s: float = 5.0
    final_s: float = 5.0

    def mask(self, t0: float, t1: float) -> BoolArray:
        return (self.t >= t0) & (self.t <= t1)

    @property
    def before(self) -> BoolArray:
        return self.mask(self.t_on - self.before_s, self.t_on - 1e-9)

    @property
    def final(self) -> BoolArray:
        end = float(self.t[-1]) if self.t.size else self.t_on
        return self.mask(max(end - self.final_s, self.t_on), end)

    @property
    def reaction(self) -> BoolArray:
        return self.mask(self.t_on, math.inf)


@dataclass(frozen=True, slots=True)
class Reaction:
    """What the load did to the meter and what the charger did about it."""

    load_phase: int | None
    load_rise: float
    ev_before: float
    ev_after: float
    delay_s: float | None
    overshoot_a: float
    overshoot_s: float
    headroom_a: float
    installation_before: float
    ev_phases: tuple[int, ...]
    expected_phases: tuple[int, ...]
    session_phase: PhaseIdResult | None

    @property
    def fall(self) -> float:
        return self.ev_before - self.ev_after

    @property
    def paused(self) -> bool:
        return self.ev_after < 0.5


def _mean(values: FloatArray, mask: BoolArray) -> float:
    chosen = values[mask]
    chosen = chosen[np.isfinite(chosen)]
    return float(chosen.mean()) if chosen.size else math.nan


def _std(values: FloatArray, mask: BoolArray) -> float:
    chosen = values[mask]
    chosen = chosen[np.isfinite(chosen)]
    return float(chosen.std()) if chosen.size else 0.0


def _means(rows: FloatArray, mask: BoolArray) -> FloatArray:
    return np.array([_mean(row, mask) for row in rows])


def ev_current(socket: FloatArray) -> FloatArray:
    """Per sample, the highest current on any of the charger's phases (NaN in gaps)."""
    return np.fmax.reduce(socket, axis=0)  # type: ignore[no-any-return]


def ev_on_grid(socket: FloatArray, mapping: PhaseMapping) -> FloatArray:
    """The socket's currents placed on the grid phases the mapping names (3, n)."""
    out = np.zeros_like(socket)
    for k, grid in enumerate(mapping.grid_phases):
        out[grid - 1] += socket[k]
    return out


def session_phase_check(rec: Recording, setup: TestSetup) -> PhaseIdResult | None:
    """Where the EV's current appeared on the meter when the session started.

    With a meter set as excluding the EV the meter should not see it at all.
    """
    if setup.mapping is PhaseMapping.NONE:
        return None
    socket_on = np.nan_to_num(_means(rec.socket, rec.before))
    meter_on = _means(rec.meter, rec.before)
    base = np.array(rec.baseline_meter, dtype=float)
    if not (np.isfinite(meter_on).all() and np.isfinite(base).all()):
        return None
    noise = max(_std(row, rec.before) for row in rec.meter)
    levels = Levels(
        np.stack([np.zeros(3), socket_on], axis=1), np.stack([base, meter_on], axis=1), noise
    )
    return identify_levels(levels, setup.mapping.phases, setup.mapping)


def analyse(rec: Recording, setup: TestSetup) -> Reaction:
    """The load's phase and rise, the EV's fall, delay, overshoot and headroom."""
    session = session_phase_check(rec, setup)
    true_map = setup.mapping
    if session is not None and session.status is PhaseIdStatus.IDENTIFIED and session.mapping:
        true_map = session.mapping
    ev = ev_current(rec.socket)
    on_grid = ev_on_grid(rec.socket, true_map)
    household = rec.meter - on_grid if setup.include_ev else rec.meter
    installation = rec.meter if setup.include_ev else rec.meter + on_grid
    rise = _means(household, rec.final) - _means(household, rec.before)
    # the phase that changed most; a meter with the wrong sign shows the load as a fall
    load_phase = int(np.nanargmax(np.abs(rise))) + 1 if np.isfinite(rise).any() else None
    ev_before, ev_after = _mean(ev, rec.before), _mean(ev, rec.final)
    active = np.nan_to_num(_means(rec.socket, rec.before)) >= CHARGING_A
    ev_phases = _phases_of(true_map, active)
    worst_before = _worst(installation, ev_phases, rec.before)
    worst_after = _worst(installation, ev_phases, rec.final)
    over_a, over_s = _overshoot(rec, installation, on_grid, ev_phases, setup.test_maximum)
    return Reaction(
        load_phase=load_phase,
        load_rise=float(rise[load_phase - 1]) if load_phase else math.nan,
        ev_before=ev_before,
        ev_after=ev_after,
        delay_s=_delay(rec, ev, ev_before, ev_after),
        overshoot_a=over_a,
        overshoot_s=over_s,
        headroom_a=setup.test_maximum - worst_after,
        installation_before=worst_before,
        ev_phases=ev_phases,
        expected_phases=_phases_of(setup.mapping, active),
        session_phase=session,
    )


def _phases_of(mapping: PhaseMapping, active: BoolArray) -> tuple[int, ...]:
    grid = mapping.grid_phases
    return tuple(sorted({grid[k] for k in range(len(grid)) if active[k]}))


def _worst(installation: FloatArray, phases: tuple[int, ...], mask: BoolArray) -> float:
    values = [_mean(installation[p - 1], mask) for p in phases]
    values = [v for v in values if math.isfinite(v)]
    return max(values) if values else math.nan


def _delay(rec: Recording, ev: FloatArray, before: float, after: float) -> float | None:
    if not (math.isfinite(before) and math.isfinite(after)) or before - after < CHARGING_A:
        return None
    halfway = before - (before - after) / 2
    hits = np.nonzero(rec.reaction & (ev <= halfway))[0]
    return float(rec.t[hits[0]] - rec.t_on) if hits.size else None


def _overshoot(
    rec: Recording,
    installation: FloatArray,
    on_grid: FloatArray,
    phases: tuple[int, ...],
    maximum: float,
) -> tuple[float, float]:
    """Worst excess over the maximum the EV caused (it can only remove its own current)."""
    if not phases:
        return 0.0, 0.0
    rows = [p - 1 for p in phases]
    excess = np.minimum(installation[rows] - maximum, on_grid[rows])
    worst = np.fmax.reduce(excess, axis=0)
    worst = np.where(rec.reaction & np.isfinite(worst), worst, 0.0)
    dt = float(np.median(np.diff(rec.t))) if rec.t.size > 1 else 0.0
    return max(0.0, float(worst.max(initial=0.0))), float((worst > 0.5).sum() * dt)
