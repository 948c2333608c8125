"""The hair-dryer test of dynamic power control (a charger that keeps the house under a
contracted power, such as the V2C Trydan), as pure analysis.

The charger's CT clamp reads the house power without the charger; dynamic power control keeps
house + EV under the contracted power. The test sets a temporary contracted power so that the
EV charges above its minimum before the test load and must come down by a few amperes when the
load goes on, then checks from the recording that the house power rose, the EV's current fell,
and house + EV stayed within the temporary contracted power. Powers in W, currents in A.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.core.errors import InvalidInput
from app.core.hairdryer import EV_MINIMUM_A, Finding, Reason
from app.core.hairdryer_reaction import CHARGING_A
from app.core.hairdryer_verdict import Check, Verdict
from app.core.series import BoolArray, FloatArray

ROUND_W = 100.0  # the temporary contracted power is proposed in whole hundreds of watts
ROOM_A = 1.0  # the EV keeps this much above its minimum with the load on


@dataclass(frozen=True, slots=True)
class TestContract:
    """A temporary contracted power for the test, and the range it may be chosen in."""

    value: float
    at_least: float  # the EV can charge above its minimum before the load
    at_most: float  # above this the load would not make the EV come down
    real: float
    text: str


def watts_per_amp(ev_power: float, ev_amps: float, phases: int, volts: float = 230.0) -> float:
    """What one ampere of EV current costs in W: measured when the EV charges, else V × phases."""
    if math.isfinite(ev_power) and math.isfinite(ev_amps) and ev_amps >= CHARGING_A:
        measured = ev_power / ev_amps
        if measured > 100.0:
            return measured
    return volts * max(1, phases)


def propose_contract(
    house_w: float,
    load_w: float,
    per_amp_w: float,
    *,
    real_w: float,
    intensity: float,
    ev_minimum: float = EV_MINIMUM_A,
) -> TestContract:
    """house + load + (minimum + 1 A) of EV, rounded up: before the load the EV charges
    load / (W per A) amperes more than that, with the load on it must come down to it.

    InvalidInput, saying what to change, when the load or the charging current leave no room.
    """
    for value, what in ((house_w, "house power"), (load_w, "test load"), (per_amp_w, "EV power")):
        if not math.isfinite(value):
            raise InvalidInput(f"The {what} is needed to propose a test contracted power.")
    if load_w < 1.5 * per_amp_w:
        raise InvalidInput(
            f"A test load of {load_w:.0f} W is too small: the EV would come down by less than "
            f"1.5 A ({per_amp_w:.0f} W per ampere). Use a larger load (a hair dryer or kettle on "
            "its high setting)."
        )
    if intensity < ev_minimum + ROOM_A + 2.0:
        raise InvalidInput(
            f"The charging current is set to {intensity:g} A: dynamic power control has no room "
            f"to lower it. Set it to at least {ev_minimum + ROOM_A + 2.0:g} A for the test."
        )
    floor_w = house_w + (ev_minimum + ROOM_A) * per_amp_w
    value = math.ceil((floor_w + load_w) / ROUND_W) * ROUND_W
    at_most = max(value, math.floor((house_w + load_w + intensity * per_amp_w) / ROUND_W) * ROUND_W)
    text = (
        f"House {house_w:.0f} W + test load {load_w:.0f} W + the EV at {ev_minimum + ROOM_A:g} A "
        f"({(ev_minimum + ROOM_A) * per_amp_w:.0f} W): for the test the contracted power is set "
        f"to {value:.0f} W (real value {real_w:.0f} W, put back afterwards)."
    )
    return TestContract(float(value), float(math.ceil(floor_w)), float(at_most), real_w, text)


@dataclass(frozen=True, slots=True)
class PowerRecording:
    """House power (CT clamp, without the charger), EV power and current, per sample."""

    t: FloatArray
    house: FloatArray
    ev_power: FloatArray
    ev_amps: FloatArray
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


@dataclass(frozen=True, slots=True)
class PowerSetup:
    contracted_w: float
    load_w: float
    ev_minimum: float = EV_MINIMUM_A


def _mean(values: FloatArray, mask: BoolArray) -> float:
    chosen = values[mask]
    chosen = chosen[np.isfinite(chosen)]
    return float(chosen.mean()) if chosen.size else math.nan


def _delay(rec: PowerRecording, before: float, after: float) -> float | None:
    if not (math.isfinite(before) and math.isfinite(after)) or before - after < CHARGING_A:
        return None
    halfway = before - (before - after) / 2
    hits = np.nonzero((rec.t >= rec.t_on) & (rec.ev_amps <= halfway))[0]
    return float(rec.t[hits[0]] - rec.t_on) if hits.size else None


def judge_power(rec: PowerRecording, setup: PowerSetup) -> Verdict:
    """Pass when the house power rose, the EV came down and house + EV kept the contract."""
    ev_before, ev_after = _mean(rec.ev_amps, rec.before), _mean(rec.ev_amps, rec.final)
    if not (math.isfinite(ev_before) and ev_before >= CHARGING_A):
        reason = Reason(Finding.NOT_CHARGING, NOT_CHARGING_POWER_TEXT)
        check = Check("EV charging before the load", False, NOT_CHARGING_POWER_TEXT)
        return _verdict([reason], (check,), setup)
    rise = _mean(rec.house, rec.final) - _mean(rec.house, rec.before)
    total = rec.house + rec.ev_power
    after_w = _mean(total, rec.final)
    rose = math.isfinite(rise) and rise >= 0.5 * setup.load_w
    fell = ev_before - ev_after >= CHARGING_A or (ev_after < 0.5 <= ev_before)
    tol = max(230.0, 0.05 * setup.contracted_w)
    at_minimum = math.isfinite(ev_after) and abs(ev_after - setup.ev_minimum) < 0.5
    within = not math.isfinite(after_w) or after_w <= setup.contracted_w + tol
    reasons = _reasons(rise, rose, fell, within, at_minimum, ev_before, ev_after, after_w, setup)
    delay = _delay(rec, ev_before, ev_after)
    shown = "—" if delay is None else f"{delay:.1f} s"
    checks = (
        Check("EV charging before the load", True, f"{ev_before:.1f} A"),
        Check("house power rose", rose, f"{rise:+.0f} W for a {setup.load_w:.0f} W load"),
        Check("EV current fell", fell, f"{ev_before:.1f} A → {ev_after:.1f} A (after {shown})"),
        Check(
            "house + EV ≤ contracted power",
            within,
            f"{after_w:.0f} W with the load on (contracted {setup.contracted_w:.0f} W)",
        ),
    )
    return _verdict(reasons, checks, setup)


def _reasons(
    rise: float,
    rose: bool,
    fell: bool,
    within: bool,
    at_minimum: bool,
    before: float,
    after: float,
    after_w: float,
    setup: PowerSetup,
) -> list[Reason]:
    reasons = []
    if not rose and math.isfinite(rise) and rise <= -0.5 * setup.load_w:
        reasons.append(Reason(Finding.METER_SIGN, CLAMP_SIGN_TEXT.format(-rise)))
    elif not rose:
        rise_w = rise if math.isfinite(rise) else 0.0
        reasons.append(
            Reason(Finding.METER_NO_RISE, CLAMP_NO_RISE_TEXT.format(rise_w, setup.load_w))
        )
    if rose and not fell:
        reasons.append(Reason(Finding.EV_NO_FALL, NO_FALL_POWER_TEXT.format(before, after, rise)))
    if not within and not at_minimum:
        reasons.append(
            Reason(Finding.OVER_MAXIMUM, OVER_CONTRACT_TEXT.format(after_w, setup.contracted_w))
        )
    return reasons


def _verdict(reasons: list[Reason], checks: tuple[Check, ...], setup: PowerSetup) -> Verdict:
    ordered = tuple(sorted(reasons, key=lambda r: r.finding.rank))
    return Verdict(ordered, checks, contracted_power=setup.contracted_w)


def dynamic_off_reason() -> Reason:
    return Reason(Finding.ALB_OFF, DYNAMIC_OFF_TEXT)


def clamp_missing_reason() -> Reason:
    return Reason(Finding.METER_SILENT, CLAMP_MISSING_TEXT)


def not_taken_reason(wanted: float, kept: float | None) -> Reason:
    held = "another value" if kept is None else f"{kept:.0f} W"
    return Reason(Finding.LIMIT_NOT_TAKEN, NOT_TAKEN_TEXT.format(wanted, held))


DYNAMIC_OFF_TEXT = (
    "Dynamic power control is off: the charger ignores its CT clamp and the contracted power. "
    "Switch it on (Commissioning, dynamic power control) and repeat the test."
)
CLAMP_MISSING_TEXT = (
    "The charger does not read its CT clamp (its meter link reports a fault): dynamic power "
    "control has no house power to work with. Check the clamp and its cable."
)
NOT_CHARGING_POWER_TEXT = (
    "The EV was not charging when the test load went on. Start a session and repeat."
)
CLAMP_SIGN_TEXT = (
    "The house power fell by {:.0f} W when the test load went on: the CT clamp is on the cable "
    "the wrong way round. Turn it over (the arrow towards the house)."
)
CLAMP_NO_RISE_TEXT = (
    "The house power rose by only {:.0f} W for a {:.0f} W test load: the CT clamp does not "
    "measure the feed the load is on. Clamp the house's main feed, after the meter."
)
NO_FALL_POWER_TEXT = (
    "The charger did not lower the EV's current ({:.1f} A → {:.1f} A) although the house power "
    "rose by {:.0f} W: dynamic power control does not react. Check its mode (it must follow "
    "the contracted power) and the contracted power it holds."
)
OVER_CONTRACT_TEXT = (
    "House + EV reached {:.0f} W with the test load on, over the contracted power of {:.0f} W: "
    "dynamic power control did not keep the contract."
)
NOT_TAKEN_TEXT = (
    "The charger answered that it took a contracted power of {:.0f} W but holds {}: its "
    "contracted power does not change (a known firmware fault). Dynamic power control cannot "
    "be trusted to keep the contract; update the charger's firmware."
)
