"""Rules on the fields a charger's driver holds, and on the settings of self-regulating chargers.

A plan may set any field of `app.core.plan`, but a charger holds only those its driver declares
(`Capabilities.plan_fields`); a field it does not hold would be silently left out by the
driver's writes, so it is named instead. The charge mode, installation voltage, dynamic power
control and minimum current of a charger that regulates itself from its own CT clamp (the V2C
Trydan) have rules of their own here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from app.core.plan import (
    FIELDS,
    SECTIONS,
    SELF_REGULATING_FIELDS,
    ChargerFacts,
    ChargerPlan,
    Violation,
    label,
)
from app.core.plan_options import ChargeMode

# Fields every plan has (who and where), never written.
_IDENTITY = frozenset({"serial", "address"})
ONE_PHASE_VOLTS = (207.0, 253.0)  # 230 V ± 10 %
THREE_PHASE_VOLTS = (360.0, 440.0)  # 400 V ± 10 %


def set_fields(obj: object, prefix: str = "") -> Iterator[str]:
    """The dotted path of every field the plan sets (a section's parts one by one; a register
    map, a tuple or a licence key as one value). `alb.enabled = False` (the section's way of
    saying "off") is not counted: a charger without that feature is off already."""
    for item in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, item.name)
        path = f"{prefix}{item.name}"
        if value is None or path in _IDENTITY or (path == "alb.enabled" and value is False):
            continue
        if path in SECTIONS and path not in FIELDS:
            yield from set_fields(value, path + ".")
        else:
            yield path


def held_rules(plan: ChargerPlan, held: frozenset[str] | None) -> Iterator[Violation]:
    """A violation for each field the plan sets that the charger's driver does not hold."""
    if held is None:
        return
    for path in set_fields(plan):
        if path not in held and path in FIELDS:
            yield Violation(
                path,
                f"{label(path)}: this charger has no such setting, so applying would not write "
                "it; take it out of the plan.",
            )


def self_regulating_rules(
    plan: ChargerPlan, facts: ChargerFacts | None, held: frozenset[str] | None
) -> Iterator[Violation]:
    """Voltage, charge mode and the minimum current of a charger with dynamic power control."""
    volts = plan.installation_voltage
    if volts is not None and not (
        ONE_PHASE_VOLTS[0] <= volts <= ONE_PHASE_VOLTS[1]
        or THREE_PHASE_VOLTS[0] <= volts <= THREE_PHASE_VOLTS[1]
    ):
        yield Violation(
            "installation_voltage",
            f"Installation voltage must be about 230 V (one phase) or 400 V (three phases); "
            f"the plan says {volts:g} V.",
        )
    phases = facts.phases if facts is not None else None
    if plan.charge_mode is ChargeMode.THREE_PHASE and phases == 1:
        yield Violation(
            "charge_mode",
            "Charge mode: charging on three phases needs a supply on three phases; this "
            "charger reports one phase.",
        )
    if held is None or not held & SELF_REGULATING_FIELDS:
        return
    low = _effective(plan.alb.safe_current if plan.alb else None, facts, "alb.safe_current")
    high = _effective(plan.station_max_current, facts, "station_max_current")
    if low is not None and high is not None and low > high:
        yield Violation(
            "alb.safe_current",
            f"Minimum current ({low:g} A) must not be above the station maximum "
            f"current ({high:g} A).",
        )


def _effective(value: float | None, facts: ChargerFacts | None, path: str) -> float | None:
    if value is not None:
        return value
    return facts.current(path) if facts is not None else None
