"""Property: decoding any journal line or file raises only the project's documented errors.

Runs a modest number of examples in the suite; the Hypothesis profile selected by
$COMMISSIONER_FUZZ_EXAMPLES (tests/conftest.py) runs as many as asked for on demand.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import CommissionerError
from app.store.journal_file import decode_line, parse, replay_lines
from app.store.journal_model import record_from_data

EVENTS = [
    "run_started", "run_resumed", "as_found", "step_started", "step_done", "as_left",
    "charger_finished", "run_finished", "sideways",
]  # fmt: skip
FIELDS = [
    "run_id", "plan", "purpose", "action", "charger", "values", "phase", "index", "step",
    "skipped", "differences", "outcome", "message",
]  # fmt: skip
SERIAL = "ace0100001"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
field_values = (
    json_values
    | st.sampled_from(["apply", "rollback", "done", "failed", SERIAL, "2062_0", "-1"])
    | st.dictionaries(st.sampled_from(["2062_0", "2129_0", "x", "21A8_0"]), json_values, max_size=3)
)
PLAN = {
    "schema_version": 1,
    "name": "p",
    "chargers": [{"serial": SERIAL, "address": "https://127.0.0.1:1"}],
}


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": draw(st.sampled_from([1, 2, 3, 0, True, "1"])),
        "event": draw(st.sampled_from(EVENTS) | json_values),
    }
    for name in draw(st.lists(st.sampled_from(FIELDS), max_size=6)):
        data[name] = draw(field_values)
    if draw(st.booleans()):
        data["charger"] = SERIAL
    if data["event"] == "run_started" and draw(st.booleans()):
        data["plan"] = draw(st.sampled_from([PLAN, {**PLAN, "chargers": [{"serial": 5}]}]))
    return data


def line_of(data: dict[str, Any]) -> bytes:
    return json.dumps(data).encode() + b"\n"


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_any_bytes_as_a_journal_line(raw: bytes) -> None:
    with contextlib.suppress(CommissionerError):
        decode_line(raw, "fuzz.jsonl", 1)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_any_json_object_as_a_record(data: dict[str, Any]) -> None:
    with contextlib.suppress(CommissionerError):
        record_from_data(data)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(records().map(line_of), st.binary(max_size=40)), max_size=8),
    st.booleans(),
)
def test_any_journal_file_replays_or_is_damaged(lines: list[bytes], starts: bool) -> None:
    first = {"schema_version": 1, "seq": 1, "event": "run_started", "run_id": "r", "plan": PLAN}
    data = (line_of(first) if starts else b"") + b"".join(lines)
    with contextlib.suppress(CommissionerError):
        replay_lines(parse(data, "fuzz.jsonl"), "fuzz.jsonl")
