"""The log parsers read the wire: anything a charger sends is either a checked value or a
ValueError (which the readers turn into a ProtocolError naming the charger)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.drivers.alfen.logs import (
    MAX_SSID,
    parse_log_line,
    parse_log_page,
    parse_transaction,
    parse_transaction_page,
    parse_whitelist,
    parse_wifi_scan,
)

PRINTABLE = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Cf", "Co", "Cn", "Zs")),
    max_size=60,
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(deadline=None)
@given(
    number=st.integers(0, 0xFFFFFFFF),
    moment=st.datetimes(datetime(2000, 1, 1), datetime(2099, 1, 1)),
    level=st.sampled_from(["INFO", "WARN", "ERROR", "DEBUG"]),
    file=st.from_regex(r"[a-z_]{1,12}\.c", fullmatch=True),
    line=st.integers(0, 9_999_999),
    text=PRINTABLE,
)
def test_a_well_formed_log_line_reads_back_its_fields(
    number, moment, level, file, line, text
) -> None:
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    raw = f"{number}_{stamp}:{level}:{file}:{line}:{text}"
    parsed = parse_log_line(raw)
    assert (parsed.id, parsed.level, parsed.file, parsed.line, parsed.text) == (
        number,
        level,
        file,
        line,
        text,
    )
    assert parsed.at == moment.replace(microsecond=0, tzinfo=UTC)


@settings(deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_are_a_log_page_or_a_value_error(body: bytes) -> None:
    try:
        page = parse_log_page(body)
    except ValueError:
        return
    assert all(0 <= line.id <= 0xFFFFFFFF and line.at.tzinfo is UTC for line in page)


@settings(deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_are_a_transaction_page_or_a_value_error(body: bytes) -> None:
    try:
        page = parse_transaction_page(body)
    except ValueError:
        return
    assert all(0 <= r.number <= 0xFFFFFFFF for r in page)


@settings(deadline=None)
@given(
    number=st.integers(0, 0xFFFFFFFF),
    kind=st.sampled_from(["tx", "txstart", "txstop", "mv", "sn", "rs", "rss", "se", "dto"]),
    version=st.sampled_from(["", "2"]),
    fields=PRINTABLE,
)
def test_a_well_formed_record_reads_back(number, kind, version, fields) -> None:
    record = parse_transaction(f"{number}_{kind}{version}: {fields}")
    assert (record.number, record.kind, record.fields) == (number, kind, fields)


def test_unknown_kinds_and_huge_numbers_are_refused() -> None:
    for raw in ("1_party: x", "4294967296_tx: x", "x_tx: y", "1_tx: bell\x07"):
        with pytest.raises(ValueError):
            parse_transaction(raw)
    for raw in ("1_2026-01-01T00:00:00Z:INFO:a.c:x:text", "1_yesterday:INFO:a.c:1:t", ""):
        with pytest.raises(ValueError):
            parse_log_line(raw)


@settings(deadline=None)
@given(JSON)
def test_any_json_is_a_whitelist_page_or_a_value_error(reply: object) -> None:
    try:
        tags = parse_whitelist(reply)
    except ValueError:
        return
    assert all(t.tag.isalnum() and -1 <= t.status <= 255 for t in tags)


@settings(deadline=None)
@given(JSON)
def test_any_json_is_a_wifi_scan_or_a_value_error(reply: object) -> None:
    try:
        networks = parse_wifi_scan(reply)
    except ValueError:
        return
    assert all(-127 <= n.signal_dbm <= 0 and len(n.ssid) <= MAX_SSID for n in networks)


@settings(deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "Ssid": st.text(min_size=0, max_size=MAX_SSID).filter(str.isprintable),
                "SignalStrength": st.integers(-127, 0),
                "Security": st.sampled_from(["WPA2", "WPA3", "Open"]),
                "Band": st.sampled_from(["2.4GHz", "5GHz"]),
            }
        ),
        max_size=8,
    )
)
def test_a_well_formed_scan_reads_back(results) -> None:
    networks = parse_wifi_scan(json.loads(json.dumps({"scan_results": results})))
    assert [(n.ssid, n.signal_dbm) for n in networks] == [
        (r["Ssid"], r["SignalStrength"]) for r in results
    ]


def test_whitelist_fields_are_checked() -> None:
    good = {"tag": "04A1", "parent": "", "status": 1, "expiryDate": ""}
    assert parse_whitelist({"whitelist": [good]})[0].tag == "04A1"
    for bad in ({**good, "tag": "04 A1"}, {**good, "status": True}, {**good, "tag": 4}):
        with pytest.raises(ValueError):
            parse_whitelist({"whitelist": [bad]})
    with pytest.raises(ValueError):
        parse_wifi_scan({"scan_results": [{"Ssid": "x", "SignalStrength": 12}]})
