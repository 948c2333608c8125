"""Reboot by command and after a licence key: the port goes away, comes back, settings apply."""

from __future__ import annotations

import time

from app.core.licence import Feature
from app.sim.alfen.charger import licence_key_for
from app.sim.runner import SimulatedSite
from tests.sim.helpers import (
    TIME_SCALE,
    TOKEN,
    can_connect,
    endpoint,
    eventually,
    read_ids,
    refused,
    session,
)


async def test_reboot_command_closes_port_and_comes_back_with_pending_applied(
    site: SimulatedSite,
) -> None:
    url = str(endpoint(site, TOKEN)["https"])
    charger = site.node(TOKEN).charger
    async with session(site, TOKEN) as (c, headers):
        await c.post("/api/prop", headers=headers, json={"2189_0": {"id": "2189_0", "value": 1}})
        assert (await read_ids(c, headers, "2189_0")) == {"2189_0": 3}
        reply = await c.post("/api/cmd", json={"command": "reboot"}, headers=headers)
        assert reply.status_code == 200
        started = time.monotonic()
        await eventually(lambda: refused(url), within=2.0, what="the port to close")
        await eventually(lambda: can_connect(url), what="the charger to come back")
        took = time.monotonic() - started
    assert took >= charger.reboot_seconds / TIME_SCALE * 0.8
    assert charger.boot_count == 2
    async with session(site, TOKEN) as (c, headers):  # same port, fresh login
        values = await read_ids(c, headers, "2189_0", "2056_0")
    assert values == {"2189_0": 1, "2056_0": 2}


async def test_unknown_command_is_400(site: SimulatedSite) -> None:
    async with session(site, TOKEN) as (c, headers):
        reply = await c.post("/api/cmd", json={"command": "selfdestruct"}, headers=headers)
        assert reply.status_code == 400 and "selfdestruct" in reply.json()["error"]
        assert (await c.get("/api/info")).status_code == 200  # no reboot followed
    assert site.node(TOKEN).charger.boot_count == 1


async def test_licence_key_reboots_the_charger_and_unlocks_bits(site: SimulatedSite) -> None:
    url = str(endpoint(site, TOKEN)["https"])
    async with session(site, TOKEN) as (c, headers):
        before = await read_ids(c, headers, "21A0_0", "21A2_0", "2056_0")
        assert before["21A2_0"] == Feature.ALB
        key = licence_key_for(str(before["21A0_0"]), Feature.SCN | Feature.RFID)
        reply = await c.post(
            "/api/prop", headers=headers, json={"21A1_0": {"id": "21A1_0", "value": key.text}}
        )
        assert reply.status_code == 200
        assert reply.json()["properties"] == [{"id": "21A1_0", "value": key.text}]
        await eventually(lambda: refused(url), within=2.0, what="the automatic reboot")
    await eventually(lambda: can_connect(url), what="the charger to come back")
    async with session(site, TOKEN) as (c, headers):
        after = await read_ids(c, headers, "21A1_0", "21A2_0", "2056_0")
    assert after == {
        "21A1_0": key.text,
        "21A2_0": Feature.ALB | Feature.SCN | Feature.RFID,
        "2056_0": 2,
    }


async def test_key_for_another_charger_is_400_and_no_reboot(site: SimulatedSite) -> None:
    key = licence_key_for("0000000000000000", Feature.SCN)
    async with session(site, TOKEN) as (c, headers):
        reply = await c.post(
            "/api/prop", headers=headers, json={"21A1_0": {"id": "21A1_0", "value": key.text}}
        )
        assert reply.status_code == 400 and "not valid" in reply.json()["error"]
        assert (await read_ids(c, headers, "21A2_0")) == {"21A2_0": Feature.ALB}
    assert site.node(TOKEN).charger.boot_count == 1 and not site.node(TOKEN).api.rebooting
