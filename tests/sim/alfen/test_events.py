"""The simulated charger's own memory: event log, transaction log, whitelist, Wi-Fi scan."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimCharger, SimEV
from app.sim.alfen.events import LOG_CAPACITY, WHITELIST_SLOTS, ChargerEvents
from app.sim.alfen.logs import serve_logs
from app.sim.http import Request

LINE = re.compile(r"\d+_\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ:[A-Z]+:[\w.]+:\d+:.+")


def _get(charger: SimCharger, path: str, method: str = "GET") -> tuple[int, bytes]:
    route, _, query = path.partition("?")
    reply = serve_logs(charger, Request(method, route, query, "HTTP/1.1", {}))
    return reply.status, reply.body


def test_every_line_has_the_chargers_format_and_ids_count_up() -> None:
    charger = SimCharger(serial="ace0000101", password="s3cret-pw")
    charger.plug(1, SimEV())
    charger.unplug(1)
    lines = charger.events.log_page(0, 100)
    assert len(lines) == 3
    assert all(LINE.fullmatch(line) for line in lines), lines
    assert [int(line.split("_", 1)[0]) for line in lines] == [1, 2, 3]


def test_a_write_is_logged_by_id_never_by_value() -> None:
    charger = SimCharger(serial="ace0000102")
    charger.write(PropertyId.parse("2062_0"), 13.5)
    last = charger.events.log_page(0, 1)[0]
    assert last.endswith(":property 2062_0 written")
    assert "13.5" not in last


def test_log_pages_count_back_from_the_newest_oldest_first() -> None:
    events = ChargerEvents("ace0000103", now=lambda: datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    for n in range(70):
        events.add_line("INFO", "t.c", 1, f"event {n}")
    newest = events.log_page(0, 32)
    assert newest[-1].endswith("event 69") and newest[0].endswith("event 38")
    older = events.log_page(32, 32)
    assert older[-1].endswith("event 37")
    assert events.log_page(71, 32) == []
    assert events.log_page(64, 32)[0].endswith("started")  # the first line of all


def test_the_ring_keeps_only_the_newest_lines() -> None:
    events = ChargerEvents("ace0000104")
    for n in range(LOG_CAPACITY + 5):
        events.add_line("INFO", "t.c", 1, f"event {n}")
    everything = events.log_page(0, LOG_CAPACITY * 2)
    assert len(everything) == LOG_CAPACITY
    assert everything[-1].startswith(f"{LOG_CAPACITY + 6}_")


def test_a_session_and_a_reboot_leave_transaction_records() -> None:
    charger = SimCharger(serial="ace0000105")
    charger.plug(1, SimEV())
    charger.start_reboot()  # the reboot ends the session
    charger.finish_reboot()
    records = charger.events.transaction_page(0xFFFFFFFF, 16)
    kinds = [r.split(": ", 1)[0] for r in records]
    assert kinds == ["0_txstart", "1_txstop", "2_rs"]
    assert "socket 1" in records[0] and records[2].startswith("2_rs: boot 2,")


def test_transaction_pages_go_backwards_by_number() -> None:
    charger = SimCharger(serial="ace0000106")
    for _ in range(20):
        charger.plug(1, SimEV())
        charger.unplug(1)
    status, body = _get(charger, "/api/transactions?offset=4294967295")
    newest = body.decode().splitlines()
    assert status == 200 and len(newest) == 16 and newest[-1].startswith("39_txstop")
    status, body = _get(charger, "/api/transactions?offset=23")
    assert body.decode().splitlines()[0].startswith("8_") and body.decode().splitlines()[
        -1
    ].startswith("23_")


def test_whitelist_add_remove_and_sparse_pages() -> None:
    charger = SimCharger(serial="ace0000107")
    for n in range(20):
        assert _get(charger, f"/api/whitelist?add=TAG{n:02d}")[0] == 200
    assert _get(charger, "/api/whitelist?remove=TAG03")[0] == 200
    assert _get(charger, "/api/whitelist?remove=TAG03")[0] == 404
    status, body = _get(charger, "/api/whitelist?index=0")
    assert status == 200 and b"TAG03" not in body and body.count(b'"tag"') == 15
    assert _get(charger, "/api/whitelist?index=16")[1].count(b'"tag"') == 4
    assert _get(charger, "/api/whitelist?index=32")[1] == b'{"whitelist": []}'
    assert _get(charger, f"/api/whitelist?index={WHITELIST_SLOTS}")[0] == 400
    assert _get(charger, "/api/whitelist?add=bad%20tag")[0] == 400


def test_wifi_scan_is_the_same_each_time_and_in_the_charger_shape() -> None:
    charger = SimCharger(serial="ace0000108")
    first, second = _get(charger, "/api/wifiscan"), _get(charger, "/api/wifiscan")
    assert first == second and first[0] == 200
    assert b'"scan_results"' in first[1] and b'"SignalStrength"' in first[1]


def test_bad_paging_numbers_are_refused() -> None:
    charger = SimCharger(serial="ace0000109")
    assert _get(charger, "/api/log?offset=-1")[0] == 400
    assert _get(charger, "/api/log?lines=abc")[0] == 400
    assert _get(charger, "/api/log", method="POST")[0] == 405


def test_clearing_personal_data_erases_tags_transactions_and_log() -> None:
    charger = SimCharger(serial="ace0000110")
    charger.plug(1, SimEV())
    charger.unplug(1)
    _get(charger, "/api/whitelist?add=04AA")
    assert _get(charger, "/api/clearpersonaldata")[0] == 405
    assert _get(charger, "/api/clearpersonaldata", method="POST")[0] == 200
    assert _get(charger, "/api/whitelist?index=0")[1] == b'{"whitelist": []}'
    assert _get(charger, "/api/transactions")[1] == b""
    lines = _get(charger, "/api/log")[1].decode().splitlines()
    assert len(lines) == 1 and lines[0].endswith(":personal data erased")
    charger.plug(1, SimEV())  # numbering goes on
    assert charger.events.transaction_page(0xFFFFFFFF, 16)[0].startswith("2_txstart: id 2,")


def test_a_charger_is_online_once_its_reboot_finished_even_a_little_early() -> None:
    """The server answers again when the reboot finishes; a timer may end it a moment before
    its time (Qt's coarse timers), and `online` must agree with the server then."""
    charger = SimCharger(serial="ace0000106", reboot_seconds=60.0)
    charger.start_reboot()
    assert not charger.online
    charger.finish_reboot()
    assert charger.online and charger.boot_count == 2
