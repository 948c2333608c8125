"""Active load balancing of a simulated charger: what it has heard from its meter, and its limit.

The charger balances on what its configured data source reports (app/sim/alfen/alb_source.py fills a
`SourceFeed`), never on the site's true currents: a wrong register map, a wrong phase rotation
or a meter that went quiet change its behaviour as they would on site. Rules (vendor guide
§5.3.3–5.3.7):
- per grid phase, the current left = maximum meter current (2067_0) − the meter's reading, plus
  the charger's own current when the meter is said to include the EV (206F_0 = 1);
- the charger places its own current on grid phases by its CONFIGURED mapping (2180_7 / 2180_9
  when set, else the phase rotation 2069_0), not by the true wiring;
- no fresh reading within the feed's quiet time → the ALB safe current (2068_0);
- the limit follows its target with a first-order lag (time constant `reaction` in site
  seconds), like a real charger's control loop and the EV following its PWM signal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimCharger, SimSocket
from app.sim.alfen.live_values import num

P = PropertyId.parse
DEFAULT_QUIET_SECONDS = 5.0
DEFAULT_REACTION_SECONDS = 1.5
SNAP_AMPS = 0.05  # closer than this, the limit takes its target exactly
EMS_SOURCE = 3  # 2530_1: the EMS steers through the Modbus slave map, not through a meter


@dataclass
class SourceFeed:
    """The latest per-phase currents the charger's ALB got from its source, in site time."""

    currents: tuple[float, float, float] | None = None
    at: float = -math.inf
    quiet_seconds: float = DEFAULT_QUIET_SECONDS
    # One control step per reading: the ALB targets computed when the reading at `targets_at`
    # arrived, paired with the charger's own current of that moment.
    targets: list[float] | None = None
    targets_at: float = -math.inf
    count: int = 0  # readings heard so far: a new count is a new reading, even at the same time

    def update(self, currents: Sequence[float], now: float) -> None:
        a, b, c = (float(x) for x in currents)
        self.currents, self.at = (a, b, c), now
        self.count += 1

    def clear(self) -> None:
        self.currents, self.at = None, -math.inf
        self.targets, self.targets_at = None, -math.inf

    def fresh(self, now: float) -> tuple[float, float, float] | None:
        """The latest currents, or None when the source has been quiet too long."""
        if self.currents is None or now - self.at > self.quiet_seconds:
            return None
        return self.currents


def alb_available(max_meter: float, grid: float, own: float, includes_ev: bool) -> float:
    """Current ALB leaves this charger on one grid phase (vendor guide §5.3.3–5.3.4, §5.3.6).

    The site's meter sits at the grid connection, so it always sees the charger's own current.
    When the charger is told the meter includes the EV (206F_0 = 1) it adds its own current
    back; when told it does not, it counts itself twice, as a misconfigured site does.
    """
    return max(0.0, max_meter - (grid - (own if includes_ev else 0.0)))


def uses_ems(charger: SimCharger) -> bool:
    """ALB data source 2530_1 = 3: the limit comes from an EMS, not from a meter."""
    return int(num(charger, P("2530_1"))) == EMS_SOURCE


def configured_mapping(charger: SimCharger, socket: SimSocket) -> PhaseMapping:
    """Where the charger BELIEVES the socket's phases land: SCN code if set, else 2069_0."""
    scn = P("2180_7" if socket.number == 1 else "2180_9")
    code = charger.values.get(scn, 0)
    if isinstance(code, int) and not isinstance(code, bool) and 0 < code <= 9:
        return PhaseMapping.from_scn_code(code)
    try:
        return PhaseMapping.parse(str(charger.values.get(P("2069_0"), "")))
    except InvalidInput:
        return PhaseMapping.L1L2L3


def _grid_phase(mapping: PhaseMapping, charger_phase: int) -> int:
    phases = mapping.grid_phases
    return phases[charger_phase] if charger_phase < len(phases) else charger_phase + 1


def alb_targets(charger: SimCharger, readings: Sequence[float], used: Sequence[int]) -> list[float]:
    """ALB limit per socket from the meter's per-phase `readings`; `used[k]` = phases in use."""
    own = [0.0, 0.0, 0.0]
    sharing = [0, 0, 0]
    placed: list[list[int]] = []
    for socket, count in zip(charger.sockets, used, strict=True):
        mapping = configured_mapping(charger, socket)
        phases = [_grid_phase(mapping, i) - 1 for i in range(count)]
        placed.append(phases)
        for i, g in enumerate(phases):
            own[g] += socket.currents[i]
            sharing[g] += 1 if socket.ev is not None else 0
    includes = int(num(charger, P("206F_0"))) == 1
    max_meter = num(charger, P("2067_0"))
    available = [alb_available(max_meter, readings[g], own[g], includes) for g in range(3)]
    return [min(available[g] / max(1, sharing[g]) for g in phases) for phases in placed]


def approach(previous: float | None, target: float, dt: float, reaction: float) -> float:
    """One step of the limit's first-order lag toward `target` over `dt` site seconds."""
    if previous is None or reaction <= 0:
        return target
    moved = previous + (target - previous) * (1.0 - math.exp(-dt / reaction))
    return target if abs(target - moved) < SNAP_AMPS else moved


def alb_active(charger: SimCharger) -> bool:
    """Mode bit 0x2 set, ALB licensed, and a data source chosen (5217_0 ≠ -1)."""
    mode = int(num(charger, P("2064_0")))
    return bool(mode & 0x2) and charger.has(Feature.ALB) and int(num(charger, P("5217_0"))) != -1


def safe_current(charger: SimCharger) -> float:
    """What each socket gets while ALB has no fresh reading (2068_0)."""
    return num(charger, P("2068_0"))


def socket_limit(charger: SimCharger, socket: SimSocket, alb: float | None) -> float:
    """The lowest of station, socket, external, EMS and ALB limits."""
    prefix = "2" if socket.number == 1 else "3"
    limits = [
        num(charger, P("2062_0")),
        num(charger, P(f"{prefix}129_0")),
        num(charger, P(f"{prefix}12A_0")),
    ]
    ems = charger.modbus_limit(socket)
    if ems is not None:
        limits.append(ems)
    if alb is not None:
        limits.append(alb)
    return max(0.0, min(limits))
