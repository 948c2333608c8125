"""The V2C driver's neutral translations: states, overview, plans and their steps, journals,
capabilities and discovery, live samples over HTTP and over Modbus."""

from __future__ import annotations

import math

import pytest

from app.core import channels as ch
from app.core.discovery import match_advertisement
from app.core.errors import InvalidInput, UnknownProperty
from app.core.plan import AlbPlan, ChargerPlan
from app.core.states import MainState, Mode3State
from app.drivers import registry
from app.drivers.steps import StepKind
from app.drivers.v2c import overview
from app.drivers.v2c.charger import TrydanCharger
from app.drivers.v2c.driver import V2C
from app.drivers.v2c.keywords import slave_error_text, words
from app.sim.v2c.server import SimulatedTrydan


@pytest.mark.parametrize(
    ("values", "main", "mode3"),
    [
        ({"ChargeState": 0}, MainState.AVAILABLE, Mode3State.A),
        ({"ChargeState": 1}, MainState.EV_CONNECTED, Mode3State.B2),
        ({"ChargeState": 1, "Paused": 1}, MainState.EV_CONNECTED, Mode3State.B1),
        ({"ChargeState": 2}, MainState.CHARGING, Mode3State.C2),
        ({"ChargeState": 4}, MainState.INOPERATIVE, Mode3State.F),
        ({"ChargeState": 5}, MainState.INOPERATIVE, Mode3State.E),
        ({"ChargeState": 6}, MainState.CHARGING, Mode3State.D2),
        ({"ChargeState": 3}, 0, 0),  # no such LAN code (3 is the cloud API's)
        ({}, 0, 0),
    ],
)
def test_charge_states_become_the_neutral_states(values, main, mode3) -> None:
    assert overview.states(values) == (int(main), int(mode3))


def test_codes_in_words() -> None:
    assert words("DynamicPowerMode", 3) == "solar only"
    assert words("ChargeMode", 1) == "three-phase"
    assert words("ChargeState", 6) == "ventilation required"
    assert slave_error_text(10) == "clamp not connected"
    assert slave_error_text(23) == "Modbus exception 3 from the meter"
    assert slave_error_text(250) == "meter transport error (250)"
    assert slave_error_text(99) == "undefined (99)"
    assert [overview.link_state(c) for c in (0, 4, 10, None)] == [2, 1, 4, None]


def test_capabilities_and_discovery() -> None:
    caps = V2C.capabilities
    assert not caps.reboot_to_apply and not caps.licences and caps.max_sockets == 1
    assert caps.register_map_slots == 0 and caps.live_transports == ("http", "modbus")
    assert V2C.ble_wifi_setup is False and V2C.discovery.mdns == ()
    assert V2C.discovery.probe is not None and V2C.discovery.probe.path == "/RealTimeData"
    assert V2C.discovery.probe in registry.probes()
    found = match_advertisement(registry.ble_matchers(), "Trydan", [])
    assert found is not None and found.driver == "v2c"


def test_a_plan_becomes_one_write_step_without_a_reboot() -> None:
    plan = ChargerPlan(
        "V2C1", "x", station_max_current=20.0, socket1_max_current=16.7, alb=AlbPlan(safe_current=8)
    )
    steps = V2C.plan_steps(plan)
    assert [(s.name, s.kind, s.values) for s in steps] == [
        ("limits", StepKind.WRITE, (("MaxIntensity", 20), ("MinIntensity", 8), ("Intensity", 16)))
    ]
    assert V2C.plan_steps(ChargerPlan("V2C1", "x")) == ()
    assert not V2C.needs_reboot(steps, {"MaxIntensity": 32})
    back = V2C.rollback_steps(steps, {"MaxIntensity": 32, "MinIntensity": 6, "Intensity": 10})
    assert [s.values for s in back] == [
        (("MaxIntensity", 32), ("MinIntensity", 6), ("Intensity", 10))
    ]


def test_values_become_a_plan_and_facts() -> None:
    values = {"MaxIntensity": 32, "MinIntensity": 6, "Intensity": 16, "Phases": 1, "Dynamic": 1}
    values |= {"FirmwareVersion": "2.4.3"}
    plan = V2C.plan_from_values("V2C1", "http://x", values)
    assert (plan.station_max_current, plan.socket1_max_current) == (32.0, 16.0)
    assert plan.alb == AlbPlan(enabled=False, safe_current=6.0)
    facts = V2C.facts(values)
    assert (facts.sockets, facts.phases, facts.firmware, facts.alb_on) == (1, 1, "2.4.3", True)
    assert facts.current("alb.safe_current") == 6.0
    assert set(V2C.capabilities.plan_fields) == {
        *("station_max_current", "socket1_max_current", "alb.safe_current"),
        *("charge_mode", "installation_voltage", "locked", "leds.light", "leds.logo"),
        *("dynamic_power.enabled", "dynamic_power.mode", "dynamic_power.contracted_power"),
        "dynamic_power.pause_when_modulating",
    }


def test_journal_values_and_typed_keys() -> None:
    assert V2C.typed_values({"Intensity": 16.0, "ID": 7, "ChargeEnergy": 1}) == {
        "Intensity": 16,
        "ID": "7",
        "ChargeEnergy": 1.0,
    }
    assert V2C.setting_key(" maxintensity ") == "MaxIntensity"
    assert V2C.setting_key("IntensityMeasure_L1y") == "IntensityMeasure_L1"
    with pytest.raises(UnknownProperty):
        V2C.setting_key("2062_0")
    assert (V2C.setting_name("ContractedPower"), V2C.setting_unit("ContractedPower")) == (
        "Contracted power",
        "W",
    )
    with pytest.raises(InvalidInput):
        V2C.socket_limit_key(2)


async def test_overview_and_records_from_the_simulated_trydan(client: TrydanCharger) -> None:
    values = await client.read(V2C.overview_keys(1))
    view = V2C.overview(client.identity, values)
    assert view.station.station_max == 32.0 and view.station.alb_safe == 6.0
    assert view.station.meter_max == pytest.approx(9200 / (math.sqrt(3) * 400 * 0.95))
    assert view.installation_phases == "three-phase" and view.sockets[0].configured == 16.0
    assert view.live.sockets[0].charging and view.live.sockets[0].currents == (16.0, 16.0, 16.0)
    assert overview.details(values)["DynamicPowerMode"] == "timed power on"
    records = await V2C.setting_records(client, ["intensity", "ChargeState"])
    assert [(r.key, r.value, r.unit) for r in records] == [
        ("Intensity", 16, "A"),
        ("ChargeState", 2, ""),
    ]
    assert records[1].details == {"writable": False, "words": "charging"}
    config = V2C.alb_config(await client.read(V2C.alb_config_keys()), 1)
    assert not config.on and config.safe_current == 6.0 and config.socket_max == 32.0


async def test_a_live_sample_takes_one_http_request_or_one_modbus_and_one_http(
    trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    chosen = V2C.channels(1)
    over_http = V2C.sample_source(client, chosen)
    before = trydan.api.requests
    sample = await over_http.sample()
    assert trydan.api.requests - before == 1
    assert sample[ch.socket_current(1, 2)] == 16.0 and sample["grid.P"] == 12540.0
    assert sample[ch.socket_mode3(1)] == Mode3State.C2
    assert client.modbus is not None
    over_modbus = V2C.sample_source(client, chosen, modbus=client.modbus)
    before, registers = trydan.api.requests, trydan.registers.requests
    both = await over_modbus.sample()
    assert (trydan.api.requests - before, trydan.registers.requests - registers) == (1, 1)
    assert both == sample
    only_map = V2C.sample_source(
        client, [c for c in chosen if c.name == "s1.P"], modbus=client.modbus
    )
    before = trydan.api.requests
    assert await only_map.sample() == {"s1.P": 11040.0}
    assert trydan.api.requests == before


async def test_reboot_sends_nothing_and_the_charger_is_back_at_once(
    trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    before = trydan.api.requests
    await client.reboot()
    assert trydan.api.requests == before
    assert (await client.wait_until_back(5)).serial == trydan.model.serial
    assert (await client.licence()).bits == 0


def test_addresses_of_the_http_api_and_the_modbus_map() -> None:
    from app.drivers.v2c.driver import modbus_for

    client = V2C.client("192.0.2.7", "")
    assert client.http.base_url == "http://192.0.2.7:80"
    assert client.modbus is not None and (client.modbus.host, client.modbus.port) == (
        "192.0.2.7",
        502,
    )
    assert (modbus_for("http://192.0.2.7:8080", "127.0.0.1:1502", 5).port) == 1502
    assert (modbus_for("192.0.2.7", "192.0.2.8", 5).host) == "192.0.2.8"
    for bad in ("127.0.0.1:x", ":502", "h:70000"):
        with pytest.raises(InvalidInput):
            modbus_for("192.0.2.7", bad, 5)
    with pytest.raises(InvalidInput, match="plain http"):
        V2C.client("https://192.0.2.7", "")
