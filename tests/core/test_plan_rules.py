"""Validation: each rule gives one plain sentence that names its field."""

from __future__ import annotations

import pytest

from app.core.licence import Feature
from app.core.plan import (
    FIELDS,
    AlbPlan,
    AlbSource,
    ChargerFacts,
    ChargerPlan,
    MeterPlan,
    MeterProtocol,
    P1Plan,
    Plan,
    RegisterMap,
)
from app.core.plan_file import with_field
from app.core.plan_rules import field_violations, validate_charger, validate_plan

THREE_PHASE_MAP = RegisterMap((7, 8, 9), (6, 8, 10), (6, 6, 6), (0, 0, 0))
GOOD = ChargerPlan(
    "ACE0000001",
    "127.0.0.1:8443",
    station_max_current=32,
    socket1_max_current=16,
    alb=AlbPlan(
        source=AlbSource.METER,
        protocol=MeterProtocol.MODBUS_TCP,
        max_meter_current=25,
        safe_current=6,
        meter=MeterPlan(register_map=THREE_PHASE_MAP, ip="192.168.1.50", unit_id=1),
    ),
)
ALB_LICENSED = ChargerFacts(sockets=1, phases=3, licence_bits=int(Feature.ALB))


def test_a_good_plan_has_no_violations() -> None:
    assert validate_charger(GOOD) == []
    assert validate_charger(GOOD, ALB_LICENSED) == []


# (field, value, facts or None, expected field, expected sentence)
CASES = [
    (
        "alb.safe_current",
        4,
        None,
        "alb.safe_current",
        "ALB safe current must be between 6 and 32 A; the plan says 4 A.",
    ),
    (
        "socket1_max_current",
        5,
        None,
        "socket1_max_current",
        "Socket 1 maximum current must be between 6 and 32 A; the plan says 5 A.",
    ),
    (
        "alb.safe_current",
        30,
        None,
        "alb.safe_current",
        "ALB safe current (30 A) must not be above the maximum meter current (25 A).",
    ),
    (
        "alb.max_meter_current",
        10,
        None,
        "alb.max_meter_current",
        "Maximum meter current (10 A) must be at least 14 A: active load balancing needs "
        "14 A available to start a session.",
    ),
    (
        "station_max_current",
        12,
        None,
        "socket1_max_current",
        "Socket 1 maximum current (16 A) must not be above the station maximum current (12 A).",
    ),
    (
        "chameleon_min_current",
        6,
        None,
        "chameleon_min_current",
        "Chameleon minimum current must be more than 6 A; the plan says 6 A.",
    ),
    (
        "alb.meter.ip",
        "fe80::1",
        None,
        "alb.meter.ip",
        "Meter IP address 'fe80::1' is not an IPv4 address (chargers are IPv4 only).",
    ),
    (
        "address",
        "[fe80::1]:443",
        None,
        "address",
        "Charger address '[fe80::1]:443' is an IPv6 address; chargers are IPv4 only.",
    ),
    (
        "alb.enabled",
        True,
        ChargerFacts(licence_bits=0),
        "alb.enabled",
        "Active load balancing needs the ALB licence, which this charger does not have; "
        "add its licence key to the plan.",
    ),
    (
        "alb.meter.register_map",
        RegisterMap((7,), (6,), (6,), (0,)),
        ALB_LICENSED,
        "alb.meter.register_map",
        "Meter register map reads 1 phase(s), but the charger is three-phase; pick the "
        "matching preset.",
    ),
    (
        "phase_mapping",
        "L1",
        ALB_LICENSED,
        "phase_mapping",
        "Phase mapping L1 is for a 1-phase connection, but the charger is three-phase.",
    ),
    (
        "phase_switching",
        True,
        ChargerFacts(phases=1, licence_bits=int(Feature.ALB)),
        "phase_switching",
        "1/3-phase switching needs a three-phase charger; this one is single-phase.",
    ),
    (
        "socket2_max_current",
        16,
        ALB_LICENSED,
        "socket2_max_current",
        "Socket 2 maximum current is set, but this charger has one socket.",
    ),
    (
        "alb.meter.baud",
        12345,
        None,
        "alb.meter.baud",
        "RTU baud rate 12345 is not one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200.",
    ),
    (
        "back_office.url",
        "ftp://cpo.example",
        None,
        "back_office.url",
        "Back-office URL 'ftp://cpo.example' must start with ws://, wss://, http:// or "
        "https:// and name a host.",
    ),
    (
        "back_office.identity",
        "has space",
        None,
        "back_office.identity",
        "Charge-box identity must be 1 to 48 characters without spaces.",
    ),
]


@pytest.mark.parametrize(("path", "raw", "facts", "field", "sentence"), CASES)
def test_violation_sentence(
    path: str, raw: object, facts: ChargerFacts | None, field: str, sentence: str
) -> None:
    plan = with_field(GOOD, path, raw)
    if path == "alb.meter.baud":
        plan = with_field(plan, "alb.protocol", "modbus-rtu")
    if path == "phase_switching":
        plan = with_field(plan, "alb", None)
    found = validate_charger(plan, facts)
    assert [(v.field, v.message) for v in found] == [(field, sentence)]


def test_every_sentence_starts_with_its_field_label() -> None:
    for path, raw, facts, _field, _ in CASES:
        plan = with_field(GOOD, path, raw)
        for violation in validate_charger(plan, facts):
            assert violation.message.startswith(FIELDS[violation.field].label), violation


def test_unset_fields_are_checked_with_the_as_found_values() -> None:
    plan = ChargerPlan("ACE0000001", "127.0.0.1", socket1_max_current=20)
    facts = ChargerFacts(currents={"station_max_current": 16.0})
    assert [v.field for v in validate_charger(plan, facts)] == ["socket1_max_current"]
    assert validate_charger(plan) == []  # nothing to compare with before the read


def test_a_licence_key_in_the_plan_defers_the_licence_check() -> None:
    plan = with_field(GOOD, "licence_key", "0000.0004.1A2B.3C4D.5E6F.7081")
    assert validate_charger(plan, ChargerFacts(licence_bits=0)) == []


def test_meter_preset_without_a_map_is_named() -> None:
    plan = with_field(GOOD, "alb.meter", MeterPlan(preset="Eastron SDM630", ip="10.0.0.5"))
    assert [v.message for v in validate_charger(plan)] == [
        "Meter preset 'Eastron SDM630' has no register map: choose a preset from the library "
        "or enter the map."
    ]


def test_register_map_arrays_must_line_up() -> None:
    plan = with_field(GOOD, "alb.meter.register_map.registers", [6, 8])
    assert [v.field for v in validate_charger(plan)] == ["alb.meter.register_map"]


def test_field_violations_filters_by_field_for_a_wizard_page() -> None:
    plan = with_field(with_field(GOOD, "alb.safe_current", 4), "station_max_current", 90)
    assert [v.field for v in field_violations(plan, "alb")] == ["alb.safe_current"]
    assert [v.field for v in field_violations(plan, "station_max_current")] == [
        "station_max_current"
    ]


def test_ems_source_needs_no_meter() -> None:
    plan = with_field(with_field(GOOD, "alb.source", "ems"), "alb.meter", None)
    assert validate_charger(plan, ALB_LICENSED) == []


def test_p1_over_the_network_needs_an_ipv4_address() -> None:
    plan = with_field(GOOD, "alb.protocol", "dsmr-p1")
    plan = with_field(plan, "alb.p1", P1Plan())
    plan = with_field(plan, "alb.p1.interface", "homewizard")
    assert [v.message for v in validate_charger(plan)] == [
        "P1 server IP address: missing; type the meter's fixed IPv4 address."
    ]


def test_one_meter_serves_one_charger_and_serials_are_unique() -> None:
    other = with_field(GOOD, "serial", "ACE0000002")
    found = validate_plan(Plan("site", (GOOD, other, GOOD)))
    assert [(serial, v.field) for serial, v in found] == [
        ("ACE0000002", "alb.meter"),
        ("ACE0000001", "serial"),
        ("ACE0000001", "alb.meter"),
    ]
    assert found[0][1].message == (
        "Meter: the Modbus TCP meter 192.168.1.50 unit 1 is already used by charger "
        "ACE0000001; one meter serves one charger only."
    )


def test_a_plan_without_chargers_is_refused() -> None:
    assert [v.field for _, v in validate_plan(Plan("empty"))] == ["chargers"]
