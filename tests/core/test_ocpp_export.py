"""Reading OCPP configuration exports back (app/core/ocpp_export.py): JSON and CSV."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.ocpp_export import ChargerExport, KeyChange, parse_export, to_csv, to_json

names = st.text(alphabet="ABCDEFGHIJ-_0123456789abc", min_size=1, max_size=12)
changes = st.lists(
    st.builds(KeyChange, names, st.text(max_size=20), st.sampled_from(["ocpp", "vendor", "tool"])),
    min_size=1,
    max_size=5,
)


@st.composite
def exports(draw: st.DrawFn) -> list[ChargerExport]:
    identities = draw(st.lists(names, min_size=1, max_size=4, unique=True))
    return [
        ChargerExport(i, f"s{n}", draw(changes), draw(st.booleans()))
        for n, i in enumerate(identities)
    ]


@given(exports())
def test_json_and_csv_round_trip(items: list[ChargerExport]) -> None:
    for text in (to_json("p", items), to_csv(items)):
        back = parse_export(text)
        assert [(e.identity, e.changes, e.reset) for e in back] == [
            (e.identity, e.changes, e.reset) for e in items
        ]


@given(st.text(max_size=200))
def test_any_text_is_an_export_or_a_clear_refusal(text: str) -> None:
    try:
        parse_export(text)
    except InvalidInput as exc:
        assert str(exc).startswith("Export:")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"schema_version": 2}', "schema_version 1"),
        ('{"schema_version": 1, "charge_points": {}}', "must be a list"),
        ("identity,key\nA,B\n", "needs the columns"),
    ],
)
def test_bad_exports_say_what_is_wrong(text: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem):
        parse_export(text)


def test_an_identity_twice_is_refused() -> None:
    one = ChargerExport("A", "s", [KeyChange("K", "1", "tool")])
    with pytest.raises(InvalidInput, match="appears twice"):
        parse_export(to_json("p", [one, one]))
