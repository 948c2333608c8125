"""A small HTTP/1.1 server on asyncio, for the simulated charger API and the control API.

Why not a library: the charger's quirks live below what frameworks expose. The simulator must
decide per TCP connection, right after accept and before any TLS handshake, whether to drop it
(one client at a time, device-protocols.md §2.2); sessions are bound to the connection, so
handlers see a `Connection` object; and the query string reaches handlers raw, because the
charger matches it by literal prefix and does not decode `%2C` (§2.3).

Supported: keep-alive, `Content-Length` bodies, optional TLS (a fresh context per connection,
so a regenerated certificate takes effect at once). Anything malformed closes the connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import http
import itertools
import json
import logging
import socket
import ssl
import struct
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from app.core.errors import InvalidInput
from app.sim.ports import candidates

log = logging.getLogger(__name__)

HEAD_LIMIT = 16 * 1024
BODY_LIMIT = 8 * 1024 * 1024  # a firmware image is about 2 MB
HANDSHAKE_TIMEOUT = 10.0
WRITE_TIMEOUT = 10.0
TLS_HELLO = b"\x16"  # the first byte of a TLS handshake record


class MalformedRequestError(Exception):
    """The bytes on the connection are not an HTTP/1.1 request we accept."""


@dataclass
class Request:
    """One request; `query` is the raw, undecoded text after `?`."""

    method: str
    path: str
    query: str
    version: str
    headers: dict[str, str]
    body: bytes = b""

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    def json(self) -> object:
        """The body as JSON; an empty body is None; InvalidInput when it is not JSON."""
        if not self.body.strip():
            return None
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            raise InvalidInput("The request body is not valid JSON.") from None


@dataclass
class Response:
    """What a handler answers; `after` runs once the reply has been written out."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: list[tuple[str, str]] = field(default_factory=list)
    close: bool = False
    after: Callable[[], None] | None = None

    @classmethod
    def json(cls, payload: object, status: int = 200) -> Response:
        return cls(status, json.dumps(payload).encode())

    @classmethod
    def error(cls, status: int, text: str) -> Response:
        """The error shape used by both simulated APIs: `{"error": "<text>"}`."""
        return cls.json({"error": text}, status)


_ids = itertools.count(1)


class Connection:
    """One TCP connection; handlers keep per-connection state in `data`."""

    def __init__(self, transport: asyncio.BaseTransport) -> None:
        self.id = next(_ids)
        self.transport = transport
        self.peer = transport.get_extra_info("peername")
        self.data: dict[str, object] = {}
        self.requests = 0

    @property
    def closed(self) -> bool:
        return self.transport.is_closing()

    def abort(self) -> None:
        """Close at once with a TCP reset, as the charger does to clients it drops."""
        _reset(self.transport)


def _reset(transport: asyncio.BaseTransport) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    if isinstance(transport, asyncio.Transport | asyncio.WriteTransport):
        transport.abort()
    else:
        transport.close()


Handler = Callable[[Request, Connection], Awaitable[Response]]


class _Gate(asyncio.Protocol):
    """First protocol of every accepted socket: stops reading and hands over to the server."""

    def __init__(self, server: HttpServer) -> None:
        self._server = server

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        transport.pause_reading()
        self._server._accepted(transport)


class HttpServer:
    """Serves `handler` on host:port; `admit()` decides right after accept whether to keep a
    connection; `on_close(conn)` runs when a connection ends."""

    def __init__(
        self,
        handler: Handler,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tls: Callable[[], ssl.SSLContext] | None = None,
        admit: Callable[[], bool] | None = None,
        on_close: Callable[[Connection], None] | None = None,
        idle_timeout: float = 120.0,
    ) -> None:
        self._handler = handler
        self._host = host
        self._port = port
        self._tls = tls
        self._admit = admit or (lambda: True)
        self._on_close = on_close
        self._idle_timeout = idle_timeout
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.connections: set[Connection] = set()

    @property
    def port(self) -> int:
        return self._port

    @property
    def listening(self) -> bool:
        return self._server is not None

    @property
    def url(self) -> str:
        scheme = "https" if self._tls else "http"
        return f"{scheme}://{self._host}:{self._port}"

    async def start(self) -> None:
        """Listen (again) on the configured port; the first start with port 0 picks one below
        the ephemeral range, so listening again after a reboot cannot clash (app.sim.ports)."""
        loop = asyncio.get_running_loop()
        for port in [self._port] if self._port else [*candidates(20), 0]:
            try:
                self._server = await loop.create_server(
                    lambda: _Gate(self), self._host, port, reuse_address=True
                )
                break
            except OSError:
                if self._port or port == 0:
                    raise
        assert self._server is not None
        self._port = int(self._server.sockets[0].getsockname()[1])
        log.debug("listening on %s", self.url)

    async def stop(self) -> None:
        """Stop listening, reset every connection and wait for their tasks to end."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self.drop_all()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def drop_all(self) -> None:
        """Reset every open connection (the listener stays up)."""
        for conn in list(self.connections):
            conn.abort()

    def _accepted(self, transport: asyncio.Transport) -> None:
        if not self._admit():
            log.debug("dropped a new connection from %s", transport.get_extra_info("peername"))
            _reset(transport)
            return
        task = asyncio.get_running_loop().create_task(self._serve(transport))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        # Stopped before the task ever ran (the server stops right after an accept): nothing
        # else would close this connection, and the garbage collector would find it open.
        task.add_done_callback(lambda t: _reset(transport) if t.cancelled() else None)

    async def _serve(self, raw: asyncio.Transport) -> None:
        conn = Connection(raw)
        try:
            reader, writer = await self._open_streams(raw, conn)
            self.connections.add(conn)
            await self._request_loop(conn, reader, writer)
        except (OSError, ssl.SSLError, TimeoutError, EOFError, MalformedRequestError) as exc:
            log.debug("connection %s ended: %r", conn.id, exc)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            log.debug("connection %s sent a truncated or oversized request: %r", conn.id, exc)
        except Exception:
            log.exception("connection %s failed", conn.id)
        finally:
            if not conn.closed:
                conn.abort()
            if conn in self.connections:
                self.connections.discard(conn)
                if self._on_close is not None:
                    self._on_close(conn)

    async def _open_streams(
        self, raw: asyncio.Transport, conn: Connection
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader(limit=HEAD_LIMIT)
        protocol = asyncio.StreamReaderProtocol(reader)
        transport: asyncio.BaseTransport = raw
        if self._tls is not None:
            tls = await loop.start_tls(
                raw,
                protocol,
                self._tls(),
                server_side=True,
                ssl_handshake_timeout=HANDSHAKE_TIMEOUT,
            )
            if tls is None:
                raise EOFError("TLS handshake did not complete")
            transport = conn.transport = tls
            protocol.connection_made(transport)
        else:
            raw.set_protocol(protocol)
            protocol.connection_made(raw)
            raw.resume_reading()
        assert isinstance(transport, asyncio.WriteTransport)
        return reader, asyncio.StreamWriter(transport, protocol, reader, loop)

    async def _request_loop(
        self, conn: Connection, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        while True:
            try:
                async with asyncio.timeout(self._idle_timeout):
                    head = await self._read_head(conn, reader)
            except asyncio.IncompleteReadError as exc:
                if exc.partial:
                    raise
                return  # the client closed between requests
            if head == TLS_HELLO:  # a TLS client on a plain port: refuse at once, as servers do
                writer.write(render(Response.error(400, "plain HTTP port"), keep_alive=False))
                writer.close()
                return
            request = parse_head(head)
            request.body = await _read_body(reader, request)
            conn.requests += 1
            response = await self._answer(request, conn)
            if conn.closed:
                return  # the handler reset the connection on purpose
            keep = not response.close and _keep_alive(request)
            writer.write(render(response, keep_alive=keep))
            async with asyncio.timeout(WRITE_TIMEOUT):
                await writer.drain()
            if response.after is not None:
                response.after()
            if not keep:
                writer.close()
                return

    async def _read_head(self, conn: Connection, reader: asyncio.StreamReader) -> bytes:
        """The next request head; TLS_HELLO when a plain port's first byte opens a TLS
        handshake (which would otherwise wait here for a blank line that never comes)."""
        if self._tls is not None or conn.requests:
            return await reader.readuntil(b"\r\n\r\n")
        first = await reader.readexactly(1)
        if first == TLS_HELLO:
            return TLS_HELLO
        return first + await reader.readuntil(b"\r\n\r\n")

    async def _answer(self, request: Request, conn: Connection) -> Response:
        try:
            return await self._handler(request, conn)
        except InvalidInput as exc:
            return Response.error(400, str(exc))
        except Exception:
            log.exception("handler failed on %s %s", request.method, request.path)
            return Response.error(500, "internal error in the simulator")


def parse_head(head: bytes) -> Request:
    """The request line and headers; MalformedRequestError on anything unexpected."""
    try:
        text = head.decode("latin-1")
    except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
        raise MalformedRequestError("undecodable head") from None
    lines = text[:-4].split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[0].isalpha() or not parts[1].startswith("/"):
        raise MalformedRequestError(f"bad request line {lines[0]!r}")
    method, target, version = parts
    if version not in ("HTTP/1.1", "HTTP/1.0"):
        raise MalformedRequestError(f"unsupported version {version!r}")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip() or " " in name:
            raise MalformedRequestError(f"bad header line {line!r}")
        key = name.lower()
        headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    path, _, query = target.partition("?")
    return Request(method.upper(), path, query, version, headers)


async def _read_body(reader: asyncio.StreamReader, request: Request) -> bytes:
    if "transfer-encoding" in request.headers:
        raise MalformedRequestError("chunked bodies are not supported")
    raw = request.header("content-length") or "0"
    if not raw.isdigit() or int(raw) > BODY_LIMIT:
        raise MalformedRequestError(f"bad Content-Length {raw!r}")
    length = int(raw)
    if length == 0:
        return b""
    async with asyncio.timeout(WRITE_TIMEOUT):
        return await reader.readexactly(length)


def _keep_alive(request: Request) -> bool:
    tokens = {t.strip().lower() for t in request.header("connection").split(",")}
    if request.version == "HTTP/1.0":
        return "keep-alive" in tokens
    return "close" not in tokens


def render(response: Response, *, keep_alive: bool) -> bytes:
    """The bytes of a response with Content-Length and Connection headers."""
    try:
        reason = http.HTTPStatus(response.status).phrase
    except ValueError:
        reason = "Status"
    lines = [
        f"HTTP/1.1 {response.status} {reason}",
        f"Content-Type: {response.content_type}",
        f"Content-Length: {len(response.body)}",
        f"Connection: {'keep-alive' if keep_alive else 'close'}",
        *(f"{name}: {value}" for name, value in response.headers),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response.body
