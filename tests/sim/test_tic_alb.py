"""The simulated charger's ALB on the site's TIC (Linky) meter: 5217_0 = 7, both TIC modes.

The site of tests/sim/alfen/test_alb_source.py (household 4/3/3 A, a 9 A hair dryer on L2, ALB
on with 20 A maximum meter current and 7 A safe current, an EV that could take 32 A) with a
three-phase TIC meter instead of the Modbus/P1 one, in the mode each test names.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.drivers.alfen.properties import PropertyId
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.alfen.test_alb_source import (
    ALB_ON,
    EV,
    MAX_METER,
    SAFE,
    api_values,
    ev_amps,
    settle,
)
from tests.sim.helpers import TOKEN, control, eventually, site_data

SCALE = 5.0
TIC_ACCURACY = 0.5  # A: TIC gives whole amperes
STATUS = PropertyId.parse("212E_1")  # 1 receiving, 2 no frames, 3 damaged frame
FRENCH_SITE = Path(__file__).resolve().parents[2] / "presets" / "sites" / "demo-tic.toml"


def tic_site(mode: str, phases: int = 3) -> SimulatedSite:
    data = site_data(tic={"mode": mode, "phases": phases})
    charger = data["chargers"][0]  # type: ignore[index]
    charger["alb_source"] = "tic"
    charger["reboot_seconds"] = 2
    charger["properties"] = dict(ALB_ON)
    return SimulatedSite(parse_site(data, "tic.toml"), time_scale=SCALE, physics_hz=20)


@pytest.fixture(params=["historic", "standard"])
async def site(request: pytest.FixtureRequest) -> AsyncIterator[SimulatedSite]:
    async with tic_site(request.param) as running:
        assert (await control(running, "/ev", EV)).status_code == 200
        yield running


async def test_charger_follows_the_tic_meter_and_holds_back_when_the_house_load_rises(
    site: SimulatedSite,
) -> None:
    await settle(site, MAX_METER - 4.0, "EV at 20 A maximum − 4 A household", within=TIC_ACCURACY)
    values = await api_values(site, "5217_0", "212E_1", "212F_1", "2540_0", "5221_A")
    assert values["5217_0"] == 7 and values["212E_1"] == 1 and values["2540_0"] == 0
    assert values["212F_1"] == float(round(float(values["212F_1"])))  # type: ignore[arg-type]
    assert values["5221_A"] == pytest.approx(MAX_METER, abs=1.0)
    await control(site, "/load", {"name": "hair dryer", "on": True})
    await settle(site, MAX_METER - 12.0, "EV down to 20 − (3 + 9) A", within=TIC_ACCURACY)


async def _falls_back(site: SimulatedSite, status: int) -> None:
    socket = site.node(TOKEN).charger.sockets[0]
    charger = site.node(TOKEN).charger
    await eventually(lambda: ev_amps(site) == [SAFE] * 3, within=15.0, what="the safe current")
    await eventually(lambda: charger.values[STATUS] == status, what=f"212E_1 = {status}")
    assert socket.limit == SAFE


@pytest.mark.parametrize(
    ("kind", "status"), [("tic_silent", 2), ("tic_bad_checksum", 3), ("tic_cut_frame", 3)]
)
async def test_each_tic_fault_leaves_the_charger_on_its_safe_current_until_it_ends(
    site: SimulatedSite, kind: str, status: int
) -> None:
    await settle(site, MAX_METER - 4.0, "EV at 16 A before the fault", within=TIC_ACCURACY)
    assert (await control(site, "/fault", {"kind": kind, "on": True})).status_code == 200
    await _falls_back(site, status)
    state = (await control(site, "/state")).json()["tic"][0]
    assert any(state["faults"].values())
    await control(site, "/fault", {"kind": kind, "on": False})
    await settle(site, MAX_METER - 4.0, "EV back at 16 A", within=TIC_ACCURACY)


async def test_a_site_without_a_tic_meter_refuses_tic_faults_and_tic_alb_sources() -> None:
    from app.core.errors import InvalidInput

    data = site_data()
    data["chargers"][0]["alb_source"] = "tic"  # type: ignore[index]
    with pytest.raises(InvalidInput, match="no \\[tic\\] meter"):
        parse_site(data, "t.toml")
    async with SimulatedSite(parse_site(site_data(), "t.toml"), time_scale=SCALE) as plain:
        reply = await control(plain, "/fault", {"kind": "tic_silent", "on": True})
        assert reply.status_code == 400 and "no TIC meter" in reply.json()["error"]
        assert plain.endpoints()["tic"] == []


async def test_endpoints_list_the_tic_meter_with_its_mode_port_and_terminal() -> None:
    async with tic_site("standard", phases=1) as running:
        (entry,) = running.endpoints()["tic"]  # type: ignore[misc]
        assert entry["mode"] == "standard" and entry["phases"] == 1
        assert str(entry["tcp"]).startswith("127.0.0.1:")
        assert str(entry["pty"]).startswith("/dev/")


async def test_the_french_demo_site_balances_on_its_standard_mode_linky() -> None:
    async with SimulatedSite(FRENCH_SITE, time_scale=10.0) as french:
        (linky,) = french.endpoints()["tic"]  # type: ignore[misc]
        assert linky["mode"] == "standard"
        charger = french.node("ace0200001").charger
        await eventually(lambda: charger.values[STATUS] == 1, within=15.0, what="TIC frames")
        assert charger.values[PropertyId.parse("212F_1")] == 5.0  # the household's 5 A on L1
