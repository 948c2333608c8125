"""The charger's name and the clock as plan fields: in a plan file, and checked by the rules."""

from __future__ import annotations

import pytest

from app.core.plan import FIELDS, ChargerPlan, Plan
from app.core.plan_file import dumps_plan, loads_plan
from app.core.plan_rules import NAME_MAX, validate_charger

TEXT = """schema_version = 1
name = "first run"

[[chargers]]
serial = "ace0000001"
address = "192.168.1.20"
display_name = "Garage left"
set_clock = true
"""


def test_a_plan_file_holds_the_name_and_the_clock_and_writes_them_back() -> None:
    plan = loads_plan(TEXT)
    charger = plan.chargers[0]
    assert (charger.display_name, charger.set_clock) == ("Garage left", True)
    assert loads_plan(dumps_plan(plan)) == plan
    assert FIELDS["display_name"].label == "Charger name"


@pytest.mark.parametrize("name", ["", "   ", "x" * (NAME_MAX + 1), "tab\there"])
def test_a_name_that_cannot_be_shown_is_refused(name: str) -> None:
    plan = ChargerPlan("ace0000001", "192.168.1.20", display_name=name)
    assert [v.field for v in validate_charger(plan)] == ["display_name"]


def test_a_name_up_to_the_limit_is_accepted() -> None:
    plan = ChargerPlan("ace0000001", "192.168.1.20", display_name="é" * NAME_MAX)
    assert validate_charger(plan) == []
    assert Plan("p", (plan,)).charger("ace0000001").display_name == "é" * NAME_MAX


def test_a_charger_without_a_clock_setting_is_told_so() -> None:
    plan = ChargerPlan("ace0000001", "192.168.1.20", set_clock=True)
    held = frozenset(FIELDS) - {"set_clock"}
    [violation] = validate_charger(plan, held=held)
    assert violation.field == "set_clock" and "no such setting" in violation.message
