"""The hair-dryer test of active load balancing, as pure analysis (commissioning §5.3.6).

Three steps have pure parts here: the baseline check of the meter against a clamp meter,
the proposal of a temporary maximum meter current below household + test load, and the
findings that make up the verdict (in `app.core.hairdryer_verdict`). Currents are signed:
import positive. The flow that reads the charger and asks the installer lives in
`app.workflows.hairdryer`; what it saves is in `app.core.verification`.
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.errors import InvalidInput

EV_MINIMUM_A = 6.0  # IEC 61851: the lowest current an EV may be offered
CLAMP_TOLERANCE_A = 1.0  # clamp meters and whole-ampere P1 readings
CLAMP_TOLERANCE_REL = 0.15
_KNOWN_SCALES = (0.001, 0.01, 0.1, 10.0, 100.0, 1000.0)


class Finding(enum.Enum):
    """Why a test fails, most fundamental first (the order findings are reported in)."""

    ALB_UNLICENSED = "alb_unlicensed"
    ALB_OFF = "alb_off"
    ALB_SOURCE_EMS = "alb_source_ems"
    LIMIT_NOT_TAKEN = "limit_not_taken"  # the charger keeps another value than it took
    METER_SILENT = "meter_silent"
    METER_ZERO = "meter_zero"
    METER_SIGN = "meter_sign"
    METER_SCALE = "meter_scale"
    METER_PHASE_ORDER = "meter_phase_order"
    METER_MISMATCH = "meter_mismatch"
    INCLUDE_SETTING = "include_setting"
    PHASE_MISMATCH = "phase_mismatch"
    NOT_CHARGING = "not_charging"
    LOAD_OFF_PHASE = "load_off_phase"
    METER_NO_RISE = "meter_no_rise"
    EV_NO_FALL = "ev_no_fall"
    OVER_MAXIMUM = "over_maximum"
    NOT_PUT_BACK = "not_put_back"  # the real value could not be put back after the test

    @property
    def rank(self) -> int:
        return list(Finding).index(self)


@dataclass(frozen=True, slots=True)
class Reason:
    """One finding with the words an installer reads."""

    finding: Finding
    text: str


@dataclass(frozen=True, slots=True)
class BaselineCheck:
    """The meter's per-phase currents against the clamp meter's."""

    meter: tuple[float, ...]
    clamp: tuple[float, ...]
    reason: Reason | None = None
    scale: float | None = None
    order: tuple[int, ...] | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


def _matches(meter: Sequence[float], clamp: Sequence[float], tol_a: float, tol_rel: float) -> bool:
    return all(
        abs(m - c) <= max(tol_a, tol_rel * abs(c)) for m, c in zip(meter, clamp, strict=True)
    )


def _fmt(values: Sequence[float]) -> str:
    return ", ".join(f"L{i + 1} {v:.1f} A" for i, v in enumerate(values))


def check_baseline(
    meter: Sequence[float],
    clamp: Sequence[float],
    *,
    tol_a: float = CLAMP_TOLERANCE_A,
    tol_rel: float = CLAMP_TOLERANCE_REL,
) -> BaselineCheck:
    """Compare meter and clamp per phase; name the likely fault: zero, sign, scale, order."""
    if len(meter) != len(clamp) or not clamp:
        raise InvalidInput("Give one clamp reading per meter phase.")
    m, c = tuple(float(x) for x in meter), tuple(float(x) for x in clamp)
    if not all(math.isfinite(x) for x in m):
        return BaselineCheck(m, c, _silent_reason())
    shown = f"the meter shows {_fmt(m)}, the clamp {_fmt(c)}"
    if _matches(m, c, tol_a, tol_rel):
        return BaselineCheck(m, c)
    if all(abs(x) < 0.2 for x in m) and max(abs(x) for x in c) > tol_a:
        return BaselineCheck(m, c, Reason(Finding.METER_ZERO, _ZERO_TEXT.format(shown)))
    if _matches([-x for x in m], c, tol_a, tol_rel):
        return BaselineCheck(m, c, Reason(Finding.METER_SIGN, _SIGN_TEXT.format(shown)))
    for order in itertools.permutations(range(len(m))):
        if _matches([m[i] for i in order], c, tol_a, tol_rel):
            return BaselineCheck(m, c, _order_reason(shown, order), order=order)
    scale = _scale(m, c, tol_a, tol_rel)
    if scale is not None:
        text = _SCALE_TEXT.format(shown, scale)
        return BaselineCheck(m, c, Reason(Finding.METER_SCALE, text), scale=scale)
    return BaselineCheck(m, c, Reason(Finding.METER_MISMATCH, _MISMATCH_TEXT.format(shown)))


def _scale(m: Sequence[float], c: Sequence[float], tol_a: float, tol_rel: float) -> float | None:
    total = sum(abs(x) for x in c)
    if total <= tol_a:
        return None
    ratio = sum(abs(x) for x in m) / total
    for known in _KNOWN_SCALES:
        if abs(ratio / known - 1.0) < tol_rel:
            ratio = known
    if ratio <= 0 or abs(ratio - 1.0) < tol_rel:
        return None
    return ratio if _matches([x / ratio for x in m], c, tol_a, tol_rel) else None


def _order_reason(shown: str, order: tuple[int, ...]) -> Reason:
    pairs = ", ".join(f"clamp L{j + 1} = meter L{i + 1}" for j, i in enumerate(order) if i != j)
    return Reason(Finding.METER_PHASE_ORDER, _ORDER_TEXT.format(shown, pairs))


def _silent_reason() -> Reason:
    return Reason(Finding.METER_SILENT, SILENT_TEXT)


SILENT_TEXT = (
    "The charger shows no meter values: it is not receiving meter data and will run on its "
    "ALB safe current. Check the meter cable (P1: RJ-11 pins 2–5, ≤ 20 m; RS-485: A/B and "
    "termination), the meter protocol setting and, for Modbus TCP, the meter's address."
)
_ZERO_TEXT = (
    "The meter reads zero while the clamp meter shows current ({}). The meter is not measuring "
    "this installation: check its wiring and the charger's meter configuration."
)
_SIGN_TEXT = (
    "The meter reads the current with the wrong sign ({}): a current transformer is "
    "reversed or import and export are swapped. ALB would treat consumption as production."
)
_ORDER_TEXT = (
    "The meter's phases are in another order than the clamp meter's ({}; {}). Check the "
    "meter's phase wiring against the supply."
)
_SCALE_TEXT = (
    "The meter reads ×{1:g} the clamp meter ({0}). Check the scale factor of the register map "
    "(the SDM CT presets use 100) or the meter's CT ratio."
)
_MISMATCH_TEXT = (
    "The meter does not agree with the clamp meter ({}). Check that the clamp measures the "
    "same conductors as the meter, and the meter's configuration."
)

NOT_CHARGING_TEXT = (
    "The EV was not charging when the test load went on. Start a session, wait for the "
    "voltage measurement (about a minute) and repeat."
)
SIGN_RISE_TEXT = (
    "The meter current fell by {:.1f} A when the test load went on: the meter reads with the "
    "wrong sign (reversed current transformer or swapped import/export)."
)
NO_RISE_TEXT = (
    "The meter rose by only {:.1f} A for a {:.1f} A test load: the load is not behind this "
    "meter, or the meter's scale is wrong."
)


@dataclass(frozen=True, slots=True)
class TestMaximum:
    """A temporary maximum meter current for the test, and the range it had to fall in."""

    value: float
    below: float  # household + test load: the value must be under this
    at_least: float  # household + EV minimum + 1 A: the EV must still charge before the load
    text: str


def propose_test_maximum(
    household: Sequence[float],
    test_load: float,
    real_maximum: float,
    *,
    ev_minimum: float = EV_MINIMUM_A,
) -> TestMaximum:
    """Below household + test load (10 A + 9 A → 18 A), never above the real maximum.

    The EV must still be able to charge before the test load goes on, so the value is at least
    household + EV minimum + 1 A; InvalidInput, saying what to change, when no value fits.
    """
    if not household or not all(math.isfinite(h) for h in household):
        raise InvalidInput("The household current per phase is needed to propose a test maximum.")
    if not (math.isfinite(test_load) and test_load > 0):
        raise InvalidInput(f"The test load must be a positive current, not {test_load}.")
    peak = max(*household, 0.0)
    below = peak + test_load
    at_least = math.ceil(peak + ev_minimum + 1.0)
    value = min(float(math.floor(below - 1.0)), float(real_maximum))
    if value < at_least:
        raise InvalidInput(_no_room(peak, test_load, real_maximum, ev_minimum, at_least))
    text = (
        f"Household {peak:.1f} A + test load {test_load:.1f} A = {below:.1f} A: for the test the "
        f"maximum meter current is set to {value:g} A (real value {real_maximum:g} A, put back "
        "afterwards)."
    )
    return TestMaximum(value, below, float(at_least), text)


def _no_room(peak: float, load: float, real: float, ev_min: float, at_least: float) -> str:
    if at_least >= peak + load - 1.0:
        return (
            f"A test load of {load:.1f} A is too small: with {peak:.1f} A of household current "
            f"the EV could not charge at its minimum {ev_min:g} A below household + load. Use a "
            f"load of at least {ev_min + 2:g} A (a hair dryer or kettle on its high setting)."
        )
    return (
        f"The real maximum meter current ({real:g} A) leaves the EV less than {ev_min:g} A "
        f"next to {peak:.1f} A of household current. Switch off large household loads during "
        "the test."
    )
