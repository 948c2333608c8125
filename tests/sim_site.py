"""A simulated site for device tests: one token-style and one cookie-style charger.

Serves the driver, transport and workflow tests (the `sim` fixture, loaded by tests/conftest.py).
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import httpx
import pytest

from app.sim.alfen.charger import SimCharger
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site

SITE = {
    "schema_version": 1,
    "name": "protocol tests",
    "session_idle_seconds": 60,
    "grid": {"phases": 3, "voltage": 230.0, "main_fuse": 25.0},
    "loads": [{"name": "household", "amps": [4.0, 3.0, 3.0], "on": True}],
    "chargers": [
        {
            "serial": "ace0000011",
            "password": "pr0be-token",
            "session": "token",
            "reboot_seconds": 2,
        },
        {
            "serial": "ace0000012",
            "password": "pr0be-cookie",
            "session": "cookie",
            "sockets": 2,
            "reboot_seconds": 2,
        },
    ],
}


class SimHandle:
    """The running site, with the few knobs the protocol tests turn."""

    def __init__(self, site: SimulatedSite) -> None:
        self.site = site

    def charger(self, style: str) -> tuple[SimCharger, str]:
        for node in self.site.nodes:
            if node.api.session_style == style:
                return node.charger, node.api.url
        raise LookupError(style)

    def expire_sessions(self, charger: SimCharger) -> None:
        """Let the idle time pass for the charger's session (as if the installer paused)."""
        api = self.site.node(charger.serial).api
        assert api.session is not None
        api.session.last_used = -1e9

    async def fault(self, charger: SimCharger, kind: str, **extra: object) -> None:
        body = {"serial": charger.serial, "kind": kind, **extra}
        async with httpx.AsyncClient(timeout=5) as control:
            reply = await control.post(f"{self.site.control_url}/fault", json=body)
        assert reply.status_code == 200, reply.text


@pytest.fixture
async def sim() -> AsyncIterator[SimHandle]:
    async with SimulatedSite(parse_site(SITE, "protocol-tests.toml"), time_scale=4) as site:
        yield SimHandle(site)


@pytest.fixture
def free_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
