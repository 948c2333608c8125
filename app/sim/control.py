"""Control API of the simulated site: JSON over plain HTTP on 127.0.0.1.

| request | body | effect |
|---|---|---|
| `GET /state` | | the whole site (chargers, sockets, loads, grid, `trydans`, `tic` if any, `ems`) |
| `POST /ev` | `{serial, socket, phases?, min_current?, max_current?}` | plug an EV in |
| `POST /ev/unplug` | `{serial, socket}` | unplug it |
| `POST /load` | `{name, on?, phase?, amps?}` | switch a load; `phase` + `amps` set or add it |
| `POST /wiring` | `{serial, socket, mapping}` | change a socket's TRUE wiring (miswire it) |
| `POST /fault` | `{serial, kind, …}` | see `FAULT_KINDS` (a Trydan's: app/sim/v2c/control.py) |
| `POST /licence` | `{serial, features: ["ALB", …]}` | `{"key": …}`: what the vendor would sell |
| `POST /ems` | `{serial, action, mode?, amps?, period?}` | drive the charger's EMS (below) |

The EMS of each Alfen charger (app/sim/alfen/ems.py) is off until `action` `start` (with `mode`
`socket` or `scn`, `amps`, and `period` in site seconds); `quiet` makes it stop writing while
connected, `speak` writes again, `stop` switches it off. `GET /state` shows each one under `ems`.

The licence shop stands in for the vendor's portal: it answers the key that unlocks `features`
(names of `Feature`) on that charger, the one an installer types into its licence-key setting.
It changes nothing.

A Trydan (`driver = "v2c"`) has one socket (1): `/ev` and `/ev/unplug` work on it as on an
Alfen socket; `/wiring` and `/licence` and the Alfen fault kinds do not apply to it.

Success answers 200 `{"ok": true}`; bad input answers 400 `{"error": "<text>"}`.
"""

from __future__ import annotations

import inspect
import logging

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.sim.alfen.api import AlfenApi
from app.sim.alfen.charger import LICENCE_DEVICE, SimCharger, SimEV, licence_key_for
from app.sim.alfen.ems import EmsMode, SiteEms
from app.sim.alfen.firmware import FIRMWARE_FAULT_KINDS
from app.sim.http import Connection, HttpServer, Request, Response
from app.sim.physics import LiveSite, Load
from app.sim.tic import TIC_FAULT_KINDS, TicMeter
from app.sim.v2c.control import TRYDAN_FAULT_KINDS, switch_fault
from app.sim.v2c.site_node import SiteTrydan

log = logging.getLogger(__name__)

FAULT_KINDS = {
    "drop": "reset every open connection now",
    "delay": "delay every reply by `seconds` (real time; 0 ends it)",
    "phantom": "another client holds the session while `hold` is true (default true)",
    "reject_write": "answer the next property write with 400 and `text`",
    "malformed": "cut short the JSON of the next `count` replies (default 1)",
    "reboot": "reboot now",
    "new_certificate": "present a new TLS certificate from the next connection on",
    "meter_silent": "site meter stops (`on` true) or resumes (`on` false); no serial needed",
    "meter_inverted": "site meter reads with the wrong sign (`on` true) or right (`on` false)",
    "scn_lost": "the charger loses (`on` true) or finds again (`on` false) its SCN peers",
    **FIRMWARE_FAULT_KINDS,
    **TRYDAN_FAULT_KINDS,
    **TIC_FAULT_KINDS,  # no serial needed: the site's TIC meter (app/sim/tic.py)
}


class _Body:
    """Fields of a JSON request body, each checked with a clear 400 text."""

    def __init__(self, request: Request) -> None:
        data = request.json()
        if not isinstance(data, dict):
            raise InvalidInput("The body must be a JSON object.")
        self.data: dict[str, object] = data

    def get(self, name: str, kind: type | tuple[type, ...], default: object = ...) -> object:
        if name not in self.data:
            if default is ...:
                raise InvalidInput(f"Field '{name}' is missing.")
            return default
        value = self.data[name]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise InvalidInput(f"Field '{name}' has the wrong type: {value!r}.")
        return value

    def number(self, name: str, default: float | None, low: float, high: float) -> float:
        raw = self.get(name, (int, float), ... if default is None else default)
        assert isinstance(raw, int | float)
        value = float(raw)
        if not low <= value <= high:
            raise InvalidInput(f"Field '{name}' must be within {low:g}…{high:g}, got {value:g}.")
        return value


class ControlApi:
    """Serves the control API for a running site."""

    def __init__(
        self,
        site: LiveSite,
        apis: dict[str, AlfenApi],
        port: int = 0,
        *,
        trydans: dict[str, SiteTrydan] | None = None,
    ) -> None:
        self.site = site
        self.apis = apis
        self.trydans = trydans or {}
        self.ems: SiteEms | None = None  # the runner lends it its chargers' EMS
        self.tic_meters: list[TicMeter] = []  # the site's TIC meter joins when it starts
        self.server = HttpServer(self._handle, port=port)

    @property
    def url(self) -> str:
        return self.server.url

    async def start(self) -> None:
        await self.server.start()

    async def stop(self) -> None:
        if self.ems is not None:
            await self.ems.close()
        await self.server.stop()

    async def _handle(self, request: Request, conn: Connection) -> Response:
        routes = {
            ("GET", "/state"): lambda: Response.json(self.state()),
            ("POST", "/ev"): lambda: self._plug(_Body(request)),
            ("POST", "/ev/unplug"): lambda: self._unplug(_Body(request)),
            ("POST", "/load"): lambda: self._load(_Body(request)),
            ("POST", "/wiring"): lambda: self._wiring(_Body(request)),
            ("POST", "/fault"): lambda: self._fault(_Body(request)),
            ("POST", "/licence"): lambda: self._licence(_Body(request)),
            ("POST", "/ems"): lambda: self._ems(_Body(request)),
        }
        route = routes.get((request.method, request.path))
        if route is None:
            paths = ", ".join(f"{m} {p}" for m, p in routes)
            return Response.error(404, f"No {request.method} {request.path}; try {paths}.")
        result = route()
        return await result if inspect.isawaitable(result) else result

    # --- state --------------------------------------------------------------------------------

    def state(self) -> dict[str, object]:
        site = self.site
        return {
            "time": site.clock.now(),
            "time_scale": site.clock.scale,
            "grid": {
                "phases": site.phases,
                "voltage": site.voltage,
                "main_fuse": site.main_fuse,
                "currents": [round(a, 3) for a in site.grid],
                "meter_silent": site.meter_silent,
                "meter_inverted": site.meter_inverted,
            },
            "loads": [
                {"name": load.name, "amps": load.amps, "on": load.on}
                for load in site.loads.values()
            ],
            "chargers": [self._charger_state(c) for c in site.chargers],
            "trydans": [t.state() for t in self.trydans.values()],
            "ems": self.ems.state() if self.ems is not None else {},
        } | ({"tic": [m.state() for m in self.tic_meters]} if self.tic_meters else {})

    def _charger_state(self, charger: SimCharger) -> dict[str, object]:
        return {
            "serial": charger.serial,
            "model": charger.model,
            "firmware": charger.firmware,
            "online": charger.online,
            "boot_count": charger.boot_count,
            "licence_bits": charger.licence_bits,
            "pending": {str(pid): value for pid, value in charger.pending.items()},
            "api": self.apis[charger.serial].describe() if charger.serial in self.apis else None,
            "sockets": [
                {
                    "number": s.number,
                    "wiring": s.wiring.value,
                    "ev": None
                    if s.ev is None
                    else {
                        "phases": s.ev.phases,
                        "min_current": s.ev.min_current,
                        "max_current": s.ev.max_current,
                    },
                    "currents": [round(a, 3) for a in s.currents],
                    "limit": round(s.limit, 3),
                    "alb_limit": None if s.alb_limit is None else round(s.alb_limit, 3),
                    "main_state": int(s.main_state),
                    "mode3": s.mode3.name,
                }
                for s in charger.sockets
            ],
        }

    # --- changes ------------------------------------------------------------------------------

    def _socket_of(self, body: _Body) -> tuple[SimCharger, int]:
        charger = self.site.charger(body.get("serial", str))
        number = int(body.number("socket", None, 1, 2))
        charger.socket(number)
        return charger, number

    def _trydan_of(self, body: _Body) -> SiteTrydan | None:
        """The Trydan the body names (its only socket is 1), or None for an Alfen charger."""
        trydan = self.trydans.get(str(body.data.get("serial")))
        if trydan is not None and body.number("socket", 1, 1, 2) != 1:
            raise InvalidInput(f"Trydan {trydan.serial} has one socket: 1.")
        return trydan

    def _plug(self, body: _Body) -> Response:
        trydan = self._trydan_of(body)
        charger, number = (None, 1) if trydan is not None else self._socket_of(body)
        phases = body.get("phases", int, 3)
        if phases not in (1, 3):
            raise InvalidInput(f"Field 'phases' must be 1 or 3, got {phases!r}.")
        low = body.number("min_current", 6.0, 0.0, 80.0)
        high = body.number("max_current", 16.0, 0.0, 80.0)
        if low > high:
            raise InvalidInput(f"min_current {low:g} is above max_current {high:g}.")
        assert isinstance(phases, int)
        if trydan is not None:
            trydan.plug(phases, high)
        else:
            assert charger is not None
            charger.plug(number, SimEV(phases=phases, min_current=low, max_current=high))
        return Response.json({"ok": True})

    def _unplug(self, body: _Body) -> Response:
        trydan = self._trydan_of(body)
        if trydan is not None:
            trydan.unplug()
            return Response.json({"ok": True})
        charger, number = self._socket_of(body)
        charger.unplug(number)
        return Response.json({"ok": True})

    def _load(self, body: _Body) -> Response:
        name = str(body.get("name", str))
        load = self.site.loads.get(name)
        has_amps = "amps" in body.data or "phase" in body.data
        if load is None and not has_amps:
            known = ", ".join(self.site.loads) or "none"
            raise InvalidInput(f"No load {name!r} (loads: {known}); give phase and amps to add it.")
        on = bool(body.get("on", bool, True if load is None else load.on))
        if has_amps:
            phase = int(body.number("phase", None, 1, 3))
            amps = body.number("amps", None, 0.0, 1000.0)
            currents = [0.0, 0.0, 0.0]
            currents[phase - 1] = amps
            load = self.site.loads.setdefault(name, Load(name, currents, on))
            load.amps = currents
        assert load is not None
        load.on = on
        return Response.json({"ok": True})

    def _wiring(self, body: _Body) -> Response:
        charger, number = self._socket_of(body)
        mapping = PhaseMapping.parse(str(body.get("mapping", str)))
        charger.socket(number).wiring = mapping
        return Response.json({"ok": True})

    def _licence(self, body: _Body) -> Response:
        charger = self.site.charger(body.get("serial", str))
        names = body.get("features", list)
        assert isinstance(names, list)
        known = ", ".join(f.name for f in Feature if f.name)
        if not names:
            raise InvalidInput(f"Field 'features' is empty; name one or more of: {known}.")
        bits = 0
        for name in names:
            if not isinstance(name, str) or name.upper() not in Feature.__members__:
                raise InvalidInput(f"Unknown feature {name!r}; known: {known}.")
            bits |= Feature[name.upper()]
        key = licence_key_for(str(charger.values[LICENCE_DEVICE]), bits)
        return Response.json({"key": key.text})

    async def _ems(self, body: _Body) -> Response:
        if self.ems is None:
            raise InvalidInput("This site has no EMS.")
        ems = self.ems.of(str(body.get("serial", str)))
        action = str(body.get("action", str))
        if action == "start":
            mode = str(body.get("mode", str, "socket"))
            if mode not in {m.value for m in EmsMode}:
                raise InvalidInput(f"Field 'mode' must be socket or scn, got {mode!r}.")
            amps = body.number("amps", None, 0.0, 80.0)
            period = body.number("period", 10.0, 0.1, 3600.0)
            await ems.start(mode=EmsMode(mode), amps=amps, period=period)
        elif action in ("quiet", "speak"):
            ems.quiet(action == "quiet")
        elif action == "stop":
            await ems.stop()
        else:
            raise InvalidInput(f"Unknown EMS action {action!r}; known: start, quiet, speak, stop.")
        log.info("EMS of %s: %s", ems.port, action)
        return Response.json({"ok": True, "ems": ems.describe()})

    def _fault(self, body: _Body) -> Response:
        kind = str(body.get("kind", str))
        if kind not in FAULT_KINDS:
            raise InvalidInput(f"Unknown fault kind {kind!r}; known: {', '.join(FAULT_KINDS)}.")
        if kind == "meter_silent":
            self.site.meter_silent = bool(body.get("on", bool, True))
            return Response.json({"ok": True})
        if kind == "meter_inverted":
            self.site.meter_inverted = bool(body.get("on", bool, True))
            return Response.json({"ok": True})
        if kind in TIC_FAULT_KINDS:
            if not self.tic_meters:
                raise InvalidInput(f"Fault {kind!r}: this site has no TIC meter.")
            for meter in self.tic_meters:
                meter.set_fault(kind, bool(body.get("on", bool, True)))
            return Response.json({"ok": True})
        serial = body.get("serial", str)
        trydan = self.trydans.get(str(serial))
        if trydan is not None:
            return self._trydan_fault(trydan, kind, body)
        if kind in TRYDAN_FAULT_KINDS:
            self.site.charger(serial)  # names the known chargers when there is no such one
            raise InvalidInput(f"Fault {kind!r} applies to a Trydan; {serial!r} is not one.")
        self.site.charger(serial)
        if kind == "scn_lost":
            lost = self.site.scn_lost
            (lost.add if body.get("on", bool, True) else lost.discard)(str(serial))
            return Response.json({"ok": True})
        self._alfen_fault(self.apis[str(serial)], kind, body)
        log.info("fault %s on %s", kind, serial)
        return Response.json({"ok": True})

    @staticmethod
    def _alfen_fault(api: AlfenApi, kind: str, body: _Body) -> None:
        if kind == "drop":
            api.drop_connections()
        elif kind == "delay":
            api.faults.delay = body.number("seconds", None, 0.0, 600.0)
        elif kind == "phantom":
            api.hold_phantom(bool(body.get("hold", bool, True)))
        elif kind == "reject_write":
            api.faults.reject_write = str(body.get("text", str, "The charger refused the write."))
        elif kind == "malformed":
            api.faults.malformed = int(body.number("count", 1, 0, 1000))
        elif kind == "reboot":
            api.reboot()
        elif kind == "new_certificate":
            api.certificate.regenerate()
        elif kind in FIRMWARE_FAULT_KINDS:
            on, rate = (
                lambda: bool(body.get("on", bool, True)),
                lambda: body.number("bytes_per_second", None, 1.0, 1e9),
            )
            api.firmware.switch(kind, on, rate)

    def _trydan_fault(self, trydan: SiteTrydan, kind: str, body: _Body) -> Response:
        switch_fault(
            trydan.model.faults,
            kind,
            flag=lambda: bool(body.get("on", bool, True)),
            seconds=lambda: body.number("seconds", None, 0.0, 600.0),
            text=lambda: str(body.get("text", str, "ERROR")),
        )
        log.info("fault %s on Trydan %s", kind, trydan.serial)
        return Response.json({"ok": True})
