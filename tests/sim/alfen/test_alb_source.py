"""The simulated charger's ALB reads its configured source over real servers on 127.0.0.1.

The site: household 4/3/3 A, a 9 A hair dryer on L2, the grid meter (SDM630 over Modbus TCP and a
DSMR 5 P1 stream), and the ALB-licensed charger with ALB on, 20 A maximum meter current, 7 A
safe current, and an EV that could take 32 A on three phases.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest

from app.sim.alfen.charger import SimCharger
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.helpers import TOKEN, control, eventually, read_ids, session, site_data

SCALE = 5.0  # site seconds per real second: quiet (5 s) is 1 s real, a poll 0.2 s
MAX_METER, SAFE = 20.0, 7.0
ALB_ON = {"2064_0": 2, "2067_0": MAX_METER, "2068_0": SAFE, "2129_0": 32.0, "206F_0": 1}
P1_ACCURACY = 0.5  # A: P1 telegrams carry whole amperes
EV = {"serial": TOKEN, "socket": 1, "phases": 3, "min_current": 6, "max_current": 32}


def alb_site(source: str, **properties: object) -> SimulatedSite:
    data = site_data(meter={"preset": "Eastron SDM630", "p1": True})
    charger = data["chargers"][0]  # type: ignore[index]
    charger["alb_source"] = source
    charger["reboot_seconds"] = 2
    charger["properties"] = {**ALB_ON, **properties}
    site = SimulatedSite(parse_site(data, "alb.toml"), time_scale=SCALE, physics_hz=20)
    return site


def ev_amps(site: SimulatedSite) -> list[float]:
    """The EV's current on each phase it draws on (a 1-phase EV: the charger's L1 only)."""
    socket = site.node(TOKEN).charger.sockets[0]
    phases = socket.ev.phases if socket.ev is not None else 3
    return socket.currents[:phases]


def near(values: list[float], target: float, tolerance: float = 0.15) -> bool:
    return all(abs(v - target) <= tolerance for v in values)


async def settle(
    site: SimulatedSite, target: float, what: str, *, heard: bool = True, within: float = 0.15
) -> None:
    """The EV current reaches `target` (± `within`) and stays there for 2 s of site time (of
    fresh meter readings when `heard`)."""
    await eventually(lambda: near(ev_amps(site), target, within), within=15.0, what=what)
    if heard:
        await _readings_after(site, site.node(TOKEN).charger, 2.0)
    else:
        since = site.clock.now()
        await eventually(lambda: site.clock.now() > since + 2.0, what="2 s of site time")
    assert near(ev_amps(site), target, within), f"{what}: moved on to {ev_amps(site)}"


@pytest.fixture
async def meter_site() -> AsyncIterator[SimulatedSite]:
    async with alb_site("meter") as site:
        assert (await control(site, "/ev", EV)).status_code == 200
        yield site


async def api_values(site: SimulatedSite, *ids: str) -> dict[str, object]:
    async with session(site, TOKEN) as (c, headers):
        return await read_ids(c, headers, *ids)


async def test_modbus_meter_limits_the_socket_when_it_includes_the_ev(
    meter_site: SimulatedSite,
) -> None:
    await settle(meter_site, MAX_METER - 4.0, "EV at 20 A maximum − 4 A household on L1")
    values = await api_values(meter_site, "2540_0", "5221_A", "5221_B", "212F_1", "212D_0")
    assert values["2540_0"] == 2  # Modbus link normal
    assert values["5221_A"] == pytest.approx(MAX_METER, abs=0.3)  # the meter: 4 + 16 A on L1
    assert values["5221_B"] == pytest.approx(19.0, abs=0.3)
    assert values["212F_1"] == pytest.approx(MAX_METER, abs=0.3)
    assert values["212D_0"] == pytest.approx(16.0, abs=0.2)


async def test_meter_said_to_exclude_the_ev_counts_it_twice() -> None:
    # The site's meter sits at the grid connection and does see the EV: a charger told it does
    # not (206F_0 = 0) settles where EV + meter reading = maximum, i.e. half of what is left.
    async with alb_site("meter", **{"206F_0": 0}) as site:
        await control(site, "/ev", EV)
        await settle(site, (MAX_METER - 4.0) / 2, "EV at half of 20 − 4 A")
        values = await api_values(site, "5221_A")
        assert float(values["5221_A"]) + ev_amps(site)[0] == pytest.approx(MAX_METER, abs=0.4)  # type: ignore[arg-type]


async def test_p1_stream_limits_the_socket_and_shows_its_status() -> None:
    async with alb_site("p1") as site:
        await control(site, "/ev", EV)
        # P1 gives whole amperes: any EV current that rounds to the same reading is as good.
        await settle(site, MAX_METER - 4.0, "EV at 16 A from P1 readings", within=P1_ACCURACY)
        values = await api_values(site, "212E_1", "212E_2", "212E_3", "212F_1", "2540_0", "5221_3")
    assert values["212E_1"] == 1 and values["212E_2"] == "5.0"
    assert int(values["212E_3"]) > 1_600_000_000  # type: ignore[call-overload]
    assert values["212F_1"] == 20.0  # P1 gives whole amperes
    assert values["2540_0"] == 0  # no Modbus meter in use
    assert 225.0 < float(values["5221_3"]) < 235.0  # type: ignore[arg-type]


async def test_hair_dryer_raises_the_meter_current_then_the_ev_current_falls(
    meter_site: SimulatedSite,
) -> None:
    site = meter_site
    await settle(site, 16.0, "EV at 16 A before the test")
    clock = site.clock
    await control(site, "/load", {"name": "hair dryer", "on": True})
    switched = clock.now()

    async def meter_l2() -> float:
        return float((await api_values(site, "5221_B"))["5221_B"])  # type: ignore[arg-type]

    await eventually(lambda: _above(meter_l2, MAX_METER + 5), what="the meter to see the dryer")
    await settle(site, MAX_METER - 12.0, "EV down to 20 − (3 + 9) A")
    assert clock.now() - switched >= 2.0  # the limit moved over seconds, not at once
    assert await meter_l2() == pytest.approx(MAX_METER, abs=0.3)


async def _above(read: Callable[[], Awaitable[float]], level: float) -> bool:
    return await read() > level


async def test_silent_meter_gives_safe_current_and_link_error(meter_site: SimulatedSite) -> None:
    site = meter_site
    await settle(site, 16.0, "EV at 16 A")
    await control(site, "/fault", {"kind": "meter_silent", "on": True})
    await settle(site, SAFE, "EV at the 7 A safe current", heard=False)
    values = await api_values(site, "2540_0", "5221_A", "212F_1")
    assert values == {"2540_0": 4, "5221_A": 0.0, "212F_1": 0.0}
    await control(site, "/fault", {"kind": "meter_silent", "on": False})
    await settle(site, 16.0, "EV back at 16 A once the meter answers")
    assert (await api_values(site, "2540_0")) == {"2540_0": 2}


async def _write(c: httpx.AsyncClient, headers: dict[str, str], **values: object) -> None:
    body = {pid: {"id": pid, "value": value} for pid, value in values.items()}
    reply = await c.post("/api/prop", headers=headers, json=body)
    assert reply.status_code == 200, reply.text


async def _reboot(site: SimulatedSite, c: httpx.AsyncClient, headers: dict[str, str]) -> None:
    charger = site.node(TOKEN).charger
    boots = charger.boot_count
    assert (await c.post("/api/cmd", json={"command": "reboot"}, headers=headers)).is_success
    await eventually(lambda: charger.boot_count > boots and charger.online, what="the reboot")


async def test_wrong_scale_in_the_register_map_makes_alb_limit_on_wrong_values(
    meter_site: SimulatedSite,
) -> None:
    site = meter_site
    await settle(site, 16.0, "EV at 16 A with the right map")
    async with session(site, TOKEN) as (c, headers):
        read = await read_ids(c, headers, "2570_0", "2573_0")
        measurands = [int(x, 16) for x in str(read["2570_0"]).split(",")]
        scales = [int(x, 16) for x in str(read["2573_0"]).split(",")]
        for slot, measurand in enumerate(measurands):
            if measurand in (7, 8, 9):  # I L1..L3: scale −1, as a wrong CT preset would be
                scales[slot] = 0xFF
        await _write(c, headers, **{"2573_0": ",".join(f"{s:02X}" for s in scales)})
        await _reboot(site, c, headers)
    await settle(site, 32.0, "EV at its 32 A maximum: the charger sees a tenth of the load")
    true_l1 = site.live.grid[0]
    assert true_l1 > MAX_METER + 10  # the grid connection is overloaded
    shown = float((await api_values(site, "5221_A"))["5221_A"])  # type: ignore[arg-type]
    assert shown == pytest.approx(true_l1 / 10, abs=0.2)


async def test_miswired_socket_shows_the_rise_on_another_phase_and_alb_misses_it() -> None:
    async with alb_site("meter") as site:
        one_phase = {**EV, "phases": 1, "max_current": 16}
        await control(site, "/wiring", {"serial": TOKEN, "socket": 1, "mapping": "L2L3L1"})
        await control(site, "/ev", one_phase)
        await settle(site, 16.0, "1-phase EV at 16 A")
        values = await api_values(site, "5221_A", "5221_B", "2069_0")
        assert values["2069_0"] == "L1L2L3"  # the charger believes its L1 is the grid's L1
        assert values["5221_A"] == pytest.approx(4.0, abs=0.2)  # L1: household only
        assert values["5221_B"] == pytest.approx(19.0, abs=0.2)  # the EV's 16 A landed on L2
        await control(site, "/load", {"name": "hair dryer", "on": True})
        charger = site.node(TOKEN).charger
        await _readings_after(site, charger, 8.0)
        assert ev_amps(site)[0] == 16.0  # ALB watched L1 and did not react
        assert site.live.grid[1] == pytest.approx(28.0)  # L2 above the 20 A maximum


async def _readings_after(site: SimulatedSite, charger: SimCharger, seconds: float) -> None:
    """Wait until the charger has heard its meter `seconds` of site time from now."""
    feed = site.live.alb_feeds[charger.serial]
    since = site.clock.now()
    await eventually(lambda: feed.at > since + seconds, what=f"{seconds} s of meter readings")


async def test_reboot_rereads_the_source_configuration() -> None:
    async with alb_site("meter") as site:
        await control(site, "/ev", EV)
        await settle(site, 16.0, "EV at 16 A from the Modbus meter")
        p1_port = int(str(site.endpoints()["p1"][0]["tcp"]).rsplit(":", 1)[1])  # type: ignore[index]
        reader = site.alb_sources.readers[TOKEN]
        async with session(site, TOKEN) as (c, headers):
            await _write(c, headers, **{"5217_0": 5, "2191_1": 1, "2191_3": p1_port})
            await _write(c, headers, **{"2191_2": "127.0.0.1"})
            assert reader.config.kind.value == "modbus"  # saved, not yet in force
            assert (await read_ids(c, headers, "2540_0"))["2540_0"] == 2
            await _reboot(site, c, headers)
        await eventually(lambda: reader.config.kind.value == "p1", what="the P1 source")
        await eventually(
            lambda: _status(site, {"212E_1": 1, "2540_0": 0}), what="P1 received, Modbus idle"
        )
        await settle(site, 16.0, "EV at 16 A from P1", within=P1_ACCURACY)


async def _status(site: SimulatedSite, expected: dict[str, object]) -> bool:
    return await api_values(site, *expected) == expected
