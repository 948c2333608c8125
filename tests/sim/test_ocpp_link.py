"""The simulated charger's OCPP 1.6J link against a central system built with the `ocpp`
package (app/transports/ocpp_central.py), all on 127.0.0.1."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import pytest

from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimCharger, SimClock, SimEV
from app.sim.alfen.ocpp_link import OcppLink
from app.sim.physics import LiveSite, Physics
from app.sim.runner import SimulatedSite
from app.transports.ocpp_central import CentralSystem
from app.transports.ocpp_point import Registration
from tests.sim.helpers import TOKEN, eventually, read_ids, session

P = PropertyId.parse
SCALE = 20.0  # site seconds per real second
BOOT_STATE = P("3600_1")


def make_charger(serial: str = "ace0000101", sockets: int = 1) -> SimCharger:
    return SimCharger(serial=serial, sockets=sockets, clock=SimClock(SCALE))


@asynccontextmanager
async def linked(
    charger: SimCharger, url: str, config: dict[str, str] | None = None
) -> AsyncIterator[OcppLink]:
    charger.values[P("2071_1")] = url
    link = OcppLink(charger, backoff=(2.0, 8.0))
    for key, value in (config or {}).items():
        assert link.config.change(key, value) == "Accepted"
    await link.start()
    try:
        yield link
    finally:
        await link.stop()


def booted(central: CentralSystem, identity: str, answer: str) -> Callable[[], bool]:
    return lambda: any(
        e.detail.get("answer") == answer for e in central.events(identity, "BootNotification")
    )


async def test_boot_accepted_sets_the_boot_state_and_sends_the_charger_facts() -> None:
    charger = make_charger()
    async with CentralSystem() as central, linked(charger, central.url) as link:
        assert await central.wait_for(booted(central, charger.serial.upper(), "Accepted"), 10)
        await eventually(lambda: charger.get(BOOT_STATE) == 2, what="boot state accepted")
        boot = central.point(charger.serial.upper()).boot
        assert boot["charge_point_model"] == "NG910-60027"
        assert boot["charge_point_vendor"] == "Alfen BV"
        assert boot["firmware_version"] == charger.firmware
        assert link.connected and link.problem == ""


async def test_pending_then_accepted_boots_again_after_the_interval() -> None:
    answers = {1: Registration("Pending", 20), 2: Registration("Accepted", 300)}
    charger = make_charger()
    identity = charger.serial.upper()
    central = CentralSystem(policy=lambda who, boots: answers.get(boots, answers[2]))
    async with central, linked(charger, central.url):
        assert await central.wait_for(booted(central, identity, "Pending"), 10)
        await eventually(lambda: charger.get(BOOT_STATE) == 1, what="boot state pending")
        assert await central.wait_for(booted(central, identity, "Accepted"), 10)
        await eventually(lambda: charger.get(BOOT_STATE) == 2, what="boot state accepted")
        first, second = central.events(identity, "BootNotification")[:2]
        # 20 site seconds at 20x: about one real second between the two boots
        assert 0.8 <= second.at - first.at <= 3.0
        assert not any(e.at < second.at for e in central.events(identity, "Heartbeat"))


async def test_rejected_charger_sends_nothing_but_boots_again() -> None:
    charger = make_charger()
    identity = charger.serial.upper()
    central = CentralSystem(policy=Registration("Rejected", 20))
    async with central, linked(charger, central.url):
        assert await central.wait_for(
            lambda: len(central.events(identity, "BootNotification")) >= 2, 10
        )
        assert charger.get(BOOT_STATE) == 3
        sent = {e.what for e in central.events(identity)}
        assert sent == {"Connected", "BootNotification"}


async def test_heartbeats_follow_the_interval_the_central_system_returns() -> None:
    charger = make_charger()
    identity = charger.serial.upper()
    central = CentralSystem(policy=Registration("Accepted", 10))  # 10 site s = 0.5 real s
    async with central, linked(charger, central.url) as link:
        assert await central.wait_for(lambda: len(central.events(identity, "Heartbeat")) >= 4, 10)
        beats = [e.at for e in central.events(identity, "Heartbeat")]
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        # never sooner than the interval; late only by what a busy machine adds
        assert min(gaps) >= 0.45 and statistics.median(gaps) <= 0.9, gaps
        assert charger.get(P("2086_0")) == 10
        await eventually(lambda: link.heartbeats >= 4, what="the answers reach the charger")
        assert link.last_heartbeat is not None


async def test_status_and_meter_values_while_an_ev_charges() -> None:
    charger = make_charger()
    identity = charger.serial.upper()
    live = LiveSite(clock=charger.clock, chargers=[charger], loads={})
    physics = Physics(live, hz=20)
    await physics.start()
    central = CentralSystem()
    try:
        async with central, linked(charger, central.url, {"MeterValueSampleInterval": "10"}):
            point_ready = booted(central, identity, "Accepted")
            assert await central.wait_for(point_ready, 10)
            point = central.point(identity)
            assert await central.wait_for(lambda: point.status.get(1) == "Available", 5)
            assert point.status.get(0) == "Available"
            charger.plug(1, SimEV())
            assert await central.wait_for(lambda: point.status.get(1) == "Charging", 5)
            assert await central.wait_for(lambda: point.meter_values >= 2, 5)
            samples = central.events(identity, "MeterValues")[-1].detail["samples"]
            currents = [float(s["value"]) for s in samples if s["measurand"] == "Current.Import"]
            assert len(currents) == 3 and min(currents) > 5.0
            charger.unplug(1)
            assert await central.wait_for(lambda: point.status.get(1) == "Available", 5)
    finally:
        await physics.stop()


async def test_central_system_down_then_up_the_charger_reconnects() -> None:
    charger = make_charger()
    identity = charger.serial.upper()
    first = CentralSystem()
    await first.start()
    port = first.port
    await first.stop()
    async with linked(charger, first.url) as link:
        await eventually(lambda: "connection" in link.problem, what="a failed attempt")
        assert charger.get(BOOT_STATE) == 0
        async with CentralSystem(port=port) as central:
            assert await central.wait_for(booted(central, identity, "Accepted"), 10)
            await eventually(lambda: charger.get(BOOT_STATE) == 2, what="accepted")
        await eventually(lambda: charger.get(BOOT_STATE) == 0, what="none once it is gone")
        async with CentralSystem(port=port) as again:
            assert await again.wait_for(booted(again, identity, "Accepted"), 10)


async def test_a_host_that_does_not_resolve_keeps_boot_state_none() -> None:
    charger = make_charger()
    async with linked(charger, "ws://backoffice.invalid/ocpp") as link:
        await eventually(lambda: "does not resolve" in link.problem, what="the reason")
        assert charger.get(BOOT_STATE) == 0 and not link.connected


async def test_a_new_url_moves_the_link_to_the_new_central_system() -> None:
    charger = make_charger()
    identity = charger.serial.upper()
    async with CentralSystem() as one, CentralSystem() as two, linked(charger, one.url):
        assert await one.wait_for(booted(one, identity, "Accepted"), 10)
        charger.write(P("2071_1"), two.url)
        assert await two.wait_for(booted(two, identity, "Accepted"), 10)
        assert await one.wait_for(lambda: bool(one.events(identity, "Disconnected")), 5)


@pytest.mark.parametrize("key, good", [("the-key", True), ("wrong", False)])
async def test_basic_auth_with_identity_and_authorization_key(key: str, good: bool) -> None:
    charger = make_charger()
    identity = charger.serial.upper()
    central = CentralSystem(credentials=lambda who: "the-key" if who == identity else None)
    config = {"AuthorizationKey": key, "SecurityProfile": "1"}
    async with central, linked(charger, central.url, config) as link:
        if good:
            assert await central.wait_for(booted(central, identity, "Accepted"), 10)
            assert central.users[identity] == identity
        else:
            assert await central.wait_for(
                lambda: bool(central.events(identity, "Unauthorized")), 10
            )
            await eventually(lambda: "refused" in link.problem, what="the refusal")
            assert charger.get(BOOT_STATE) == 0
            assert not central.events(identity, "BootNotification")


async def test_a_site_charger_follows_the_url_written_over_its_local_api(
    site: SimulatedSite,
) -> None:
    identity = TOKEN.upper()
    async with CentralSystem() as central, session(site, TOKEN) as (c, headers):
        body = {"2071_1": {"id": "2071_1", "value": central.url}}
        reply = await c.post("/api/prop", json=body, headers=headers)
        assert reply.status_code == 200, reply.text
        assert await central.wait_for(booted(central, identity, "Accepted"), 10)
        await eventually(lambda: site.node(TOKEN).charger.get(BOOT_STATE) == 2, what="accepted")
        assert (await read_ids(c, headers, "3600_1"))["3600_1"] == 2
