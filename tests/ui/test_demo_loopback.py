"""The demo listens on loopback only: every TCP server on 127.0.0.1, and its mDNS (browser and
advertisers) without a socket bound to the wildcard address."""

from __future__ import annotations

import pytest

from tests.sim import sockets
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import wait_for

pytestmark = pytest.mark.gui


async def test_the_demo_binds_nothing_but_loopback(demo_window: OpenDemo) -> None:
    if not sockets.available():
        pytest.skip("reading this process's sockets needs Linux's /proc")
    before = set(sockets.own_sockets())
    async with demo_window(discovery=True) as ctx:
        await wait_for(lambda: ctx.demo.discovery is not None, "discovery to start")
        await wait_for(
            lambda: any(e.transports - {"manual"} for e in ctx.services.directory.entries()),
            "an mDNS or BLE sighting",
        )
        opened = set(sockets.own_sockets()) - before
        listening = [s for s in opened if s.protocol.startswith("tcp") and s.listening]
        udp = [s for s in opened if s.protocol.startswith("udp")]
        servers = 2 * len(ctx.demo.site.nodes) + 1  # each charger's HTTPS and Modbus; control
    assert len(listening) >= servers
    assert {s.host for s in listening} == {"127.0.0.1"}, listening
    assert any(s.port == 5353 for s in udp), "mDNS did not start"
    wildcard = [s for s in udp if s.host in ("0.0.0.0", "::")]
    assert wildcard == [], wildcard
    assert {s.host for s in udp} <= {"127.0.0.1", "224.0.0.251"}, udp
