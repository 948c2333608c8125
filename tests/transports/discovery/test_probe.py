"""Manual entry: parsing what the installer typed, and probing /api/info on loopback servers."""

from __future__ import annotations

import socket

import pytest

from app.core.discovery import ProbeSpec, Source, Transport
from app.core.errors import InvalidInput, ProtocolError, Unreachable
from app.core.identity import ChargerIdentity
from app.drivers import registry
from app.transports.discovery.hub import DiscoveryHub
from app.transports.discovery.probe import ProbeTarget, parse_address, probe_address
from tests.transports.discovery.info_server import InfoServer, info_body

PROBES = registry.probes()


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("192.0.2.7", [("https", "192.0.2.7", 443), ("http", "192.0.2.7", 80)]),
        (" 192.0.2.7:8443 ", [("https", "192.0.2.7", 8443), ("http", "192.0.2.7", 8443)]),
        ("http://alfen-ace1.local", [("http", "alfen-ace1.local", 80)]),
        ("HTTPS://192.0.2.7:9443/api/info", [("https", "192.0.2.7", 9443)]),
        ("[2001:db8::7]:8080", [("https", "2001:db8::7", 8080), ("http", "2001:db8::7", 8080)]),
    ],
)
def test_parse_address_gives_https_then_http(
    text: str, targets: list[tuple[str, str, int]]
) -> None:
    assert parse_address(text) == [ProbeTarget(*t) for t in targets]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "not an address"),
        ("192.0.2.7 80", "not an address"),
        ("ftp://192.0.2.7", "only http:// and https://"),
        ("192.0.2.7:99999", "port"),
        ("bad_host!", "valid IP address or host name"),
        ("-alfen.local", "valid IP address or host name"),
    ],
)
def test_parse_address_rejects_with_one_clear_error(text: str, says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        parse_address(text)


async def test_probe_falls_back_from_https_to_http_and_reads_identity() -> None:
    async with InfoServer(body=info_body("ACE0000042", firmware="4.8.0-3001")) as server:
        device = await probe_address(f"127.0.0.1:{server.port}", PROBES, within=3)
    assert server.requests == ["TLS", "GET /api/info HTTP/1.1"]
    assert (device.serial, device.model, device.scheme, device.port) == (
        "ACE0000042",
        "NG910-60027",
        "http",
        server.port,
    )
    assert device.generation == "old" and device.source is Source.MANUAL
    assert device.transport is Transport.LAN and device.address == "127.0.0.1"


async def test_probe_reads_https_with_a_self_signed_certificate() -> None:
    async with InfoServer(body=info_body("ace0000043"), tls=True) as server:
        device = await probe_address(f"https://127.0.0.1:{server.port}", PROBES, within=3)
    assert (device.serial, device.scheme, device.generation) == ("ACE0000043", "https", "new")
    assert device.extra["firmware"] == "7.4.5-4415"


async def test_probe_lists_old_firmware_without_api_info_anonymously() -> None:
    async with InfoServer(status=404) as server:
        device = await probe_address(f"http://127.0.0.1:{server.port}", PROBES, within=3)
    assert device.serial == "" and device.generation == "old"


async def test_probe_rejects_a_web_server_that_is_not_a_charger() -> None:
    async with InfoServer(body=b"<html>router</html>") as server:
        with pytest.raises(ProtocolError, match="no ObjectId"):
            await probe_address(f"http://127.0.0.1:{server.port}", PROBES, within=3)


async def test_probe_of_a_closed_port_says_unreachable_for_both_schemes() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago and has no listener
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(Unreachable, match=r"HTTPS port \d+: connection refused; HTTP port"):
        await probe_address(f"127.0.0.1:{port}", PROBES, within=2)


async def test_hub_add_manual_merges_with_the_same_serial_seen_elsewhere() -> None:
    hub = DiscoveryHub(probes=registry.probes())
    async with InfoServer(body=info_body("ACE0000044")) as server:
        await hub.add_manual(f"http://127.0.0.1:{server.port}", within=3)
        await hub.add_manual(f"http://localhost:{server.port}", within=3)
    [entry] = hub.entries()
    assert entry.serial == "ACE0000044" and len(entry.sightings) == 2
    assert entry.model == "NG910-60027"


async def test_without_a_driver_probe_nothing_is_recognised() -> None:
    async with InfoServer(body=info_body("ACE0000045")) as server:
        with pytest.raises(ProtocolError, match="no driver knows it"):
            await probe_address(f"http://127.0.0.1:{server.port}", (), within=3)


def _refusing(driver: str, path: str) -> ProbeSpec:
    def identity(body: object) -> ChargerIdentity:
        raise ProtocolError(f"{driver} cannot read {body!r}")

    return ProbeSpec(driver, path, identity)


@pytest.mark.parametrize("answered_first", [True, False])
async def test_the_error_of_a_probe_that_got_a_reply_is_preferred(answered_first: bool) -> None:
    answered = _refusing("a", "/api/info")  # the server answers 200 there
    missing = _refusing("b", "/elsewhere")  # and 404 here (not this probe's "anonymous")
    probes = (answered, missing) if answered_first else (missing, answered)
    async with InfoServer(body=b"<html>router</html>") as server:
        with pytest.raises(ProtocolError, match="a cannot read '<html>router</html>'"):
            await probe_address(f"http://127.0.0.1:{server.port}", probes, within=3)


async def test_a_reply_that_is_not_json_reaches_the_probe_as_text() -> None:
    bodies: list[object] = []

    def identity(body: object) -> ChargerIdentity:
        bodies.append(body)
        return ChargerIdentity(serial="ACE0000046", model="m", firmware="", sockets=1)

    probe = ProbeSpec("alfen", "/api/info", identity)
    async with InfoServer(body=b'{"ObjectId":"ACE0000046""Model":"m"}') as server:
        device = await probe_address(f"http://127.0.0.1:{server.port}", (probe,), within=3)
    assert bodies == ['{"ObjectId":"ACE0000046""Model":"m"}'] and device.serial == "ACE0000046"
