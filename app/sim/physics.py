"""The site's physics: limits, EV currents, grid currents and the live properties they show.

A tick (4 per second of real time by default) works on the whole site at once:
1. each socket's limit is the lowest of the station, socket, external and EMS limits, and of the
   ALB limit while ALB is active (computed from the grid currents of the previous tick, like a
   real control loop reading its meter);
2. each plugged EV draws min(limit, its maximum) when that reaches its minimum, else nothing;
3. grid current per phase = household loads + socket currents through each socket's TRUE wiring;
4. the charger's live properties (socket meters, states, smart meter, P1) are refreshed.
"""

from __future__ import annotations

import asyncio
import logging
import math
from dataclasses import dataclass, field

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.properties import PropertyId
from app.sim.charger import SimCharger, SimClock, SimSocket
from app.sim.live_values import num, publish_smart_meter, publish_socket

log = logging.getLogger(__name__)

_VOLT_OFFSETS = (-0.6, 0.4, 1.1)  # small fixed imbalance per grid phase, volts
P = PropertyId.parse


@dataclass
class Load:
    """A household or test load: amps per grid phase L1..L3, switched on or off."""

    name: str
    amps: list[float]
    on: bool = True


@dataclass
class LiveSite:
    """The running site: what physics moves and the control API shows and changes."""

    clock: SimClock
    chargers: list[SimCharger]
    loads: dict[str, Load]
    phases: int = 3
    voltage: float = 230.0
    main_fuse: float = 25.0
    meter_silent: bool = False
    meter_inverted: bool = False  # fault: the meter reads with the wrong sign (reversed CT)
    grid: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])

    def charger(self, serial: object) -> SimCharger:
        for charger in self.chargers:
            if charger.serial == serial:
                return charger
        known = ", ".join(c.serial for c in self.chargers)
        raise InvalidInput(f"No charger {serial!r} on this site (chargers: {known}).")

    def household(self) -> list[float]:
        """Current per grid phase drawn by the loads that are on."""
        totals = [0.0, 0.0, 0.0]
        for load in self.loads.values():
            if load.on:
                totals = [t + a for t, a in zip(totals, load.amps, strict=True)]
        return totals

    def meter_reading(self) -> list[float]:
        """Grid currents as the site meter reports them (and the chargers' ALB reads them)."""
        return [-a for a in self.grid] if self.meter_inverted else list(self.grid)

    def volts(self, grid_phase: int) -> float:
        """Voltage of grid phase 1..3: nominal plus a small deterministic wobble."""
        wobble = 0.3 * math.sin(self.clock.now() / 7.0 + grid_phase)
        return self.voltage + _VOLT_OFFSETS[grid_phase - 1] + wobble


def alb_available(max_meter: float, grid: float, own: float, includes_ev: bool) -> float:
    """Current ALB leaves this charger on one grid phase (vendor guide §5.3.3–5.3.4, §5.3.6).

    The meter sits at the grid connection, so it always sees the charger's own current. When
    the charger is told the meter includes the EV (206F_0 = 1) it adds its own current back;
    when told it does not, it counts itself twice, as a misconfigured site does.
    """
    return max(0.0, max_meter - (grid - (own if includes_ev else 0.0)))


def _num(charger: SimCharger, pid: str) -> float:
    return num(charger, P(pid))


def alb_active(charger: SimCharger) -> bool:
    """Mode bit 0x2 set, ALB licensed, and a data source chosen (5217_0 ≠ -1)."""
    mode = int(_num(charger, "2064_0"))
    return bool(mode & 0x2) and charger.has(Feature.ALB) and int(_num(charger, "5217_0")) != -1


def used_phases(socket: SimSocket) -> int:
    """How many of the socket's phases carry current: the EV's and the wiring's lower count."""
    wired = max(1, socket.wiring.phases)
    if socket.ev is None:
        return wired
    return max(1, min(socket.ev.phases, wired, socket.phases_setting))


def _grid_phase(socket: SimSocket, charger_phase: int) -> int:
    phases = socket.wiring.grid_phases
    return phases[charger_phase] if charger_phase < len(phases) else charger_phase + 1


def _alb_limits(site: LiveSite, charger: SimCharger) -> list[float | None]:
    """ALB limit per socket (None while ALB is inactive), from the previous tick's grid."""
    if not alb_active(charger):
        return [None for _ in charger.sockets]
    if site.meter_silent:
        return [_num(charger, "2068_0") for _ in charger.sockets]
    own = [0.0, 0.0, 0.0]
    sharing = [0, 0, 0]
    for socket in charger.sockets:
        for i in range(used_phases(socket)):
            grid_phase = _grid_phase(socket, i)
            own[grid_phase - 1] += socket.currents[i]
            sharing[grid_phase - 1] += 1 if socket.ev is not None else 0
    includes = int(_num(charger, "206F_0")) == 1
    reading = site.meter_reading()
    available = [
        alb_available(_num(charger, "2067_0"), reading[g], own[g], includes) for g in range(3)
    ]
    limits: list[float | None] = []
    for socket in charger.sockets:
        phases = [_grid_phase(socket, i) - 1 for i in range(used_phases(socket))]
        limits.append(min(available[g] / max(1, sharing[g]) for g in phases))
    return limits


def socket_limit(charger: SimCharger, socket: SimSocket, alb: float | None) -> float:
    """The lowest of station, socket, external, EMS and ALB limits."""
    prefix = "2" if socket.number == 1 else "3"
    limits = [
        _num(charger, "2062_0"),
        _num(charger, f"{prefix}129_0"),
        _num(charger, f"{prefix}12A_0"),
    ]
    ems = charger.modbus_limit(socket)
    if ems is not None:
        limits.append(ems)
    if alb is not None:
        limits.append(alb)
    return max(0.0, min(limits))


def ev_draw(socket: SimSocket, online: bool) -> list[float]:
    """Current on the charger's L1..L3 for the socket's limit and EV."""
    ev = socket.ev
    if ev is None or not online:
        return [0.0, 0.0, 0.0]
    amps = min(socket.limit, ev.max_current)
    if amps < ev.min_current:
        return [0.0, 0.0, 0.0]
    count = used_phases(socket)
    return [amps if i < count else 0.0 for i in range(3)]


class Physics:
    """Ticks the site at `hz` real-time ticks per second while started."""

    def __init__(self, site: LiveSite, hz: float = 4.0) -> None:
        self.site = site
        self.period = 1.0 / hz
        self.ticks = 0
        self._last = site.clock.now()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.tick()
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.period)
            try:
                self.tick()
            except Exception:  # one bad tick must not stop the site
                log.exception("physics tick failed")

    def tick(self) -> None:
        """Move the whole site one step."""
        site = self.site
        now = site.clock.now()
        dt, self._last = max(0.0, now - self._last), now
        for charger in site.chargers:
            for socket, alb in zip(charger.sockets, _alb_limits(site, charger), strict=True):
                socket.limit = socket_limit(charger, socket, alb)
                socket.alb_limit = alb
                socket.currents = ev_draw(socket, charger.online)
        grid = site.household()
        for charger in site.chargers:
            for socket in charger.sockets:
                for i, amps in enumerate(socket.currents):
                    if amps:
                        grid[_grid_phase(socket, i) - 1] += amps
        site.grid = grid
        volts = tuple(site.volts(g) for g in (1, 2, 3))
        for charger in site.chargers:
            for socket in charger.sockets:
                phases = tuple(_grid_phase(socket, i) for i in range(3))
                wired = max(1, socket.wiring.phases)
                socket_volts = [volts[g - 1] if i < wired else 0.0 for i, g in enumerate(phases)]
                publish_socket(charger, socket, socket_volts, dt)
            if not site.meter_silent:
                publish_smart_meter(charger, list(volts), site.meter_reading(), dt)
        self.ticks += 1
