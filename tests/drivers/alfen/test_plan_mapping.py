"""Plan ↔ property mapping: every plan field writes its property, and reads back from it."""

from __future__ import annotations

import pytest

from app.core.licence import LicenceKey
from app.core.phases import PhaseMapping
from app.core.plan import (
    FIELDS,
    SELF_REGULATING_FIELDS,
    AlbPlan,
    AlbSource,
    BackOfficePlan,
    ChargerPlan,
    EmsMode,
    EmsPlan,
    FunctionCode,
    MeterPlan,
    MeterProtocol,
    P1Interface,
    P1Plan,
    Parity,
    RegisterMap,
    ScnMemberPlan,
    WordOrder,
)
from app.core.plan_file import with_field
from app.core.values import Value
from app.drivers.alfen.catalogue import CATALOGUE
from app.drivers.alfen.plan_read import charger_plan_from_values
from app.drivers.alfen.plan_steps import (
    MAP_SLOTS,
    StepKind,
    charger_steps,
    needs_reboot,
    rollback_steps,
    targets,
    touched,
)
from app.drivers.alfen.properties import PropertyId


def P(text: str) -> str:
    """A setting key as the driver spells it."""
    return PropertyId.parse(text).wire


KEY = "0000.0004.1A2B.3C4D.5E6F.7081"
MAP = RegisterMap((7, 8, 9, 19), (6, 8, 10, 52), (6, 6, 6, 6), (0, 0, -1, 2))

TCP = ChargerPlan(
    "ACE0000001",
    "127.0.0.1:8443",
    alb=AlbPlan(
        source=AlbSource.METER_EMS,
        protocol=MeterProtocol.MODBUS_TCP,
        meter=MeterPlan(ip="192.168.1.50"),
        ems=EmsPlan(),
    ),
)
RTU = ChargerPlan(
    "ACE0000001",
    "127.0.0.1",
    alb=AlbPlan(source=AlbSource.METER, protocol=MeterProtocol.MODBUS_RTU, meter=MeterPlan()),
)
TCP_MAP = with_field(TCP, "alb.meter.register_map", MAP)
P1 = ChargerPlan(
    "ACE0000001",
    "127.0.0.1",
    alb=AlbPlan(source=AlbSource.METER, protocol=MeterProtocol.DSMR_P1, p1=P1Plan()),
)
SCN = ChargerPlan("ACE0000001", "127.0.0.1", scn=ScnMemberPlan("PARK1", 0, 2))

# field path -> (base plan, value to set, the property writes it must add)
CASES: dict[str, tuple[ChargerPlan, object, dict[str, Value]]] = {
    "licence_key": (TCP, KEY, {"21A1_0": KEY}),
    "display_name": (TCP, "Garage left", {"1008_0": "Garage left"}),
    "station_max_current": (TCP, "25", {"2062_0": 25.0}),
    "socket1_max_current": (TCP, 16, {"2129_0": 16.0}),
    "socket2_max_current": (TCP, 10.5, {"3129_0": 10.5}),
    "chameleon_min_current": (TCP, 8, {"206A_0": 8.0}),
    "phase_mapping": (TCP, "L2,L3,L1", {"2069_0": "L2L3L1"}),
    "phase_switching": (TCP, True, {"2185_0": True}),
    "alb.enabled": (TCP, False, {"2064_0": 0}),
    "alb.source": (TCP, "ems", {"2530_1": 3}),
    "alb.protocol": (P1, "tic", {"5217_0": 7}),
    "alb.include_ev": (TCP, True, {"206F_0": 1}),
    "alb.max_meter_current": (TCP, 40, {"2067_0": 40.0}),
    "alb.safe_current": (TCP, 8, {"2068_0": 8.0}),
    "alb.p1.interface": (P1, "homewizard", {"2191_1": 2}),
    "alb.p1.address": (
        with_field(P1, "alb.p1.interface", "telnet"),
        "10.0.0.9",
        {"2191_2": "10.0.0.9"},
    ),
    "alb.p1.port": (with_field(P1, "alb.p1.interface", "telnet"), 2001, {"2191_3": 2001}),
    "alb.meter.register_map": (
        TCP,
        MAP,
        {
            "2570_0": (7, 8, 9, 19) + (0xFF,) * (MAP_SLOTS - 4),
            "2571_0": (6, 8, 10, 52) + (0,) * (MAP_SLOTS - 4),
            "2572_0": (6, 6, 6, 6) + (0,) * (MAP_SLOTS - 4),
            "2573_0": (0, 0, 0xFF, 2) + (0,) * (MAP_SLOTS - 4),
            "2574_0": 0,
            "2574_3": 4,
            "2523_2": 2,
            "5218_0": 10,
        },
    ),
    "alb.meter.register_map.measurands": (
        TCP_MAP,
        [7, 8, 9, 15],
        {"2570_0": (7, 8, 9, 15) + (0xFF,) * (MAP_SLOTS - 4)},
    ),
    "alb.meter.register_map.registers": (
        TCP_MAP,
        [300, 302, 304, 306],
        {"2571_0": (300, 302, 304, 306) + (0,) * (MAP_SLOTS - 4)},
    ),
    "alb.meter.register_map.types": (
        TCP_MAP,
        [3, 3, 3, 3],
        {"2572_0": (3, 3, 3, 3) + (0,) * (MAP_SLOTS - 4)},
    ),
    "alb.meter.register_map.scales": (
        TCP_MAP,
        [-2, 0, 0, 0],
        {"2573_0": (0xFE, 0, 0, 0) + (0,) * (MAP_SLOTS - 4)},
    ),
    "alb.meter.register_map.word_order": (TCP_MAP, "low-high", {"2574_0": 1}),
    "alb.meter.register_map.function_code": (TCP_MAP, "holding", {"2574_3": 3}),
    "alb.meter.unit_id": (TCP, 7, {"2523_6": 7}),
    "alb.meter.ip": (TCP, "192.168.1.60", {"2523_4": "192.168.1.60"}),
    "alb.meter.port": (TCP, 1502, {"2523_5": 1502}),
    "alb.meter.baud": (RTU, 19200, {"2575_0": 19200}),
    "alb.meter.parity": (RTU, "even", {"2575_1": 1}),
    "alb.ems.mode": (TCP, "scn", {"2530_3": 1}),
    "alb.ems.validity": (TCP, 30, {"2530_4": 30}),
    "back_office.url": (TCP, "wss://cpo.example/ocpp", {"2071_1": "wss://cpo.example/ocpp"}),
    "back_office.identity": (TCP, "SITE-7", {"2053_0": "SITE-7"}),
    "scn.name": (SCN, "PARK2", {"2180_1": "PARK2"}),
    "scn.first_socket_id": (SCN, 3, {"2180_2": 3}),
    "scn.total_sockets": (SCN, 6, {"2180_3": 6}),
    "scn.phases": (SCN, ["L3L1L2", "none"], {"2180_7": 8, "2180_9": 0}),
    "scn.total_current": (SCN, 63, {"2180_5": 63}),
    "scn.socket_safe_current": (SCN, 8, {"2180_6": 8}),
    "scn.total_safe_current": (SCN, 20, {"2180_A": 20}),
    "scn.alternating_period": (SCN, 1800, {"2180_4": 1800}),
}
# Not written: identity, a preset name (resolved to a map), and what an SCN was planned for.
NOT_WRITTEN = {
    *("name", "serial", "address", "alb.meter.preset"),
    *("scn.sockets", "scn.firmware", "scn.subnet"),
    "set_clock",  # written as the time of applying: tests/drivers/alfen/test_settings.py
}


def test_every_field_has_a_mapping_case() -> None:
    assert set(CASES) | NOT_WRITTEN == set(FIELDS) - SELF_REGULATING_FIELDS


@pytest.mark.parametrize("path", sorted(CASES))
def test_field_writes_its_property(path: str) -> None:
    base, raw, expected = CASES[path]
    before = targets(charger_steps(base))
    after = targets(charger_steps(with_field(base, path, raw)))
    added = {key: value for key, value in after.items() if before.get(key) != value}
    assert added == expected


def test_rtu_unit_id_goes_to_the_rtu_address() -> None:
    after = targets(charger_steps(with_field(RTU, "alb.meter.unit_id", 3)))
    assert after[P("2575_2")] == 3
    assert P("2523_6") not in after
    assert after[P("2523_3")] == 1  # RTU connection


def test_every_written_property_is_a_writable_catalogue_entry() -> None:
    plans = [with_field(base, path, raw) for path, (base, raw, _) in CASES.items()]
    for plan in plans:
        for pid in touched(charger_steps(plan)):
            assert CATALOGUE[PropertyId.parse(pid)].access.writable, pid


def test_register_map_is_written_with_alb_off_then_on() -> None:
    plan = with_field(TCP, "alb.meter.register_map", MAP)
    names = [s.name for s in charger_steps(plan)]
    assert names == ["meter-link", "alb-off", "register-map", "alb-settings", "alb-on", "reboot"]
    values = [dict(s.values).get(P("2064_0")) for s in charger_steps(plan)]
    assert values[1] == 0 and values[4] == 3


def test_licence_comes_first_and_reboot_last() -> None:
    plan = with_field(with_field(P1, "licence_key", KEY), "station_max_current", 20)
    steps = charger_steps(plan)
    assert steps[0].kind is StepKind.LICENCE
    assert steps[-1].kind is StepKind.REBOOT


def test_needs_reboot_only_when_a_reboot_bound_value_changes() -> None:
    plan = ChargerPlan("A", "127.0.0.1", station_max_current=20, alb=AlbPlan(enabled=False))
    steps = charger_steps(plan)
    assert not needs_reboot(steps, {P("2062_0"): 32.0, P("2064_0"): 0})
    assert needs_reboot(steps, {P("2062_0"): 32.0, P("2064_0"): 3})


def test_rollback_restores_as_found_with_alb_off_first_and_never_the_licence() -> None:
    plan = with_field(with_field(TCP, "licence_key", KEY), "alb.meter.register_map", MAP)
    steps = charger_steps(plan)
    as_found = {pid: CATALOGUE[PropertyId.parse(pid)].default for pid in touched(steps)}
    as_found[P("2064_0")] = 1
    undo = rollback_steps(steps, as_found)
    assert [s.name for s in undo] == ["alb-off", "restore", "alb-restore", "reboot"]
    restored = targets(undo)
    assert restored[P("2064_0")] == 1
    assert P("21A1_0") not in restored
    assert {pid: as_found[pid] for pid in restored} == restored


FULL_TCP = ChargerPlan(
    "ACE0000001",
    "127.0.0.1:8443",
    display_name="Garage left",
    licence_key=LicenceKey.parse(KEY),
    station_max_current=32.0,
    socket1_max_current=16.0,
    socket2_max_current=20.0,
    chameleon_min_current=8.0,
    phase_mapping=PhaseMapping.L3L1L2,
    phase_switching=True,
    alb=AlbPlan(
        source=AlbSource.METER_EMS,
        protocol=MeterProtocol.MODBUS_TCP,
        include_ev=False,
        max_meter_current=25.0,
        safe_current=6.0,
        meter=MeterPlan(
            register_map=RegisterMap(
                (7, 8, 9),
                (6, 8, 10),
                (6, 6, 6),
                (0, -1, 2),
                WordOrder.LOW_HIGH,
                FunctionCode.HOLDING,
            ),
            unit_id=5,
            ip="192.168.1.50",
            port=502,
        ),
        ems=EmsPlan(EmsMode.SCN, 45),
    ),
    back_office=BackOfficePlan("wss://cpo.example/ocpp", "SITE-7"),
)
FULL_RTU = ChargerPlan(
    "ACE0000001",
    "127.0.0.1",
    alb=AlbPlan(
        source=AlbSource.METER,
        protocol=MeterProtocol.MODBUS_RTU,
        include_ev=True,
        max_meter_current=40.0,
        safe_current=10.0,
        meter=MeterPlan(
            register_map=RegisterMap((7,), (6,), (6,), (0,)),
            unit_id=2,
            baud=19200,
            parity=Parity.ODD,
        ),
    ),
)
FULL_P1 = ChargerPlan(
    "ACE0000001",
    "127.0.0.1",
    alb=AlbPlan(
        source=AlbSource.METER,
        protocol=MeterProtocol.DSMR_P1,
        include_ev=False,
        max_meter_current=35.0,
        safe_current=6.0,
        p1=P1Plan(P1Interface.TELNET, "10.0.0.9", 2001),
    ),
)


def _charger_defaults() -> dict[str, Value]:
    return {pid.wire: spec.default for pid, spec in CATALOGUE.items()}


@pytest.mark.parametrize("plan", [FULL_TCP, FULL_RTU, FULL_P1], ids=["tcp", "rtu", "p1"])
def test_plan_reads_back_from_the_properties_it_writes(plan: ChargerPlan) -> None:
    values = _charger_defaults() | targets(charger_steps(plan))
    back = charger_plan_from_values(plan.serial, plan.address, values)
    assert back.alb == plan.alb
    if plan is FULL_TCP:
        assert back == plan
