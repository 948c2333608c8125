"""The hair-dryer test's recording, the charger's reaction to the test load, and the verdict.

Inputs are plain arrays: grid-meter currents per grid phase (3, n), socket currents per
charger phase (3, n), the socket's limit in force (n,), NaN for gaps. "Household" is what the
meter sees minus the EV when the meter includes the EV (206F_0 = 1); "installation" is the
meter plus the EV when it excludes it. ALB must keep the installation at or below the maximum
on every phase the EV draws from (commissioning §5.3.7 step 4).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.core.hairdryer import (
    EV_MINIMUM_A,
    NO_RISE_TEXT,
    NOT_CHARGING_TEXT,
    SIGN_RISE_TEXT,
    BaselineCheck,
    Finding,
    Reason,
)
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


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report: a check and whether it passed (None: not applicable)."""

    name: str
    passed: bool | None
    detail: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """Pass or fail, with the reasons (most fundamental first), checks and measurements."""

    reasons: tuple[Reason, ...]
    checks: tuple[Check, ...] = ()
    reaction: Reaction | None = None
    baseline: BaselineCheck | None = None
    test_maximum: float | None = None
    notes: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.reasons

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(r.finding for r in self.reasons)

    @property
    def summary(self) -> str:
        if self.passed:
            return "PASS: active load balancing reacts to the test load as it should."
        return "FAIL: " + self.reasons[0].text


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

    With a meter that excludes the EV (206F_0 = 0) the meter should not see it at all.
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


# --- verdict ------------------------------------------------------------------------------


def judge(rec: Recording, setup: TestSetup, baseline: BaselineCheck | None = None) -> Verdict:
    """Checks and findings from a complete recording; passes only when nothing is found."""
    reaction = analyse(rec, setup)
    reasons = [baseline.reason] if baseline is not None and baseline.reason else []
    checks, found, notes = _checks(rec, setup, reaction)
    reasons += found
    unique = {r.finding: r for r in reasons}
    ordered = tuple(sorted(unique.values(), key=lambda r: r.finding.rank))
    return Verdict(ordered, checks, reaction, baseline, setup.test_maximum, notes)


def early_verdict(reasons: list[Reason], baseline: BaselineCheck | None = None) -> Verdict:
    """A verdict without a measurement (ALB off, a meter mismatch the installer stopped at)."""
    return Verdict(tuple(sorted(reasons, key=lambda r: r.finding.rank)), baseline=baseline)


def _checks(
    rec: Recording, setup: TestSetup, r: Reaction
) -> tuple[tuple[Check, ...], list[Reason], tuple[str, ...]]:
    reasons: list[Reason] = []
    notes: list[str] = []
    charging = math.isfinite(r.ev_before) and r.ev_before >= CHARGING_A
    if not charging:
        reasons.append(Reason(Finding.NOT_CHARGING, NOT_CHARGING_TEXT))
        return (Check("EV charging before the load", False, NOT_CHARGING_TEXT),), reasons, ()
    rose = r.load_rise >= max(1.0, 0.5 * setup.test_load)
    fell = r.fall >= CHARGING_A or (r.paused and r.ev_before >= CHARGING_A)
    on_phase = r.load_phase in r.expected_phases
    reasons += _meter_reasons(rec, setup, r, rose, fell)
    if not setup.include_ev and _meter_saw_ev(r):
        reasons.append(Reason(Finding.INCLUDE_SETTING, _INCLUDE_TEXT))
    elif r.session_phase is not None and r.session_phase.wiring_fault:
        reasons.append(Reason(Finding.PHASE_MISMATCH, _phase_text(r.session_phase, setup)))
    if rose and not fell and not on_phase and r.load_phase is not None:
        reasons.append(Reason(Finding.LOAD_OFF_PHASE, _off_phase_text(r)))
    elif not fell and not any(x.finding is Finding.METER_SILENT for x in reasons):
        finding = Finding.EV_NO_FALL if setup.alb_enabled else Finding.ALB_OFF
        reasons.append(Reason(finding, _no_fall_text(r, setup)))
    within, detail = _within(setup, r, notes)
    if not within:
        reasons.append(Reason(Finding.OVER_MAXIMUM, detail))
    checks = (
        Check("EV charging before the load", True, f"{r.ev_before:.1f} A"),
        Check("meter current rose", rose, _rise_detail(r)),
        Check("EV current fell", fell, f"{r.ev_before:.1f} A → {r.ev_after:.1f} A"),
        Check(_within_name(setup), within, detail),
        Check(
            "rise on the phase the mapping expects", on_phase and not _fault(r), _phase_detail(r)
        ),
    )
    return checks, reasons, tuple(notes)


def _meter_saw_ev(r: Reaction) -> bool:
    session = r.session_phase
    return session is not None and session.status is not PhaseIdStatus.REFUSED


_INCLUDE_TEXT = (
    "The charger is set to a meter that excludes the EV (206F_0 = 0), but the meter's current "
    "rose with the EV's when the session started: it includes the EV. Set 206F_0 to 1 "
    "(measurements include the charging EV), or the charger counts itself twice."
)


def _fault(r: Reaction) -> bool:
    return r.session_phase is not None and r.session_phase.wiring_fault


def _meter_reasons(
    rec: Recording, setup: TestSetup, r: Reaction, rose: bool, fell: bool
) -> list[Reason]:
    if _frozen(rec) or (not fell and _at_safe_current(rec, setup)):
        return [Reason(Finding.METER_SILENT, _silent_text(rec, setup))]
    if rose:
        return []
    if r.load_rise <= -0.5 * setup.test_load:
        return [Reason(Finding.METER_SIGN, SIGN_RISE_TEXT.format(-r.load_rise))]
    return [Reason(Finding.METER_NO_RISE, NO_RISE_TEXT.format(r.load_rise, setup.test_load))]


def _frozen(rec: Recording) -> bool:
    """No meter value changed while the load was on (or none arrived at all)."""
    window = rec.mask(rec.t_on - rec.before_s, math.inf)
    spans = []
    for row in rec.meter[:, window]:
        finite = row[np.isfinite(row)]
        if finite.size:
            spans.append(float(np.ptp(finite)))
    return not spans or max(spans) < FROZEN_A


def _at_safe_current(rec: Recording, setup: TestSetup) -> bool:
    limit = rec.active_limit[rec.reaction]
    limit = limit[np.isfinite(limit)]
    return limit.size > 0 and bool((np.abs(limit - setup.safe_current) < 0.3).mean() > 0.8)


def _within(setup: TestSetup, r: Reaction, notes: list[str]) -> tuple[bool, str]:
    tol = max(1.0, 0.05 * setup.test_maximum)
    limit = setup.test_maximum + tol
    before_ok = not math.isfinite(r.installation_before) or r.installation_before <= limit
    after = setup.test_maximum - r.headroom_a
    if r.paused:
        notes.append(
            "The EV paused with the load on: household + test load leave less than the EV's "
            f"minimum of {setup.ev_minimum:g} A under the test maximum, as expected."
        )
        after_ok = True
    else:
        after_ok = not math.isfinite(after) or after <= limit
    detail = (
        f"before the load {r.installation_before:.1f} A, with the load {after:.1f} A "
        f"(maximum {setup.test_maximum:g} A; overshoot {r.overshoot_a:.1f} A for "
        f"{r.overshoot_s:.1f} s)"
    )
    return before_ok and after_ok, detail


def _within_name(setup: TestSetup) -> str:
    return "meter ≤ maximum" if setup.include_ev else "meter + socket ≤ maximum"


def _rise_detail(r: Reaction) -> str:
    if r.load_phase is None:
        return "no meter values"
    return f"+{r.load_rise:.1f} A on L{r.load_phase}"


def _phase_detail(r: Reaction) -> str:
    where = ", ".join(f"L{p}" for p in r.expected_phases) or "none"
    text = f"load on L{r.load_phase}; the charger draws from {where} by its mapping"
    if r.session_phase is not None and r.session_phase.reason:
        text += "; " + r.session_phase.reason
    return text


def _silent_text(rec: Recording, setup: TestSetup) -> str:
    return (
        "The charger is not getting meter data: the meter values did not change and the "
        f"socket stays at the ALB safe current ({setup.safe_current:g} A). Check the meter "
        "link (cable, protocol, address) and the Modbus/P1 link state."
    )


def _phase_text(session: PhaseIdResult, setup: TestSetup) -> str:
    seen = (
        session.mapping.value if session.mapping else "/".join(m.value for m in session.candidates)
    )
    return (
        f"When the EV started, its current appeared on grid {seen}, but the phase mapping "
        f"(2069_0) says {setup.mapping.value}: the socket is wired differently than configured. "
        f"Correct the wiring or set the mapping to {seen} (run phase identification to confirm)."
    )


def _off_phase_text(r: Reaction) -> str:
    where = " or ".join(f"L{p}" for p in r.expected_phases)
    return (
        f"The test load is on grid phase L{r.load_phase}, but the EV draws from {where}: ALB "
        f"has nothing to reduce. Plug the test load into an outlet on {where} and repeat."
    )


def _no_fall_text(r: Reaction, setup: TestSetup) -> str:
    if not setup.alb_enabled:
        return "Active load balancing is off (2064_0): the charger ignores the meter."
    return (
        f"The EV current did not fall ({r.ev_before:.1f} A → {r.ev_after:.1f} A) although the "
        f"meter rose by {r.load_rise:.1f} A. Check that ALB is enabled and licensed, its data "
        "source is the meter, and the phase mapping."
    )
