"""The brand-free step helpers: final values, first-write order, licence keys, differences."""

from __future__ import annotations

from app.drivers.steps import (
    Step,
    StepKind,
    differences,
    licence_keys,
    same_value,
    targets,
    touched,
)

STEPS = (
    Step("licence", StepKind.LICENCE, (("key", "1A2B"),)),
    Step("off", StepKind.WRITE, (("mode", 0),), reboot=True),
    Step("limits", StepKind.WRITE, (("amps", 16.0), ("mode", 3))),
    Step("reboot", StepKind.REBOOT),
)


def test_targets_keep_the_last_write_and_touched_the_first_order() -> None:
    assert targets(STEPS) == {"key": "1A2B", "mode": 3, "amps": 16.0}
    assert touched(STEPS) == ("key", "mode", "amps")
    assert STEPS[2].as_dict() == {"amps": 16.0, "mode": 3}


def test_licence_keys_are_those_of_licence_steps_only() -> None:
    assert licence_keys(STEPS) == frozenset({"key"})
    assert licence_keys(STEPS[1:]) == frozenset()


def test_same_value_allows_f32_rounding_and_compares_arrays_whole() -> None:
    assert same_value(16.0, 16.000001)
    assert same_value(True, 1)
    assert not same_value(16.0, 16.1)
    assert same_value((1, 2), (1, 2)) and not same_value((1, 2), (2, 1))


def test_differences_name_missing_and_changed_settings() -> None:
    wanted = {"amps": 16.0, "mode": 3, "name": "PARK"}
    found = {"amps": 16.00001, "mode": 0}
    assert differences(wanted, found) == {"mode": (3, 0), "name": ("PARK", None)}
