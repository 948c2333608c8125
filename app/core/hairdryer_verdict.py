"""The hair-dryer test's verdict: checks and findings from a recording (pure).

Findings are ordered most fundamental first (`Finding.rank`), so the first reason is the one
to fix first: a silent meter before a missing reaction, a wrong sign before a missing rise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.core.hairdryer import (
    NO_RISE_TEXT,
    NOT_CHARGING_TEXT,
    SIGN_RISE_TEXT,
    BaselineCheck,
    Finding,
    Reason,
)
from app.core.hairdryer_reaction import (
    CHARGING_A,
    FROZEN_A,
    Reaction,
    Recording,
    TestSetup,
    analyse,
)
from app.core.phase_id import PhaseIdResult, PhaseIdStatus

DARK_A = 0.05  # below this on every phase, the meter shows nothing


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
    contracted_power: float | None = None  # W: a test of dynamic power control, not of ALB

    @property
    def passed(self) -> bool:
        return not self.reasons

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(r.finding for r in self.reasons)

    @property
    def summary(self) -> str:
        if self.passed and self.contracted_power is not None:
            return "PASS: dynamic power control keeps the house within the contracted power."
        if self.passed:
            return "PASS: active load balancing reacts to the test load as it should."
        return "FAIL: " + self.reasons[0].text


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
    "The charger is set to a meter that excludes the EV, but the meter's current rose with "
    "the EV's when the session started: it includes the EV. Set the meter to include the "
    "charging EV, or the charger counts itself twice."
)


def _fault(r: Reaction) -> bool:
    return r.session_phase is not None and r.session_phase.wiring_fault


def _meter_reasons(
    rec: Recording, setup: TestSetup, r: Reaction, rose: bool, fell: bool
) -> list[Reason]:
    if _frozen(rec) or _went_dark(rec) or (not fell and _at_safe_current(rec, setup)):
        return [Reason(Finding.METER_SILENT, _silent_text(rec, setup))]
    if rose:
        return []
    if r.load_rise <= -0.5 * setup.test_load:
        return [Reason(Finding.METER_SIGN, SIGN_RISE_TEXT.format(-r.load_rise))]
    return [Reason(Finding.METER_NO_RISE, NO_RISE_TEXT.format(r.load_rise, setup.test_load))]


def _went_dark(rec: Recording) -> bool:
    """Every phase reads zero at the end while the baseline showed current.

    A charger that loses its meter link may show zeros instead of the last values; a real
    installation with household load never reads 0 A on all phases (guide: all zeros while the
    clamp shows current is a wiring or configuration fault).
    """
    final = rec.meter[:, rec.final]
    finite = final[np.isfinite(final)]
    had_current = max(abs(v) for v in rec.baseline_meter) > DARK_A
    return had_current and finite.size > 0 and float(np.max(np.abs(finite))) < DARK_A


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
        f"When the EV started, its current appeared on grid {seen}, but the charger's phase "
        f"mapping says {setup.mapping.value}: the socket is wired differently than configured. "
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
        return "Active load balancing is off: the charger ignores the meter."
    return (
        f"The EV current did not fall ({r.ev_before:.1f} A → {r.ev_after:.1f} A) although the "
        f"meter rose by {r.load_rise:.1f} A. Check that ALB is enabled and licensed, its data "
        "source is the meter, and the phase mapping."
    )
