"""Every parser of hand-written input, fed arbitrary and half-broken input: it returns a value or
raises the project's documented errors (app/core/errors.py), never anything else.

The suite runs a modest number of examples;
`COMMISSIONER_FUZZ_EXAMPLES=10000 pytest -k fuzz --timeout 0` runs many more
(tests/conftest.py registers the profile).
"""

from __future__ import annotations

import contextlib
import copy
import json
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.endpoints import Endpoint
from app.core.errors import CommissionerError
from app.core.licence import LicenceKey
from app.core.phases import PhaseMapping
from app.core.plan_file import loads_plan, plan_from_dict
from app.core.plan_rules import validate_plan
from app.core.presets import parse_preset, preset_from_dict
from app.core.scn import plan_network
from app.core.scn_file import loads_request, request_from_dict
from app.core.text_input import decode_text
from app.sim.site import parse_site

ROOT = Path(__file__).resolve().parents[2]
PLAN_TEXT = (ROOT / "presets/plans/demo-alb.toml").read_text(encoding="utf-8")
PRESET_TEXT = (ROOT / "presets/meters/eastron-sdm630.toml").read_text(encoding="utf-8")
SITE_TEXT = (ROOT / "presets/sites/demo.toml").read_text(encoding="utf-8")
REQUEST_TEXT = """schema_version = 1
name = "PARK1"
total_current = 63
total_safe_current = 24
socket_safe_current = 6
alternating_period = 900
grid_phases = 3
meter_member = "ace0100001"

[alb]
source = "meter"

[[chargers]]
serial = "ace0100001"
address = "192.168.1.21"
sockets = 2
phases = 3
firmware = "7.4.5-4415"
licence = ["SCN", "ALB"]

[[chargers]]
serial = "ace0100002"
address = "192.168.1.22"
first_socket_id = 2
phase_mappings = ["L3L1L2"]
licence = ["SCN"]
"""

# Values as TOML or JSON can carry them, including the awkward ones: 400-digit numbers,
# NaN and infinities, control characters, nesting where a scalar belongs.
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**420), max_value=10**420),
    st.sampled_from([0, 1, -1, 2, 3, 128, 129, 10**12, 2**63, -(2**63) - 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", "L1L2L3", "none", "1e999", "nan", "-0", "[", "]", "2x", "many"]),
)
JSONISH = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def documented(call: Any, *args: Any) -> None:
    """Run `call`; only the project's own errors may come out."""
    with contextlib.suppress(CommissionerError):
        call(*args)


def mutate(data: Any, draw: Any) -> Any:
    """The same structure with a few leaves (and tables) replaced by arbitrary values, and a few
    tables given an extra key: a handful of draws whatever the document's size."""
    out = copy.deepcopy(data)
    places = list(_places(out))
    for _ in range(draw(st.integers(0, 8))):
        container, key = places[draw(st.integers(0, len(places) - 1))]
        if isinstance(container, dict) and draw(st.integers(0, 5)) == 0:
            key = draw(st.sampled_from([*container, "extra"]))
        container[key] = draw(JSONISH)
    return out


def _places(data: Any) -> Iterator[tuple[Any, Any]]:
    """(container, key) of every value inside `data`, tables and lists included."""
    items = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in list(items):
        yield data, key
        if isinstance(value, dict | list) and value:
            yield from _places(value)


def broken_text(base: str) -> st.SearchStrategy[str]:
    """The base text with a slice replaced by arbitrary text."""
    return st.tuples(st.integers(0, len(base)), st.integers(0, 40), st.text(max_size=40)).map(
        lambda t: base[: t[0]] + t[2] + base[t[0] + t[1] :]
    )


def _plan(text: str) -> None:
    validate_plan(loads_plan(text))


def _plan_data(data: dict[str, Any]) -> None:
    validate_plan(plan_from_dict(data))


def _request(text: str) -> None:
    settings_, candidates = loads_request(text)
    plan_network(settings_, candidates)


def _request_data(data: dict[str, Any]) -> None:
    settings_, candidates = request_from_dict(data)
    plan_network(settings_, candidates)


@settings(deadline=None)
@given(st.one_of(broken_text(PLAN_TEXT), st.text()))
def test_fuzz_plan_file_text(text: str) -> None:
    documented(_plan, text)


@settings(deadline=None)
@given(st.data())
def test_fuzz_plan_file_values(data: st.DataObject) -> None:
    documented(_plan_data, mutate(tomllib.loads(PLAN_TEXT), data.draw))


@settings(deadline=None)
@given(st.one_of(broken_text(REQUEST_TEXT), st.text()))
def test_fuzz_scn_request_text(text: str) -> None:
    documented(_request, text)


@settings(deadline=None)
@given(st.data())
def test_fuzz_scn_request_values(data: st.DataObject) -> None:
    documented(_request_data, mutate(tomllib.loads(REQUEST_TEXT), data.draw))


@settings(deadline=None)
@given(st.one_of(broken_text(PRESET_TEXT), st.text()), st.sampled_from(["p.toml", "p.json"]))
def test_fuzz_preset_text(text: str, name: str) -> None:
    documented(parse_preset, text, name)


@settings(deadline=None)
@given(st.data())
def test_fuzz_preset_values(data: st.DataObject) -> None:
    documented(preset_from_dict, mutate(tomllib.loads(PRESET_TEXT), data.draw), "p.toml")


@settings(deadline=None)
@given(st.data())
def test_fuzz_site_template_values(data: st.DataObject) -> None:
    documented(parse_site, mutate(tomllib.loads(SITE_TEXT), data.draw), "site.toml")


@settings(deadline=None)
@given(st.binary(max_size=200))
def test_fuzz_file_bytes(data: bytes) -> None:
    documented(decode_text, data, "file")


@settings(deadline=None)
@given(st.one_of(st.text(max_size=60), st.from_regex(r"\A[a-z0-9:/\[\].@%-]{0,40}\Z")))
def test_fuzz_addresses(text: str) -> None:
    documented(Endpoint.parse, text)


@settings(deadline=None)
@given(st.one_of(st.text(max_size=40), st.from_regex(r"\A[A-Za-z0-9.\-]{0,40}\Z")))
def test_fuzz_licence_keys(text: str) -> None:
    documented(LicenceKey.parse, text)


@settings(deadline=None)
@given(st.one_of(st.text(max_size=12), st.from_regex(r"\A[Ll123 ]{0,10}\Z")))
def test_fuzz_phase_mappings(text: str) -> None:
    documented(PhaseMapping.parse, text)


def test_the_bases_are_valid_so_mutations_reach_deep() -> None:
    """The fuzzed files start from valid ones; otherwise every case would stop at the top."""
    assert loads_plan(PLAN_TEXT).chargers
    assert len(loads_request(REQUEST_TEXT)[1]) == 2
    assert parse_preset(PRESET_TEXT, "p.toml").entries
    assert parse_site(tomllib.loads(SITE_TEXT), "site.toml").chargers
    assert json.loads(json.dumps(tomllib.loads(PLAN_TEXT)))
