"""Values off the wire: `/api/info`, property pages and property values, fed arbitrary JSON.
Each is accepted or becomes a ProtocolError (or InvalidInput for a value), never anything else."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import InvalidInput, ProtocolError
from app.core.identity import ChargerIdentity
from app.drivers.alfen.client import AlfenClient
from app.drivers.alfen.discovery import identity_from_info
from app.drivers.alfen.properties import WireType, coerce, decode_from_wire

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**420), max_value=10**420),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["2x", "many", "2.0.1", "1", "", "True", "0x10", "1e999", "ff,00"]),
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=10,
)
INFO = st.fixed_dictionaries(
    {"ObjectId": st.one_of(st.just("ace0100001"), JSON)},
    optional={k: JSON for k in ("Type", "Model", "FWVersion", "Identity")},
)
ITEM = st.fixed_dictionaries(
    {"id": st.one_of(st.sampled_from(["2129_0", "2062_0", "2056_0", "205E_0"]), JSON)},
    optional={
        "value": JSON,
        "type": st.one_of(st.sampled_from(list(WireType)), JSON),
        "access": JSON,
    },
)
PAGE = st.one_of(
    st.fixed_dictionaries({"properties": st.lists(ITEM, max_size=4)}, optional={"total": JSON}),
    st.dictionaries(st.text(max_size=8), JSON, max_size=4),
    JSON,
)


@settings(deadline=None)
@given(INFO)
def test_fuzz_identity_reply(info: dict[str, Any]) -> None:
    try:
        identity = identity_from_info(info)
    except ProtocolError:
        return
    assert 1 <= identity.sockets <= 2
    assert identity.firmware_tuple is not None and identity.generation in ("new", "old")


@pytest.mark.parametrize("kind", ["2x", "x", "999.0.1", "-1", "2.", 2, ["2"]])
def test_a_garbled_type_names_the_field(kind: object) -> None:
    with pytest.raises(ProtocolError, match="field Type"):
        identity_from_info({"ObjectId": "ace0100001", "Type": kind})


def _client() -> AlfenClient:
    client = AlfenClient("https://127.0.0.1:9", "unused")
    client.session.identity = ChargerIdentity("ace0100001", "NG910", "7.4.5")
    return client


@settings(deadline=None)
@given(PAGE)
def test_fuzz_property_page(reply: Any) -> None:
    with contextlib.suppress(ProtocolError):
        _client()._parse_page(reply)


def test_a_page_whose_total_is_not_a_count_names_charger_and_field() -> None:
    with pytest.raises(ProtocolError, match=r"ace0100001 .*field total is 'many'"):
        _client()._parse_page({"properties": [], "total": "many"})


@settings(deadline=None)
@given(st.sampled_from(list(WireType)), JSON)
def test_fuzz_property_values(wire_type: WireType, raw: object) -> None:
    for convert in (coerce, decode_from_wire):
        with contextlib.suppress(InvalidInput):
            convert(wire_type, raw)


def test_a_400_digit_number_is_refused_in_one_line() -> None:
    with pytest.raises(InvalidInput, match="not a finite number"):
        coerce(WireType.F32, 10**400)
