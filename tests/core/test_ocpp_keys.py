"""OCPP configuration key texts <-> charger property values (app/core/ocpp_keys.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.ocpp_keys import (
    ConfigKey,
    KeyCodec,
    generic_key,
    generic_property,
    key_text,
    key_value,
)
from app.core.phases import PhaseMapping
from app.core.values import Value
from app.drivers.alfen.ocpp_keys import BY_PROPERTY, KEYS, named_key_for

THREE_PHASE = [m for m in PhaseMapping if len(m.value) == 6]


@pytest.mark.parametrize("mapping", THREE_PHASE)
def test_phase_rotation_round_trips(mapping: PhaseMapping) -> None:
    key = KEYS["ConnectorPhaseRotation"]
    text = key_text(key, mapping.value)
    assert text.startswith("0.") and key_value(key, text) == mapping.value


def test_one_phase_mapping_has_no_rotation() -> None:
    assert key_text(KEYS["ConnectorPhaseRotation"], "L2") == "0.NotApplicable"


def test_flags_and_reals_read_as_ocpp_writes_them() -> None:
    assert key_text(KEYS["MBTCPSmart-IsEnabled"], 1) == "true"
    assert key_value(KEYS["MBTCPSmart-IsEnabled"], "FALSE") is False
    assert key_text(KEYS["LoadBalancing-SafeCurrent"], 8.0) == "8"
    assert key_value(KEYS["LoadBalancing-SafeCurrent"], "7.5") == 7.5


def test_out_of_range_and_fractions_are_refused() -> None:
    with pytest.raises(InvalidInput, match="outside"):
        key_value(KEYS["SecurityProfile"], "3")
    with pytest.raises(InvalidInput, match="whole"):
        key_value(KEYS["HeartbeatInterval"], "1.5")


def test_every_property_backs_one_key() -> None:
    assert len(BY_PROPERTY) == len([k for k in KEYS.values() if k.prop is not None])


@given(name=st.sampled_from(sorted(KEYS)), text=st.text(max_size=40))
def test_any_text_is_a_value_or_a_clear_refusal(name: str, text: str) -> None:
    key = KEYS[name]
    try:
        value = key_value(key, text)
    except InvalidInput as exc:
        assert name in str(exc)
        return
    if key.codec is KeyCodec.TEXT:
        assert value == text
    else:
        assert key_value(key, key_text(key, value)) == value


@given(st.integers(min_value=0, max_value=86400))
def test_whole_numbers_round_trip(number: int) -> None:
    key = KEYS["HeartbeatInterval"]
    assert key_value(key, key_text(key, number)) == number


@given(
    value=st.one_of(
        st.booleans(),
        st.integers(min_value=-(2**40), max_value=2**40),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=30),
        st.tuples(st.integers(min_value=0, max_value=0xFFFF)),
    )
)
def test_generic_keys_carry_any_plan_value_exactly(value: Value) -> None:
    key = ConfigKey(generic_key("2062_0"), KeyCodec.JSON, "2062_0")
    assert key_value(key, key_text(key, value)) == value


def test_generic_key_names() -> None:
    assert generic_property(generic_key("2180_1")) == "2180_1"
    assert generic_property("HeartbeatInterval") is None
    assert named_key_for("2069_0", "L1") is None  # no rotation for one phase: generic key
    assert named_key_for("2069_0", "L1L3L2") is KEYS["ConnectorPhaseRotation"]
