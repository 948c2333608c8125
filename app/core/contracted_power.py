"""The charging current a contracted power allows, as the V2C guide computes it (seed 002).

One phase: I = P × 1000 / 230. Three phases: I = P × 1000 / (√3 × 400 × cos φ), cos φ 0.95
unless the installer knows better (11 kW → about 16.7 A). The result is clamped to what a
charger accepts (6–32 A) and never above what the wiring carries. The setting to write is
rounded down to whole amperes: a limit rounded up would exceed the contracted power.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.core.errors import InvalidInput

SINGLE_PHASE_VOLTS = 230.0
THREE_PHASE_VOLTS = 400.0  # line to line
COS_PHI = 0.95
MIN_AMPS = 6.0
MAX_AMPS = 32.0
MAX_KW = 1000.0  # far beyond any installation a charger sits on; catches a W typed for kW


@dataclass(frozen=True, slots=True)
class IntensityAdvice:
    """What the calculator found: the formula with its numbers, the raw and clamped current."""

    power_kw: float
    phases: int
    cos_phi: float
    raw: float  # amperes the formula gives
    amps: float  # clamped to MIN_AMPS…MAX_AMPS and the wiring
    limited_by: str  # "" (the formula), "minimum", "maximum" or "wiring"
    formula: str

    @property
    def setting(self) -> int:
        """Whole amperes to set, never above `amps`."""
        return math.floor(self.amps + 1e-9)


def _number(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(f"{what}: {value!r} is not a number.")
    return float(value)


def raw_current(power_kw: float, phases: int, cos_phi: float = COS_PHI) -> float:
    """Amperes per phase for `power_kw` on one or three phases, before any clamp."""
    if phases == 1:
        return power_kw * 1000.0 / SINGLE_PHASE_VOLTS
    return power_kw * 1000.0 / (math.sqrt(3.0) * THREE_PHASE_VOLTS * cos_phi)


def power_for_current(amps: float, phases: int, cos_phi: float = COS_PHI) -> float:
    """The reverse: watts that `amps` per phase carry (P = I × 230, or √3 × 400 × I × cos φ)."""
    if phases == 1:
        return amps * SINGLE_PHASE_VOLTS
    return math.sqrt(3.0) * THREE_PHASE_VOLTS * amps * cos_phi


def _formula(power_kw: float, phases: int, cos_phi: float, raw: float) -> str:
    if phases == 1:
        return f"I = {power_kw:g} kW × 1000 / 230 V = {raw:.1f} A"
    return f"I = {power_kw:g} kW × 1000 / (√3 × 400 V × {cos_phi:g}) = {raw:.1f} A"


def _checked(power_kw: float, phases: int, cos_phi: float, wiring: float | None) -> None:
    if phases not in (1, 3) or isinstance(phases, bool):
        raise InvalidInput(f"Phases: {phases!r}; the calculator knows 1 or 3.")
    if not 0.0 < power_kw <= MAX_KW:
        raise InvalidInput(f"Contracted power: {power_kw:g} kW is not between 0 and {MAX_KW:g}.")
    if not 0.0 < cos_phi <= 1.0:
        raise InvalidInput(f"cos φ: {cos_phi:g} is not between 0 and 1.")
    if wiring is not None and wiring < MIN_AMPS:
        raise InvalidInput(
            f"The wiring carries {wiring:g} A, less than the {MIN_AMPS:g} A a charger needs."
        )


def intensity(
    power_kw: float,
    phases: int,
    *,
    cos_phi: float = COS_PHI,
    wiring_amps: float | None = None,
) -> IntensityAdvice:
    """The current `power_kw` allows per phase, clamped to 6–32 A and to `wiring_amps`."""
    power_kw = _number(power_kw, "Contracted power")
    cos_phi = _number(cos_phi, "cos φ")
    wiring = None if wiring_amps is None else _number(wiring_amps, "Wiring current")
    _checked(power_kw, phases, cos_phi, wiring)
    raw = raw_current(power_kw, phases, cos_phi)
    amps, limited_by = raw, ""
    if amps < MIN_AMPS:
        amps, limited_by = MIN_AMPS, "minimum"
    if amps > MAX_AMPS:
        amps, limited_by = MAX_AMPS, "maximum"
    if wiring is not None and amps > wiring:
        amps, limited_by = wiring, "wiring"
    return IntensityAdvice(
        power_kw, phases, cos_phi, raw, amps, limited_by, _formula(power_kw, phases, cos_phi, raw)
    )
