"""Reconnecting to a charger whose certificate is pinned: one TLS connection to identify and log
in, a reboot waited for with bare TCP polls, and a changed certificate still named as such."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from app.core.errors import CertificateChanged
from app.drivers.alfen.client import AlfenClient
from app.sim.http import Connection, Request, Response
from app.transports.pins import PinStore
from tests.sim_site import SimHandle

pytestmark = pytest.mark.asyncio


def count_tls_connections(sim: SimHandle, serial: str) -> list[int]:
    """Count the connections the charger admits (each is one TLS handshake)."""
    server = sim.site.node(serial).api.server
    admitted = [0]
    admit: Callable[[], bool] = server._admit

    def counting() -> bool:
        admitted[0] += 1
        return admit()

    server._admit = counting
    return admitted


async def test_with_a_pin_identify_and_login_share_one_connection(sim: SimHandle) -> None:
    charger, endpoint = sim.charger("token")
    pins = PinStore()
    async with AlfenClient(endpoint, charger.password, pins=pins, expected_serial=charger.serial):
        pass  # first use: probe, pin, then the pinned connection
    admitted = count_tls_connections(sim, charger.serial)
    async with AlfenClient(
        endpoint, charger.password, pins=pins, expected_serial=charger.serial
    ) as client:
        assert client.identity.serial == charger.serial
        assert await client.get("2051_0") == charger.serial
    assert admitted[0] == 1


def record_requests(sim: SimHandle, serial: str) -> list[str]:
    """The path of every HTTP request the charger serves from now on."""
    server = sim.site.node(serial).api.server
    paths: list[str] = []
    handler = server._handler

    async def recording(request: Request, conn: Connection) -> Response:
        paths.append(request.path)
        return await handler(request, conn)

    server._handler = recording
    return paths


async def test_reboot_wait_polls_without_requests_then_logs_in_once(sim: SimHandle) -> None:
    charger, endpoint = sim.charger("cookie")
    pins = PinStore()
    async with AlfenClient(
        endpoint, charger.password, pins=pins, expected_serial=charger.serial
    ) as client:
        boots = charger.boot_count
        await client.reboot()
        paths = record_requests(sim, charger.serial)
        identity = await client.wait_until_back(timeout=20, poll=0.05)
        assert identity.serial == charger.serial and charger.boot_count == boots + 1
        assert await client.get("2051_0") == charger.serial
    # Dozens of bare TCP polls while it was down: no request until it came back.
    assert paths == ["/api/info", "/api/login", "/api/prop", "/api/logout"]


async def test_a_changed_certificate_is_still_named_with_both_fingerprints(
    sim: SimHandle,
) -> None:
    charger, endpoint = sim.charger("token")
    pins = PinStore()
    async with AlfenClient(endpoint, charger.password, pins=pins, expected_serial=charger.serial):
        pass
    first = pins.get(charger.serial)
    assert first is not None
    await sim.fault(charger, "new_certificate")
    with pytest.raises(CertificateChanged) as caught:
        async with AlfenClient(
            endpoint, charger.password, pins=pins, expected_serial=charger.serial
        ):
            pass
    assert caught.value.pinned == first.sha256 and caught.value.presented != first.sha256


async def test_a_request_cancelled_at_any_step_leaves_the_next_one_working(sim: SimHandle) -> None:
    """An operation cancelled mid-request (the installer's Cancel during a reboot command) must
    not leave the connection's one slot taken: the next request would wait for it in vain."""
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, timeout=1.0) as client:
        for steps in range(40):  # every point of a request's course, one loop step at a time
            request = asyncio.ensure_future(client.get("2051_0"))
            for _ in range(steps):
                await asyncio.sleep(0)
            request.cancel()
            await asyncio.gather(request, return_exceptions=True)
            assert await client.get("2051_0") == charger.serial, f"cancelled after {steps} steps"
