"""The visit file's parser: the sample reads, errors name the field, anything else is refused."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.report import ChecklistItem, Earthing, MeasurementKind
from app.core.report_visit import Visit, VisitCharger, visit_from_data

SAMPLE = Path(__file__).resolve().parents[2] / "presets" / "report" / "sample-visit.toml"


def sample() -> dict[str, Any]:
    return tomllib.loads(SAMPLE.read_text(encoding="utf-8"))


def test_the_sample_visit_reads() -> None:
    visit = visit_from_data(sample())
    assert visit.chargers == (VisitCharger("ACE0100001"), VisitCharger("ACE0100003"))
    assert visit.installation.earthing is Earthing.TT
    assert visit.installation.main_fuse_a == 25.0
    assert MeasurementKind.PE_CONTINUITY in {m.kind for m in visit.measurements}
    assert ChecklistItem.PASSWORDS_CHANGED in visit.signoff.checklist
    assert visit.thresholds == "default"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"chargers": []}, "name at least one charger"),
        ({"chargers": [{"serial": "A"}, {"serial": "a"}]}, "charger 'a' is named twice"),
        ({"installation": {"earthing": "TNC"}}, "installation.earthing has an unknown value"),
        ({"header": {"site_name": 3}}, "header.site_name should be a text"),
        ({"measurements": [{"kind": "insulation", "value": "high"}]}, r"measurements\[0\]\.value"),
        ({"language": "xx"}, "language should be one of"),
        ({"colour": "blue"}, "unknown table or key 'colour'"),
        ({"schema_version": 2}, "schema_version 2 is not 1"),
    ],
)
def test_errors_name_the_field(change: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInput, match=message) as caught:
        visit_from_data({**sample(), **change})
    assert str(caught.value).startswith("Visit file: ")


toml_values = st.recursive(
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=3)
    ),
    max_leaves=15,
)
keys = st.sampled_from(
    [
        "header",
        "installation",
        "chargers",
        "measurements",
        "photos",
        "signoff",
        "notes",
        "thresholds",
        "language",
        "schema_version",
        "other",
    ]
)


@settings(deadline=None)
@given(st.dictionaries(keys, toml_values, max_size=5), st.booleans())
def test_fuzz_visit_parser_gives_a_visit_or_one_line_error(
    data: dict[str, Any], over_sample: bool
) -> None:
    if over_sample:
        data = {**sample(), **data}
    try:
        visit = visit_from_data(data)
    except InvalidInput as exc:
        assert str(exc).startswith("Visit file: ")
        assert "\n" not in str(exc)
        return
    assert isinstance(visit, Visit)
    assert visit.chargers
