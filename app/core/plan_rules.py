"""Validation of a plan against the rules (commissioning-procedures.md) and what a charger reports.

Each violation is one plain sentence that starts with the field's label, plus the field's path
so a wizard can show it next to that field. Without facts (nothing read from the charger yet)
only the rules that need no charger run; with facts, unset fields take the as-found value, so
a plan that only lowers the safe current is still checked against the meter current it keeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from app.core.endpoints import Endpoint
from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.plan import (
    FIELDS,
    AlbPlan,
    AlbSource,
    ChargerFacts,
    ChargerPlan,
    MeterProtocol,
    Plan,
    Violation,
    label,
)
from app.core.plan_meter_rules import meter_rules
from app.core.plan_option_rules import held_rules, self_regulating_rules
from app.core.scn_rules import member_rules, network_rules

__all__ = [
    "ChargerFacts",
    "Violation",
    "field_violations",
    "required_features",
    "validate_charger",
]

ALB_MINIMUM_AVAILABLE = 14.0  # A: a session starts with a test phase at 14 A (guide §5, §6.2)
IDENTITY_MAX = 48  # OCPP charge-box identity, CiString48


def validate_plan(plan: Plan) -> list[tuple[str, Violation]]:
    """Rules within each charger (no facts) and across chargers; (serial, violation) pairs."""
    out = [(c.serial, v) for c in plan.chargers for v in validate_charger(c)]
    if not plan.chargers:
        out.append(("", Violation("chargers", "Chargers: the plan has none; add at least one.")))
    out.extend(_across_chargers(plan))
    out.extend(network_rules(plan))
    return out


def validate_charger(
    plan: ChargerPlan, facts: ChargerFacts | None = None, held: frozenset[str] | None = None
) -> list[Violation]:
    """Every violation in one charger's plan; with facts, also against what it reports; with
    `held` (the fields the charger's driver holds), also each field it would not write."""
    alb_held = held is None or "alb.enabled" in held  # else its ALB rules are another brand's
    return [
        *_identity_rules(plan),
        *held_rules(plan, held),
        *_ranges(plan),
        *_current_rules(plan, facts),
        *(_alb_rules(plan, facts) if alb_held else ()),
        *_phase_rules(plan, facts),
        *self_regulating_rules(plan, facts, held),
        *_back_office_rules(plan),
        *_name_rules(plan),
        *member_rules(plan, facts),
    ]


def required_features(plan: ChargerPlan) -> Feature:
    """The licence features the plan needs on the charger."""
    alb = plan.alb
    needed = Feature.ALB if alb is not None and alb.enabled else Feature(0)
    return needed | Feature.SCN if plan.scn is not None else needed


def field_violations(
    plan: ChargerPlan,
    path: str,
    facts: ChargerFacts | None = None,
    held: frozenset[str] | None = None,
) -> list[Violation]:
    """The violations about one field and the fields under it (for a wizard page)."""
    return [
        v
        for v in validate_charger(plan, facts, held)
        if v.field == path or v.field.startswith(path + ".")
    ]


# --- rules ----------------------------------------------------------------------------------


def _identity_rules(plan: ChargerPlan) -> Iterator[Violation]:
    if not plan.serial.strip():
        yield Violation("serial", "Serial number: empty; type the charger's serial (Object ID).")
    address = plan.address.strip()
    if address.startswith("[") or (address.count(":") > 1 and "://" not in address):
        yield Violation(
            "address", f"Charger address '{address}' is an IPv6 address; chargers are IPv4 only."
        )
        return
    try:
        Endpoint.parse(address)
    except InvalidInput as exc:
        reason = str(exc).split("': ", 1)[-1]
        yield Violation("address", f"Charger address '{address}' is not usable: {reason}")


def _numbers(obj: object, prefix: str) -> Iterator[tuple[str, float]]:
    """(path, value) of every number set in the plan, nested parts included."""
    for name in getattr(obj, "__slots__", ()):
        value = getattr(obj, name)
        path = f"{prefix}{name}"
        if isinstance(value, int | float) and not isinstance(value, bool):
            yield path, float(value)
        elif value is not None and hasattr(value, "__slots__") and path in _NESTED:
            yield from _numbers(value, path + ".")


_NESTED = ("alb", "alb.p1", "alb.meter", "alb.ems", "back_office", "scn", "dynamic_power", "leds")


def _ranges(plan: ChargerPlan) -> Iterator[Violation]:
    for path, value in _numbers(plan, ""):
        info = FIELDS.get(path)
        if info is None or info.minimum is None or info.maximum is None:
            continue
        if not info.minimum <= value <= info.maximum:
            unit = f" {info.unit}" if info.unit else ""
            yield Violation(
                path,
                f"{info.label} must be between {info.minimum:g} and {info.maximum:g}{unit}; "
                f"the plan says {value:g}{unit}.",
            )
    chameleon = plan.chameleon_min_current
    if chameleon is not None and chameleon <= 6:
        yield Violation(
            "chameleon_min_current",
            f"Chameleon minimum current must be more than 6 A; the plan says {chameleon:g} A.",
        )


def _effective(value: float | None, facts: ChargerFacts | None, path: str) -> float | None:
    if value is not None:
        return value
    return facts.current(path) if facts is not None else None


def _current_rules(plan: ChargerPlan, facts: ChargerFacts | None) -> Iterator[Violation]:
    station = _effective(plan.station_max_current, facts, "station_max_current")
    sockets = (("socket1", plan.socket1_max_current), ("socket2", plan.socket2_max_current))
    for name, value in sockets:
        amps = _effective(value, facts, f"{name}_max_current")
        if station is not None and amps is not None and amps > station:
            yield Violation(
                f"{name}_max_current",
                f"{label(name + '_max_current')} ({amps:g} A) must not be above the station "
                f"maximum current ({station:g} A).",
            )
    if facts is not None and facts.sockets < 2 and plan.socket2_max_current is not None:
        yield Violation(
            "socket2_max_current",
            "Socket 2 maximum current is set, but this charger has one socket.",
        )


def _alb_rules(plan: ChargerPlan, facts: ChargerFacts | None) -> Iterator[Violation]:
    alb = plan.alb
    if alb is None or not alb.enabled:
        return
    if facts is not None and not facts.licence_bits & Feature.ALB and plan.licence_key is None:
        yield Violation(
            "alb.enabled",
            "Active load balancing needs the ALB licence, which this charger does not have; "
            "add its licence key to the plan.",
        )
    if alb.source is None:
        yield Violation("alb.source", "ALB data source: choose meter, meter+ems or ems.")
    yield from _alb_current_rules(alb, facts)
    if alb.source is not AlbSource.EMS:
        yield from meter_rules(alb, facts)


def _alb_current_rules(alb: AlbPlan, facts: ChargerFacts | None) -> Iterator[Violation]:
    meter = _effective(alb.max_meter_current, facts, "alb.max_meter_current")
    safe = _effective(alb.safe_current, facts, "alb.safe_current")
    if meter is not None and meter < ALB_MINIMUM_AVAILABLE:
        yield Violation(
            "alb.max_meter_current",
            f"Maximum meter current ({meter:g} A) must be at least 14 A: active load "
            "balancing needs 14 A available to start a session.",
        )
    if meter is not None and safe is not None and safe > meter:
        yield Violation(
            "alb.safe_current",
            f"ALB safe current ({safe:g} A) must not be above the maximum meter current "
            f"({meter:g} A).",
        )


def _phase_rules(plan: ChargerPlan, facts: ChargerFacts | None) -> Iterator[Violation]:
    phases = facts.phases if facts is not None else None
    mapping = plan.phase_mapping
    if mapping is PhaseMapping.NONE:
        yield Violation(
            "phase_mapping",
            "Phase mapping 'none' is only for SCN sockets on a 1-phase grid; choose L1, L2, L3 "
            "or a three-phase order such as L1L2L3.",
        )
    elif mapping is not None and phases is not None and mapping.phases != phases:
        kind = "three" if phases == 3 else "single"
        yield Violation(
            "phase_mapping",
            f"Phase mapping {mapping.value} is for a {mapping.phases}-phase connection, but "
            f"the charger is {kind}-phase.",
        )
    if plan.phase_switching and phases == 1:
        yield Violation(
            "phase_switching",
            "1/3-phase switching needs a three-phase charger; this one is single-phase.",
        )


def _back_office_rules(plan: ChargerPlan) -> Iterator[Violation]:
    office = plan.back_office
    if office is None:
        return
    if office.url is not None:
        parts = urlsplit(office.url)
        if parts.scheme not in ("ws", "wss", "http", "https") or not parts.hostname:
            yield Violation(
                "back_office.url",
                f"Back-office URL '{office.url}' must start with ws://, wss://, http:// or "
                "https:// and name a host.",
            )
        elif ":" in parts.hostname:
            yield Violation("back_office.url", "Back-office URL: chargers are IPv4 only, not IPv6.")
    identity = office.identity
    if identity is not None and (
        not identity
        or len(identity) > IDENTITY_MAX
        or not identity.isprintable()
        or " " in identity
    ):
        yield Violation(
            "back_office.identity",
            f"Charge-box identity must be 1 to {IDENTITY_MAX} characters without spaces.",
        )


# The longest name every place that shows it can hold (a charger's Modbus name block holds 34
# bytes); an empty name would leave the phone app with nothing to list.
NAME_MAX = 32


def _name_rules(plan: ChargerPlan) -> Iterator[Violation]:
    name = plan.display_name
    if name is not None and (not name.strip() or len(name) > NAME_MAX or not name.isprintable()):
        yield Violation(
            "display_name",
            f"Charger name must be 1 to {NAME_MAX} printable characters, not only spaces.",
        )


def _meter_key(plan: ChargerPlan) -> tuple[str, str] | None:
    alb = plan.alb
    if alb is None or not alb.enabled or alb.source is AlbSource.EMS:
        return None
    if alb.protocol is MeterProtocol.MODBUS_TCP and alb.meter and alb.meter.ip:
        return ("Modbus TCP meter", f"{alb.meter.ip} unit {alb.meter.unit_id or 1}")
    if alb.protocol is MeterProtocol.DSMR_P1 and alb.p1 and alb.p1.address:
        return ("P1 server", f"{alb.p1.address}:{alb.p1.port or ''}".rstrip(":"))
    return None


def _across_chargers(plan: Plan) -> Iterator[tuple[str, Violation]]:
    seen: dict[str, str] = {}
    meters: dict[tuple[str, str], str] = {}
    for charger in plan.chargers:
        if charger.serial in seen:
            yield (
                charger.serial,
                Violation("serial", f"Serial number {charger.serial} appears twice in the plan."),
            )
        seen[charger.serial] = charger.serial
        key = _meter_key(charger)
        if key is None:
            continue
        if key in meters:
            path = "alb.meter" if key[0].startswith("Modbus") else "alb.p1"
            yield (
                charger.serial,
                Violation(
                    path,
                    f"Meter: the {key[0]} {key[1]} is already used by charger {meters[key]}; "
                    "one meter serves one charger only.",
                ),
            )
        meters[key] = charger.serial
