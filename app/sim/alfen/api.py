"""The Alfen NG9xx local HTTPS API on a `SimCharger` (device-protocols.md §2.2–2.4).

Choices where the sources leave room, written down here:
- The session is bound to the TCP connection that logged in; it ends when that connection
  closes, on logout, or after `session_idle` seconds of site time without a request. While a
  session lives, every NEW connection is reset right after accept, before the TLS handshake.
  A login from another, older connection while the session lives is also reset.
- Replies with errors are JSON `{"error": "<text>"}` (400 bad request, 401 no/foreign session,
  404 unknown endpoint, 405 wrong method).
- Property values on reads: numbers as JSON numbers, text as strings, booleans as JSON
  booleans, byte and u16 arrays as comma-joined hex text (the form writes use).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.drivers.alfen.catalogue import CATEGORIES
from app.sim.alfen.charger import SimCharger
from app.sim.alfen.firmware import COMMIT_COMMAND, FIRMWARE_PATH, FirmwareUpdater
from app.sim.alfen.logs import LOG_PATHS, serve_logs
from app.sim.alfen.props import PAGE_DEFAULT, empty_page, read_category, read_ids, write_batch
from app.sim.http import Connection, HttpServer, Request, Response
from app.sim.tls import ChargerCertificate

log = logging.getLogger(__name__)

SESSION_STYLES = ("token", "cookie")
MALFORMED_BODY = b'{"version": 2, "properties": [{"id": "2062_0", "value": '


@dataclass
class Session:
    """The charger's only session: who holds it and when it was last used (site time)."""

    conn: Connection
    access: str
    refresh: str
    last_used: float


@dataclass
class Faults:
    """Faults set through the control API."""

    delay: float = 0.0  # real seconds added before every reply
    phantom: bool = False  # another client holds the session
    reject_write: str | None = None  # text of the 400 for the next property write
    malformed: int = 0  # number of coming replies whose JSON is cut short


RebootHook = tuple[Callable[[], Awaitable[None]], Callable[[], Awaitable[None]]]


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("reboot cycle failed", exc_info=task.exception())


class AlfenApi:
    """Serves one charger's local API over HTTPS on 127.0.0.1."""

    def __init__(
        self,
        charger: SimCharger,
        *,
        session_style: str = "token",
        session_idle: float = 60.0,
        port: int = 0,
        certificate: ChargerCertificate | None = None,
    ) -> None:
        if session_style not in SESSION_STYLES:
            raise ValueError(f"session style must be one of {SESSION_STYLES}")
        self.charger = charger
        self.session_style = session_style
        self.session_idle = session_idle
        self.certificate = certificate or ChargerCertificate(charger.serial)
        self.faults = Faults()
        self.session: Session | None = None
        # (stop, start) pairs of other servers of this charger that go down during a reboot.
        self.reboot_hooks: list[RebootHook] = []
        self.rebooting = False
        self._reboot_task: asyncio.Task[None] | None = None
        self.firmware = FirmwareUpdater(charger, self.reboot)  # app/sim/alfen/firmware.py
        self.server = HttpServer(
            self._handle,
            port=port,
            tls=lambda: self.certificate.context,
            admit=self._admit,
            on_close=self._closed,
        )

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def url(self) -> str:
        return self.server.url

    async def start(self) -> None:
        await self.server.start()

    async def stop(self) -> None:
        await self.firmware.stop()
        task, self._reboot_task = self._reboot_task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        await self.server.stop()
        self.session = None

    # --- sessions -----------------------------------------------------------------------------

    def _live_session(self) -> Session | None:
        session = self.session
        if session is not None and (
            self.charger.clock.now() - session.last_used > self.session_idle or session.conn.closed
        ):
            log.debug("session of %s lapsed", self.charger.serial)
            self.session = session = None
        return session

    @property
    def busy(self) -> bool:
        """True while a client (or the phantom) holds the session."""
        return self.faults.phantom or self._live_session() is not None

    def _admit(self) -> bool:
        return not self.busy

    def _closed(self, conn: Connection) -> None:
        if self.session is not None and self.session.conn is conn:
            self.session = None

    def _credential(self, request: Request) -> str:
        if self.session_style == "token":
            scheme, _, value = request.header("authorization").partition(" ")
            return value.strip() if scheme.lower() == "bearer" else ""
        for part in request.header("cookie").split(";"):
            name, _, value = part.strip().partition("=")
            if name == "session":
                return value
        return ""

    def _authorised(self, request: Request, conn: Connection) -> bool:
        session = self._live_session()
        if session is None or session.conn is not conn:
            return False
        if not secrets.compare_digest(self._credential(request), session.access):
            return False
        session.last_used = self.charger.clock.now()
        return True

    def _login(self, request: Request, conn: Connection) -> Response:
        body = request.json()
        if not isinstance(body, dict):
            return Response.error(400, "login expects a JSON object with username and password")
        session = self._live_session()
        if self.faults.phantom or (session is not None and session.conn is not conn):
            conn.abort()  # the charger serves one client; the other one is reset
            return Response.error(503, "busy")
        ok_user = body.get("username") == "admin"
        ok_password = secrets.compare_digest(
            str(body.get("password", "")).encode(), self.charger.password.encode()
        )
        self.charger.events.login(ok_user and ok_password)
        if not (ok_user and ok_password):
            self.session = None if session is not None and session.conn is conn else session
            return Response.error(401, "wrong user name or password")
        self.session = Session(
            conn, secrets.token_urlsafe(24), secrets.token_urlsafe(24), self.charger.clock.now()
        )
        log.debug("login on %s (%s style)", self.charger.serial, self.session_style)
        if self.session_style == "token":
            return Response.json({"access": self.session.access, "refresh": self.session.refresh})
        return Response(
            200, b"", headers=[("Set-Cookie", f"session={self.session.access}; Path=/; HttpOnly")]
        )

    # --- requests -----------------------------------------------------------------------------

    async def _handle(self, request: Request, conn: Connection) -> Response:
        if self.faults.delay > 0:
            await asyncio.sleep(self.faults.delay)
        if request.path == FIRMWARE_PATH:
            return await self.firmware.handle(request, conn, self._authorised(request, conn))
        response = self._route(request, conn)
        if self.faults.malformed > 0 and not conn.closed:
            self.faults.malformed -= 1
            response.body = MALFORMED_BODY
            response.content_type = "application/json"
        return response

    def _route(self, request: Request, conn: Connection) -> Response:
        key = (request.method, request.path)
        if key == ("GET", "/api/info"):
            return Response.json(self.charger.info())
        if key == ("POST", "/api/login"):
            return self._login(request, conn)
        known = {"/api/logout", "/api/categories", "/api/prop", "/api/cmd", "/api/info"}
        known.add("/api/password")
        if request.path not in known | LOG_PATHS and request.path != "/api/login":
            return Response.error(404, f"no endpoint {request.path}")
        if not self._authorised(request, conn):
            return Response.error(401, "login required")
        if request.path in LOG_PATHS:
            return serve_logs(self.charger, request)
        if key == ("POST", "/api/logout"):
            self.session = None
            return Response(200, b"")
        if key == ("GET", "/api/categories"):
            return Response.json({"categories": [*CATEGORIES, ""]})
        if key == ("GET", "/api/prop"):
            return Response.json(self._read(request.query))
        if key == ("POST", "/api/prop"):
            return self._write(request)
        if key == ("POST", "/api/cmd"):
            return self._command(request)
        if key == ("POST", "/api/password"):
            return self._set_password(request)
        return Response.error(405, f"{request.method} is not allowed on {request.path}")

    def _read(self, query: str) -> dict[str, object]:
        # The embedded server matches the query by literal prefix (device-protocols.md §2.3):
        # `limit=…&cat=…` answers an empty page, and so does `ids=` with `%2C` commas.
        if query.startswith("cat="):
            return read_category(self.charger, query, PAGE_DEFAULT)
        if query.startswith("ids="):
            return read_ids(self.charger, query[4:].split("&", maxsplit=1)[0])
        return empty_page()

    def _write(self, request: Request) -> Response:
        if self.faults.reject_write is not None:
            text, self.faults.reject_write = self.faults.reject_write, None
            return Response.error(400, text)
        written, reboot = write_batch(self.charger, request.json())
        response = Response.json({"version": 2, "properties": written})
        if reboot:
            response.after = self.reboot
        return response

    def _set_password(self, request: Request) -> Response:
        """`POST /api/password {"password": …}` sets the admin password (device-protocols.md
        §2.4; an upgrade across major version 5 needs a new one). The session stays logged in.
        Only the admin shape is simulated: the end-user PIN shapes are refused with 400."""
        body = request.json()
        password = body.get("password") if isinstance(body, dict) else None
        if not isinstance(body, dict) or "username" in body or not isinstance(password, str):
            return Response.error(400, 'expected {"password": <new admin password>}')
        if len(password) < 8:
            return Response.error(400, "the password is too short (at least 8 characters)")
        self.charger.password = password
        log.info("%s: admin password changed", self.charger.serial)
        return Response(200, b'{"result": "ok"}')

    def _command(self, request: Request) -> Response:
        body = request.json()
        command = body.get("command") if isinstance(body, dict) else None
        if command == "reboot":
            return Response(200, b'{"result": "submitted"}', after=self.reboot)
        if command == COMMIT_COMMAND:
            return self.firmware.commit()
        if isinstance(command, str) and command.startswith("date "):
            return self._set_date(command.removeprefix("date "))
        return Response.error(400, f"unknown command {command!r}")

    def _set_date(self, text: str) -> Response:
        """`date yyyy-MM-dd HH:mm:ss` (UTC): the charger's clock runs on from there."""
        try:
            moment = dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.UTC)
        except ValueError:
            return Response.error(400, f"date {text!r} is not yyyy-MM-dd HH:mm:ss")
        self.charger.set_clock_ms(int(moment.timestamp() * 1000))
        return Response(200, b'{"result": "submitted"}')

    # --- reboot and faults --------------------------------------------------------------------

    def reboot(self) -> None:
        """Reboot now: drop everything, stop listening, come back after the reboot time."""
        if self.rebooting:
            return
        self.rebooting = True
        self.charger.start_reboot()
        self._reboot_task = asyncio.get_running_loop().create_task(self._reboot_cycle())
        self._reboot_task.add_done_callback(_log_failure)

    async def _reboot_cycle(self) -> None:
        log.info("charger %s reboots", self.charger.serial)
        try:
            await self.server.stop()
            self.session = None
            for stop, _ in self.reboot_hooks:
                await stop()
            await asyncio.sleep(self.charger.clock.real_seconds(self.charger.reboot_seconds))
            await self.firmware.boot_hold()
            self.charger.finish_reboot()
            await self.server.start()
            for _, start in self.reboot_hooks:
                await start()
            log.info("charger %s is back", self.charger.serial)
        finally:
            self.rebooting = False

    def drop_connections(self) -> None:
        """Reset every open connection now (the session goes with its connection)."""
        self.server.drop_all()
        self.session = None

    def hold_phantom(self, hold: bool) -> None:
        """Another client takes (True) or leaves (False) the session."""
        self.faults.phantom = hold
        if hold:
            self.drop_connections()

    def describe(self) -> dict[str, object]:
        """For the control API's /state."""
        return {
            "url": self.url,
            "listening": self.server.listening,
            "rebooting": self.rebooting,
            "session": self.busy and not self.faults.phantom,
            "connections": len(self.server.connections),
            "certificate_sha256": self.certificate.sha256,
            "firmware": self.firmware.describe(),
            "faults": {
                "delay": self.faults.delay,
                "phantom": self.faults.phantom,
                "reject_write": self.faults.reject_write,
                "malformed": self.faults.malformed,
            },
        }
