"""Validation rules for the meter an ALB plan reads: P1, Modbus RTU/TCP and register maps."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

from app.core.plan import (
    CURRENT_MEASURANDS,
    FIELDS,
    MEASURANDS,
    REGISTER_MAP_SLOTS,
    RTU_BAUD_RATES,
    AlbPlan,
    ChargerFacts,
    MeterPlan,
    MeterProtocol,
    P1Interface,
    RegisterMap,
    Violation,
    label,
)


def meter_rules(alb: AlbPlan, facts: ChargerFacts | None) -> Iterator[Violation]:
    protocol = alb.protocol
    if protocol is None:
        yield Violation(
            "alb.protocol", "Meter protocol: choose dsmr-p1, tic, modbus-rtu or modbus-tcp."
        )
    elif protocol is MeterProtocol.DSMR_P1 and alb.p1 is not None:
        yield from _p1_rules(alb)
    elif protocol in (MeterProtocol.MODBUS_RTU, MeterProtocol.MODBUS_TCP):
        if alb.meter is None:
            yield Violation(
                "alb.meter", f"Meter: a {protocol.value} meter needs its preset or register map."
            )
        else:
            yield from _modbus_meter_rules(protocol, alb.meter, facts)


def _p1_rules(alb: AlbPlan) -> Iterator[Violation]:
    assert alb.p1 is not None
    networked = alb.p1.interface in (P1Interface.TELNET, P1Interface.HOMEWIZARD)
    if networked:
        yield from _ipv4_rule("alb.p1.address", alb.p1.address)
    if alb.p1.interface is P1Interface.TELNET and alb.p1.port is None:
        yield Violation("alb.p1.port", "P1 server port: missing; a telnet P1 needs its port.")


def _ipv4_rule(path: str, text: str | None) -> Iterator[Violation]:
    name = label(path)
    if not text:
        yield Violation(path, f"{name}: missing; type the meter's fixed IPv4 address.")
        return
    try:
        ipaddress.IPv4Address(text)
    except ValueError:
        yield Violation(path, f"{name} '{text}' is not an IPv4 address (chargers are IPv4 only).")


def _modbus_meter_rules(
    protocol: MeterProtocol, meter: MeterPlan, facts: ChargerFacts | None
) -> Iterator[Violation]:
    if protocol is MeterProtocol.MODBUS_TCP:
        yield from _ipv4_rule("alb.meter.ip", meter.ip)
    if (
        protocol is MeterProtocol.MODBUS_RTU
        and meter.baud is not None
        and meter.baud not in RTU_BAUD_RATES
    ):
        rates = ", ".join(str(r) for r in RTU_BAUD_RATES)
        yield Violation("alb.meter.baud", f"RTU baud rate {meter.baud} is not one of {rates}.")
    if meter.register_map is None:
        name = f"Meter preset '{meter.preset}'" if meter.preset else "Meter register map"
        yield Violation(
            "alb.meter.register_map",
            f"{name} has no register map: choose a preset from the library or enter the map.",
        )
    else:
        yield from register_map_rules(meter.register_map, facts.phases if facts else None)


def register_map_rules(
    register_map: RegisterMap, charger_phases: int | None = None
) -> Iterator[Violation]:
    """A register map's own consistency, and its phase count against the charger's."""
    path = "alb.meter.register_map"
    arrays = (
        register_map.measurands,
        register_map.registers,
        register_map.types,
        register_map.scales,
    )
    if len({len(a) for a in arrays}) != 1:
        yield Violation(
            path,
            "Meter register map: measurands, registers, types and scales must have one entry "
            "each per measurand.",
        )
        return
    if len(register_map.measurands) > REGISTER_MAP_SLOTS:
        yield Violation(
            path,
            f"Meter register map has {len(register_map.measurands)} measurands; the charger holds "
            f"at most {REGISTER_MAP_SLOTS}: choose the meter's preset again (it keeps what ALB "
            "needs) or remove some.",
        )
    yield from _map_entry_rules(register_map)
    if CURRENT_MEASURANDS[0] not in register_map.measurands:
        yield Violation(path, "Meter register map: it has no register for the current on L1.")
    if charger_phases is not None and register_map.phases != charger_phases:
        yield Violation(
            path,
            f"Meter register map reads {register_map.phases} phase(s), but the charger is "
            f"{'three' if charger_phases == 3 else 'single'}-phase; pick the matching preset.",
        )


def _map_entry_rules(register_map: RegisterMap) -> Iterator[Violation]:
    path = "alb.meter.register_map"
    bad = [m for m in register_map.measurands if not 0 <= m < len(MEASURANDS)]
    if bad:
        yield Violation(
            f"{path}.measurands",
            f"Register map measurands: {bad[0]} is not a measurand (0 to {len(MEASURANDS) - 1}).",
        )
    if len(set(register_map.measurands)) != len(register_map.measurands):
        yield Violation(f"{path}.measurands", "Register map measurands: each may appear only once.")
    for name, values in (
        ("registers", register_map.registers),
        ("types", register_map.types),
        ("scales", register_map.scales),
    ):
        info = FIELDS[f"{path}.{name}"]
        assert info.minimum is not None and info.maximum is not None
        outside = [v for v in values if not info.minimum <= v <= info.maximum]
        if outside:
            yield Violation(
                f"{path}.{name}",
                f"{info.label}: {outside[0]} is outside {info.minimum:g} to {info.maximum:g}.",
            )
