"""The plan fields of self-regulating chargers (charge mode, installation voltage, dynamic power
control, lock, LEDs): the plan file reads and writes them, the rules check them, and a field
the charger's driver does not hold is named."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.plan import FIELDS, SELF_REGULATING_FIELDS, AlbPlan, ChargerFacts, ChargerPlan, Plan
from app.core.plan_file import dumps_plan, loads_plan, with_field
from app.core.plan_option_rules import set_fields
from app.core.plan_options import ChargeMode, DynamicPowerMode, DynamicPowerPlan, LedPlan
from app.core.plan_rules import validate_charger

TEXT = """schema_version = 1
name = "garage"

[[chargers]]
serial = "V2C0100004"
address = "http://127.0.0.1:8080"
charge_mode = "three-phase"
installation_voltage = 400
locked = false

[chargers.dynamic_power]
enabled = true
mode = "grid-and-solar"
contracted_power = 6.9
pause_when_modulating = true

[chargers.leds]
light = 40
logo = 0
"""
TRYDAN_HELD = frozenset(
    {"station_max_current", "socket1_max_current", "alb.safe_current", *SELF_REGULATING_FIELDS}
)
ALFEN_HELD = frozenset(FIELDS) - SELF_REGULATING_FIELDS


def _one(text: str) -> ChargerPlan:
    return loads_plan(text).chargers[0]


def test_the_new_fields_are_read_from_a_plan_file_and_written_back_equal() -> None:
    charger = _one(TEXT)
    assert charger.charge_mode is ChargeMode.THREE_PHASE
    assert charger.installation_voltage == 400 and charger.locked is False
    assert charger.dynamic_power == DynamicPowerPlan(
        True, DynamicPowerMode.GRID_AND_SOLAR, 6.9, True
    )
    assert charger.leds == LedPlan(light=40, logo=0)
    text = dumps_plan(loads_plan(TEXT))
    assert "[chargers.dynamic_power]" in text and 'mode = "grid-and-solar"' in text
    assert loads_plan(text) == loads_plan(TEXT)


def test_a_bad_value_names_its_field() -> None:
    with pytest.raises(InvalidInput, match="Dynamic power mode: 'turbo' is not one of"):
        _one(TEXT.replace('"grid-and-solar"', '"turbo"'))
    with pytest.raises(InvalidInput, match="Charge mode: 'mixed' is not one of"):
        _one(TEXT.replace('"three-phase"', '"mixed"'))
    with pytest.raises(InvalidInput, match="Unknown setting 'colour' in the LED settings"):
        _one(TEXT + 'colour = "red"\n')


def test_ranges_of_the_new_fields() -> None:
    plan = ChargerPlan("V2C1", "127.0.0.1", leds=LedPlan(light=120))
    plan = with_field(plan, "dynamic_power.contracted_power", "6900")  # W typed for kW
    messages = [v.message for v in validate_charger(plan)]
    assert "Light LED brightness must be between 0 and 100 %; the plan says 120 %." in messages
    assert "Contracted power must be between 1 and 1000 kW; the plan says 6900 kW." in messages


@pytest.mark.parametrize(("volts", "ok"), [(230, True), (400, True), (298, False), (207, True)])
def test_the_installation_voltage_is_about_230_or_400_volts(volts: int, ok: bool) -> None:
    plan = ChargerPlan("V2C1", "127.0.0.1", installation_voltage=volts)
    fields = [v.field for v in validate_charger(plan, held=TRYDAN_HELD)]
    assert (fields == []) is ok, fields


def test_three_phase_charging_needs_a_three_phase_charger() -> None:
    plan = ChargerPlan("V2C1", "127.0.0.1", charge_mode=ChargeMode.THREE_PHASE)
    [violation] = validate_charger(plan, ChargerFacts(phases=1), TRYDAN_HELD)
    assert violation.field == "charge_mode" and "one phase" in violation.message
    assert validate_charger(plan, ChargerFacts(phases=3), TRYDAN_HELD) == []


def test_the_minimum_current_stays_under_the_station_maximum_on_a_self_regulating_charger() -> None:
    plan = ChargerPlan("V2C1", "127.0.0.1", alb=AlbPlan(enabled=False, safe_current=20.0))
    facts = ChargerFacts(currents={"station_max_current": 16.0})
    [violation] = validate_charger(plan, facts, TRYDAN_HELD)
    assert violation.message == (
        "Minimum current (20 A) must not be above the station maximum current (16 A)."
    )


def test_a_field_the_driver_does_not_hold_is_named_and_its_own_are_not() -> None:
    trydan = _one(TEXT)
    assert validate_charger(trydan, held=TRYDAN_HELD) == []
    on_alfen = validate_charger(trydan, held=ALFEN_HELD)
    assert (
        {v.field for v in on_alfen}
        == set(set_fields(trydan))
        == {
            *("charge_mode", "installation_voltage", "locked", "leds.light", "leds.logo"),
            *("dynamic_power.enabled", "dynamic_power.mode", "dynamic_power.contracted_power"),
            "dynamic_power.pause_when_modulating",
        }
    )
    assert on_alfen[0].message.startswith("Charge mode: this charger has no such setting")
    alfen = ChargerPlan("ACE1", "192.0.2.7", station_max_current=20.0)
    assert validate_charger(alfen, held=ALFEN_HELD) == []
    back_office = with_field(alfen, "back_office.url", "wss://cpo.example/ocpp")
    [violation] = validate_charger(back_office, held=TRYDAN_HELD)
    assert violation.message.startswith("Back-office URL: this charger has no such setting")


def test_alb_off_is_no_demand_and_alb_on_is_named_for_a_charger_without_it() -> None:
    off = ChargerPlan("V2C1", "127.0.0.1", alb=AlbPlan(enabled=False, safe_current=8.0))
    assert list(set_fields(off)) == ["alb.safe_current"]
    assert validate_charger(off, held=TRYDAN_HELD) == []
    on = ChargerPlan("V2C1", "127.0.0.1", alb=AlbPlan(safe_current=8.0))
    [violation] = validate_charger(on, held=TRYDAN_HELD)  # not also Alfen's ALB rules
    assert violation.field == "alb.enabled"


@settings(max_examples=60, deadline=None)
@given(
    mode=st.sampled_from(ChargeMode) | st.none(),
    volts=st.integers(0, 1000) | st.none(),
    dynamic=st.builds(
        DynamicPowerPlan,
        st.booleans() | st.none(),
        st.sampled_from(DynamicPowerMode) | st.none(),
        st.floats(0.1, 999.0, allow_nan=False).map(lambda x: round(x, 3)) | st.none(),
        st.booleans() | st.none(),
    )
    | st.none(),
    locked=st.booleans() | st.none(),
    leds=st.builds(LedPlan, st.integers(0, 100) | st.none(), st.integers(0, 100) | st.none())
    | st.none(),
)
def test_any_plan_of_the_new_fields_survives_the_plan_file(
    mode: ChargeMode | None,
    volts: int | None,
    dynamic: DynamicPowerPlan | None,
    locked: bool | None,
    leds: LedPlan | None,
) -> None:
    charger = ChargerPlan(
        "V2C1",
        "127.0.0.1",
        charge_mode=mode,
        installation_voltage=volts,
        dynamic_power=dynamic,
        locked=locked,
        leds=leds,
    )
    plan = Plan("p", (charger,))
    assert loads_plan(dumps_plan(plan)) == plan
