"""A tiny HTTP(S) server answering `/api/info` like a charger, for probe and sweep tests."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import ssl
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def info_body(serial: str, model: str = "NG910-60027", firmware: str = "7.4.5-4415") -> bytes:
    return json.dumps(
        {
            "ObjectId": serial,
            "Model": model,
            "Identity": serial,
            "FWVersion": firmware,
            "Type": "2.0.1",
        }
    ).encode()


def self_signed_context(host: str) -> ssl.SSLContext:
    """A server TLS context with a fresh EC P-256 certificate for IP `host`."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test charger")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as folder:
        cert_path, key_path = Path(folder, "c.pem"), Path(folder, "k.pem")
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        context.load_cert_chain(cert_path, key_path)
    return context


class InfoServer:
    """Answers GET /api/info with `status` and `body`; anything else with 404."""

    def __init__(
        self, host: str = "127.0.0.1", *, status: int = 200, body: bytes = b"", tls: bool = False
    ) -> None:
        self.host = host
        self.status = status
        self.body = body
        self.tls = tls
        self.requests: list[str] = []
        self._server: asyncio.Server | None = None

    port = 0

    async def __aenter__(self) -> InfoServer:
        context = self_signed_context(self.host) if self.tls else None
        self._server = await asyncio.start_server(self._handle, self.host, 0, ssl=context)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def __aexit__(self, *_exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(5):
                first = await reader.readexactly(1)
                if first == b"\x16":  # a TLS ClientHello on a plain-HTTP port
                    self.requests.append("TLS")
                    writer.write(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n")
                    await writer.drain()
                    writer.close()
                    return
                request = first + await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, OSError):
            writer.close()
            return
        line = request.split(b"\r\n", 1)[0].decode("latin-1")
        self.requests.append(line)
        found = line.startswith("GET /api/info ")
        status = self.status if found else 404
        body = self.body if found else b""
        head = (
            f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        writer.write(head.encode() + body)
        try:
            await writer.drain()
            writer.close()
            await writer.wait_closed()
        except OSError:
            pass


class TcpListener:
    """Accepts connections and closes them: stands in for a Modbus TCP port."""

    def __init__(self, host: str) -> None:
        self.host = host
        self._server: asyncio.Server | None = None

    port = 0

    async def __aenter__(self) -> TcpListener:
        self._server = await asyncio.start_server(self._handle, self.host, 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def __aexit__(self, *_exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _handle(self, _reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()
