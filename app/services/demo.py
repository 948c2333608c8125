"""Demo mode: the simulated site on 127.0.0.1, found like real chargers, and driven through its
control API (plug EVs, switch loads, inject faults).

`commissioner --demo` serves the site in a process of its own (app/services/demo_process.py),
started before Qt loads; should that process fail, the site is served in this one instead, as
it is for the tests (`DemoSite(site_path)`, with `demo.site` the SimulatedSite). Either way the
demo works from the site's endpoints: the list fills at once from them (manual entries); mDNS
and a simulated BLE adapter, both on loopback only and in this process, then add the LAN and
BLE sightings a real site would give.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.core.errors import DeviceTimeout, Unreachable
from app.services import meter_presets
from app.services.context import AppServices
from app.services.demo_process import SiteProcess, SiteProcessError, certificates_folder
from app.services.devices import ManualSighting
from app.services.operations import Operation
from app.services.tasks import TaskSet
from app.sim.control_client import ControlClient

if TYPE_CHECKING:
    from app.services.discovery import Discovery
    from app.sim.runner import SimulatedSite

log = logging.getLogger(__name__)

HAIR_DRYER = "hair dryer"
HAIR_DRYER_AMPS = 9.0
Endpoint = dict[str, Any]


class DemoSite(QObject):
    """Owns the site (or its process), its advertisers and discovery; `stateChanged` carries
    GET /state."""

    stateChanged = Signal(object)  # dict

    def __init__(
        self,
        site_path: Path,
        *,
        time_scale: float = 1.0,
        state_interval: float = 1.0,
        discovery: bool = True,
        process: SiteProcess | None = None,
    ) -> None:
        """`process`: the site already started in a process of its own (at the time scale it
        was started with); else, or should that process fail, it is served in this one
        (`site`)."""
        super().__init__()
        self.with_discovery = discovery
        self.site_path, self.time_scale = site_path, time_scale
        self.process = process
        self.site: SimulatedSite | None = None if process else self._local_site()
        self.endpoints: dict[str, Any] = {}  # the site's endpoints file, once started
        self.state_interval = state_interval
        self.state: dict[str, Any] = {}
        self._stack = contextlib.AsyncExitStack()
        self._tasks = TaskSet()
        self._control: ControlClient | None = None
        self._services: AppServices | None = None
        self.discovery: Discovery | None = None

    def _local_site(self) -> SimulatedSite:
        from app.sim.runner import SimulatedSite  # pymodbus, cryptography: only when served here

        return SimulatedSite(self.site_path, time_scale=self.time_scale)

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self, services: AppServices) -> None:
        """Serve the site, list its chargers, then start discovery in the background."""
        self._services = services
        self.endpoints = await self._serve(services)
        where = "in its own process" if self.site is None else "served in this process"
        log.info("Demo site %s: %d chargers", where, len(self.chargers()))
        self._control = ControlClient(str(self.endpoints["control"]))
        self._stack.push_async_callback(self._control.aclose)
        for node in self.chargers():
            services.directory.add_sighting(_sighting(node))
            key = str(node["serial"]).upper()
            if "password" in node:  # a Trydan has no login
                services.password_hints[key] = str(node["password"])
            if node.get("driver") == "v2c":  # its Modbus map, lent to the live poll
                services.sessions.modbus_addresses[key] = str(node["modbus"])
            elif self.rtu_ports():  # a USB–RS-485 adapter on the line of the site's RTU meter
                services.sessions.rs485_ports[key] = self.rtu_ports()[0]
        # The rest once the window shows the list (app/ui/application.py holds the directory).
        services.directory.after_hold(lambda: self._background(services))

    async def _serve(self, services: AppServices) -> dict[str, Any]:
        """The site's endpoints: from its process once ready, else from the site served here
        (also when the process failed)."""
        if self.process is not None:
            self._stack.push_async_callback(self.process.aclose)
            try:
                return await self.process.ready()
            except SiteProcessError as exc:
                log.warning("The demo site's process failed (%s); serving it here instead", exc)
                await self.process.aclose()
                self.site = self._local_site()
        assert self.site is not None
        # The demo's chargers keep their certificates with the program's data, as real ones do.
        if self.site.certificates is None:
            self.site.certificates = certificates_folder(services.paths.root)
        await self._stack.enter_async_context(self.site)
        return self.site.endpoints()

    def _background(self, services: AppServices) -> None:
        if self.with_discovery:
            self._tasks.spawn(self._discover(services), name="demo discovery")
        self._tasks.spawn(self._watch_state(), name="demo state")

    async def _discover(self, services: AppServices) -> None:
        # zeroconf and bleak: not at start (the list fills from the site's endpoints first)
        from zeroconf import NonUniqueNameException

        from app.services.discovery import Discovery, HubSource
        from app.sim.ble import SimAdvertisement, SimBleSource
        from app.sim.mdns import MdnsAdvertiser, MdnsEntry

        ble = SimBleSource()
        for index, serial in enumerate(self.alfen_serials()):
            ble.advertise(SimAdvertisement.for_charger(serial, index))
        # A Trydan advertises over BLE too (named with its ID); on the LAN it has no mDNS: its
        # row comes from its address, as one typed or found by the sweep on a real site.
        for index, serial in enumerate(self.trydan_serials()):
            ble.advertise(SimAdvertisement.for_trydan(serial, index))
        self.discovery = await Discovery.start(interfaces=["127.0.0.1"], ble_backend=ble.backend())
        self._stack.push_async_callback(self.discovery.aclose)
        # Only this site's chargers: other simulators on this machine's loopback (a second
        # demo, a test run) advertise too, and are not part of the demo.
        own = self.serials()
        services.directory.attach(HubSource(self.discovery.hub, only=own))
        advertiser = MdnsAdvertiser(("127.0.0.1",))
        self._stack.push_async_callback(advertiser.stop)
        entries = [
            MdnsEntry(str(n["serial"]), str(n["model"]), int(str(n["https"]).rsplit(":", 1)[1]))
            for n in self.chargers("alfen")
        ]
        try:
            await advertiser.start(entries)
        except NonUniqueNameException:
            # Another simulated site on this machine's loopback (a second demo, a headless
            # `simulate --mdns`) already advertises these serials: the list keeps the rows the
            # endpoints gave, and Bluetooth still adds its sightings.
            log.warning("Another simulator advertises the demo's chargers over mDNS; skipped")

    async def fetch_state(self) -> dict[str, Any]:
        """GET /state of the control API (also kept in `state` and sent as `stateChanged`)."""
        self.state = await self._request("GET", "/state")
        self.stateChanged.emit(self.state)
        return self.state

    async def _watch_state(self) -> None:
        while True:
            try:
                await self.fetch_state()
            except (Unreachable, DeviceTimeout) as exc:
                log.info("Demo site state unavailable: %s", exc)
            await asyncio.sleep(self.state_interval)

    async def aclose(self) -> None:
        await self._tasks.cancel_all()
        await self._stack.aclose()

    # --- the site, from its endpoints ------------------------------------------------------

    def chargers(self, driver: str | None = None) -> list[Endpoint]:
        """The endpoints entries of the site's chargers (of `driver` only, if given): the Alfen
        ones, then the Trydans."""
        every: list[Endpoint] = self.endpoints.get("chargers", [])
        return [c for c in every if driver is None or c.get("driver", "alfen") == driver]

    def serials(self) -> list[str]:
        """Every charger of the site: the Alfen ones, then the Trydans."""
        return [str(node["serial"]) for node in self.chargers()]

    def alfen_serials(self) -> list[str]:
        """The site's Alfen chargers: the ones a simulated EMS can steer."""
        return [str(node["serial"]) for node in self.chargers("alfen")]

    def trydan_serials(self) -> list[str]:
        return [str(node["serial"]) for node in self.chargers("v2c")]

    def driver(self, serial: str) -> str:
        """The driver tag of the site's charger `serial` (`alfen` or `v2c`)."""
        return "v2c" if serial in self.trydan_serials() else "alfen"

    def meter_endpoints(self) -> list[tuple[str, str]]:
        """(what, where) of the site's grid meter over Modbus TCP, its P1 stream and its RS-485
        meters, as an installer types them on the ALB pages (host:port or the serial port of a
        USB–RS-485 adapter on the meter's line; unit id for Modbus, line settings for RTU)."""
        endpoints = self.endpoints
        found = [
            (f"Modbus TCP, {_preset_title(str(m['preset']))}", f"{m['modbus']} unit {m['unit']}")
            for m in endpoints.get("meters", [])
        ]
        found += [(f"P1 DSMR {p['dsmr']}", str(p["tcp"])) for p in endpoints.get("p1", [])]
        found += [
            (f"TIC ({t['mode']})", " · ".join(str(t[k]) for k in ("pty", "tcp") if t[k]))
            for t in endpoints.get("tic", [])
        ]
        found += [
            (
                f"Modbus RTU, {_preset_title(str(m['preset']))}",
                f"{m['pty']} unit {m['unit']}, {m['baud']} baud "
                f"8{str(m['parity'])[:1].upper()}{m['stopbits']}",
            )
            for m in endpoints.get("rtu", [])
        ]
        return found

    def rtu_ports(self) -> list[str]:
        """The serial ports of the site's RS-485 meters (a USB–RS-485 adapter on each line)."""
        return [str(m["pty"]) for m in self.endpoints.get("rtu", [])]

    def sockets(self) -> list[tuple[str, int]]:
        """(serial, socket number) of every socket on the site (a Trydan has one)."""
        return [
            (str(node["serial"]), number)
            for node in self.chargers()
            for number in range(1, int(node.get("sockets", 1)) + 1)
        ]

    # --- control API ----------------------------------------------------------------------

    async def _request(self, method: str, path: str, body: object = None) -> Any:
        if self._control is None:
            raise Unreachable("The demo site is not running.")
        return await self._control.request(method, path, body)

    def _command(self, title: str, path: str, body: dict[str, object]) -> Operation:
        assert self._services is not None

        async def run(operation: Operation) -> None:
            operation.report(title)
            await self._request("POST", path, body)
            await self.fetch_state()

        return self._services.runner.start(title, run)

    def plug(self, serial: str, socket: int, phases: int) -> Operation:
        return self._command(
            self.tr("Plugging a {phases}-phase EV into {serial} socket {socket}").format(
                phases=phases, serial=serial, socket=socket
            ),
            "/ev",
            {"serial": serial, "socket": socket, "phases": phases},
        )

    def unplug(self, serial: str, socket: int) -> Operation:
        return self._command(
            self.tr("Unplugging {serial} socket {socket}").format(serial=serial, socket=socket),
            "/ev/unplug",
            {"serial": serial, "socket": socket},
        )

    def switch_load(self, name: str, on: bool) -> Operation:
        return self._command(
            self.tr("Switching {name}").format(name=name), "/load", {"name": name, "on": on}
        )

    def hair_dryer(self, phase: int, on: bool) -> Operation:
        """The 9 A test load of the hair-dryer test, on grid phase 1–3."""
        body: dict[str, object] = {
            "name": HAIR_DRYER,
            "on": on,
            "phase": phase,
            "amps": HAIR_DRYER_AMPS,
        }
        return self._command(self.tr("Switching the hair dryer"), "/load", body)

    def wiring(self, serial: str, socket: int, mapping: str) -> Operation:
        """Change the socket's TRUE wiring (its configured mapping stays): a miswired socket."""
        return self._command(
            self.tr("Wiring {serial} socket {socket} as {mapping}").format(
                serial=serial, socket=socket, mapping=mapping
            ),
            "/wiring",
            {"serial": serial, "socket": socket, "mapping": mapping},
        )

    def licence_key(self, serial: str, features: list[str]) -> Operation:
        """The key the simulated vendor sells for `features` on `serial`; the result is its text."""
        assert self._services is not None
        title = self.tr("Buying a licence key for {serial}").format(serial=serial)

        async def run(operation: Operation) -> str:
            operation.report(title)
            reply = await self._request(
                "POST", "/licence", {"serial": serial, "features": features}
            )
            return str(reply["key"])

        return self._services.runner.start(title, run)

    def ems_start(self, serial: str, mode: str, amps: float, period: float) -> Operation:
        """Start the simulated EMS of `serial` (app/sim/alfen/ems.py): `mode` "socket" or "scn",
        a setpoint of `amps` written every `period` seconds of site time."""
        body: dict[str, object] = {
            "serial": serial,
            "action": "start",
            "mode": mode,
            "amps": amps,
            "period": period,
        }
        title = self.tr("Starting the energy manager of {serial}").format(serial=serial)
        return self._command(title, "/ems", body)

    def ems_quiet(self, serial: str, quiet: bool) -> Operation:
        """The EMS stops writing while staying connected (`quiet`), or writes again."""
        if quiet:
            title = self.tr("The energy manager of {serial} goes quiet").format(serial=serial)
        else:
            title = self.tr("The energy manager of {serial} speaks again").format(serial=serial)
        body: dict[str, object] = {"serial": serial, "action": "quiet" if quiet else "speak"}
        return self._command(title, "/ems", body)

    def ems_stop(self, serial: str) -> Operation:
        title = self.tr("Switching off the energy manager of {serial}").format(serial=serial)
        return self._command(title, "/ems", {"serial": serial, "action": "stop"})

    def fault(self, serial: str, kind: str, *, label: str = "", **extra: object) -> Operation:
        """Switch fault `kind` of the control API (app/sim/control.py) on `serial`; `label`
        names it in the installer's words for the activity line."""
        body: dict[str, object] = {"serial": serial, "kind": kind, **extra}
        return self._command(
            self.tr("Injecting '{kind}' on {serial}").format(kind=label or kind, serial=serial),
            "/fault",
            body,
        )


async def start_demo(services: AppServices, site_path: Path, **options: Any) -> DemoSite:
    """Start the demo site and attach it to `services` (closed with them, its process too,
    also when it fails to start)."""
    demo = DemoSite(site_path, **options)
    try:
        await demo.start(services)
    except BaseException:
        await demo.aclose()
        raise
    services.demo = demo
    services.extras.append(demo)
    return demo


def _preset_title(name: str) -> str:
    """`Eastron SDM630` for the preset file `eastron-sdm630`: the meter as its label reads."""
    preset = meter_presets.find(name, None)
    return preset.title if preset is not None else name


def _sighting(node: dict[str, Any]) -> ManualSighting:
    """An endpoints entry as the row it makes: an Alfen charger at its HTTPS API, a Trydan at
    its HTTP API (it has no mDNS: on a real site it is typed or found by the subnet sweep)."""
    driver = str(node.get("driver", "alfen"))
    url = str(node["https"] if "https" in node else node["http"])
    model = str(node.get("model", ""))
    return ManualSighting(str(node["serial"]), url, origin="demo", model=model, driver=driver)
