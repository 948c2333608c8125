"""SCN sharing in a running, time-scaled site: test phase and alternation in a second or two,
and the control API cutting a member off its network."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.helpers import control, eventually

SCALE = 60.0  # a minute of site time per second
NETWORK = {"2180_1": "LOT1", "2180_4": 60, "2180_5": 10, "2180_6": 8}
SITE = {
    "schema_version": 1,
    "name": "scn site",
    "grid": {"phases": 1},
    "chargers": [
        {
            "serial": f"lot000{n}",
            "password": "pw-lot",
            "phases": 1,
            "licence": ["SCN"],
            "properties": {**NETWORK, "2180_2": n, "2180_7": 1},
        }
        for n in (1, 2)
    ],
}


@pytest.fixture
async def site() -> AsyncIterator[SimulatedSite]:
    async with SimulatedSite(parse_site(SITE, "scn.toml"), time_scale=SCALE, physics_hz=20) as s:
        yield s


def amps(site: SimulatedSite, serial: str) -> float:
    return site.live.charger(serial).sockets[0].currents[0]


async def test_test_phase_then_alternation_by_period(site: SimulatedSite) -> None:
    for serial in ("lot0001", "lot0002"):
        reply = await control(site, "/ev", {"serial": serial, "socket": 1, "phases": 1})
        assert reply.status_code == 200
    # 10 A cannot give both 6 A: after the test phase one charges, then the other.
    await eventually(
        lambda: {amps(site, "lot0001"), amps(site, "lot0002")} == {0.0, 10.0},
        within=5,
        what="one socket at 10 A, the other paused",
    )
    first = "lot0001" if amps(site, "lot0001") else "lot0002"
    assert first == "lot0002"  # the lowest ID (lot0001, ID 1) pauses first
    took = await eventually(
        lambda: amps(site, "lot0001") == 10.0 and amps(site, "lot0002") == 0.0,
        within=5,
        what="the turn to pass after one alternating period (60 s = 1 s here)",
    )
    assert took < 2.0


async def test_a_member_cut_off_falls_back_to_its_safe_current(site: SimulatedSite) -> None:
    await control(site, "/ev", {"serial": "lot0001", "socket": 1, "phases": 1, "min_current": 6})
    await eventually(lambda: amps(site, "lot0001") == 10.0, within=5, what="10 A for one EV")
    reply = await control(site, "/fault", {"serial": "lot0001", "kind": "scn_lost"})
    assert reply.status_code == 200
    await eventually(lambda: amps(site, "lot0001") == 8.0, within=5, what="the 8 A safe current")
    await control(site, "/fault", {"serial": "lot0001", "kind": "scn_lost", "on": False})
    await eventually(lambda: amps(site, "lot0001") == 10.0, within=5, what="the network again")
