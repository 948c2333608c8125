"""Runs a whole simulated site on 127.0.0.1: per charger an HTTPS API and a Modbus TCP server,
the physics tick and the control API; writes the endpoints file clients connect with.

    async with SimulatedSite("presets/sites/demo.toml", time_scale=10) as site:
        site.endpoints()  # {"schema_version": 1, "chargers": [...], "control": "http://…"}

Every charger entry names its `driver`, `serial`, `model` and number of `sockets`: an Alfen one
(`"alfen"`, `site.nodes`) carries `https`, `modbus`, `username` and `password`; a Trydan
(`"v2c"`, `site.trydans`, app/sim/v2c/site_node.py) carries `http` (`http://127.0.0.1:P`) and
`modbus` (`127.0.0.1:P`).

Later servers (meters, P1, mDNS) join through `add_hook(start, stop)`: `start(site)` runs after
the chargers are up and may append to `site.extra_endpoints["meters"]`, `["p1"]`, `["tic"]`
(`{"mode", "phases", "tcp", "pty"}`, app/sim/tic_site.py) or `["rtu"]` (RS-485 meters,
app/sim/rtu_meter.py); `stop()`
runs first on shutdown. Each charger's ALB source reader (app/sim/alfen/alb_source.py) starts after
the hooks, so what a hook writes to a charger is its configuration at boot.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from app.core.errors import InvalidInput
from app.sim.alfen.alb_source import AlbSources
from app.sim.alfen.api import AlfenApi
from app.sim.alfen.charger import SimCharger, SimClock
from app.sim.alfen.ems import SiteEms
from app.sim.alfen.modbus_map import charger_models
from app.sim.alfen.ocpp_link import OcppLink, attach_link
from app.sim.control import ControlApi
from app.sim.modbus_server import ModbusServer
from app.sim.physics import LiveSite, Load, Physics
from app.sim.rtu_meter import attach_rtu_meters
from app.sim.site import SiteTemplate, build_charger, load_site
from app.sim.site_meters import attach_site_meters
from app.sim.tic import TicMeter
from app.sim.tic_site import attach_tic_meter
from app.sim.tls import ChargerCertificate
from app.sim.v2c.site_node import SiteTrydan, TrydanNode, build_trydan, trydan_servers

log = logging.getLogger(__name__)

ENDPOINTS_SCHEMA = 1
SiteHook = tuple[
    Callable[["SimulatedSite"], Awaitable[None]],
    Callable[[], Awaitable[None]],
]


@dataclass
class ChargerNode:
    """One simulated charger and the servers that speak for it."""

    charger: SimCharger
    api: AlfenApi
    modbus: ModbusServer
    ocpp: OcppLink | None = None  # its back-office link (app/sim/alfen/ocpp_link.py)

    def endpoint(self) -> dict[str, object]:
        return {
            "driver": "alfen",
            "serial": self.charger.serial,
            "model": self.charger.model,
            "sockets": len(self.charger.sockets),
            "https": self.api.url,
            "modbus": f"127.0.0.1:{self.modbus.port}",
            "username": "admin",
            "password": self.charger.password,
        }


class SimulatedSite:
    """Async context manager: the site is served between enter and exit."""

    def __init__(
        self,
        site: SiteTemplate | str | Path,
        *,
        time_scale: float = 1.0,
        endpoints_path: str | Path | None = None,
        physics_hz: float = 4.0,
        certificates: str | Path | None = None,
    ) -> None:
        """`certificates`: the folder where each charger keeps its TLS key and certificate
        across runs (app/sim/tls.py); None makes new ones in memory at every start."""
        self.template = site if isinstance(site, SiteTemplate) else load_site(site)
        self.clock = SimClock(time_scale)
        self.endpoints_path = Path(endpoints_path) if endpoints_path else None
        self.certificates = Path(certificates) if certificates is not None else None
        self.nodes: list[ChargerNode] = []
        self.trydans: list[TrydanNode] = []
        chargers = [build_charger(spec, self.clock) for spec in self.template.chargers]
        grid = self.template.grid
        self.live = LiveSite(
            clock=self.clock,
            chargers=chargers,
            loads={s.name: Load(s.name, list(s.amps), s.on) for s in self.template.loads},
            phases=grid.phases,
            voltage=grid.voltage,
            main_fuse=grid.main_fuse,
        )
        self.live.devices.extend(build_trydan(s, self.clock) for s in self.template.trydans)
        self.physics = Physics(self.live, hz=physics_hz)
        self.alb_sources = AlbSources(self.live)
        self.hooks: list[SiteHook] = []
        self.extra_endpoints: dict[str, list[dict[str, object]]] = {
            "meters": [],
            "p1": [],
            "tic": [],
            "rtu": [],
        }
        attach_site_meters(self)  # the template's [meter], if any: Modbus meter and P1 stream
        attach_rtu_meters(self)  # its [meter.rtu]: RS-485 meters on pseudo-terminals
        self.tic_meters: list[TicMeter] = []
        attach_tic_meter(self)  # the template's [tic], if any: a Linky on a pty and TCP
        self.control: ControlApi | None = None
        self._stack: contextlib.AsyncExitStack | None = None

    def add_hook(
        self,
        start: Callable[[SimulatedSite], Awaitable[None]],
        stop: Callable[[], Awaitable[None]],
    ) -> None:
        """Add a server to the site's start/stop (call before the site starts)."""
        self.hooks.append((start, stop))

    def node(self, serial: str) -> ChargerNode:
        for node in self.nodes:
            if node.charger.serial == serial:
                return node
        raise InvalidInput(f"No charger {serial!r} on this site.")

    @property
    def control_url(self) -> str:
        if self.control is None:
            raise RuntimeError("the site is not running")
        return self.control.url

    async def __aenter__(self) -> SimulatedSite:
        stack = contextlib.AsyncExitStack()
        try:
            await self._start(stack)
        except BaseException:
            await stack.aclose()
            raise
        self._stack = stack
        if self.endpoints_path is not None:
            write_endpoints(self.endpoints_path, self.endpoints())
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        stack, self._stack = self._stack, None
        if stack is not None:
            await stack.aclose()

    async def _start(self, stack: contextlib.AsyncExitStack) -> None:
        for spec, charger in zip(self.template.chargers, self.live.chargers, strict=True):
            api = AlfenApi(
                charger,
                session_style=spec.session,
                session_idle=self.template.session_idle_seconds,
                port=spec.https_port,
                certificate=ChargerCertificate(charger.serial, self.certificates),
            )
            modbus = ModbusServer(charger_models(charger), port=spec.modbus_port)
            api.reboot_hooks.append((modbus.stop, modbus.start))
            await _bind(api.start, f"charger {charger.serial} HTTPS", spec.https_port)
            stack.push_async_callback(api.stop)
            await _bind(modbus.start, f"charger {charger.serial} Modbus", spec.modbus_port)
            stack.push_async_callback(modbus.stop)
            link = attach_link(api)
            await link.start()
            stack.push_async_callback(link.stop)
            self.nodes.append(ChargerNode(charger, api, modbus, link))
        await self._start_trydans(stack)
        await self.physics.start()
        stack.push_async_callback(self.physics.stop)
        self.control = ControlApi(
            self.live,
            {n.charger.serial: n.api for n in self.nodes},
            trydans={n.trydan.serial: n.trydan for n in self.trydans},
        )
        self.control.ems = SiteEms(
            {n.charger.serial: (n.modbus.port, len(n.charger.sockets)) for n in self.nodes},
            self.clock,
        )
        await self.control.start()
        stack.push_async_callback(self.control.stop)
        for start, stop in self.hooks:
            await start(self)
            stack.push_async_callback(stop)
        await self.alb_sources.start()
        stack.push_async_callback(self.alb_sources.stop)
        log.info("site %s is up: %d chargers", self.template.name, self.charger_count)

    async def _start_trydans(self, stack: contextlib.AsyncExitStack) -> None:
        """Each Trydan's HTTP API and Modbus TCP server, over the model the physics moves."""
        for trydan in self.live.devices:
            if not isinstance(trydan, SiteTrydan):
                continue
            servers = trydan_servers(trydan)
            port = trydan.spec.http_port or trydan.spec.modbus_port
            await _bind(servers.start, f"Trydan {trydan.serial} HTTP and Modbus", port)
            stack.push_async_callback(servers.stop)
            self.trydans.append(TrydanNode(trydan, servers))

    @property
    def charger_count(self) -> int:
        """Every charger served, whatever its brand."""
        return len(self.nodes) + len(self.trydans)

    def endpoints(self) -> dict[str, object]:
        """What clients need to reach the site (the endpoints file's content)."""
        return {
            "schema_version": ENDPOINTS_SCHEMA,
            "chargers": [n.endpoint() for n in self.nodes] + [n.endpoint() for n in self.trydans],
            "meters": list(self.extra_endpoints["meters"]),
            "p1": list(self.extra_endpoints["p1"]),
            "tic": list(self.extra_endpoints["tic"]),
            "rtu": list(self.extra_endpoints["rtu"]),
            "control": self.control_url,
        }


async def _bind(start: Callable[[], Awaitable[None]], what: str, port: int) -> None:
    try:
        await start()
    except OSError as exc:
        raise InvalidInput(
            f"Cannot listen for {what} on 127.0.0.1:{port}: {exc.strerror or exc}. "
            "Choose another port in the site template, or 0 for any free port."
        ) from None


def write_endpoints(path: Path, payload: dict[str, object]) -> None:
    """Write atomically: a temp file in the same folder, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, indent=2)
            handle.write("\n")
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
