"""After a certificate change a client is unusable until the installer decides: no request of
any kind, and never a login, goes to whatever now answers on the charger's address."""

from __future__ import annotations

import pytest

from app.core.endpoints import Endpoint
from app.core.errors import CertificateChanged
from app.drivers.alfen.client import AlfenClient
from app.drivers.alfen.session import AlfenSession
from app.transports.pins import PinStore
from tests.drivers.alfen.test_reconnect import count_tls_connections, record_requests
from tests.sim_site import SimHandle

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize("style", ["token", "cookie"])
@pytest.mark.parametrize("expected", [True, False], ids=["expected-serial", "address-only"])
async def test_certificate_changed_between_two_reads_sends_nothing_more(
    sim: SimHandle, style: str, expected: bool
) -> None:
    charger, endpoint = sim.charger(style)
    pins = PinStore()
    serial = charger.serial if expected else None
    client = AlfenClient(endpoint, charger.password, pins=pins, expected_serial=serial)
    async with client:
        assert await client.get("2051_0") == charger.serial
        await sim.fault(charger, "new_certificate")
        await sim.fault(charger, "drop")  # the kept connection goes; the next one sees the new
        paths = record_requests(sim, charger.serial)
        for _ in range(3):  # the poller would read again and again
            with pytest.raises(CertificateChanged):
                await client.get("2051_0")
        with pytest.raises(CertificateChanged):
            await client.session.login()
        with pytest.raises(CertificateChanged):
            await client.session.open()
        assert paths == []  # not one request, so no login and no password
        assert sim.site.node(charger.serial).api.session is None


async def test_accepting_the_presented_certificate_makes_the_client_usable_again(
    sim: SimHandle,
) -> None:
    charger, endpoint = sim.charger("token")
    pins = PinStore()
    async with AlfenClient(
        endpoint, charger.password, pins=pins, expected_serial=charger.serial
    ) as client:
        await sim.fault(charger, "new_certificate")
        await sim.fault(charger, "drop")
        with pytest.raises(CertificateChanged) as caught:
            await client.get("2051_0")
        der = await client.session.presented_certificate()
        pins.pin(charger.serial, der)
        assert pins.get(charger.serial).sha256 == caught.value.presented  # type: ignore[union-attr]
        assert await client.get("2051_0") == charger.serial


async def test_refusing_keeps_the_old_pin_and_the_client_unusable(sim: SimHandle) -> None:
    charger, endpoint = sim.charger("cookie")
    pins = PinStore()
    async with AlfenClient(
        endpoint, charger.password, pins=pins, expected_serial=charger.serial
    ) as client:
        await sim.fault(charger, "new_certificate")
        await sim.fault(charger, "drop")
        with pytest.raises(CertificateChanged):
            await client.get("2051_0")
        admitted = count_tls_connections(sim, charger.serial)
        with pytest.raises(CertificateChanged):
            await client.get("2051_0")
        assert admitted[0] == 0  # not even a handshake while nobody decided


async def test_reading_the_presented_certificate_sends_no_request(sim: SimHandle) -> None:
    charger, endpoint = sim.charger("token")
    paths = record_requests(sim, charger.serial)
    der = await AlfenSession(Endpoint.parse(endpoint), "").presented_certificate()
    assert der == sim.site.node(charger.serial).api.certificate.der
    assert paths == []
