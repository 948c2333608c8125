"""Physics: limits, EV currents, grid currents through the true wiring, ALB, live properties.

ALB here is fed directly through the charger's `SourceFeed`; tests/sim/alfen/test_alb_source.py
feeds it from real meter servers.
"""

from __future__ import annotations

import pytest

from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.states import MainState, Mode3State
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.alb import SourceFeed, alb_active, alb_available, approach
from app.sim.alfen.charger import SimCharger, SimClock, SimEV
from app.sim.physics import LiveSite, Load, Physics
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.helpers import TIME_SCALE, TOKEN, control, eventually, read_ids, session, site_data

P = PropertyId.parse


def make_site(**charger: object) -> tuple[LiveSite, SimCharger, Physics]:
    clock = SimClock()
    options: dict[str, object] = {"serial": "ace0000009", "password": "pw", "clock": clock}
    options.update(charger)
    sim = SimCharger(**options)  # type: ignore[arg-type]
    site = LiveSite(
        clock=clock,
        chargers=[sim],
        loads={
            "household": Load("household", [4.0, 3.0, 3.0], True),
            "hair dryer": Load("hair dryer", [0.0, 9.0, 0.0], False),
        },
    )
    return site, sim, Physics(site)


def value(charger: SimCharger, pid: str) -> object:
    return charger.values[P(pid)]


def test_alb_rule_subtracts_own_current_only_when_meter_includes_ev() -> None:
    assert alb_available(20.0, grid=14.0, own=10.0, includes_ev=True) == 16.0
    assert alb_available(20.0, grid=14.0, own=10.0, includes_ev=False) == 6.0
    assert alb_available(10.0, grid=25.0, own=0.0, includes_ev=True) == 0.0


def test_ev_draws_the_lower_of_limit_and_its_maximum_on_all_phases() -> None:
    site, charger, physics = make_site(initial={"2129_0": 16.0})
    charger.plug(1, SimEV(phases=3, min_current=6, max_current=32))
    physics.tick()
    socket = charger.sockets[0]
    assert socket.currents == [16.0, 16.0, 16.0]
    assert site.grid == [20.0, 19.0, 19.0]
    assert socket.mode3 is Mode3State.C2 and socket.main_state is MainState.CHARGING


@pytest.mark.parametrize(("pid", "amps"), [("2062_0", 12.0), ("2129_0", 10.0), ("212A_0", 8.0)])
def test_each_limit_lowers_the_current(pid: str, amps: float) -> None:
    _, charger, physics = make_site()
    charger.plug(1, SimEV(max_current=32))
    charger.write(P(pid), amps)
    physics.tick()
    assert charger.sockets[0].currents == [amps] * 3
    assert value(charger, "212C_0") == amps


def test_ems_setpoint_limits_the_socket() -> None:
    _, charger, physics = make_site()
    charger.plug(1, SimEV(max_current=32))
    socket = charger.sockets[0]
    socket.setpoint, socket.setpoint_at = 7.0, charger.clock.now()
    physics.tick()
    assert socket.currents == [7.0, 7.0, 7.0]


def test_limit_below_ev_minimum_stops_charging() -> None:
    _, charger, physics = make_site(initial={"2129_0": 10.0})
    charger.plug(1, SimEV(min_current=14, max_current=32))
    physics.tick()
    socket = charger.sockets[0]
    assert socket.currents == [0.0, 0.0, 0.0]
    assert value(charger, "2501_1") == MainState.POWER_OFF_CURRENT_TOO_LOW
    assert value(charger, "2501_4") == Mode3State.B2


def test_one_phase_ev_lands_on_the_grid_phase_of_the_true_wiring() -> None:
    site, charger, physics = make_site(wiring=[PhaseMapping.L2L3L1])
    charger.plug(1, SimEV(phases=1, max_current=10))
    physics.tick()
    assert charger.sockets[0].currents == [10.0, 0.0, 0.0]
    assert site.grid == [4.0, 13.0, 3.0]  # the socket's L1 is the grid's L2
    assert value(charger, "2221_A") == 10.0  # the charger itself measures its own L1


def test_hair_dryer_raises_the_grid_current_on_its_phase() -> None:
    site, _, physics = make_site()
    physics.tick()
    before = list(site.grid)
    site.loads["hair dryer"].on = True
    physics.tick()
    assert [a - b for a, b in zip(site.grid, before, strict=True)] == [0.0, 9.0, 0.0]


def _alb_charger(**extra: object) -> tuple[LiveSite, SimCharger, Physics]:
    site, charger, physics = make_site(
        licence_bits=int(Feature.ALB),
        initial={"2064_0": 2, "5217_0": 4, "2067_0": 20.0, "2129_0": 32.0, **extra},
    )
    site.alb_reaction = 0.0  # these tests check the rule; the lag has its own test
    charger.plug(1, SimEV(max_current=32))
    return site, charger, physics


def _tick_with_perfect_meter(site: LiveSite, charger: SimCharger, physics: Physics) -> None:
    """A meter that reports the true grid of the previous tick, as a real poll would."""
    feed = site.alb_feeds.setdefault(charger.serial, SourceFeed())
    feed.update(site.grid, site.clock.now())
    physics.tick()


def test_alb_follows_the_hair_dryer_test() -> None:
    site, charger, physics = _alb_charger()
    assert alb_active(charger)
    for _ in range(3):
        _tick_with_perfect_meter(site, charger, physics)
    socket = charger.sockets[0]
    assert socket.currents == [16.0, 16.0, 16.0]  # 20 A meter maximum − 4 A household on L1
    site.loads["hair dryer"].on = True
    for _ in range(3):
        _tick_with_perfect_meter(site, charger, physics)
    assert socket.currents == [8.0, 8.0, 8.0]  # L2 now carries 3 + 9 A of household
    assert max(site.grid) == 20.0
    assert value(charger, "212D_0") == 8.0


def test_alb_limit_follows_its_target_with_a_lag() -> None:
    assert approach(None, 10.0, dt=0.25, reaction=1.5) == 10.0  # ALB just switched on
    first = approach(16.0, 8.0, dt=0.25, reaction=1.5)
    assert 14.0 < first < 16.0  # moves toward the target, not onto it
    assert approach(first, 8.0, dt=3 * 1.5, reaction=1.5) == pytest.approx(8.0, abs=0.5)
    assert approach(8.04, 8.0, dt=0.01, reaction=1.5) == 8.0  # close enough snaps
    assert approach(16.0, 8.0, dt=0.25, reaction=0.0) == 8.0


@pytest.mark.parametrize(
    "change",
    [
        {"licence_bits": 0},
        {"initial": {"2064_0": 1, "5217_0": 1, "2067_0": 5.0}},
        {"initial": {"2064_0": 2, "5217_0": -1, "2067_0": 5.0}},
    ],
)
def test_alb_needs_mode_bit_licence_and_data_source(change: dict[str, object]) -> None:
    options: dict[str, object] = {
        "licence_bits": int(Feature.ALB),
        "initial": {"2064_0": 2, "5217_0": 1, "2067_0": 5.0},
    }
    options.update(change)
    _, charger, physics = make_site(**options)
    charger.plug(1, SimEV(max_current=16))
    physics.tick()
    assert not alb_active(charger)
    assert charger.sockets[0].currents == [16.0, 16.0, 16.0]


def test_alb_without_any_reading_falls_back_to_the_safe_current() -> None:
    _, charger, physics = _alb_charger(**{"2068_0": 7.0})
    physics.tick()  # no source was ever heard: what a real charger does is its safe current
    assert charger.sockets[0].currents == [7.0, 7.0, 7.0]


def test_alb_with_a_stale_reading_falls_back_to_the_safe_current() -> None:
    site, charger, physics = _alb_charger(**{"2068_0": 7.0})
    feed = SourceFeed(quiet_seconds=5.0)
    feed.update([4.0, 3.0, 3.0], site.clock.now() - 6.0)
    site.alb_feeds[charger.serial] = feed
    physics.tick()
    assert charger.sockets[0].currents == [7.0, 7.0, 7.0]
    feed.update([11.0, 10.0, 10.0], site.clock.now())  # household + the EV's 7 A
    physics.tick()
    assert charger.sockets[0].currents == [16.0, 16.0, 16.0]  # 20 A − 4 A household on L1


def test_live_socket_meter_values() -> None:
    _, charger, physics = make_site()
    charger.plug(1, SimEV(max_current=10))
    physics.tick()
    physics.tick()
    volts = [float(value(charger, f"2221_{s}")) for s in "345"]  # type: ignore[arg-type]
    assert all(228.0 < v < 232.0 for v in volts) and len(set(volts)) == 3
    powers = [float(value(charger, f"2221_{s:X}")) for s in (0x13, 0x14, 0x15)]  # type: ignore[arg-type]
    for v, p in zip(volts, powers, strict=True):
        assert p == pytest.approx(v * 10.0 * 0.99, abs=0.2)
    assert value(charger, "2221_16") == pytest.approx(sum(powers), abs=0.2)
    assert value(charger, "2221_D") == 30.0 and value(charger, "2221_12") == 50.0
    assert value(charger, "2221_E") == 0.99
    assert float(value(charger, "2221_22")) > 0  # type: ignore[arg-type]


def test_rebooting_charger_draws_nothing() -> None:
    _, charger, physics = make_site()
    charger.plug(1, SimEV(max_current=10))
    charger.start_reboot(60)
    physics.tick()
    assert charger.sockets[0].currents == [0.0, 0.0, 0.0]


async def test_served_site_currents_follow_limits_and_loads() -> None:
    data = site_data(meter={"preset": "Eastron SDM630", "p1": True})
    data["chargers"][0]["alb_source"] = "meter"  # type: ignore[index]
    site = SimulatedSite(parse_site(data, "t.toml"), time_scale=TIME_SCALE)
    async with site:
        await _follow_limits_and_loads(site)


async def _follow_limits_and_loads(site: SimulatedSite) -> None:
    ev = {"serial": TOKEN, "socket": 1, "phases": 3, "min_current": 6, "max_current": 32}
    assert (await control(site, "/ev", ev)).status_code == 200
    async with session(site, TOKEN) as (c, headers):

        async def reads(expected: dict[str, object]) -> bool:
            return await read_ids(c, headers, *expected) == expected

        await eventually(lambda: reads({"2221_A": 16.0, "2501_4": 194}), what="EV at 16 A")
        await c.post("/api/prop", headers=headers, json={"2129_0": {"id": "2129_0", "value": 9}})
        await eventually(lambda: reads({"2221_A": 9.0, "2221_C": 9.0}), what="EV down to 9 A")
        await eventually(lambda: reads({"5221_B": 12.0}), what="grid L2 at 3 + 9 A")
        await control(site, "/load", {"name": "hair dryer", "on": True})
        await eventually(lambda: reads({"5221_B": 21.0, "212F_2": 21.0}), what="hair dryer on L2")
        await control(site, "/ev/unplug", {"serial": TOKEN, "socket": 1})
        await eventually(lambda: reads({"2221_A": 0.0, "2501_4": 160}), what="EV gone")
