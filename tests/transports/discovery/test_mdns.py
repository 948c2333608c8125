"""mDNS discovery over real zeroconf traffic, confined to 127.0.0.1."""

from __future__ import annotations

import asyncio
import gc
import signal
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from zeroconf import NonUniqueNameException, Zeroconf

from app.core.discovery import Source, Transport
from app.core.discovery_table import DiscoveredCharger
from app.drivers import registry
from app.drivers.alfen.discovery import ALFEN_MDNS
from app.sim.mdns import MdnsAdvertiser, MdnsEntry, host_name
from app.transports.discovery.hub import DiscoveryHub
from app.transports.discovery.mdns import MdnsBrowser, devices_from_service

LOOPBACK = ["127.0.0.1"]
ROOT = Path(__file__).resolve().parents[3]
Entries = tuple[DiscoveredCharger, ...]


def new_serial() -> str:
    """Unique per test: other processes on this machine may advertise on loopback too."""
    return f"T{uuid.uuid4().hex[:9].upper()}"


def has(*serials: str, stale: bool | None = None) -> Callable[[Entries], bool]:
    def condition(entries: Entries) -> bool:
        by_key = {e.key: e for e in entries}
        return all(s in by_key and (stale is None or by_key[s].stale is stale) for s in serials)

    return condition


def entry(hub: DiscoveryHub, serial: str) -> DiscoveredCharger:
    return next(e for e in hub.entries() if e.key == serial)


@pytest.fixture
async def advertiser() -> AsyncIterator[MdnsAdvertiser]:
    adv = MdnsAdvertiser(("127.0.0.1",))
    yield adv
    await adv.stop()


def test_resolved_service_keeps_ipv4_and_falls_back_to_the_default_port() -> None:
    new, old = ALFEN_MDNS
    [device] = devices_from_service(
        old,
        "alfen-ace1._lolo3._http._tcp.local.",
        server="alfen-ace1.local.",
        port=0,
        addresses=["fe80::1%eth0", "0.0.0.0", "192.0.2.5"],
        now=7.0,
    )
    assert (device.address, device.port, device.scheme, device.generation) == (
        "192.0.2.5",
        80,
        "http",
        "old",
    )
    assert device.serial == "ACE1" and device.source is Source.MDNS
    assert (
        devices_from_service(new, "x", server="a-b.local.", port=443, addresses=["::1"], now=0)
        == []
    )


async def test_both_generations_are_found_with_port_scheme_and_serial(
    advertiser: MdnsAdvertiser,
) -> None:
    fresh, legacy = new_serial(), new_serial()
    await advertiser.start(
        [(fresh, "NG910-60027", 8443, "https"), MdnsEntry(legacy, "NG910", 8080, "old")]
    )
    async with DiscoveryHub() as hub:
        await hub.add_source(MdnsBrowser(interfaces=LOOPBACK, services=registry.mdns_services()))
        assert await hub.wait_until(has(fresh, legacy), within=10)
        new, old = entry(hub, fresh).lan, entry(hub, legacy).lan
    assert new is not None and old is not None
    assert (new.address, new.port, new.scheme, new.generation) == (
        "127.0.0.1",
        8443,
        "https",
        "new",
    )
    assert (old.address, old.port, old.scheme, old.generation) == ("127.0.0.1", 8080, "http", "old")
    assert (
        new.name == host_name(fresh).rstrip(".")
        and new.extra["service_type"] == "_alfen._tcp.local."
    )
    assert entry(hub, fresh).transports == {Transport.LAN}


async def test_goodbye_marks_stale_with_last_seen_kept_and_return_refreshes(
    advertiser: MdnsAdvertiser,
) -> None:
    serial = new_serial()
    await advertiser.start([(serial, "NG910", 8443, "https")])
    async with DiscoveryHub() as hub:
        await hub.add_source(MdnsBrowser(interfaces=LOOPBACK, services=registry.mdns_services()))
        assert await hub.wait_until(has(serial, stale=False), within=10)
        seen_at = entry(hub, serial).last_seen
        await advertiser.remove(serial)
        assert await hub.wait_until(has(serial, stale=True), within=10)
        assert entry(hub, serial).last_seen == seen_at
        await advertiser.add((serial, "NG910", 9443, "https"))
        assert await hub.wait_until(has(serial, stale=False), within=10)
        back = entry(hub, serial)
    assert back.lan is not None and back.lan.port == 9443 and back.first_seen <= seen_at


async def test_a_charger_that_stops_answering_goes_stale_within_its_ttl(
    advertiser: MdnsAdvertiser,
) -> None:
    alive, dying = new_serial(), new_serial()
    await advertiser.start([(alive, "NG910", 8443, "https")])
    peer = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.transports.discovery.mdns_peer",
        f"{dying}:8443:https",
        cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert peer.stdout is not None
        async with asyncio.timeout(20):
            assert (await peer.stdout.readline()).strip() == b"ready"
        hub = DiscoveryHub(ttl={Source.MDNS: 3.0}, check_interval=0.2, refresh_interval=0.5)
        async with hub:
            await hub.add_source(
                MdnsBrowser(interfaces=LOOPBACK, services=registry.mdns_services())
            )
            assert await hub.wait_until(has(alive, dying), within=10)
            peer.send_signal(signal.SIGKILL)  # power cut: no goodbye
            killed_at = time.time()
            assert await hub.wait_until(has(dying, stale=True), within=15)
            still = entry(hub, alive)
            assert not still.stale and still.last_seen > killed_at
            assert entry(hub, dying).last_seen <= killed_at
    finally:
        if peer.returncode is None:
            peer.kill()
        await peer.wait()


async def test_a_charger_that_changes_address_keeps_one_entry_with_the_old_address_stale(
    advertiser: MdnsAdvertiser,
) -> None:
    serial = new_serial()
    await advertiser.start([(serial, "NG910", 8443, "https")])
    async with DiscoveryHub() as hub:
        await hub.add_source(MdnsBrowser(interfaces=LOOPBACK, services=registry.mdns_services()))
        assert await hub.wait_until(has(serial), within=10)
        # Time passes on site. (A record only replaces cached ones older than one second,
        # RFC 6762 §10.2, so a move right after discovery would look like a second address.)
        await asyncio.sleep(1.1)
        await advertiser.move(serial, "127.0.0.2")

        def moved(entries: Entries) -> bool:
            lan = next((e.lan for e in entries if e.key == serial), None)
            return lan is not None and lan.address == "127.0.0.2" and not lan.stale

        assert await hub.wait_until(moved, within=10)
        sightings = {s.address: s.stale for s in entry(hub, serial).sightings}
    assert sightings == {"127.0.0.1": True, "127.0.0.2": False}


def second_registered(advertiser: MdnsAdvertiser) -> list[str]:
    azc = advertiser._azc
    return [] if azc is None else [i.name for i in azc.zeroconf.registry.async_get_service_infos()]


async def test_a_second_advertiser_of_the_same_names_is_refused_even_if_probe_answers_are_lost(
    advertiser: MdnsAdvertiser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The defender's unicast answers to probes may go to its own socket on a shared loopback
    port; the multicast question asked beside the probes still finds it."""
    serial = new_serial()
    await advertiser.start([MdnsEntry(serial, "NG910", 8443)])
    second = MdnsAdvertiser(("127.0.0.1",))

    async def probe_answers_lost(self: Zeroconf, *args: object, **kwargs: object) -> None:
        return None  # nothing heard: the name looks free at once

    monkeypatch.setattr(Zeroconf, "async_check_service", probe_answers_lost)
    try:
        with pytest.raises(NonUniqueNameException):
            await second.start([MdnsEntry(serial, "NG910", 9443)])
        assert second.advertised == ()
        assert second_registered(second) == []  # withdrawn without a goodbye for the name
    finally:
        await second.stop()


async def test_an_advertiser_stopped_while_probing_leaves_no_stray_failure(
    advertiser: MdnsAdvertiser,
) -> None:
    """Quitting the demo a moment after it started cancels the probes: nothing may be left for
    the event loop to report as an exception never retrieved."""
    loop = asyncio.get_running_loop()
    reported: list[dict[str, object]] = []
    loop.set_exception_handler(lambda _loop, context: reported.append(context))
    try:
        await advertiser.start([])
        adding = asyncio.ensure_future(advertiser.add(MdnsEntry(new_serial(), "NG910", 8443)))
        await asyncio.sleep(0.05)  # into the probes' first wait
        adding.cancel()
        await asyncio.gather(adding, return_exceptions=True)
        del adding  # its traceback would keep the probes alive past the collection below
        # As the program's loop does when it closes: every task left is cancelled.
        left = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in left:
            task.cancel()
        await asyncio.gather(*left, return_exceptions=True)
        await advertiser.stop()
        gc.collect()
        await asyncio.sleep(0)
    finally:
        loop.set_exception_handler(None)
    assert reported == []
