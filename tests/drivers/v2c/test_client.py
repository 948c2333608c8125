"""The Trydan driver's client against the simulated Trydan: every keyword read and written,
refusals before sending, each field quirk, stalls within and beyond the timeout."""

from __future__ import annotations

import time

import pytest

from app.core.errors import (
    DeviceTimeout,
    InvalidInput,
    ReadOnlyProperty,
    UnknownProperty,
    WriteRejected,
)
from app.drivers.v2c.charger import TrydanCharger
from app.drivers.v2c.driver import V2C
from app.drivers.v2c.keywords import KEYWORDS, READ_ONE_BY_ONE, WRITABLE
from app.sim.v2c.server import SimulatedTrydan
from tests.drivers.v2c.conftest import client_of

DOCUMENTED_WRITABLE = {
    *("VoltageInstallation", "ChargeMode", "Paused", "Locked", "Timer", "Intensity"),
    *("Dynamic", "MinIntensity", "MaxIntensity", "PauseDynamic", "LightLED", "LogoLED"),
    *("DynamicPowerMode", "ContractedPower"),
}
# A second value each writable keyword accepts (the first is whatever the charger holds).
OTHER = {
    "VoltageInstallation": (230, 400),
    "ChargeMode": (1, 0),
    "Paused": (0, 1),
    "Locked": (0, 1),
    "Timer": (0, 1),
    "Intensity": (16, 10),
    "Dynamic": (0, 1),
    "MinIntensity": (6, 8),
    "MaxIntensity": (32, 20),
    "PauseDynamic": (0, 1),
    "LightLED": (80, 10),
    "LogoLED": (60, 0),
    "DynamicPowerMode": (0, 3),
    "ContractedPower": (9200, 5750),
}


def test_the_writable_keywords_are_exactly_the_documented_ones() -> None:
    assert WRITABLE == DOCUMENTED_WRITABLE == set(OTHER)


async def test_every_keyword_is_read_in_one_snapshot(client: TrydanCharger) -> None:
    before = client.http.requests
    found = await client.read(k.key for k in KEYWORDS)
    assert set(found) == {k.key for k in KEYWORDS}
    # RealTimeData once, then /read/<Keyword> for the three it does not carry on 2.4.x
    assert client.http.requests - before == 1 + len(READ_ONE_BY_ONE)
    assert client.last_note == ""


@pytest.mark.parametrize("key", sorted(DOCUMENTED_WRITABLE))
async def test_every_writable_keyword_is_written_and_read_back(
    key: str, trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    one, other = OTHER[key]
    found = (await client.read([key]))[key]
    wanted = other if found == one else one
    await client.write({key: wanted})
    assert (await client.read([key]))[key] == wanted
    assert trydan.model.settings[key] == wanted  # held by the charger, not the client


@pytest.mark.parametrize(
    ("values", "error"),
    [
        ({"ChargePower": 10}, ReadOnlyProperty),  # a measurement
        ({"ID": 1}, ReadOnlyProperty),
        ({"Intensity": 40}, InvalidInput),  # out of range
        ({"Intensity": 12.5}, InvalidInput),  # not whole
        ({"Intensity": 12, "SSID": 1}, ReadOnlyProperty),  # one bad key stops them all
        ({"Reboot": 1}, UnknownProperty),
    ],
)
async def test_a_refused_keyword_is_refused_before_anything_is_sent(
    values: dict[str, object],
    error: type[Exception],
    trydan: SimulatedTrydan,
    client: TrydanCharger,
) -> None:
    before = trydan.api.requests
    with pytest.raises(error):
        await client.write(values)  # type: ignore[arg-type]
    assert trydan.api.requests == before
    assert trydan.model.settings["Intensity"] == 16


async def test_a_body_other_than_ok_is_a_write_rejected_naming_the_keyword(
    trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    trydan.model.faults.refuse_next_write = "BUSY"
    with pytest.raises(WriteRejected, match=r"Intensity=10 .*'BUSY' instead of OK"):
        await client.write({"Intensity": 10})
    assert trydan.model.settings["Intensity"] == 16


async def test_the_misspelt_first_current_is_read_under_its_right_name(
    trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    trydan.model.faults.misspelt_l1 = True
    found = await client.read(["IntensityMeasure_L1", "IntensityMeasure_L2"])
    assert found == {"IntensityMeasure_L1": 16.0, "IntensityMeasure_L2": 16.0}
    assert client.last_note == "IntensityMeasure_L1y read as IntensityMeasure_L1"


async def test_json_with_a_missing_comma_is_read_field_by_field(
    trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    trydan.model.faults.missing_comma = True
    assert "," not in trydan.model.realtime_body().split('"ChargeState"')[0]
    found = await client.read(["ID", "ChargeState", "Intensity", "ContractedPower"])
    assert found == {"ID": "V2C0012345", "ChargeState": 2, "Intensity": 16, "ContractedPower": 9200}
    assert "not valid JSON" in client.last_note and "\n" not in client.last_note


async def test_an_implausible_installation_voltage_is_left_out_and_said(
    trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    trydan.model.faults.odd_voltage = True
    found = await client.read(["VoltageInstallation", "Intensity"])
    assert found == {"Intensity": 16}
    assert client.last_note == "VoltageInstallation 298 V cannot be right; ignored"


async def test_a_stuck_contracted_power_is_a_write_rejected_that_says_so(
    trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    trydan.model.faults.stuck_contracted_power = True
    with pytest.raises(WriteRejected, match=r"ContractedPower.*still reports 4600.*known"):
        await client.write({"ContractedPower": 5750})


async def test_a_reply_that_stalls_within_the_timeout_is_waited_for(
    trydan: SimulatedTrydan,
) -> None:
    trydan.model.faults.stall_seconds = 1.0
    async with client_of(trydan, timeout=3.0) as client:
        started = time.monotonic()
        found = await client.read(["HousePower", "IntensityMeasure_L3"])
        assert 1.0 <= time.monotonic() - started < 3.0
    assert found == {"HousePower": 1500.0, "IntensityMeasure_L3": 16.0}
    assert client.modbus is not None and client.modbus.requests == 0


async def test_a_reply_stalled_past_the_timeout_falls_back_to_modbus(
    trydan: SimulatedTrydan,
) -> None:
    async with client_of(trydan, timeout=0.5) as client:
        trydan.model.faults.stall_seconds = 3.0
        started = time.monotonic()
        found = await client.read(["Intensity", "ContractedPower", "IntensityMeasure_L1"])
        assert time.monotonic() - started < 2.0
    assert found == {"Intensity": 16, "ContractedPower": 9200}  # per-phase currents: HTTP only
    assert client.last_note == "RealTimeData stalled; the Modbus map answered instead"


async def test_a_stall_past_the_timeout_without_modbus_is_a_device_timeout(
    trydan: SimulatedTrydan,
) -> None:
    trydan.model.faults.stall_seconds = 3.0
    async with SimulatedTrydan() as other:
        url = other.url
    client = V2C.client(trydan.url, "", timeout=0.5, modbus=url.removeprefix("http://"))
    with pytest.raises(DeviceTimeout, match=r"within 0\.5 s"):
        await client.read(["Intensity"])
    await client.close()


async def test_another_charger_at_the_address_is_refused(trydan: SimulatedTrydan) -> None:
    from app.core.errors import ProtocolError

    wrong = V2C.client(trydan.url, "", timeout=2, expected_serial="V2C0099999")
    with pytest.raises(ProtocolError, match="is Trydan V2C0012345, not V2C0099999"):
        async with wrong:
            pass


async def test_every_quirk_at_once_still_gives_what_can_be_trusted(
    trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    faults = trydan.model.faults
    faults.misspelt_l1 = faults.missing_comma = faults.odd_voltage = True
    found = await client.read(["ID", "IntensityMeasure_L1", "VoltageInstallation", "LogoLED"])
    assert found == {"ID": "V2C0012345", "IntensityMeasure_L1": 16.0, "LogoLED": 60}
    for part in ("not valid JSON", "IntensityMeasure_L1y read as", "298 V cannot be right"):
        assert part in client.last_note


async def test_keywords_outside_realtime_data_alone_cost_one_request_each(
    trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    before = trydan.api.requests
    assert await client.read(["LightLED", "ChargeMode", "NotAKeyword"]) == {
        "LightLED": 80,
        "ChargeMode": 1,
    }
    assert trydan.api.requests - before == 2


async def test_a_test_load_in_the_house_makes_the_trydan_drop_its_current(
    trydan: SimulatedTrydan, client: TrydanCharger
) -> None:
    """Dynamic power control seen through the driver, as the adapted hair-dryer test will."""
    await client.write({"Dynamic": 1, "DynamicPowerMode": 0, "ContractedPower": 9200})
    keys = ["IntensityMeasure_L1", "HousePower", "GridPower"]
    before = await client.read(keys)
    assert before["IntensityMeasure_L1"] == 11.0  # (9200 - 1500) / 690 → 11 A
    trydan.model.house_watts += 2000.0  # a 2 kW hair dryer
    after = await client.read(keys)
    assert after["HousePower"] == before["HousePower"] + 2000
    assert after["IntensityMeasure_L1"] == 8.0 and after["GridPower"] <= 9200
