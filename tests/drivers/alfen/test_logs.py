"""Reading the charger's event log, transaction log, whitelist and Wi-Fi scan over HTTPS."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput, LoginFailed, ProtocolError
from app.drivers.alfen import logs
from app.drivers.alfen.client import AlfenClient
from app.sim.alfen.charger import SimEV
from app.transports.pins import PinStore

pytestmark = pytest.mark.asyncio


async def test_event_log_pages_back_to_the_first_line_each_line_once(sim) -> None:
    charger, endpoint = sim.charger("token")
    for n in range(45):  # 45 + the start-up line: two pages of 32 and a short one
        charger.events.add_line("INFO", "test.c", 10 + n, f"event {n}")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        lines = await logs.event_log(client)
    ids = [line.id for line in lines]
    assert ids == sorted(set(ids)) and ids[0] == 1
    assert lines[-1].text == "login: admin"  # the login of this very read, newest
    assert [line.text for line in lines if line.file == "test.c"] == [
        f"event {n}" for n in range(45)
    ]
    assert lines[1].line == 10 and lines[1].level == "INFO"


async def test_event_log_limit_keeps_the_newest(sim) -> None:
    charger, endpoint = sim.charger("token")
    for n in range(100):
        charger.events.add_line("WARN", "test.c", 1, f"event {n}")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        lines = await logs.event_log(client, limit=40)
    assert len(lines) == 40 and lines[-1].text == "login: admin"
    assert lines[0].text == "event 61"


async def test_transaction_log_pages_backwards_to_record_zero(sim) -> None:
    charger, endpoint = sim.charger("cookie")
    for _ in range(20):  # 40 records: three pages of at most 16
        charger.plug(2, SimEV())
        charger.unplug(2)
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        records = await logs.transaction_log(client)
    assert [r.number for r in records] == list(range(40))
    assert {r.kind for r in records} == {"txstart", "txstop"}
    assert "socket 2" in records[0].fields


async def test_whitelist_walks_sparse_pages_and_add_remove_change_it(sim) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        for n in range(40):
            await logs.change_whitelist(client, "add", f"04AB{n:02d}")
        for n in range(16, 32):  # an empty page between two full ones
            await logs.change_whitelist(client, "remove", f"04AB{n:02d}")
        tags = await logs.whitelist(client)
        with pytest.raises(InvalidInput):
            await logs.change_whitelist(client, "add", "04 AB")
    assert [t.tag for t in tags] == [f"04AB{n:02d}" for n in (*range(16), *range(32, 40))]
    assert all(t.status == 1 for t in tags)


async def test_wifi_scan_reads_the_networks(sim) -> None:
    charger, endpoint = sim.charger("cookie")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        networks = await logs.wifi_scan(client)
    assert len(networks) == 5
    assert all(-127 <= n.signal_dbm <= 0 and n.ssid for n in networks)
    assert {n.band for n in networks} == {"2.4GHz", "5GHz"}


async def test_a_refused_login_shows_in_the_event_log(sim) -> None:
    charger, endpoint = sim.charger("token")
    with pytest.raises(LoginFailed):
        async with AlfenClient(endpoint, "not-the-password", pins=PinStore()):
            pass
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        texts = [line.text for line in await logs.event_log(client)]
    assert texts[-2:] == ["login refused: wrong user name or password", "login: admin"]
    assert not any("not-the-password" in text for text in texts)


async def test_a_page_that_is_not_an_event_log_is_a_protocol_error(sim) -> None:
    charger, endpoint = sim.charger("token")
    charger.events.log.append("garbage without the fields")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        with pytest.raises(ProtocolError, match=f"{charger.serial} sent a bad /api/log page"):
            await logs.event_log(client)


async def test_log_reads_log_in_again_after_the_session_expired(sim) -> None:
    charger, endpoint = sim.charger("cookie")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        sim.expire_sessions(charger)
        lines = await logs.event_log(client)
    assert [line.text for line in lines].count("login: admin") == 2


async def test_log_reads_reconnect_after_the_connection_was_dropped(sim) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        await sim.fault(charger, "drop")
        records = await logs.transaction_log(client)
        lines = await logs.event_log(client)
    assert records == []
    assert [line.text for line in lines].count("login: admin") == 2
