"""The one declaration of plan fields and Alfen properties: writes and reads agree with it."""

from __future__ import annotations

import time

import pytest

from app.core.errors import InvalidInput
from app.core.licence import LicenceKey
from app.core.phases import PhaseMapping
from app.core.plan import FIELDS, SELF_REGULATING_FIELDS
from app.drivers.alfen.settings import (
    CLOCK,
    LB_MODE,
    MAP_ARRAYS,
    PLAN_SETTINGS,
    Codec,
    PlanSetting,
    decode,
    encode,
    plan_key,
    plan_read_keys,
)

# Plan fields the charger holds in no property of their own: identity, the ALB on/off bit,
# the register-map arrays, the preset's name, and SCN facts checked rather than written.
NOT_ONE_PROPERTY = {
    "address",
    "name",
    "serial",
    "alb.enabled",
    "alb.meter.preset",
    "alb.meter.register_map",
    "alb.meter.register_map.measurands",
    "alb.meter.register_map.registers",
    "alb.meter.register_map.scales",
    "alb.meter.register_map.types",
    "scn.firmware",
    "scn.phases",
    "scn.sockets",
    "scn.subnet",
}


def _sample(setting: PlanSetting) -> object:
    codec = setting.codec
    samples = {
        Codec.REAL: 12.5,
        Codec.WHOLE: 502,
        Codec.FLAG: True,
        Codec.TEXT: "ws://backoffice.example/ocpp",
        Codec.PHASE_MAPPING: PhaseMapping.L2L3L1,
        Codec.LICENCE_KEY: LicenceKey.parse("1A2B.3C4D.5E6F.7081.92A3.B4C5"),
    }
    if codec is Codec.CODE:
        return next(iter(setting.codes))
    return samples[codec]


def test_every_plan_field_is_declared_or_known_to_have_no_property_of_its_own() -> None:
    declared = {s.path for s in PLAN_SETTINGS}
    assert declared <= set(FIELDS)
    assert set(FIELDS) - SELF_REGULATING_FIELDS - declared == NOT_ONE_PROPERTY


@pytest.mark.parametrize(
    "setting",
    [s for s in PLAN_SETTINGS if s.codec is not Codec.CLOCK],
    ids=lambda s: f"{s.path}:{s.variant}",
)
def test_each_declared_field_reads_back_what_it_writes(setting: PlanSetting) -> None:
    value = _sample(setting)
    path, variant = setting.path, setting.variant
    written = encode(path, value, variant)
    assert written is not None and written[0] == plan_key(path, variant)
    assert decode(dict([written]), path, variant) == value


def test_the_clock_is_written_as_the_laptops_utc_and_never_read_back_as_a_plan_value() -> None:
    before = int(time.time() * 1000)
    written = encode("set_clock", True)
    assert written is not None and written[0] == CLOCK
    assert before <= int(written[1]) <= int(time.time() * 1000)  # type: ignore[call-overload]
    assert encode("set_clock", False) is None  # False: leave the clock alone
    assert decode(dict([written]), "set_clock") is None


def test_unset_values_are_not_written_and_missing_ones_read_as_unset() -> None:
    assert encode("alb.safe_current", None) is None
    assert decode({}, "alb.safe_current") is None
    assert decode({plan_key("alb.protocol"): 99}, "alb.protocol") is None  # unknown code


def test_the_plan_read_covers_every_non_scn_field_and_the_second_socket_only_when_there() -> None:
    one, two = set(plan_read_keys(1)), set(plan_read_keys(2))
    expected = {
        s.key for s in PLAN_SETTINGS if not s.path.startswith("scn.") and s.codec is not Codec.CLOCK
    }
    assert two == expected | {LB_MODE, *MAP_ARRAYS}
    assert two - one == {plan_key("socket2_max_current", "socket2")}


def test_an_undeclared_field_is_refused_by_name() -> None:
    with pytest.raises(InvalidInput, match=r"alb\.colour"):
        plan_key("alb.colour")
