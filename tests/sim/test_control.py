"""The control API: whole-site state, EVs, loads, wiring, faults, and clear 400s."""

from __future__ import annotations

import httpx
import pytest

from app.core.licence import Feature, LicenceKey
from app.core.phases import PhaseMapping
from app.sim.alfen.charger import LICENCE_DEVICE, bits_from_key
from app.sim.runner import SimulatedSite
from tests.sim.helpers import COOKIE, TOKEN, control, eventually


async def test_state_describes_the_whole_site(site: SimulatedSite) -> None:
    state = (await control(site, "/state")).json()
    assert set(state) == {"time", "time_scale", "grid", "loads", "chargers", "trydans", "ems"}
    assert state["trydans"] == []
    assert state["grid"]["currents"] == [4.0, 3.0, 3.0]
    assert state["loads"] == [
        {"name": "household", "amps": [4.0, 3.0, 3.0], "on": True},
        {"name": "hair dryer", "amps": [0.0, 9.0, 0.0], "on": False},
    ]
    dual = state["chargers"][1]
    assert dual["serial"] == COOKIE and dual["online"] is True
    assert [s["wiring"] for s in dual["sockets"]] == ["L1L2L3", "L2L3L1"]
    assert dual["sockets"][0] == {
        "number": 1,
        "wiring": "L1L2L3",
        "ev": None,
        "currents": [0.0, 0.0, 0.0],
        "limit": 16.0,
        "alb_limit": None,
        "main_state": 2,
        "mode3": "A",
    }
    assert dual["api"]["url"].startswith("https://127.0.0.1:")
    assert dual["api"]["session"] is False


async def test_ev_load_and_wiring_change_the_site(site: SimulatedSite) -> None:
    ev = {"serial": COOKIE, "socket": 2, "phases": 1, "min_current": 6, "max_current": 10}
    assert (await control(site, "/ev", ev)).json() == {"ok": True}
    wiring = {"serial": COOKIE, "socket": 2, "mapping": "L3"}
    assert (await control(site, "/wiring", wiring)).json() == {"ok": True}
    assert site.live.charger(COOKIE).sockets[1].wiring is PhaseMapping.L3

    async def grid_is(expected: list[float]) -> bool:
        return (await control(site, "/state")).json()["grid"]["currents"] == expected

    await eventually(lambda: grid_is([4.0, 3.0, 13.0]), what="the EV on grid L3")
    new_load = {"name": "kettle", "phase": 1, "amps": 8.0, "on": True}
    assert (await control(site, "/load", new_load)).status_code == 200
    await eventually(lambda: grid_is([12.0, 3.0, 13.0]), what="the kettle on L1")
    assert (await control(site, "/load", {"name": "household", "on": False})).status_code == 200
    await eventually(lambda: grid_is([8.0, 0.0, 10.0]), what="household off")
    state = (await control(site, "/state")).json()
    assert state["chargers"][1]["sockets"][1]["ev"] == {
        "phases": 1,
        "min_current": 6.0,
        "max_current": 10.0,
    }


async def test_meter_silent_fault_needs_no_serial(site: SimulatedSite) -> None:
    assert (await control(site, "/fault", {"kind": "meter_silent", "on": True})).status_code == 200
    assert site.live.meter_silent is True
    state = (await control(site, "/state")).json()
    assert state["grid"]["meter_silent"] is True


@pytest.mark.parametrize(
    ("path", "body", "words"),
    [
        ("/ev", {"serial": "nobody", "socket": 1}, "No charger 'nobody'"),
        ("/ev", {"serial": TOKEN, "socket": 2}, "no socket 2"),
        ("/ev", {"serial": TOKEN, "socket": 1, "phases": 2}, "1 or 3"),
        ("/ev", {"serial": TOKEN, "socket": 1, "min_current": 20, "max_current": 10}, "above"),
        ("/ev", {"serial": TOKEN}, "'socket' is missing"),
        ("/ev", {"serial": TOKEN, "socket": "one"}, "wrong type"),
        ("/ev/unplug", {"serial": TOKEN, "socket": 9}, "within 1…2"),
        ("/load", {"name": "sauna", "on": True}, "No load 'sauna'"),
        ("/load", {"name": "kettle", "phase": 4, "amps": 8}, "within 1…3"),
        ("/wiring", {"serial": TOKEN, "socket": 1, "mapping": "L4"}, "not one of"),
        ("/fault", {"serial": TOKEN, "kind": "gremlins"}, "Unknown fault kind"),
        ("/fault", {"serial": TOKEN, "kind": "delay"}, "'seconds' is missing"),
        ("/fault", {"kind": "drop"}, "'serial' is missing"),
        ("/fault", [1, 2], "JSON object"),
        ("/licence", {"serial": TOKEN, "features": ["TURBO"]}, "Unknown feature 'TURBO'"),
        ("/licence", {"serial": TOKEN, "features": []}, "'features' is empty"),
        ("/licence", {"serial": TOKEN, "features": "ALB"}, "wrong type"),
    ],
)
async def test_bad_input_is_a_clear_400_and_changes_nothing(
    site: SimulatedSite, path: str, body: object, words: str
) -> None:
    before = (await control(site, "/state")).json()
    reply = await control(site, path, body)
    assert reply.status_code == 400
    assert words in reply.json()["error"]
    after = (await control(site, "/state")).json()
    for state in (before, after):
        del state["time"]
        for charger in state["chargers"]:
            charger["api"].pop("connections")
    assert after == before


async def test_unknown_path_and_bad_json_are_refused(site: SimulatedSite) -> None:
    assert (await control(site, "/nothing")).status_code == 404
    async with httpx.AsyncClient(base_url=site.control_url) as c:
        reply = await c.post("/ev", content=b"{not json")
    assert reply.status_code == 400 and "not valid JSON" in reply.json()["error"]


async def test_licence_shop_sells_the_key_for_that_charger_only(site: SimulatedSite) -> None:
    reply = await control(site, "/licence", {"serial": COOKIE, "features": ["alb", "SCN"]})
    key = LicenceKey.parse(reply.json()["key"])
    cookie, token = site.live.charger(COOKIE), site.live.charger(TOKEN)
    assert bits_from_key(str(cookie.values[LICENCE_DEVICE]), key) == Feature.ALB | Feature.SCN
    assert bits_from_key(str(token.values[LICENCE_DEVICE]), key) is None
    assert cookie.licence_bits == 0  # selling a key unlocks nothing by itself
