"""Smart Charging Network allocation in the simulator (guide §6.1–6.5, §6.13).

Chargers that hold the same network name (2180_1), have the SCN licence and are online share
the network's capacity. Every physics tick, per network:
1. capacity per grid phase is the SCN total current (2180_5), lowered by the ALB member's
   measurement of the whole network (one member talks to the meter, §6.5: it takes the rest
   of the installation as its reading minus the network's own current, once per reading, and
   leaves the maximum meter current minus that rest to the whole network) or by an EMS
   setpoint (1417–1421); when its source goes quiet, or the meter member is restarting, the
   network falls back to the SCN total safe current (2180_A). A member that lost the network
   charges at the socket safe current (2180_6), and the rest reserve that much for each of its
   sockets (§6.13 a);
2. a new session first runs a test phase of about a minute at 14 A that finds whether the EV
   needs 6 A or 14 A at least (§6.2); a socket in its test phase is never paused;
3. when the minimums of every occupied socket do not fit, sockets alternate: the lowest
   occupied IDs are paused first, for one alternating period (2180_4), then the next ones in
   ID order, round and round (§6.5);
4. the sockets that charge share what is left equally (max-min fair, never below their
   minimum, never above their own limits, and a dual charger's two sockets together never
   above its station maximum), per grid phase by each socket's SCN phase mapping.
Times are site time, so a time-scaled site runs test phases and periods quickly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.alb import alb_active, alb_available, socket_limit, uses_ems
from app.sim.alfen.charger import SimCharger, SimSocket
from app.sim.alfen.live_values import num
from app.sim.physics import LiveSite, used_phases

P = PropertyId.parse
TEST_PHASE_SECONDS = 60.0
TEST_PHASE_CURRENT = 14.0
EPS = 1e-6
Key = tuple[str, int]  # (serial, socket number)
Resource = tuple[str, object]


@dataclass(frozen=True)
class Demand:
    """An occupied socket that wants current from the network."""

    key: Key
    socket_id: int
    minimum: float
    cap: float
    testing: bool
    uses: tuple[Resource, ...]


@dataclass
class Alternation:
    """Which sockets a network pauses, since when, and where the next window starts."""

    cursor: int
    since: float
    paused: tuple[int, ...] = ()
    next_cursor: int = 0


@dataclass
class NetworkView:
    """What the last tick decided for one network (for tests and the control API)."""

    name: str
    members: tuple[str, ...]
    capacity: tuple[float, float, float]
    shares: dict[int, float] = field(default_factory=dict)  # socket ID → amps
    paused: tuple[int, ...] = ()
    testing: tuple[int, ...] = ()


def _number(charger: SimCharger, pid: str) -> float:
    return num(charger, P(pid))


def socket_id(charger: SimCharger, socket: SimSocket) -> int:
    """The socket's SCN ID: the charger's first ID, +1 for its second socket."""
    return int(_number(charger, "2180_2")) + socket.number - 1


def grid_phases(site: LiveSite, charger: SimCharger, socket: SimSocket) -> tuple[int, ...]:
    """Grid phases (1..3) the socket draws from, by its CONFIGURED SCN phase mapping."""
    if site.phases == 1:
        return (1,)
    code = int(_number(charger, "2180_7" if socket.number == 1 else "2180_9"))
    mapping = PhaseMapping.from_scn_code(code) if 0 <= code <= 9 else PhaseMapping.NONE
    phases = mapping.grid_phases or (1, 2, 3)
    return phases[: used_phases(socket)]


class ScnNetworks:
    """The networks of a site; `limits()` runs once per physics tick."""

    def __init__(self, site: LiveSite) -> None:
        self.site = site
        self.alternation: dict[str, Alternation] = {}
        self.views: dict[str, NetworkView] = {}
        # per meter member: the count of the reading its last control step used, and the result
        self.alb_steps: dict[str, tuple[int, list[float]]] = {}

    def members(self) -> dict[str, list[SimCharger]]:
        """Online chargers with the SCN licence, by network name."""
        out: dict[str, list[SimCharger]] = {}
        for charger in self.site.chargers:
            name = charger.values.get(P("2180_1"))
            if name and charger.online and charger.has(Feature.SCN):
                out.setdefault(str(name), []).append(charger)
        return out

    def limits(self) -> dict[Key, float]:
        """The limit of every socket of every network member (socket number from 1)."""
        out: dict[Key, float] = {}
        networks = self.members()
        for name in list(self.alternation):
            if name not in networks:
                del self.alternation[name]
        self.views = {}
        for name, chargers in networks.items():
            out.update(self._network(name, chargers))
        return out

    # --- one network ------------------------------------------------------------------------

    def _network(self, name: str, chargers: list[SimCharger]) -> dict[Key, float]:
        lost = [c for c in chargers if c.serial in self.site.scn_lost]
        linked = [c for c in chargers if c.serial not in self.site.scn_lost]
        out = {k: v for c in lost for k, v in self._fallback(c).items()}
        if not linked:
            return out
        lead = min(linked, key=lambda c: _number(c, "2180_2"))
        capacity = self._capacity(lead, linked, chargers, lost)
        demands = [d for c in linked for d in self._demands(c)]
        resources = self._resources(capacity, linked)
        paused = self._paused(name, lead, demands, resources)
        charging = [d for d in demands if d.socket_id not in paused]
        shares = share(charging, resources)
        for charger in linked:
            for socket in charger.sockets:
                key = (charger.serial, socket.number)
                out[key] = shares.get(key, 0.0)
        self.views[name] = NetworkView(
            name,
            tuple(c.serial for c in chargers),
            capacity,
            {d.socket_id: shares.get(d.key, 0.0) for d in demands},
            tuple(sorted(paused)),
            tuple(sorted(d.socket_id for d in demands if d.testing)),
        )
        return out

    def _fallback(self, charger: SimCharger) -> dict[Key, float]:
        """A member that lost the network: each socket at the socket safe current."""
        safe = _number(charger, "2180_6")
        return {
            (charger.serial, s.number): min(safe, socket_limit(charger, s, None))
            for s in charger.sockets
        }

    def _capacity(
        self,
        lead: SimCharger,
        linked: list[SimCharger],
        members: list[SimCharger],
        lost: list[SimCharger],
    ) -> tuple[float, float, float]:
        total = _number(lead, "2180_5")
        caps = [total, total, total]
        if self._meter_restarting(lead):
            caps = [min(total, _number(lead, "2180_A"))] * 3
        for charger in linked:
            if alb_active(charger) and not uses_ems(charger):
                caps = [min(c, a) for c, a in zip(caps, self._alb(charger, members), strict=True)]
            for phase in (1, 2, 3):
                ems = charger.scn_modbus_limit(phase)
                if ems is not None:
                    caps[phase - 1] = min(caps[phase - 1], ems)
        for charger in lost:
            safe = _number(charger, "2180_6")
            for socket in charger.sockets:
                for phase in grid_phases(self.site, charger, socket):
                    caps[phase - 1] -= safe
        one, two, three = (max(0.0, c) for c in caps)
        return one, two, three

    def _meter_restarting(self, lead: SimCharger) -> bool:
        """A member of the network that balances on a meter is offline (restarting)."""
        name = lead.values.get(P("2180_1"))
        return any(
            not c.online
            and c.values.get(P("2180_1")) == name
            and c.has(Feature.SCN)
            and alb_active(c)
            and not uses_ems(c)
            for c in self.site.chargers
        )

    def _alb(self, meter: SimCharger, members: list[SimCharger]) -> list[float]:
        """What the member on the meter finds available for the whole network, per phase.

        One control step per reading, as a real member does (§6.5): when a new reading arrives
        it takes the rest of the installation as the reading minus the network's own current
        of that moment (placed by each socket's configured phase mapping), and leaves the
        maximum meter current minus that rest to the network until the next reading. Pairing
        the reading with the network's current of the moment it was taken keeps the network
        steady; pairing it with the current after the network has already moved would make it
        swing between all sockets on and all paused. The SCN total safe current when the source
        has been quiet too long.
        """
        feed = self.site.alb_feeds.get(meter.serial)
        readings = feed.fresh(self.site.clock.now()) if feed is not None else None
        if feed is None or readings is None:
            self.alb_steps.pop(meter.serial, None)
            return [_number(meter, "2180_A")] * 3
        step = self.alb_steps.get(meter.serial)
        if step is None or step[0] != feed.count:
            own = self._own(members)
            includes = int(_number(meter, "206F_0")) == 1
            limit = _number(meter, "2067_0")
            available = [alb_available(limit, readings[g], own[g], includes) for g in range(3)]
            step = self.alb_steps[meter.serial] = (feed.count, available)
        return list(step[1])

    def _own(self, members: list[SimCharger]) -> list[float]:
        """The network's current per grid phase, by each socket's configured phase mapping."""
        own = [0.0, 0.0, 0.0]
        for charger in members:
            for socket in charger.sockets:
                phases = grid_phases(self.site, charger, socket)
                for phase, amps in zip(phases, socket.currents[: len(phases)], strict=True):
                    own[phase - 1] += amps
        return own

    def _demands(self, charger: SimCharger) -> Iterable[Demand]:
        now = self.site.clock.now()
        for socket in charger.sockets:
            ev = socket.ev
            if ev is None:
                continue
            started = socket.session_started
            testing = started is not None and now - started < TEST_PHASE_SECONDS
            limit = socket_limit(charger, socket, None)
            cap = min(TEST_PHASE_CURRENT, limit) if testing else min(limit, ev.max_current)
            minimum = min(TEST_PHASE_CURRENT if testing else ev.min_current, cap)
            uses: tuple[Resource, ...] = (
                *(("phase", p) for p in grid_phases(self.site, charger, socket)),
                ("station", charger.serial),
            )
            key = (charger.serial, socket.number)
            yield Demand(key, socket_id(charger, socket), minimum, cap, testing, uses)

    def _resources(
        self, capacity: tuple[float, float, float], linked: list[SimCharger]
    ) -> dict[Resource, float]:
        out: dict[Resource, float] = {("phase", p): capacity[p - 1] for p in (1, 2, 3)}
        for charger in linked:
            out[("station", charger.serial)] = _number(charger, "2062_0")
        return out

    # --- alternation ------------------------------------------------------------------------

    def _paused(
        self,
        name: str,
        lead: SimCharger,
        demands: list[Demand],
        resources: dict[Resource, float],
    ) -> set[int]:
        """Socket IDs paused this tick; the window moves on after each alternating period."""
        if fits(demands, resources):
            self.alternation.pop(name, None)
            return set()
        eligible = sorted((d for d in demands if not d.testing), key=lambda d: d.socket_id)
        testing = sorted((d for d in demands if d.testing), key=lambda d: d.socket_id)
        now = self.site.clock.now()
        state = self.alternation.get(name)
        if state is None:
            first = eligible[0].socket_id if eligible else 0
            state = self.alternation[name] = Alternation(first, now, next_cursor=first)
        elif now - state.since >= _number(lead, "2180_4"):
            state.cursor, state.since = state.next_cursor, now
        start = next((i for i, d in enumerate(eligible) if d.socket_id >= state.cursor), 0)
        order = eligible[start:] + eligible[:start] + testing
        for count in range(1, len(order) + 1):
            if fits(order[count:], resources):
                break
        window = order[:count]
        state.paused = tuple(d.socket_id for d in window)
        after = [d for d in order[count:] if not d.testing] or eligible
        state.next_cursor = after[0].socket_id if after else state.cursor
        return set(state.paused)


def fits(demands: Iterable[Demand], resources: dict[Resource, float]) -> bool:
    """True when every demand can have its minimum at once."""
    used: dict[Resource, float] = {}
    for demand in demands:
        for resource in demand.uses:
            used[resource] = used.get(resource, 0.0) + demand.minimum
    return all(amps <= resources.get(r, 0.0) + EPS for r, amps in used.items())


def share(demands: list[Demand], resources: dict[Resource, float]) -> dict[Key, float]:
    """Max-min fair shares: everyone starts at its minimum and rises equally until a socket
    reaches its own limit or a phase (or a station) is full."""
    alloc = {d.key: d.minimum for d in demands}
    used: dict[Resource, float] = dict.fromkeys(resources, 0.0)
    for d in demands:
        for r in d.uses:
            used[r] += d.minimum
    active = [d for d in demands if not _frozen(d, alloc, used, resources)]
    for _ in range(4 * len(demands) + 4):  # each round freezes a socket or merges two levels
        if not active:
            break
        level = min(alloc[d.key] for d in active)
        low = [d for d in active if alloc[d.key] <= level + EPS]
        steps = [alloc[d.key] - level for d in active if alloc[d.key] > level + EPS]
        steps += [d.cap - alloc[d.key] for d in low]
        for r, amps in resources.items():
            count = sum(1 for d in low if r in d.uses)
            if count:
                steps.append((amps - used[r]) / count)
        delta = max(0.0, min(steps))
        for d in low:
            alloc[d.key] += delta
            for r in d.uses:
                used[r] += delta
        active = [d for d in active if not _frozen(d, alloc, used, resources)]
    return alloc


Amps = dict[Resource, float]


def _frozen(d: Demand, alloc: dict[Key, float], used: Amps, resources: Amps) -> bool:
    return alloc[d.key] >= d.cap - EPS or any(used[r] >= resources[r] - EPS for r in d.uses)
