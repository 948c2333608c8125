"""A charger held by another client and a refused write say what happened and what to do."""

from __future__ import annotations

import ssl

import httpx
import pytest

from app.core.errors import SessionBusy, Unreachable, WriteRejected
from app.drivers.alfen.client import AlfenClient
from app.drivers.alfen.session import _transport_error
from app.transports.pins import PinStore
from tests.sim_site import SimHandle


def _raised_from(exc: httpx.TransportError, cause: BaseException) -> httpx.TransportError:
    exc.__cause__ = cause
    return exc


@pytest.mark.parametrize(
    "cause",
    [
        ssl.SSLEOFError(8, "EOF occurred in violation of protocol (_ssl.c:1006)"),
        ssl.SSLZeroReturnError(6, "TLS/SSL connection has been closed (EOF)"),
        ConnectionResetError(104, "Connection reset by peer"),
        ssl.SSLError(1, "[SSL: UNEXPECTED_RECORD] unexpected record"),
        BrokenPipeError(32, "Broken pipe"),
    ],
)
def test_a_connection_dropped_in_the_handshake_is_a_busy_session(cause: BaseException) -> None:
    error = _transport_error("ace0000001", _raised_from(httpx.ConnectError(""), cause))
    assert isinstance(error, SessionBusy)
    assert "another client" in str(error) and "ConnectError" not in str(error)
    assert "Close the MyEve app" in str(error)  # what to do


@pytest.mark.parametrize(
    "cause",
    [OSError(113, "No route to host"), OSError(-2, "Name or service not known")],
)
def test_no_route_is_still_unreachable(cause: BaseException) -> None:
    error = _transport_error("ace0000001", _raised_from(httpx.ConnectError("failed"), cause))
    assert isinstance(error, Unreachable)


@pytest.mark.asyncio
@pytest.mark.parametrize("style", ["token", "cookie"])
async def test_a_session_held_elsewhere_is_reported_as_busy(sim: SimHandle, style: str) -> None:
    charger, endpoint = sim.charger(style)
    pins = PinStore()
    async with AlfenClient(endpoint, charger.password, pins=pins):
        pass  # pinned: the next client takes the pinned path
    await sim.fault(charger, "phantom")
    for serial in (charger.serial, None):
        with pytest.raises(SessionBusy) as caught:
            async with AlfenClient(endpoint, charger.password, pins=pins, expected_serial=serial):
                pass
        assert "Cannot reach" not in str(caught.value)
        assert "another client" in str(caught.value)


@pytest.mark.asyncio
async def test_a_refused_write_names_the_setting_and_what_to_check(sim: SimHandle) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        await sim.fault(charger, "reject_write", text="value not allowed")
        with pytest.raises(WriteRejected) as caught:
            await client.write({"2129_0": 16.0})
    text = str(caught.value)
    assert "firmware" not in text
    assert f"Charger {charger.serial} refused to write 2129_0" in text
    assert "value not allowed" in text and "read the settings back" in text
    assert "refused to POST" not in text  # one sentence, not the request's plumbing
