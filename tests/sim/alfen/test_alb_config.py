"""How a simulated charger understands its ALB source settings, and the P1 telegrams it reads."""

from __future__ import annotations

import socket
from collections.abc import Mapping
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from app.core.errors import InvalidInput, ProtocolError
from app.core.licence import Feature
from app.core.measurands import Measurand
from app.core.values import Value
from app.drivers.alfen.meter_map import fit_to_slots
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.alb_config import (
    SourceKind,
    modbus_source_properties,
    p1_source_properties,
    read_config,
)
from app.sim.alfen.charger import SimCharger
from app.sim.meter_sim import FixedGrid, GridState, MeterSimulator
from app.sim.p1 import P1Faults, P1Server, telegram
from app.sim.p1_telegram import parse_telegram
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.store.presets import load_library
from tests.sim.helpers import TOKEN, control, eventually, read_ids, session, site_data

SDM630 = load_library().find("Eastron SDM630")


def charger_with(values: dict[str, Value]) -> SimCharger:
    charger = SimCharger(serial="ace0000042", password="pw")
    for pid, value in values.items():
        charger.write(PropertyId.parse(pid), value)
    return charger


def test_a_new_charger_reads_no_meter() -> None:
    config = read_config(charger_with({}))
    assert config.kind is SourceKind.NONE and config.problem == ""


def test_modbus_source_uses_the_chargers_own_register_map() -> None:
    config = read_config(charger_with(modbus_source_properties(1502, SDM630, 1)))
    assert config.kind is SourceKind.MODBUS and config.problem == ""
    assert (config.host, config.port, config.unit) == ("127.0.0.1", 1502, 1)
    assert config.preset is not None
    assert [(e.measurand, e.register) for e in config.preset.entries] == [
        (e.measurand, e.register)
        for e in fit_to_slots(SDM630).entries  # 37 cut to 16 slots
    ]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"2523_4": "192.168.1.50"}, "192.168.1.50 is not on this simulated site"),
        ({"2523_3": 2}, "UDP"),
        ({"2570_0": ",".join(["FF"] * 16)}, "register map"),
        ({"2523_5": 0}, "port 0"),
    ],
)
def test_unusable_modbus_settings_name_the_problem(change: dict[str, Value], problem: str) -> None:
    config = read_config(charger_with({**modbus_source_properties(1502, SDM630, 1), **change}))
    assert config.kind is SourceKind.MODBUS
    assert problem in config.problem


def test_slave_type_socomec_uses_the_built_in_socomec_map() -> None:
    values = {**modbus_source_properties(1502, SDM630, 1), "2523_2": 1}
    config = read_config(charger_with(values))
    assert config.preset is not None and config.preset.maker == "Socomec"


def test_disabled_meter_and_ems_source_mean_no_meter() -> None:
    disabled = read_config(charger_with({**modbus_source_properties(1502, SDM630, 1), "2523_1": 0}))
    assert disabled.kind is SourceKind.NONE and "2523_1" in disabled.problem
    ems = read_config(charger_with({**modbus_source_properties(1502, SDM630, 1), "2530_1": 3}))
    assert ems.kind is SourceKind.NONE


def test_p1_settings() -> None:
    config = read_config(charger_with(p1_source_properties(2001)))
    assert (config.kind, config.host, config.port, config.problem) == (
        SourceKind.P1,
        "127.0.0.1",
        2001,
        "",
    )
    serial = read_config(charger_with({**p1_source_properties(2001), "2191_1": 0}))
    assert "serial P1" in serial.problem
    rtu = read_config(charger_with({"5217_0": 6}))
    assert (rtu.kind, rtu.problem) == (SourceKind.RTU, "")  # tests/sim/test_rtu_alb.py


def test_p1_telegram_gives_signed_currents_version_and_time() -> None:
    state = GridState(currents=(10.2, -4.0, 0.0), import_wh=1234.5)
    now = datetime(2024, 7, 15, 12, 30, 5, tzinfo=ZoneInfo("Europe/Amsterdam"))  # summer: S
    parsed = parse_telegram(telegram(state, now))
    values = parsed.measurands()
    assert values[Measurand.I_L1] == 10.0  # whole amperes on the wire
    assert values[Measurand.I_L2] == -4.0  # exporting on L2: the sign comes from the power
    assert values[Measurand.V_L1N] == 230.0
    assert values[Measurand.P_L2] == pytest.approx(-920.0)
    assert values[Measurand.E_IMPORT_TOTAL] == pytest.approx(1234.0, abs=1.0)
    assert parsed.version == "5.0"
    assert parsed.timestamp == int(now.timestamp())


def test_damaged_p1_telegram_is_rejected() -> None:
    text = telegram(GridState(), datetime.now(UTC), bad_crc=True)
    with pytest.raises(ProtocolError, match="CRC"):
        parse_telegram(text)
    with pytest.raises(ProtocolError, match="'/'"):
        parse_telegram("1-0:31.7.0(005*A)\r\n")


@pytest.mark.parametrize(
    ("meter", "source", "problem"),
    [
        (None, "meter", "needs a [meter] table"),
        ({"p1": False}, "p1", "p1 = false"),
        ({}, "modbus", "must be one of meter, p1"),
    ],
)
def test_template_alb_source_needs_a_matching_meter(
    meter: object, source: str, problem: str
) -> None:
    data = site_data() if meter is None else site_data(meter=meter)
    data["chargers"][0]["alb_source"] = source  # type: ignore[index]
    with pytest.raises(InvalidInput, match=problem.replace("[", r"\[")):
        parse_site(data, "t.toml")


def _alb_charger_site(properties: Mapping[str, object]) -> SimulatedSite:
    data = site_data()
    data["chargers"][0]["properties"] = {  # type: ignore[index]
        "2064_0": 2,
        "2067_0": 20.0,
        "2068_0": 7.0,
        **properties,
    }
    return SimulatedSite(parse_site(data, "t.toml"), time_scale=5.0, physics_hz=20)


async def _safe_current_with(site: SimulatedSite, expected: dict[str, object]) -> None:
    assert site.node(TOKEN).charger.has(Feature.ALB)
    ev = {"serial": TOKEN, "socket": 1, "phases": 3, "max_current": 16}
    await control(site, "/ev", ev)
    socket = site.node(TOKEN).charger.sockets[0]
    await eventually(lambda: socket.currents == [7.0, 7.0, 7.0], what="the 7 A safe current")
    async with session(site, TOKEN) as (c, headers):

        async def shows() -> bool:
            return await read_ids(c, headers, *expected) == expected

        await eventually(shows, what=f"{expected}")


async def test_meter_outside_the_site_is_a_link_error_and_gives_safe_current() -> None:
    properties = {**modbus_source_properties(502, SDM630, 1), "2523_4": "192.168.1.50"}
    async with _alb_charger_site(properties) as site:
        await _safe_current_with(site, {"2540_0": 4, "5221_A": 0.0})


async def test_damaged_p1_telegrams_show_their_status_and_give_safe_current() -> None:
    grid = FixedGrid(GridState(currents=(4.0, 3.0, 3.0)))
    async with P1Server(grid, interval=0.1) as p1:
        p1.faults = P1Faults(bad_crc=True)
        async with _alb_charger_site(dict(p1_source_properties(p1.port))) as site:
            await _safe_current_with(site, {"212E_1": 3, "212F_1": 0.0})


async def test_link_state_initialising_then_error_then_normal_when_the_meter_appears() -> None:
    with socket.socket() as probe:  # a port nothing listens on, until the meter starts there
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    data = site_data()
    data["chargers"][0]["properties"] = dict(modbus_source_properties(port, SDM630, 1))  # type: ignore[index]
    async with SimulatedSite(parse_site(data, "t.toml"), time_scale=2.0) as site:
        charger = site.node(TOKEN).charger
        state = PropertyId.parse("2540_0")
        await eventually(lambda: charger.values[state] == 1, what="initialising")
        await eventually(lambda: charger.values[state] == 4, what="error after the quiet time")
        grid = FixedGrid(GridState(currents=(4.0, 3.0, 3.0)))
        async with MeterSimulator(SDM630, grid, port=port):
            await eventually(lambda: charger.values[state] == 2, what="normal")
            assert charger.values[PropertyId.parse("5221_A")] == 4.0
