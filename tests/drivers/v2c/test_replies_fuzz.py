"""The Trydan reply parser: any bytes end in values or one ProtocolError; a missing comma or the
known misspelling loses nothing; untrustworthy values are left out and said in one line."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import ProtocolError
from app.drivers.v2c.keywords import BY_KEY, Kind, in_range
from app.drivers.v2c.replies import parse_realtime, parse_scalar


def _value(key: str) -> st.SearchStrategy[object]:
    known = BY_KEY[key]
    if known.kind is Kind.TEXT:
        return st.text(st.characters(codec="utf-8"), max_size=30)
    low = int(known.low) if known.low is not None else -1000
    high = int(known.high) if known.high is not None else 1000
    whole = st.integers(low, high).filter(lambda n: in_range(known, n))
    if known.kind is Kind.WHOLE:
        return whole
    return whole | st.floats(low, high, allow_nan=False).map(lambda f: round(f, 2))


fields = st.lists(st.sampled_from(sorted(BY_KEY)), min_size=1, max_size=12, unique=True).flatmap(
    lambda keys: st.fixed_dictionaries({k: _value(k) for k in keys})
)


@settings(deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_bytes_give_values_or_one_protocol_error(body: bytes) -> None:
    try:
        parsed = parse_realtime(body)
    except ProtocolError as exc:
        assert "\n" not in str(exc)
    else:
        assert parsed.values and "\n" not in parsed.note


@settings(deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
                    max_leaves=20))  # fmt: skip
def test_any_json_gives_values_or_one_protocol_error(data: object) -> None:
    try:
        parsed = parse_realtime(json.dumps(data))
    except ProtocolError:
        return
    for key, value in parsed.values.items():
        assert isinstance(value, int | float | str) and not isinstance(value, bool)
        known = BY_KEY.get(key)
        assert known is None or known.kind is Kind.TEXT or in_range(known, float(value))  # type: ignore[arg-type]


@settings(deadline=None)
@given(fields)
def test_a_valid_reply_is_read_as_sent(data: dict[str, object]) -> None:
    parsed = parse_realtime(json.dumps(data))
    assert parsed.values == data and parsed.notes == ()


@settings(deadline=None)
@given(fields, st.data())
def test_a_missing_comma_loses_no_field(data: dict[str, object], draw: st.DataObject) -> None:
    text = json.dumps(data, separators=(",", ":"))
    commas = [i for i, c in enumerate(text) if c == "," and text[i + 1] == '"']
    commas = [i for i in commas if text[:i].count('"') % 2 == 0]  # between fields, not in text
    if not commas:
        return
    cut = draw.draw(st.sampled_from(commas))
    parsed = parse_realtime(text[:cut] + text[cut + 1 :])
    assert parsed.values == data
    assert parsed.note.startswith("the reply was not valid JSON")


def test_the_published_misspelling_is_read_under_the_right_name() -> None:
    parsed = parse_realtime('{"ID":"V2C1","IntensityMeasure_L1y":7.5,"IntensityMeasure_L2":0}')
    assert parsed.values == {"ID": "V2C1", "IntensityMeasure_L1": 7.5, "IntensityMeasure_L2": 0.0}
    assert parsed.note == "IntensityMeasure_L1y read as IntensityMeasure_L1"


@pytest.mark.parametrize(
    ("body", "values", "note"),
    [
        ('{"Intensity":"12"}', {"Intensity": 12}, ""),  # a number sent as text
        ('{"Intensity":12.5}', {}, "Intensity 12.5 is not a whole number; ignored"),
        ('{"Intensity":99,"ID":"A"}', {"ID": "A"}, "Intensity 99 A cannot be right; ignored"),
        ('{"ChargeState":[1]}', {}, "ChargeState is [1], not a number; ignored"),
        ('{"VoltageInstallation":298}', {}, "VoltageInstallation 298 V cannot be right; ignored"),
        (
            '{"VoltageInstallation":400,"Future":"x"}',
            {"VoltageInstallation": 400, "Future": "x"},
            "",
        ),
    ],
)
def test_what_cannot_be_trusted_is_left_out_and_said(body: str, values: dict, note: str) -> None:
    if not values:
        with pytest.raises(ProtocolError):
            parse_realtime(body)
        return
    parsed = parse_realtime(body)
    assert (parsed.values, parsed.note) == (values, note)


@pytest.mark.parametrize(
    ("body", "values"),
    [("50", {"LogoLED": 50}), ("50\r\n", {"LogoLED": 50}), ('{"LogoLED":5}', {"LogoLED": 5})],
)
def test_a_read_reply_is_a_plain_scalar(body: str, values: dict) -> None:
    assert parse_scalar("LogoLED", body).values == values


@settings(deadline=None)
@given(st.binary(max_size=100))
def test_any_read_reply_gives_a_value_or_a_note(body: bytes) -> None:
    try:
        parsed = parse_scalar("ChargeMode", body)
    except ProtocolError:
        return
    assert parsed.values in ({}, *({"ChargeMode": n} for n in (0, 1, 2)))
    assert bool(parsed.values) or bool(parsed.notes)
