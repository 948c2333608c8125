"""Discovery values and the merge rules: one entry per serial, staleness kept, events emitted."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.discovery import (
    BleMatcher,
    DiscoveredDevice,
    Source,
    Transport,
    match_advertisement,
    serial_from_host,
    usable_ipv4,
)
from app.core.discovery_table import ChangeKind, DeviceTable
from app.drivers import registry


def lan(serial: str = "ACE0000001", *, at: float = 100.0, **changes: object) -> DiscoveredDevice:
    device = DiscoveredDevice(
        serial=serial,
        transport=Transport.LAN,
        source=Source.MDNS,
        address="192.0.2.10",
        origin=f"alfen-{serial.lower()}._alfen._tcp.local.",
        first_seen=at,
        last_seen=at,
        port=443,
        scheme="https",
        generation="new",
    )
    return replace(device, **changes)  # type: ignore[arg-type]


def ble(serial: str = "ACE0000001", *, at: float = 100.0, **changes: object) -> DiscoveredDevice:
    device = DiscoveredDevice(
        serial=serial,
        transport=Transport.BLE,
        source=Source.BLE,
        address="02:00:00:00:00:01",
        origin="02:00:00:00:00:01",
        first_seen=at,
        last_seen=at,
        rssi=-60,
        name=f"ALFEN-{serial}",
    )
    return replace(device, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("host", "serial"),
    [
        ("alfen-ace0781464.local.", "ACE0781464"),
        ("ALFEN-ace0781464.local", "ACE0781464"),
        ("eve-single-pro-ace1.local.", "ACE1"),
        ("nodash.local.", ""),
        ("", ""),
    ],
)
def test_serial_is_last_dash_part_of_host_name(host: str, serial: str) -> None:
    assert serial_from_host(host) == serial


def test_usable_addresses_keep_ipv4_drop_ipv6_and_unspecified() -> None:
    given = ["fe80::1%eth0", "0.0.0.0", "192.0.2.7", "2001:db8::7", "169.254.3.4", "x", "192.0.2.7"]
    assert usable_ipv4(given) == ("192.0.2.7", "169.254.3.4")


def test_ble_patterns_take_serial_from_name_or_company_id() -> None:
    found = match_advertisement(registry.ble_matchers(), "ALFEN-ace0781464", [])
    assert found is not None and (found.driver, found.serial) == ("alfen", "ACE0781464")
    v2c = match_advertisement(registry.ble_matchers(), "V2C Trydan", [])
    assert v2c is not None and (v2c.driver, v2c.serial) == ("v2c", "")  # no ID in the name
    v2c = match_advertisement(registry.ble_matchers(), "Trydan-V2C0100004", [])
    assert v2c is not None and (v2c.driver, v2c.serial) == ("v2c", "V2C0100004")
    by_id = BleMatcher("acme", manufacturer_ids=frozenset({0x1234}))
    assert match_advertisement([by_id], "", [0x1234]) is not None
    assert match_advertisement(registry.ble_matchers(), "JBL Flip 5", [0x0057]) is None


def test_first_sighting_adds_then_quiet_repeat_emits_nothing() -> None:
    table = DeviceTable()
    [event] = table.seen(lan())
    assert event.kind is ChangeKind.ADDED and event.entry.serial == "ACE0000001"
    assert table.seen(lan(at=105.0, first_seen=105.0)) == []
    entry = table.get("ACE0000001")
    assert entry is not None
    assert (entry.first_seen, entry.last_seen) == (100.0, 105.0)


def test_ble_and_lan_merge_into_one_entry_by_serial_case_insensitively() -> None:
    table = DeviceTable()
    table.seen(lan("ACE0000001"))
    [event] = table.seen(ble("ACE0000001"))
    assert event.kind is ChangeKind.UPDATED
    assert len(table) == 1
    assert event.entry.transports == {Transport.LAN, Transport.BLE}
    assert event.entry.lan is not None and event.entry.lan.port == 443
    assert event.entry.ble is not None and event.entry.ble.rssi == -60


def test_anonymous_ble_entry_is_absorbed_when_its_serial_appears() -> None:
    table = DeviceTable()
    table.seen(ble("", name=""))
    assert [e.key for e in table.entries()] == ["ble:02:00:00:00:00:01"]
    events = table.seen(ble("ACE0000009", at=101.0))
    assert [e.kind for e in events] == [ChangeKind.REMOVED, ChangeKind.UPDATED]
    [entry] = table.entries()
    assert entry.key == "ACE0000009" and entry.first_seen == 100.0
    # A later advertisement without the name still lands in the serial's entry.
    table.seen(ble("", name="", at=102.0))
    assert [e.key for e in table.entries()] == ["ACE0000009"]


def test_model_from_probe_wins_and_is_kept_when_mdns_repeats() -> None:
    table = DeviceTable()
    table.seen(lan())
    probed = lan(source=Source.MANUAL, origin="192.0.2.10", model="NG910-60027")
    table.seen(probed)
    table.seen(lan(at=110.0))
    entry = table.get("ACE0000001")
    assert entry is not None and entry.model == "NG910-60027"


def test_gone_marks_stale_keeps_last_seen_and_reseen_is_fresh() -> None:
    table = DeviceTable()
    table.seen(lan(at=100.0))
    [event] = table.gone(Source.MDNS, lan().origin)
    assert event.entry.stale and event.entry.last_seen == 100.0
    assert event.entry.transports == frozenset()
    assert len(table) == 1
    [back] = table.seen(lan(at=130.0))
    assert not back.entry.stale and back.entry.first_seen == 100.0


def test_expire_uses_ttl_per_source_and_none_means_never() -> None:
    table = DeviceTable()
    table.seen(lan(at=100.0))
    table.seen(ble(at=100.0))
    table.seen(lan("ACE0000002", source=Source.MANUAL, origin="m", at=100.0))
    ttl = {Source.MDNS: 60.0, Source.BLE: 10.0, Source.MANUAL: None}
    assert table.expire(105.0, ttl) == []
    [event] = table.expire(111.0, ttl)
    entry = event.entry
    assert not entry.stale and entry.transports == {Transport.LAN}
    assert entry.ble is not None and entry.ble.stale and entry.ble.last_seen == 100.0
    table.expire(1000.0, ttl)
    assert [e.stale for e in table.entries()] == [True, False]
