"""Plan files: TOML in and out, versioned, every error naming its field."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.plan import (
    AlbSource,
    ChargerPlan,
    MeterPlan,
    MeterProtocol,
    Plan,
    PlanFieldError,
    RegisterMap,
)
from app.core.plan_file import (
    dumps_plan,
    loads_plan,
    plan_from_dict,
    plan_to_dict,
    resolve_presets,
    with_field,
)
from app.core.plan_rules import validate_plan

DEMO = Path(__file__).resolve().parents[2] / "presets" / "plans" / "demo-alb.toml"


def test_the_sample_plan_loads_and_is_valid() -> None:
    plan = loads_plan(DEMO.read_text(encoding="utf-8"))
    charger = plan.chargers[0]
    assert charger.alb is not None and charger.alb.source is AlbSource.METER
    assert charger.alb.meter is not None and charger.alb.meter.register_map is not None
    assert validate_plan(plan) == []


def test_toml_round_trip_gives_an_equal_plan() -> None:
    plan = loads_plan(DEMO.read_text(encoding="utf-8"))
    plan = Plan(
        plan.name, (with_field(plan.chargers[0], "licence_key", "1a2b3c4d5e6f708192a3b4c5"),)
    )
    assert loads_plan(dumps_plan(plan)) == plan
    assert plan_from_dict(plan_to_dict(plan)) == plan


def _text(body: str) -> str:
    head = 'schema_version = 1\nname = "t"\n[[chargers]]\nserial = "A1"\n'
    return f'{head}address = "127.0.0.1"\n{body}'


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        (
            'station_max_current = "lots"',
            "station_max_current",
            "Charger A1: Station maximum current: expected a number, got 'lots'.",
        ),
        (
            "[chargers.alb]\nsource = 'grid'",
            "alb.source",
            "Charger A1: ALB data source: 'grid' is not one of meter, meter+ems, ems.",
        ),
        (
            "[chargers.alb]\nsafe = 6",
            "alb.safe",
            "Charger A1: Unknown setting 'safe' in the ALB settings.",
        ),
        (
            'licence_key = "12"',
            "licence_key",
            "Charger A1: Licence key: expected six groups of four hex digits "
            "(like 1A2B.3C4D.5E6F.7081.92A3.B4C5), got '12'.",
        ),
        (
            'phase_mapping = "L4"',
            "phase_mapping",
            "Charger A1: Phase mapping: Phase mapping 'L4' is not one of L1, L2, L3, L1L2L3, "
            "L1L3L2, L2L1L3, L2L3L1, L3L1L2, L3L2L1.",
        ),
        (
            "[chargers.alb.meter]\nunit_id = 1.5",
            "alb.meter.unit_id",
            "Charger A1: Meter unit id: expected a whole number, got 1.5.",
        ),
    ],
)
def test_file_errors_name_the_field(body: str, field: str, message: str) -> None:
    with pytest.raises(PlanFieldError) as caught:
        loads_plan(_text(body))
    assert caught.value.field == field
    assert str(caught.value) == message


def test_missing_serial_is_named() -> None:
    with pytest.raises(PlanFieldError, match=r"Serial number: missing\."):
        loads_plan('schema_version = 1\nname = "t"\n[[chargers]]\naddress = "127.0.0.1"\n')


def test_schema_version_is_required_and_not_from_the_future() -> None:
    with pytest.raises(InvalidInput, match="no schema_version"):
        loads_plan('name = "t"\n')
    with pytest.raises(InvalidInput, match="schema_version 2; this version of Commissioner"):
        loads_plan('schema_version = 2\nname = "t"\n')


def test_broken_toml_is_one_clear_error() -> None:
    with pytest.raises(InvalidInput, match="not valid TOML"):
        loads_plan("schema_version = = 1")


def test_with_field_builds_nested_parts_and_converts_text() -> None:
    plan = ChargerPlan("A1", "127.0.0.1")
    plan = with_field(plan, "alb.protocol", "modbus-tcp")
    plan = with_field(plan, "alb.meter.unit_id", "3")
    plan = with_field(plan, "alb.include_ev", "yes")
    assert plan.alb is not None and plan.alb.protocol is MeterProtocol.MODBUS_TCP
    assert plan.alb.meter == MeterPlan(unit_id=3)
    assert plan.alb.include_ev is True
    with pytest.raises(PlanFieldError) as caught:
        with_field(plan, "alb.meter.colour", "red")
    assert caught.value.field == "alb.meter.colour"


def test_resolve_presets_fills_maps_by_name() -> None:
    preset_map = RegisterMap((7,), (6,), (6,), (0,))
    charger = with_field(ChargerPlan("A1", "127.0.0.1"), "alb.meter.preset", "SDM120")
    plan = resolve_presets(Plan("t", (charger,)), {"SDM120": preset_map}.__getitem__)
    meter = plan.chargers[0].alb.meter  # type: ignore[union-attr]
    assert meter is not None and meter.register_map == preset_map
