"""The site's physics: limits, EV currents, grid currents and the live properties they show.

A tick (4 per second of real time by default) works on the whole site at once:
1. each socket's limit is the lowest of the station, socket, external and EMS limits, and of the
   ALB limit while ALB is active: computed from what the charger's configured source last
   reported (app/sim/alfen/alb.py, app/sim/alfen/alb_source.py), safe current when it has none, and
   following its target with a lag of `LiveSite.alb_reaction` site seconds;
2. each plugged EV draws min(limit, its maximum) when that reaches its minimum, else nothing;
3. grid current per phase = household loads + socket currents through each socket's TRUE wiring,
   then, one by one, what each charger that moves its own currents adds (`SiteDevice`: a Trydan,
   app/sim/v2c/site_node.py) given the grid currents so far, which its CT clamp reads;
4. the charger's live socket properties (meters, states, limits) are refreshed; its smart-meter
   values are the source reader's, as the charger receives them.
"""

from __future__ import annotations

import asyncio
import logging
import math
from dataclasses import dataclass, field
from typing import Protocol

from app.core.errors import InvalidInput
from app.sim.alfen.alb import (
    DEFAULT_REACTION_SECONDS,
    SourceFeed,
    alb_active,
    alb_targets,
    approach,
    safe_current,
    socket_limit,
    uses_ems,
)
from app.sim.alfen.charger import SimCharger, SimClock, SimSocket
from app.sim.alfen.live_values import publish_socket

log = logging.getLogger(__name__)

_VOLT_OFFSETS = (-0.6, 0.4, 1.1)  # small fixed imbalance per grid phase, volts


@dataclass
class Load:
    """A household or test load: amps per grid phase L1..L3, switched on or off."""

    name: str
    amps: list[float]
    on: bool = True


class SiteDevice(Protocol):
    """A charger whose own model decides its current from what the site's grid carries."""

    @property
    def serial(self) -> str: ...

    def follow(self, grid: list[float], volts: float) -> list[float]:
        """Given the grid currents without it, the currents it adds per grid phase."""
        ...

    def state(self) -> dict[str, object]:
        """What the control API shows of it."""
        ...


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
    # What each charger's ALB hears from its source, by serial (filled by app/sim/alb_source).
    alb_feeds: dict[str, SourceFeed] = field(default_factory=dict)
    alb_reaction: float = DEFAULT_REACTION_SECONDS  # time constant of the ALB limit, site s
    scn_lost: set[str] = field(default_factory=set)  # serials cut off from their SCN
    devices: list[SiteDevice] = field(default_factory=list)  # chargers of other brands

    def device(self, serial: object) -> SiteDevice | None:
        """The other-brand charger with this serial, if there is one."""
        return next((d for d in self.devices if d.serial == serial), None)

    def charger(self, serial: object) -> SimCharger:
        for charger in self.chargers:
            if charger.serial == serial:
                return charger
        if self.device(serial) is not None:
            raise InvalidInput(f"Charger {serial!r} is not an Alfen charger: this does not apply.")
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
        """Grid currents as the site's meter servers report them (the `meter_inverted` fault)."""
        return [-a for a in self.grid] if self.meter_inverted else list(self.grid)

    def volts(self, grid_phase: int) -> float:
        """Voltage of grid phase 1..3: nominal plus a small deterministic wobble."""
        wobble = 0.3 * math.sin(self.clock.now() / 7.0 + grid_phase)
        return self.voltage + _VOLT_OFFSETS[grid_phase - 1] + wobble


def used_phases(socket: SimSocket) -> int:
    """How many of the socket's phases carry current: the EV's and the wiring's lower count."""
    wired = max(1, socket.wiring.phases)
    if socket.ev is None:
        return wired
    return max(1, min(socket.ev.phases, wired, socket.phases_setting))


def _grid_phase(socket: SimSocket, charger_phase: int) -> int:
    phases = socket.wiring.grid_phases
    return phases[charger_phase] if charger_phase < len(phases) else charger_phase + 1


def _alb_limits(site: LiveSite, charger: SimCharger, dt: float) -> list[float | None]:
    """ALB limit per socket (None while ALB is inactive or an EMS steers), from its source."""
    if not alb_active(charger) or uses_ems(charger):
        return [None for _ in charger.sockets]
    feed = site.alb_feeds.get(charger.serial)
    readings = feed.fresh(site.clock.now()) if feed is not None else None
    if feed is None or readings is None:  # no source, or quiet: what a real charger does
        targets = [safe_current(charger) for _ in charger.sockets]
    else:
        if feed.targets is None or feed.targets_at != feed.at:  # a new reading: one step
            used = [used_phases(s) for s in charger.sockets]
            feed.targets, feed.targets_at = alb_targets(charger, readings, used), feed.at
        targets = feed.targets
    return [
        approach(s.alb_limit, t, dt, site.alb_reaction)
        for s, t in zip(charger.sockets, targets, strict=True)
    ]


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
        from app.sim.alfen.scn import (
            ScnNetworks,  # app.sim.alfen.scn builds on this module's limits
        )

        self.scn = ScnNetworks(site)

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
        shared = self.scn.limits()  # SCN members: the network's share replaces own ALB
        for charger in site.chargers:
            for socket, alb in zip(charger.sockets, _alb_limits(site, charger, dt), strict=True):
                share = shared.get((charger.serial, socket.number))
                socket.limit = socket_limit(charger, socket, alb) if share is None else share
                socket.alb_limit = alb
                socket.currents = ev_draw(socket, charger.online)
        grid = site.household()
        for charger in site.chargers:
            for socket in charger.sockets:
                for i, amps in enumerate(socket.currents):
                    if amps:
                        grid[_grid_phase(socket, i) - 1] += amps
        for device in site.devices:
            added = device.follow(list(grid), site.voltage)
            grid = [g + a for g, a in zip(grid, added, strict=True)]
        site.grid = grid
        volts = tuple(site.volts(g) for g in (1, 2, 3))
        for charger in site.chargers:
            for socket in charger.sockets:
                phases = tuple(_grid_phase(socket, i) for i in range(3))
                wired = max(1, socket.wiring.phases)
                socket_volts = [volts[g - 1] if i < wired else 0.0 for i, g in enumerate(phases)]
                publish_socket(charger, socket, socket_volts, dt)
        self.ticks += 1
