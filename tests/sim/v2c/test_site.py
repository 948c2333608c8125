"""A Trydan on the shared simulated site: the template, the endpoints, the physics it follows
(EVs, household loads, its CT clamp), and its faults through the control API."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from app.core.errors import InvalidInput
from app.drivers.v2c.driver import V2C
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.sim.v2c.control import TRYDAN_FAULT_KINDS
from app.sim.v2c.site_node import SiteTrydan
from tests.sim.helpers import SITE, TIME_SCALE, TOKEN, control, eventually, site_data

SERIAL = "V2C0000009"
TRYDAN: dict[str, object] = {
    "driver": "v2c",
    "serial": SERIAL,
    "wiring": "L2L3L1",
    "settings": {"Dynamic": 1, "ContractedPower": 9200, "MaxIntensity": 16},
}


def _with_trydan(**changes: object) -> dict[str, object]:
    chargers = SITE["chargers"]
    assert isinstance(chargers, list)
    return site_data(chargers=[*chargers, {**TRYDAN, **changes}])


@pytest.fixture
async def site() -> AsyncIterator[SimulatedSite]:
    template = parse_site(_with_trydan(), "test.toml")
    async with SimulatedSite(template, time_scale=TIME_SCALE) as s:
        yield s


def _trydan(site: SimulatedSite) -> SiteTrydan:
    return site.trydans[0].trydan


# --- the template -------------------------------------------------------------------------------


def test_a_v2c_charger_table_becomes_a_trydan_and_alfen_stays_the_default() -> None:
    template = parse_site(_with_trydan(), "t.toml")
    assert [c.serial for c in template.chargers] == [TOKEN, "ace0000002"]
    (trydan,) = template.trydans
    assert trydan.serial == SERIAL and trydan.wiring.grid_phases == (2, 3, 1)
    assert trydan.settings == {"Dynamic": 1, "ContractedPower": 9200, "MaxIntensity": 16}
    explicit = site_data(chargers=[{"driver": "alfen", "serial": TOKEN, "password": "p"}])
    assert parse_site(explicit, "t.toml").chargers[0].serial == TOKEN


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"driver": "tesla"}, "t.toml: chargers[2].driver: must be one of alfen, v2c"),
        ({"password": "x"}, "t.toml: chargers[2].password: unknown field"),
        ({"serial": "V2C-1"}, "t.toml: chargers[2].serial: expected 4–20 letters"),
        ({"phases": 1}, "t.toml: chargers[2].wiring: L2L3L1 has 3 phases, not 1"),
        ({"settings": {"Colour": 1}}, "chargers[2].settings.Colour: not a writable keyword"),
        ({"settings": {"Intensity": 40}}, "chargers[2].settings.Intensity: the charger refuses"),
        ({"settings": {"Paused": True}}, "chargers[2].settings.Paused: expected a whole number"),
        ({"serial": TOKEN}, "t.toml: chargers: 'ace0000001' appears twice"),
    ],
)
def test_a_bad_trydan_table_names_file_and_field(changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(message)):
        parse_site(_with_trydan(**changes), "t.toml")


def test_a_site_of_one_trydan_is_a_site() -> None:
    template = parse_site(site_data(chargers=[TRYDAN]), "t.toml")
    assert template.chargers == () and len(template.trydans) == 1


# --- endpoints and servers ------------------------------------------------------------------------


async def test_every_endpoint_names_its_driver_and_the_trydan_is_served(
    site: SimulatedSite,
) -> None:
    chargers = site.endpoints()["chargers"]
    assert isinstance(chargers, list)
    assert [c["driver"] for c in chargers] == ["alfen", "alfen", "v2c"]
    entry = chargers[2]
    assert entry["serial"] == SERIAL and str(entry["http"]).startswith("http://127.0.0.1:")
    async with V2C.client(str(entry["http"]), "", modbus=str(entry["modbus"])) as client:
        assert await client.read(["Dynamic", "ContractedPower"]) == {
            "Dynamic": 1,
            "ContractedPower": 9200,
        }
        assert client.modbus is not None
        block = await client.modbus.read_block()
    assert block["ContractedPower"] == 9200 and block["Dynamic"] == 1


# --- physics --------------------------------------------------------------------------------------


async def test_an_ev_on_the_trydan_loads_the_grid_phases_of_its_wiring(
    site: SimulatedSite,
) -> None:
    before = list(site.live.grid)
    reply = await control(site, "/ev", {"serial": SERIAL, "socket": 1, "max_current": 10})
    assert reply.json() == {"ok": True}
    # Wired L2L3L1: its L1..L3 land on grid L2, L3, L1; 10 A each (the EV's maximum).
    expected = [b + 10.0 for b in before]
    await eventually(lambda: site.live.grid == pytest.approx(expected), what="EV on the grid")
    state = (await control(site, "/state")).json()["trydans"][0]
    assert state["currents"] == [10.0, 10.0, 10.0] and state["ev"]["max_current"] == 10
    await control(site, "/ev/unplug", {"serial": SERIAL, "socket": 1})
    await eventually(lambda: site.live.grid == pytest.approx(before), what="EV gone")


async def test_dynamic_power_control_yields_to_the_house(site: SimulatedSite) -> None:
    trydan = _trydan(site)
    await control(site, "/ev", {"serial": SERIAL, "socket": 1, "max_current": 32})
    # Household 10 A = 2300 W; 9200 W contracted leave 6900 W: 10 A on three phases.
    await eventually(lambda: trydan.model.drawn_amps() == 10.0, what="10 A offered")
    await control(site, "/load", {"name": "hair dryer", "on": True})  # 9 A more: 2070 W
    await eventually(lambda: trydan.model.drawn_amps() == 7.0, what="the Trydan to yield")
    async with httpx.AsyncClient(base_url=site.trydans[0].servers.url, timeout=5.0) as c:
        data = (await c.get("/RealTimeData")).json()
    assert data["HousePower"] == pytest.approx(19 * 230.0)
    assert data["GridPower"] == pytest.approx(19 * 230.0 + 7 * 690.0)
    assert sum(site.live.grid) == pytest.approx(19 + 21)  # the grid meter sees it all


# --- the control API ------------------------------------------------------------------------------


async def test_each_trydan_quirk_switches_through_the_control_api(site: SimulatedSite) -> None:
    faults = _trydan(site).model.faults
    for kind in ("misspelt_l1", "missing_comma", "stuck_contracted_power", "odd_voltage"):
        assert (await control(site, "/fault", {"serial": SERIAL, "kind": kind})).status_code == 200
        assert getattr(faults, kind) is True
        await control(site, "/fault", {"serial": SERIAL, "kind": kind, "on": False})
        assert getattr(faults, kind) is False
    await control(site, "/fault", {"serial": SERIAL, "kind": "stall", "seconds": 2.5})
    assert faults.stall_seconds == 2.5
    await control(site, "/fault", {"serial": SERIAL, "kind": "refuse_write", "text": "NO"})
    assert faults.refuse_next_write == "NO"
    assert set(TRYDAN_FAULT_KINDS) == {
        *("misspelt_l1", "missing_comma", "stall", "stuck_contracted_power", "odd_voltage"),
        "refuse_write",
    }


async def test_a_stalled_trydan_is_read_over_its_modbus_map(site: SimulatedSite) -> None:
    await control(site, "/fault", {"serial": SERIAL, "kind": "stall", "seconds": 3})
    node = site.trydans[0]
    client = V2C.client(node.servers.url, "", timeout=0.5, modbus=node.servers.modbus_address)
    try:
        found = await client.read(["ContractedPower"])
    finally:
        await client.close()
    assert found == {"ContractedPower": 9200} and "Modbus" in client.last_note


@pytest.mark.parametrize(
    ("path", "body", "error"),
    [
        ("/fault", {"kind": "reboot"}, "Fault 'reboot' does not apply to a Trydan"),
        ("/fault", {"kind": "odd_voltage", "serial": TOKEN}, "applies to a Trydan"),
        ("/fault", {"kind": "stall"}, "Field 'seconds' is missing"),
        ("/ev", {"socket": 2}, "has one socket: 1"),
        ("/wiring", {"socket": 1, "mapping": "L1L2L3"}, "is not an Alfen charger"),
        ("/licence", {"features": ["ALB"]}, "is not an Alfen charger"),
    ],
)
async def test_what_does_not_apply_to_a_trydan_answers_400(
    site: SimulatedSite, path: str, body: dict[str, object], error: str
) -> None:
    reply = await control(site, path, {"serial": SERIAL, **body})
    assert reply.status_code == 400 and error in reply.json()["error"]


def test_an_alfen_error_after_a_trydan_names_the_table_as_written() -> None:
    alfen = {"serial": TOKEN, "password": "p", "alb_source": "meter"}
    with pytest.raises(InvalidInput, match=re.escape("t.toml: chargers[1].alb_source: needs")):
        parse_site(site_data(chargers=[TRYDAN, alfen]), "t.toml")
