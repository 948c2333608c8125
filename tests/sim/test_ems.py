"""The simulated EMS steers a charger over its Modbus TCP slave map, through the control API.

The charger: safe current 7 A, EMS validity time 10 s, an EV that could take 32 A; no ALB
meter, so only the EMS limits it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest

from app.sim.alfen.charger import SimClock
from app.sim.alfen.ems import EmsMode, EmsState, SimEms, setpoint_writes
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.helpers import TOKEN, control, eventually, site_data

SCALE = 20.0
SAFE, VALIDITY = 7.0, 10.0
EV = {"serial": TOKEN, "socket": 1, "phases": 3, "min_current": 6, "max_current": 32}


@pytest.fixture
async def ems_site() -> AsyncIterator[SimulatedSite]:
    data = site_data()
    charger = data["chargers"][0]  # type: ignore[index]
    charger["properties"] = {"2129_0": 32.0, "2068_0": SAFE, "2530_4": VALIDITY, "2530_1": 3}
    async with SimulatedSite(parse_site(data, "ems.toml"), time_scale=SCALE) as site:
        assert (await control(site, "/ev", EV)).status_code == 200
        yield site


def amps(site: SimulatedSite) -> float:
    return site.node(TOKEN).charger.sockets[0].currents[0]


async def ems(site: SimulatedSite, **body: object) -> dict[str, object]:
    reply = await control(site, "/ems", {"serial": TOKEN, **body})
    assert reply.status_code == 200, reply.text
    return reply.json()["ems"]  # type: ignore[no-any-return]


async def test_the_charger_follows_the_ems_setpoint(ems_site: SimulatedSite) -> None:
    await eventually(lambda: amps(ems_site) == pytest.approx(32.0, abs=0.1), what="EV at 32 A")
    await ems(ems_site, action="start", mode="socket", amps=12.0, period=2.0)
    await eventually(lambda: amps(ems_site) == pytest.approx(12.0, abs=0.1), what="EV at 12 A")
    await ems(ems_site, action="start", mode="socket", amps=16.0, period=2.0)
    await eventually(lambda: amps(ems_site) == pytest.approx(16.0, abs=0.1), what="EV at 16 A")
    state = (await control(ems_site, "/state")).json()["ems"][TOKEN]
    assert state["state"] == "running" and state["writes"] >= 1 and state["amps"] == 16.0


async def test_a_quiet_ems_leaves_the_setpoint_until_the_validity_time_then_safe_current(
    ems_site: SimulatedSite,
) -> None:
    site = ems_site
    await ems(site, action="start", mode="socket", amps=12.0, period=2.0)
    await eventually(lambda: amps(site) == pytest.approx(12.0, abs=0.1), what="EV at 12 A")
    described = await ems(site, action="quiet")
    assert described["state"] == "quiet"
    last = described["last_write"]
    assert isinstance(last, float)
    await eventually(lambda: amps(site) == pytest.approx(SAFE, abs=0.1), what="the safe current")
    # Not before the validity time: the setpoint held for 10 s of site time after the last write.
    assert site.clock.now() - last >= VALIDITY
    await ems(site, action="speak")
    await eventually(lambda: amps(site) == pytest.approx(12.0, abs=0.1), what="EMS heard again")


async def test_a_stopped_ems_also_ends_in_the_safe_current(ems_site: SimulatedSite) -> None:
    await ems(ems_site, action="start", mode="socket", amps=20.0, period=2.0)
    await eventually(lambda: amps(ems_site) == pytest.approx(20.0, abs=0.1), what="EV at 20 A")
    assert (await ems(ems_site, action="stop"))["state"] == "stopped"
    await eventually(lambda: amps(ems_site) == pytest.approx(SAFE, abs=0.1), what="safe current")


async def test_an_ems_in_scn_mode_writes_the_phase_limits_of_the_station(
    ems_site: SimulatedSite,
) -> None:
    await ems(ems_site, action="start", mode="scn", amps=14.0, period=2.0)
    charger = ems_site.node(TOKEN).charger
    await eventually(lambda: charger.scn_modbus_limits == [14.0, 14.0, 14.0], what="SCN limits")


def test_one_round_of_setpoints_covers_every_socket_or_every_phase() -> None:
    socket = setpoint_writes(EmsMode.SOCKET, 10.0, 2)
    assert [(u, r) for u, r, _ in socket] == [(1, 1210), (2, 1210)]
    assert socket[0][2] == [0x4120, 0x0000]  # 10.0 as a big-endian float
    scn = setpoint_writes(EmsMode.SCN, 10.0, 1)
    assert [(u, r) for u, r, _ in scn] == [(200, 1417), (200, 1419), (200, 1421)]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"action": "quiet"}, "The EMS is off: start it first."),
        ({"action": "start", "amps": 99.0}, "must be within 0…80"),
        ({"action": "start", "amps": 10.0, "mode": "grid"}, "must be socket or scn"),
        ({"action": "dance"}, "Unknown EMS action 'dance'"),
        ({"action": "stop", "serial": "nosuch"}, "No Alfen charger 'nosuch'"),
    ],
)
async def test_bad_ems_requests_are_refused_with_a_reason(
    ems_site: SimulatedSite, body: dict[str, object], message: str
) -> None:
    reply = await control(ems_site, "/ems", {"serial": TOKEN, **body})
    assert reply.status_code == 400 and message in reply.json()["error"]


async def test_stop_ends_the_ems_even_when_a_round_loses_the_cancellation() -> None:
    """A cancellation caught inside a round (a timeout firing with it, a library catching it)
    must not keep the EMS writing, nor stop() waiting for ever."""
    ems = SimEms(1, SimClock(SCALE), sockets=1)
    in_round = asyncio.Event()
    rounds = 0

    async def lossy_round(client: object) -> None:
        nonlocal rounds
        rounds += 1
        in_round.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(30)

    ems._round = lossy_round  # type: ignore[method-assign,assignment]
    await ems.start(mode=EmsMode.SOCKET, amps=10.0, period=2.0)
    await in_round.wait()
    async with asyncio.timeout(5):
        await ems.stop()
    assert ems.state is EmsState.STOPPED and rounds == 1
