"""A simulated charger whose ALB reads the site's RS-485 meter over Modbus RTU on a pseudo-terminal.

The site of tests/sim/alfen/test_alb_source.py (household 4/3/3 A, ALB on with a 20 A maximum
meter current and a 7 A safe current, an EV that could take 32 A) with an Eastron SDM72D on the
RS-485 bus at unit 2, 9600 baud 8N1, read by the charger pre-configured with `alb_source = "rtu"`.
"""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.alb_source import MODBUS_ERROR, MODBUS_INIT, MODBUS_NORMAL
from app.sim.rtu_line import PTY_AVAILABLE
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.alfen.test_alb_source import ALB_ON, EV, MAX_METER, SAFE, SCALE, settle
from tests.sim.helpers import TOKEN, control, eventually, read_ids, session, site_data

RTU = {"preset": "Eastron SDM72D", "unit": 2, "baud": 9600, "parity": "none", "stopbits": 1}

pytestmark = pytest.mark.skipif(not PTY_AVAILABLE, reason="no pseudo-terminals on this system")


def rtu_site(**properties: object) -> SimulatedSite:
    data = site_data(meter={"preset": "Eastron SDM630", "p1": False, "rtu": dict(RTU)})
    charger = data["chargers"][0]  # type: ignore[index]
    charger["alb_source"] = "rtu"
    charger["reboot_seconds"] = 2
    charger["properties"] = {**ALB_ON, **properties}
    return SimulatedSite(parse_site(data, "rtu.toml"), time_scale=SCALE, physics_hz=20)


async def api_values(site: SimulatedSite, *ids: str) -> dict[str, object]:
    async with session(site, TOKEN) as (c, headers):
        return await read_ids(c, headers, *ids)


async def test_the_endpoints_list_the_rtu_meter_on_a_pseudo_terminal() -> None:
    async with rtu_site() as site:
        (entry,) = site.endpoints()["rtu"]  # type: ignore[misc]
    assert entry["preset"] == "eastron-sdm72d"
    assert entry["pty"].startswith("/dev/pts/")
    assert (entry["unit"], entry["baud"], entry["parity"], entry["stopbits"]) == (
        2,
        9600,
        "none",
        1,
    )


async def test_alb_follows_the_rtu_meter() -> None:
    async with rtu_site() as site:
        assert (await control(site, "/ev", EV)).status_code == 200
        await settle(site, MAX_METER - 4.0, "EV at 20 A maximum − 4 A household on L1")
        values = await api_values(site, "2540_0", "5221_A", "212F_1", "5217_0")
        reader = site.alb_sources.readers[TOKEN]
        assert reader.config.describe() == "rtu unit 2, 9600 baud 8N1"
    assert values["5217_0"] == 6
    assert values["2540_0"] == MODBUS_NORMAL
    assert values["5221_A"] == pytest.approx(MAX_METER, abs=0.3)  # 4 A household + 16 A EV
    assert values["212F_1"] == pytest.approx(MAX_METER, abs=0.3)


@pytest.mark.parametrize(
    "wrong",
    [{"2575_2": 7}, {"2575_0": 19200}, {"2575_1": 1}],
    ids=["address", "baud", "parity"],
)
async def test_wrong_rtu_settings_show_initialising_then_error_and_the_safe_current(
    wrong: dict[str, object],
) -> None:
    async with rtu_site() as site:
        charger = site.node(TOKEN).charger
        await eventually(lambda: charger.values.get(_id("2540_0")) == MODBUS_NORMAL)
        for pid, value in wrong.items():  # the installer's mistake, taken at the next boot
            charger.values[_id(pid)] = value
        boots = charger.boot_count
        site.node(TOKEN).api.reboot()
        await eventually(lambda: charger.boot_count > boots and charger.online, what="reboot")
        await eventually(lambda: charger.values.get(_id("2540_0")) == MODBUS_INIT)
        await control(site, "/ev", EV)
        await eventually(lambda: charger.values.get(_id("2540_0")) == MODBUS_ERROR, within=15.0)
        await settle(site, SAFE, "EV at the safe current", heard=False)
        assert site.alb_sources.readers[TOKEN].feed.currents is None  # never heard the meter


async def test_a_meter_with_two_stop_bits_is_not_heard_by_the_charger() -> None:
    data = site_data(meter={"preset": "Eastron SDM630", "rtu": {**RTU, "stopbits": 2}})
    data["chargers"][0]["alb_source"] = "rtu"  # type: ignore[index]
    data["chargers"][0]["properties"] = dict(ALB_ON)  # type: ignore[index]
    async with SimulatedSite(parse_site(data, "rtu.toml"), time_scale=SCALE) as site:
        charger = site.node(TOKEN).charger
        await eventually(lambda: charger.values.get(_id("2540_0")) == MODBUS_ERROR, within=15.0)


async def test_rtu_source_needs_a_meter_on_the_bus() -> None:
    data = site_data(meter={"preset": "Eastron SDM630"})
    data["chargers"][0]["alb_source"] = "rtu"  # type: ignore[index]
    with pytest.raises(InvalidInput, match=r"alb_source: is 'rtu' but .* no \[meter.rtu\]"):
        parse_site(data, "rtu.toml")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("baud", 1000, "not a standard rate"), ("parity", "mark", "not none, even or odd")],
)
def test_bad_rtu_meter_settings_are_named(field: str, value: object, message: str) -> None:
    data = site_data(meter={"rtu": {**RTU, field: value}})
    with pytest.raises(InvalidInput, match=rf"meter.rtu\[0\]\.{field}: .*{message}"):
        SimulatedSite(parse_site(data, "rtu.toml"))


def _id(pid: str) -> PropertyId:
    return PropertyId.parse(pid)
