"""The simulated charger's back-office link: it keeps an OCPP 1.6J session up while a URL is set.

The charger connects to its back-office URL (2071_1) with its charge-box identity (2053_0) as
the last path segment and the subprotocol `ocpp1.6` (device-protocols.md §3.4). Security
profile 0 sends no credentials; 1 and 2 send HTTP Basic with the identity as user and the
`AuthorizationKey` as password, and 2 needs a `wss://` URL. When the URL, the identity, the
profile or the key change, the link drops its session and connects anew. When the back office
cannot be reached the link retries with a doubling back-off (site time).

The simulator only ever talks to 127.0.0.1 and asks no DNS server: its site's DNS knows only
`localhost`, so any other host name "does not resolve", and an address off the loopback is not
used; either leaves the boot state at 0 (none) with the reason in the log and in `problem`.
Started and stopped with the charger (app/sim/runner.py, and around each reboot).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ipaddress
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.api import AlfenApi
from app.sim.alfen.charger import BACK_OFFICE_URL, SimCharger
from app.sim.alfen.ocpp_config import SimOcppConfig

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

    from app.sim.alfen.ocpp_session import SimChargePoint

log = logging.getLogger(__name__)

IDENTITY = PropertyId.parse("2053_0")
CHANGE_POLL = 0.1  # real seconds between looks at the link settings


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """Where and how the charger connects; a change means a new session."""

    url: str
    identity: str
    profile: int
    key: str

    @property
    def address(self) -> str:
        return f"{self.url.rstrip('/')}/{quote(self.identity, safe='')}"

    def headers(self) -> dict[str, str]:
        if self.profile < 1:
            return {}
        token = base64.b64encode(f"{self.identity}:{self.key}".encode()).decode("ascii")
        return {"Authorization": f"Basic {token}"}


class LinkProblem(Exception):
    """Why the link cannot connect now (logged, kept in `problem`)."""


class OcppLink:
    """The back-office connection of one simulated charger."""

    def __init__(
        self,
        charger: SimCharger,
        *,
        reboot: Callable[[], None] | None = None,
        tls: ssl.SSLContext | None = None,
        backoff: tuple[float, float] = (1.0, 60.0),
    ) -> None:
        """`reboot`: what a Reset does; `tls`: whom to trust over wss (default: the system's
        authorities); `backoff`: first and longest wait between attempts, in site seconds."""
        self.charger = charger
        self.config = SimOcppConfig(charger)
        self.reboot = reboot
        self.tls = tls
        self.backoff = backoff
        self.problem = ""
        self.connected = False
        self.sessions = 0
        self.heartbeats = 0
        self.meter_values = 0
        self.last_heartbeat: float | None = None
        self._task: asyncio.Task[None] | None = None
        self._socket: ClientConnection | None = None
        self.set_state(0)

    def set_state(self, code: int) -> None:
        """The boot state the charger reports in 3600_1 (app/core/ocpp.py codes)."""
        self.charger.ocpp_state = code

    def target(self) -> LinkTarget | None:
        url = self.charger.values.get(BACK_OFFICE_URL, "")
        if not isinstance(url, str) or not url.strip():
            return None
        identity = str(self.charger.values.get(IDENTITY, "")) or self.charger.serial
        profile = int(self.config.text("SecurityProfile") or 0)
        return LinkTarget(url.strip(), identity, profile, self.config.own["AuthorizationKey"])

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._supervise())

    async def stop(self) -> None:
        """Close the session the way a rebooting charger does (answers already sent go out
        first), then stop trying."""
        socket = self._socket
        if socket is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(socket.close(), 2.0)
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        self.connected = False
        self.set_state(0)

    async def _supervise(self) -> None:
        failures = 0
        while True:
            target = self.target()
            if target is None:
                self.problem = "no back-office URL set"
                self.set_state(0)
                await self._until_changed(target, None)
                continue
            try:
                await self._session(target)
                failures = 0
            except LinkProblem as exc:
                failures += 1
                self._lost(target, str(exc))
            except Exception as exc:  # a fault of the simulator must not end the link
                log.exception("back-office link of %s failed", self.charger.serial)
                failures += 1
                self._lost(target, f"internal error ({exc})")
            first, longest = self.backoff
            wait = min(longest, first * 2 ** max(0, failures - 1))
            await self._until_changed(target, self.charger.clock.real_seconds(wait))

    def _lost(self, target: LinkTarget, why: str) -> None:
        if why != self.problem:
            log.warning("charger %s cannot reach %s: %s", self.charger.serial, target.url, why)
        self.problem = why
        self.set_state(0)

    async def _until_changed(self, target: LinkTarget | None, seconds: float | None) -> None:
        """Wait `seconds` (None: for ever), or less when the link settings change."""
        loop = asyncio.get_running_loop()
        end = None if seconds is None else loop.time() + seconds
        while self.target() == target and (end is None or loop.time() < end):  # noqa: ASYNC110
            await asyncio.sleep(CHANGE_POLL)  # the settings change by plain assignment

    async def _session(self, target: LinkTarget) -> None:
        # websockets and the ocpp package load with the first session, not with every site
        from websockets.asyncio.client import connect
        from websockets.exceptions import InvalidHandshake, InvalidStatus, WebSocketException
        from websockets.typing import Subprotocol

        from app.sim.alfen.ocpp_session import SimChargePoint

        tls = await self._check(target)
        try:
            async with connect(
                target.address,
                subprotocols=[Subprotocol("ocpp1.6")],
                additional_headers=target.headers(),
                ssl=tls,
                open_timeout=10,
                ping_interval=None,
            ) as socket:
                self.connected, self.problem = True, ""
                self.sessions += 1
                self._socket = socket
                point = SimChargePoint(target.identity, socket, self)
                await self._serve(point, target)
        except InvalidStatus as exc:
            raise LinkProblem(f"the back office refused the connection ({exc})") from exc
        except (OSError, TimeoutError, InvalidHandshake, WebSocketException) as exc:
            raise LinkProblem(f"connection failed or lost ({exc or type(exc).__name__})") from exc
        finally:
            self.connected = False
            self._socket = None

    async def _serve(self, point: SimChargePoint, target: LinkTarget) -> None:
        """Run the session until the socket closes or the settings change."""
        tasks = {
            asyncio.create_task(point.start()),
            asyncio.create_task(point.run()),
            asyncio.create_task(self._until_changed(target, None)),
        }
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
        self.set_state(0)

    async def _check(self, target: LinkTarget) -> ssl.SSLContext | None:
        """The TLS context for the URL; LinkProblem for a URL the simulator will not use."""
        parts = urlsplit(target.url)
        if parts.scheme not in ("ws", "wss") or not parts.hostname:
            raise LinkProblem(f"{target.url!r} is not a ws:// or wss:// URL")
        if target.profile >= 2 and parts.scheme != "wss":
            raise LinkProblem("security profile 2 needs a wss:// URL")
        host = parts.hostname
        try:
            address = ipaddress.ip_address("127.0.0.1" if host == "localhost" else host)
        except ValueError:  # a name: the simulated site's DNS knows only localhost
            raise LinkProblem(
                f"host name {host} does not resolve (the simulated site's DNS knows only localhost)"
            ) from None
        if not address.is_loopback:
            raise LinkProblem(f"{host} is not on 127.0.0.1; the simulator stays local")
        if parts.scheme == "ws":
            return None
        return self.tls or ssl.create_default_context()


def attach_link(api: AlfenApi, **options: Any) -> OcppLink:
    """A link for the charger `api` serves: a Reset reboots through the API, and the link goes
    down and comes back with each of the charger's reboots."""
    link = OcppLink(api.charger, reboot=api.reboot, **options)
    api.reboot_hooks.append((link.stop, link.start))
    return link
