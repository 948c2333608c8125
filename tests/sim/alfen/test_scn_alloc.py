"""SCN allocation against the guide's worked examples (§6.2, §6.5, §6.13): test phase at 14 A,
equal split, alternation of the lowest occupied IDs for one period, safe current for a member
that loses the network, ALB on one member limiting the whole network.

Time is driven by hand (a clock the test moves), and one physics tick runs per step.
"""

from __future__ import annotations

from app.core.licence import Feature
from app.core.values import Value
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.alb import DEFAULT_QUIET_SECONDS, SourceFeed
from app.sim.alfen.charger import SimCharger, SimClock, SimEV
from app.sim.alfen.scn import TEST_PHASE_SECONDS
from app.sim.physics import LiveSite, Load, Physics
from tests.hand_clock import HandClock

PERIOD = 900
P = PropertyId.parse


def member(
    clock: SimClock, n: int, *, phases: int = 1, sockets: int = 1, **extra: Value
) -> SimCharger:
    values: dict[str, Value] = {
        "2180_1": "PARK1",
        "2180_2": n,
        "2180_4": PERIOD,
        "2180_5": 20,
        "2180_6": 8,
        "2180_A": 10,
        "2180_7": 1 if phases == 1 else 4,
        "2062_0": 32.0,
        "2129_0": 32.0,
        **extra,
    }
    return SimCharger(
        serial=f"ace00000{n:02d}",
        password="pw",
        phases=phases,
        sockets=sockets,
        licence_bits=int(Feature.SCN),
        initial=values,
        clock=clock,
    )


class Net:
    """A site of SCN members and a hand-driven clock."""

    def __init__(self, chargers: list[SimCharger], clock: HandClock, grid_phases: int = 1) -> None:
        self.clock = clock
        self.site = LiveSite(clock=clock, chargers=chargers, loads={}, phases=grid_phases)
        self.physics = Physics(self.site)
        self.chargers = chargers
        self.meter_link: str | None = None  # serial whose ALB source reads the grid

    def read_meter(self) -> None:
        """What app/sim/alb_source does for a member on the meter: pass it the grid currents."""
        if self.meter_link is not None:
            feed = self.site.alb_feeds.setdefault(self.meter_link, SourceFeed())
            feed.update(self.site.grid, self.clock.now())

    def plug(self, n: int, minimum: float = 6.0, phases: int = 1, socket: int = 1) -> None:
        self.chargers[n].plug(socket, SimEV(phases=phases, min_current=minimum, max_current=32))

    def at(self, seconds: float) -> dict[int, float]:
        """Move the clock to `seconds`, tick, return the current of each socket ID."""
        self.clock.t = seconds
        self.read_meter()
        self.physics.tick()
        self.read_meter()
        self.physics.tick()  # twice: ALB reads the grid the previous tick made
        return {
            int(c.values[P("2180_2")]) + s.number - 1: round(s.currents[0], 3)  # type: ignore[call-overload]
            for c in self.chargers
            for s in c.sockets
        }

    def paused(self) -> tuple[int, ...]:
        return self.physics.scn.views["PARK1"].paused


def three(total: int = 20) -> Net:
    clock = HandClock()
    return Net([member(clock, n, **{"2180_5": total}) for n in range(3)], clock)


def test_guide_6_2_test_phase_equal_split_and_alternation() -> None:
    net = three()
    a, b, c = 0, 1, 2  # socket IDs of sockets A, B, C
    net.plug(b)
    assert net.at(1) == {a: 0, b: 14, c: 0}  # 1. test phase at 14 A for about a minute
    assert net.at(1 + TEST_PHASE_SECONDS) == {a: 0, b: 20, c: 0}  # 2. a 6 A EV gets it all
    net.plug(c)
    assert net.at(100) == {a: 0, b: 6, c: 14}  # 3. C tested at 14 A, the rest (6 A) to B
    assert net.at(170) == {a: 0, b: 10, c: 10}  # 4. split equally
    net.plug(a, minimum=14)
    assert net.at(200) == {a: 14, b: 0, c: 6}  # 5. A tested; B and C alternate, B first
    assert net.paused() == (b,)
    assert net.at(270) == {a: 14, b: 0, c: 6}  # 6. A needs 14 A: all alternate
    assert net.at(200 + PERIOD) == {a: 14, b: 6, c: 0}  # next period: C pauses
    assert net.at(200 + 2 * PERIOD) == {a: 0, b: 10, c: 10}  # then A: B and C share equally
    assert net.at(200 + 3 * PERIOD) == {a: 14, b: 0, c: 6}  # and round again


def test_guide_6_5_lowest_ids_paused_first_for_one_period() -> None:
    clock = HandClock()
    net = Net([member(clock, n, **{"2180_5": 24}) for n in range(6)], clock)
    for n in range(6):
        net.plug(n)
    start = TEST_PHASE_SECONDS + 1
    assert net.at(start) == {0: 0, 1: 0, 2: 6, 3: 6, 4: 6, 5: 6}  # 24 A over 4 sockets
    assert net.paused() == (0, 1)
    assert net.at(start + PERIOD - 1) == {0: 0, 1: 0, 2: 6, 3: 6, 4: 6, 5: 6}  # a whole period
    assert net.at(start + PERIOD) == {0: 6, 1: 6, 2: 0, 3: 0, 4: 6, 5: 6}  # then ID2, ID3
    assert net.at(start + 2 * PERIOD) == {0: 6, 1: 6, 2: 6, 3: 6, 4: 0, 5: 0}
    assert net.at(start + 3 * PERIOD) == {0: 0, 1: 0, 2: 6, 3: 6, 4: 6, 5: 6}
    net.chargers[2].unplug(1)
    net.chargers[3].unplug(1)
    assert net.at(start + 3 * PERIOD + 1) == {
        0: 6,
        1: 6,
        2: 0,
        3: 0,
        4: 6,
        5: 6,
    }  # all fit: no pause
    assert net.paused() == ()


def test_alternating_period_follows_the_setting() -> None:
    clock = HandClock()
    chargers = [member(clock, n, **{"2180_5": 6, "2180_4": 60}) for n in range(2)]
    net = Net(chargers, clock)
    net.plug(0)
    net.plug(1)
    assert net.at(61) == {0: 0, 1: 6}
    assert net.at(121) == {0: 6, 1: 0}  # 60 s later the other one charges
    assert net.at(181) == {0: 0, 1: 6}


def test_a_socket_in_its_test_phase_is_never_paused() -> None:
    net = three(total=14)
    net.plug(0)
    net.plug(1)
    assert net.at(61) == {0: 7, 1: 7, 2: 0}
    net.plug(2)
    assert net.at(62) == {0: 0, 1: 0, 2: 14}  # the newcomer is tested; the others wait


def test_equal_split_per_phase_with_rotation_and_own_limits() -> None:
    clock = HandClock()
    codes = [4, 8, 7]  # L1L2L3, L3L1L2, L2L3L1
    chargers = [member(clock, n, phases=3, **{"2180_5": 32, "2180_7": codes[n]}) for n in range(3)]
    net = Net(chargers, clock, grid_phases=3)
    for n in range(3):
        net.plug(n, phases=3)
    assert net.at(61) == {0: 10.667, 1: 10.667, 2: 10.667}
    chargers[0].write(P("2129_0"), 8.0)  # one socket limited lower: the others get more
    assert net.at(62) == {0: 8, 1: 12, 2: 12}


def test_single_phase_evs_on_rotated_sockets_do_not_share_a_phase() -> None:
    clock = HandClock()
    codes = [4, 8, 7]
    chargers = [member(clock, n, phases=3, **{"2180_5": 16, "2180_7": codes[n]}) for n in range(3)]
    net = Net(chargers, clock, grid_phases=3)
    for n in range(3):
        net.plug(n, phases=1)  # each draws on its L1: grid L1, L3, L2
    assert net.at(61) == {0: 16, 1: 16, 2: 16}
    chargers[2].write(P("2180_7"), 4)  # misconfigured: two sockets on grid L1
    assert net.at(62) == {0: 8, 1: 16, 2: 8}


def test_a_dual_chargers_sockets_share_its_station_maximum() -> None:
    clock = HandClock()
    dual = member(clock, 0, sockets=2, **{"2180_5": 63, "2062_0": 20.0, "3129_0": 32.0})
    single = member(clock, 2, **{"2180_5": 63})
    net = Net([dual, single], clock)
    net.plug(0, socket=1)
    net.plug(0, socket=2)
    net.plug(1)
    assert net.at(61) == {0: 10, 1: 10, 2: 32}


def test_a_member_that_loses_the_network_falls_back_to_the_safe_current() -> None:
    net = three(total=32)
    for n in range(3):
        net.plug(n)
    assert net.at(61) == {0: 10.667, 1: 10.667, 2: 10.667}
    net.site.scn_lost.add("ace0000001")
    # Socket safe current 8 A on the lost member; the others keep 8 A in reserve for it.
    assert net.at(62) == {0: 12, 1: 8, 2: 12}
    net.site.scn_lost.clear()
    assert net.at(63) == {0: 10.667, 1: 10.667, 2: 10.667}


def test_alb_on_one_member_limits_the_whole_network() -> None:
    clock = HandClock()
    alb = {"2064_0": 3, "5217_0": 5, "2067_0": 25.0, "206F_0": 1}
    codes = [4, 8]
    chargers = [
        member(clock, n, phases=3, **{"2180_5": 63, "2180_7": codes[n], **(alb if n else {})})
        for n in range(2)
    ]
    chargers[1].values[P("21A2_0")] = int(Feature.SCN | Feature.ALB)
    site_net = Net(chargers, clock, grid_phases=3)
    site_net.site.loads["household"] = Load("household", [4.0, 3.0, 3.0])
    site_net.meter_link = chargers[1].serial
    for n in range(2):
        site_net.plug(n, phases=3)
    site_net.at(61)
    # The meter member sees 25 A minus the household on each phase: L1 leaves 21 A for both.
    assert site_net.at(62) == {0: 10.5, 1: 10.5}
    assert site_net.site.grid == [25.0, 24.0, 24.0]
    site_net.meter_link = None  # the meter goes quiet: after its quiet time, total safe (10 A)
    assert site_net.at(63) == {0: 10.5, 1: 10.5}
    quiet = 63 + DEFAULT_QUIET_SECONDS + 1
    assert site_net.at(quiet) == {0: 0, 1: 10}  # 10 A cannot give both 6 A: they alternate
    view = site_net.physics.scn.views["PARK1"]
    assert view.capacity == (10.0, 10.0, 10.0)


def test_only_licensed_online_chargers_with_the_name_are_members() -> None:
    clock = HandClock()
    chargers = [member(clock, n, **{"2180_5": 12}) for n in range(3)]
    chargers[2].values[P("21A2_0")] = 0  # no SCN licence: on its own
    net = Net(chargers, clock)
    for n in range(3):
        net.plug(n)
    assert net.at(61) == {0: 6, 1: 6, 2: 32}
    assert net.physics.scn.views["PARK1"].members == ("ace0000000", "ace0000001")
