"""What the Alfen driver makes of a read in plan terms: facts, the SCN part, socket statuses,
what to read, journal values typed again, setting names, register maps and presets."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.plan import FunctionCode, RegisterMap, WordOrder
from app.drivers import registry
from app.drivers.alfen.driver import ALFEN
from app.drivers.alfen.plan_steps import MAP_SLOTS
from app.store.presets import load_library

BITS = int(Feature.ALB | Feature.SCN)
MEMBER = {
    "205E_0": 2,
    "2189_0": 3,
    "21A2_0": BITS,
    "100A_0": "7.4.5-4415",
    "2064_0": 3,
    "2062_0": 32,
    "2068_0": 10.0,
    "3600_1": 4,
    **{"2180_1": "PARK1", "2180_2": 4, "2180_3": 10, "2180_4": 900, "2180_5": 63},
    **{"2180_6": 6, "2180_7": PhaseMapping.L3L1L2.scn_code, "2180_9": 0, "2180_A": 24},
}


def test_the_default_driver_is_alfen() -> None:
    assert registry.driver() is ALFEN


def test_facts_in_plan_terms() -> None:
    facts = ALFEN.facts(MEMBER)
    assert (facts.sockets, facts.phases, facts.licence_bits) == (2, 3, BITS)
    assert facts.firmware == "7.4.5-4415" and facts.boot_state == 4 and facts.alb_on
    assert facts.currents == {"station_max_current": 32.0, "alb.safe_current": 10.0}
    assert facts.current("station_max_current") == 32.0
    assert facts.current("alb.max_meter_current") is None
    scn = facts.scn
    assert scn is not None
    assert (scn.name, scn.first_socket_id, scn.total_sockets) == ("PARK1", 4, 10)
    assert scn.phases == (PhaseMapping.L3L1L2, PhaseMapping.NONE)
    assert (scn.total_current, scn.socket_safe_current, scn.total_safe_current) == (63, 6, 24)
    assert scn.alternating_period == 900


def test_facts_of_an_empty_read_are_the_defaults() -> None:
    facts = ALFEN.facts({})
    assert (facts.sockets, facts.phases, facts.licence_bits, facts.firmware) == (1, 3, 0, "")
    assert facts.scn is None and not facts.alb_on and facts.boot_state is None


def test_alb_counts_as_on_only_when_licensed() -> None:
    assert not ALFEN.facts({**MEMBER, "21A2_0": int(Feature.SCN)}).alb_on
    assert not ALFEN.facts({**MEMBER, "2064_0": 1}).alb_on  # static only


def test_socket_status() -> None:
    values = {"2502_1": 14, "3221_A": 6.5, "3221_C": 2, "312C_0": 0.0, "3221_B": True}
    second = ALFEN.socket_status({**values, "2502_4": 177}, 2)
    assert second.state == "charging" and second.currents == (6.5, 0.0, 2.0)
    assert second.limit == 0.0 and second.ev_waiting
    assert not ALFEN.socket_status({**values, "2502_4": 194}, 2).ev_waiting
    first = ALFEN.socket_status(values, 1)
    assert first.state == "?" and first.limit is None and not first.ev_waiting


def test_what_to_read() -> None:
    assert set(ALFEN.fact_keys()) == {"205E_0", "2189_0", "21A2_0", "100A_0", "2050_0"}
    one, two = ALFEN.plan_keys(1), ALFEN.plan_keys(2)
    assert set(two) - set(one) == {"3129_0"}
    assert {"3600_1", *ALFEN.fact_keys()} <= set(one) and len(set(one)) == len(one)
    scn = ALFEN.scn_keys()
    assert {"2180_1", "2180_A", "2064_0", "2501_4", "312C_0", "3221_C"} <= set(scn)


def test_plan_read_back_and_its_steps() -> None:
    plan = ALFEN.plan_from_values("ace0000001", "10.0.0.5", {"2062_0": 20.0})
    assert plan.station_max_current == 20.0
    steps = ALFEN.plan_steps(plan)
    assert [(s.name, s.values) for s in steps] == [
        ("alb-off", (("2064_0", 0),)),  # no load-balancing mode read: it is planned off
        ("limits", (("2062_0", 20.0),)),
        ("reboot", ()),
    ]
    assert not ALFEN.needs_reboot(steps, {"2062_0": 20.0, "2064_0": 0})
    assert ALFEN.needs_reboot(steps, {"2062_0": 20.0, "2064_0": 3})
    back = ALFEN.rollback_steps(steps, {"2062_0": 16.0, "2064_0": 3})
    assert [(s.name, s.values) for s in back] == [
        ("alb-off", (("2064_0", 0),)),
        ("restore", (("2062_0", 16.0),)),
        ("alb-restore", (("2064_0", 3),)),
        ("reboot", ()),
    ]


def test_journal_values_are_typed_again() -> None:
    typed = ALFEN.typed_values({"2062_0": 16, "2570_00": [7, 8], "2180_1": "PARK"})
    assert typed == {"2062_0": 16.0, "2570_0": (7, 8), "2180_1": "PARK"}
    assert isinstance(typed["2062_0"], float)
    with pytest.raises(InvalidInput):
        ALFEN.typed_values({"not an id": 1})


def test_setting_names() -> None:
    assert ALFEN.setting_name("2062_0") and ALFEN.setting_unit("2062_0") == "A"
    assert ALFEN.setting_name("FFFF_0") == "" and ALFEN.setting_unit("nonsense") == ""


def test_register_maps_and_presets() -> None:
    sdm630 = next(p for p in load_library().presets if p.name == "eastron-sdm630")
    fitted = ALFEN.preset_register_map(sdm630)
    assert 0 < len(fitted.measurands) <= MAP_SLOTS
    assert {7, 8, 9} <= set(fitted.measurands)
    custom = RegisterMap((7,), (6,), (6,), (0,), WordOrder.HIGH_LOW, FunctionCode.INPUT)
    preset = ALFEN.map_preset(custom, unit_id=3)
    assert preset.transport.unit_id == 3
    assert [(int(e.measurand), e.register) for e in preset.entries] == [(7, 6)]
