"""A small simulated site for the tests, and raw httpx helpers to talk to it."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx

from app.sim.runner import SimulatedSite

TIME_SCALE = 20.0
TOKEN = "ace0000001"  # token-style charger, ALB licensed
COOKIE = "ace0000002"  # cookie-style dual-socket charger

SITE: dict[str, object] = {
    "schema_version": 1,
    "name": "test site",
    "session_idle_seconds": 60,
    "grid": {"phases": 3, "voltage": 230.0, "main_fuse": 25.0},
    "loads": [
        {"name": "household", "amps": [4.0, 3.0, 3.0], "on": True},
        {"name": "hair dryer", "amps": [0.0, 9.0, 0.0], "on": False},
    ],
    "chargers": [
        {
            "serial": TOKEN,
            "password": "token-pass-1",
            "session": "token",
            "licence": ["ALB"],
            "reboot_seconds": 10,
            "properties": {"2129_0": 16.0},
        },
        {
            "serial": COOKIE,
            "password": "cookie-pass-2",
            "session": "cookie",
            "sockets": 2,
            "wiring": ["L1L2L3", "L2L3L1"],
            "reboot_seconds": 10,
        },
    ],
}


def site_data(**changes: object) -> dict[str, object]:
    """A deep copy of SITE with top-level fields replaced."""
    data = copy.deepcopy(SITE)
    data.update(changes)
    return data


def client(url: str) -> httpx.AsyncClient:
    """A raw httpx client (one keep-alive connection per client), TLS not verified."""
    return httpx.AsyncClient(base_url=url, verify=False, timeout=5.0)


def endpoint(site: SimulatedSite, serial: str) -> dict[str, object]:
    return site.node(serial).endpoint()


async def login(c: httpx.AsyncClient, password: str) -> dict[str, str]:
    """Log in; returns the headers to send (Bearer for token style, {} for cookie style)."""
    reply = await c.post(
        "/api/login", json={"username": "admin", "password": password, "displayname": "test"}
    )
    assert reply.status_code == 200, reply.text
    if reply.content:
        return {"Authorization": f"Bearer {reply.json()['access']}"}
    return {}


@contextlib.asynccontextmanager
async def session(
    site: SimulatedSite, serial: str
) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, str]]]:
    """A client logged in to one charger, and the headers its requests need."""
    ep = endpoint(site, serial)
    async with client(str(ep["https"])) as c:
        yield c, await login(c, str(ep["password"]))


async def eventually(
    check: Callable[[], Awaitable[bool]] | Callable[[], bool],
    *,
    within: float = 10.0,
    what: str = "condition",
) -> float:
    """Poll `check` until true (bounded); returns the seconds it took."""
    start = time.monotonic()
    while True:
        result = check()
        if not isinstance(result, bool):
            result = await result
        if result:
            return time.monotonic() - start
        if time.monotonic() - start > within:
            raise AssertionError(f"timed out after {within} s waiting for {what}")
        await asyncio.sleep(0.02)


async def can_connect(url: str) -> bool:
    """True when a fresh connection gets /api/info answered."""
    async with client(url) as c:
        try:
            return (await c.get("/api/info")).status_code == 200
        except httpx.TransportError:
            return False


async def read_ids(c: httpx.AsyncClient, headers: dict[str, str], *ids: str) -> dict[str, object]:
    reply = await c.get(f"/api/prop?ids={','.join(ids)}", headers=headers)
    assert reply.status_code == 200, reply.text
    return {p["id"]: p["value"] for p in reply.json()["properties"]}


async def control(site: SimulatedSite, path: str, body: object = None) -> httpx.Response:
    async with httpx.AsyncClient(base_url=site.control_url, timeout=5.0) as c:
        if body is None:
            return await c.get(path)
        return await c.post(path, json=body)


async def refused(url: str) -> bool:
    """True when nothing listens: the TCP connect is refused (not merely reset after accept)."""
    port = int(url.rsplit(":", 1)[1])
    try:
        async with asyncio.timeout(2.0):
            _, writer = await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        return True
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return False
