"""Each fault of the simulated charger, set through the control API."""

from __future__ import annotations

import hashlib
import json
import ssl
import time

import httpx
import pytest

from app.sim.runner import SimulatedSite
from tests.sim.helpers import (
    TOKEN,
    can_connect,
    client,
    control,
    endpoint,
    eventually,
    read_ids,
    refused,
    session,
)


async def fault(site: SimulatedSite, **body: object) -> None:
    reply = await control(site, "/fault", {"serial": TOKEN, **body})
    assert reply.status_code == 200, reply.text


async def test_drop_resets_connections_and_ends_the_session(site: SimulatedSite) -> None:
    api = site.node(TOKEN).api
    async with session(site, TOKEN) as (c, headers):
        assert api.busy
        await fault(site, kind="drop")
        assert not api.busy and not api.server.connections
        # httpx finds its pooled connection dead and opens a new one: no session there
        reply = await c.get("/api/categories", headers=headers)
        assert reply.status_code == 401


async def test_delay_slows_every_reply_until_cleared(site: SimulatedSite) -> None:
    url = str(endpoint(site, TOKEN)["https"])
    await fault(site, kind="delay", seconds=0.3)
    async with client(url) as c:
        start = time.monotonic()
        assert (await c.get("/api/info")).status_code == 200
        assert time.monotonic() - start >= 0.3
        await fault(site, kind="delay", seconds=0)
        start = time.monotonic()
        await c.get("/api/info")
        assert time.monotonic() - start < 0.3


async def test_phantom_client_holds_the_session_until_released(site: SimulatedSite) -> None:
    url = str(endpoint(site, TOKEN)["https"])
    async with session(site, TOKEN) as (c, headers):
        await fault(site, kind="phantom", hold=True)
        with pytest.raises(httpx.TransportError):  # our connection was taken away, and no new one
            await c.get("/api/categories", headers=headers)
    assert not await can_connect(url)
    state = (await control(site, "/state")).json()
    assert state["chargers"][0]["api"]["faults"]["phantom"] is True
    await fault(site, kind="phantom", hold=False)
    assert await can_connect(url)


async def test_reject_next_write_once_and_apply_nothing(site: SimulatedSite) -> None:
    await fault(site, kind="reject_write", text="Write refused: charger busy")
    body = {"2062_0": {"id": "2062_0", "value": 20.0}}
    async with session(site, TOKEN) as (c, headers):
        first = await c.post("/api/prop", json=body, headers=headers)
        assert first.status_code == 400
        assert first.json() == {"error": "Write refused: charger busy"}
        assert (await read_ids(c, headers, "2062_0")) == {"2062_0": 32.0}
        second = await c.post("/api/prop", json=body, headers=headers)
        assert second.status_code == 200
        assert (await read_ids(c, headers, "2062_0")) == {"2062_0": 20.0}


async def test_malformed_json_for_the_next_n_replies(site: SimulatedSite) -> None:
    async with session(site, TOKEN) as (c, headers):
        await fault(site, kind="malformed", count=2)
        for _ in range(2):
            reply = await c.get("/api/prop?ids=2062_0", headers=headers)
            assert reply.status_code == 200
            with pytest.raises(json.JSONDecodeError):
                reply.json()
        assert (await read_ids(c, headers, "2062_0")) == {"2062_0": 32.0}


async def test_reboot_fault_takes_the_port_away_and_back(site: SimulatedSite) -> None:
    url = str(endpoint(site, TOKEN)["https"])
    await fault(site, kind="reboot")
    await eventually(lambda: refused(url), within=2.0, what="the port to close")
    await eventually(lambda: can_connect(url), what="the charger to come back")
    assert site.node(TOKEN).charger.boot_count == 2


async def _peer_sha256(url: str) -> str:
    async with client(url) as c:
        reply = await c.get("/api/info")
        tls: ssl.SSLObject = reply.extensions["network_stream"].get_extra_info("ssl_object")
        der = tls.getpeercert(binary_form=True)
    assert der is not None
    return hashlib.sha256(der).hexdigest()


async def test_new_certificate_is_presented_on_the_next_connection(site: SimulatedSite) -> None:
    url = str(endpoint(site, TOKEN)["https"])
    first = await _peer_sha256(url)
    assert first == await _peer_sha256(url) == site.node(TOKEN).api.certificate.sha256
    await fault(site, kind="new_certificate")
    second = await _peer_sha256(url)
    assert second != first
    assert second == site.node(TOKEN).api.certificate.sha256
