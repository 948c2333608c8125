"""A small OCPP 1.6J central system the tool runs on the laptop (127.0.0.1 unless told).

Chargers connect to `ws://host:port/ocpp/<identity>` (or wss with a TLS context) with the
subprotocol `ocpp1.6`. With `credentials` set, HTTP Basic is required: the user must be the
identity in the path and the password what `credentials(identity)` returns (security profiles
1 and 2, device-protocols.md §3.4); without, any or no credentials pass and the user name is
recorded. Every message lands in one `timeline`; a second connection under an identity that is
already connected is recorded as `DuplicateIdentity` (two chargers with one identity).

Used by the on-site back-office check (app/workflows/ocpp_check.py), the fleet push
(app/workflows/ocpp_push.py), the simulator's tests and the benchmark.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import ssl
import time
from collections.abc import Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

from app.transports.ocpp_point import CentralEvent, CentralPoint, Policy, Registration

log = logging.getLogger(__name__)

PATH = "/ocpp/"


def basic_user(request: Request) -> tuple[str, str] | None:
    """(user, password) of an HTTP Basic header, None when there is none or it is malformed."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "basic" or not token:
        return None
    try:
        text = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, colon, password = text.partition(":")
    return (user, password) if colon else None


def identity_of(path: str) -> str:
    """The charge point identity: the last segment of the request path."""
    return unquote(path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1])


class CentralSystem:
    """Serves between `start()` and `stop()` (or as an async context manager)."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        policy: Policy | Registration | None = None,
        credentials: Callable[[str], str | None] | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.policy: Policy = _as_policy(policy or Registration())
        self.credentials = credentials
        self.tls = tls
        self.points: dict[str, CentralPoint] = {}
        self.timeline: list[CentralEvent] = []
        self.users: dict[str, str] = {}  # identity -> the Basic user it presented
        self._origin = time.monotonic()
        self._waiters: list[asyncio.Future[None]] = []
        self._server: Server | None = None

    @property
    def url(self) -> str:
        """The back-office URL to give a charger (it appends its identity)."""
        scheme = "wss" if self.tls is not None else "ws"
        return f"{scheme}://{self.host}:{self.port}{PATH.rstrip('/')}"

    async def start(self) -> None:
        self._server = await serve(
            self._handle,
            self.host,
            self.port,
            subprotocols=[Subprotocol("ocpp1.6")],
            process_request=self._admit,
            ssl=self.tls,
            ping_interval=None,
        )
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("central system listening at %s", self.url)

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            await server.wait_closed()

    async def __aenter__(self) -> CentralSystem:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # --- timeline -----------------------------------------------------------------------------

    def record(self, identity: str, what: str, detail: dict[str, Any]) -> None:
        self.timeline.append(CentralEvent(time.monotonic() - self._origin, identity, what, detail))
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def events(self, identity: str | None = None, what: str | None = None) -> list[CentralEvent]:
        return [
            e
            for e in self.timeline
            if (identity is None or e.identity == identity) and (what is None or e.what == what)
        ]

    async def wait_for(self, condition: Callable[[], bool], timeout: float) -> bool:
        """True once `condition()` holds (checked after every message), False at the timeout."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while not condition():
            left = end - loop.time()
            if left <= 0:
                return False
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            try:
                await asyncio.wait_for(waiter, left)
            except TimeoutError:
                return condition()
        return True

    def point(self, identity: str) -> CentralPoint:
        try:
            return self.points[identity]
        except KeyError:
            raise LookupError(f"charger {identity!r} is not connected") from None

    # --- connections --------------------------------------------------------------------------

    def _admit(self, connection: ServerConnection, request: Request) -> Response | None:
        identity = identity_of(request.path)
        given = basic_user(request)
        if given is not None:
            self.users[identity] = given[0]
        if self.credentials is None:
            return None
        expected = self.credentials(identity)
        if given is None or expected is None or given != (identity, expected):
            self.record(identity, "Unauthorized", {"user": given[0] if given else None})
            return connection.respond(HTTPStatus.UNAUTHORIZED, "Unknown charger or wrong key.\n")
        return None

    async def _handle(self, connection: ServerConnection) -> None:
        request = connection.request
        identity = identity_of(request.path if request is not None else "")
        if identity in self.points:
            self.record(identity, "DuplicateIdentity", {})
        point = CentralPoint(identity, connection, self.record, self.policy)
        self.points[identity] = point
        self.record(identity, "Connected", {"user": self.users.get(identity)})
        try:
            await point.start()
        except ConnectionClosed:
            pass
        finally:
            if self.points.get(identity) is point:
                del self.points[identity]
            self.record(identity, "Disconnected", {})


def _as_policy(policy: Policy | Registration) -> Policy:
    if isinstance(policy, Registration):
        fixed = policy
        return lambda identity, boots: fixed
    return policy
