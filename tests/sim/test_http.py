"""The small HTTP/1.1 server and the charger certificate, spoken to with raw sockets."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
from collections.abc import AsyncIterator

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.core.errors import Unreachable
from app.drivers import registry
from app.sim.http import HEAD_LIMIT, Connection, HttpServer, Request, Response
from app.sim.tls import ChargerCertificate
from app.transports.discovery.probe import ProbeTarget, probe_target


async def echo(request: Request, conn: Connection) -> Response:
    return Response.json(
        {
            "conn": conn.id,
            "method": request.method,
            "path": request.path,
            "query": request.query,
            "body": request.body.decode(),
        }
    )


@pytest.fixture
async def server() -> AsyncIterator[HttpServer]:
    srv = HttpServer(echo)
    await srv.start()
    yield srv
    await srv.stop()


@contextlib.asynccontextmanager
async def raw(
    server: HttpServer,
) -> AsyncIterator[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    try:
        yield reader, writer
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


async def read_reply(reader: asyncio.StreamReader) -> tuple[str, dict[str, str], bytes]:
    async with asyncio.timeout(5):
        head = (await reader.readuntil(b"\r\n\r\n")).decode()
        lines = head.strip().split("\r\n")
        headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        body = await reader.readexactly(int(headers["content-length"]))
    return lines[0], headers, body


async def closed(reader: asyncio.StreamReader) -> bool:
    async with asyncio.timeout(5):
        try:
            return await reader.read(1) == b""
        except ConnectionResetError:
            return True


async def test_keep_alive_serves_requests_on_one_connection_with_raw_query(
    server: HttpServer,
) -> None:
    async with raw(server) as (reader, writer):
        writer.write(b"POST /a?ids=1%2C2,3 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
        writer.write(b"GET /b HTTP/1.1\r\nHost: x\r\n\r\n")
        status, headers, body = await read_reply(reader)
        first = json.loads(body)
        _, _, body2 = await read_reply(reader)
        second = json.loads(body2)
    assert status == "HTTP/1.1 200 OK" and headers["connection"] == "keep-alive"
    assert first["query"] == "ids=1%2C2,3" and first["body"] == "hello"
    assert second["path"] == "/b" and second["conn"] == first["conn"]


async def test_connection_close_is_honoured(server: HttpServer) -> None:
    async with raw(server) as (reader, writer):
        writer.write(b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
        _, headers, _ = await read_reply(reader)
        assert headers["connection"] == "close"
        assert await closed(reader)


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GARBAGE\r\n\r\n",
        b"GET / HTTP/2.0\r\n\r\n",
        b"GET / HTTP/1.1\r\nNo colon here\r\n\r\n",
        b"POST / HTTP/1.1\r\nContent-Length: lots\r\n\r\n",
        b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
        b"GET / HTTP/1.1\r\nX: " + b"a" * HEAD_LIMIT + b"\r\n\r\n",
    ],
)
async def test_malformed_request_closes_the_connection(
    server: HttpServer, request_bytes: bytes
) -> None:
    async with raw(server) as (reader, writer):
        writer.write(request_bytes)
        assert await closed(reader)
    assert not server.connections


async def test_a_tls_handshake_on_a_plain_port_is_refused_at_once(server: HttpServer) -> None:
    """A client trying HTTPS first (a probe) hears 400 and a close, not a long silence."""
    async with raw(server) as (reader, writer):
        writer.write(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03")  # a ClientHello opens so
        status, headers, _ = await read_reply(reader)
        assert status.startswith("HTTP/1.1 400") and headers["connection"] == "close"
        assert await closed(reader)


async def test_an_https_probe_of_a_plain_port_fails_fast_as_no_tls(server: HttpServer) -> None:
    target = ProbeTarget("https", "127.0.0.1", server.port)
    async with asyncio.timeout(5):  # the probe's own bound is 30 s: an answer, not a timeout
        with pytest.raises(Unreachable, match="no TLS on this port"):
            await probe_target(target, registry.probes(), origin="test", within=30)


async def test_admit_false_resets_right_after_accept() -> None:
    srv = HttpServer(echo, admit=lambda: False)
    await srv.start()
    try:
        async with raw(srv) as (reader, writer):
            writer.write(b"GET / HTTP/1.1\r\n\r\n")
            assert await closed(reader)
    finally:
        await srv.stop()


async def test_stop_closes_listener_and_connections(server: HttpServer) -> None:
    async with raw(server) as (reader, writer):
        writer.write(b"GET / HTTP/1.1\r\n\r\n")
        await read_reply(reader)
        await server.stop()
        assert await closed(reader)
    with pytest.raises(ConnectionRefusedError):
        await asyncio.open_connection("127.0.0.1", server.port)


def test_certificate_is_ec_p256_for_127_0_0_1_and_regenerates() -> None:
    cert = ChargerCertificate("ace0781464")
    parsed = x509.load_pem_x509_certificate(cert.pem)
    assert parsed.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == (
        "alfen-ace0781464"
    )
    san = parsed.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.IPAddress) == [ipaddress.ip_address("127.0.0.1")]
    key = parsed.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1"
    before = cert.sha256
    cert.regenerate()
    assert cert.sha256 != before
