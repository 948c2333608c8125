"""Every plan field a Trydan holds: coded into its keyword and back, written in order, read
back into a plan, and applied to and rolled back on a simulated Trydan."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.core.plan import AlbPlan, ChargerPlan, Plan
from app.core.plan_options import ChargeMode, DynamicPowerMode, DynamicPowerPlan, LedPlan
from app.drivers.steps import StepKind, targets
from app.drivers.v2c.driver import V2C
from app.drivers.v2c.plan_codecs import PLAN_SETTINGS, Codec, PlanSetting, decode, encode
from app.drivers.v2c.settings import plan_value
from app.sim.v2c.server import SimulatedTrydan
from app.store.journal import Journal
from app.store.journal_model import Outcome
from app.workflows.apply import Action, Applier, connector

FULL = ChargerPlan(
    "V2C1",
    "http://x",
    charge_mode=ChargeMode.ONE_PHASE,
    installation_voltage=230,
    station_max_current=20.0,
    socket1_max_current=16.0,
    alb=AlbPlan(enabled=False, safe_current=8.0),
    dynamic_power=DynamicPowerPlan(True, DynamicPowerMode.GRID_AND_SOLAR, 5.75, True),
    locked=True,
    leds=LedPlan(light=30, logo=0),
)
WIRE = {
    "ChargeMode": 0,
    "VoltageInstallation": 230,
    "MaxIntensity": 20,
    "MinIntensity": 8,
    "Intensity": 16,
    "ContractedPower": 5750,
    "DynamicPowerMode": 4,
    "PauseDynamic": 1,
    "Dynamic": 1,
    "Locked": 1,
    "LightLED": 30,
    "LogoLED": 0,
}


@pytest.mark.parametrize("setting", PLAN_SETTINGS, ids=lambda s: s.path)
def test_each_field_is_coded_into_its_keyword_and_back(setting: PlanSetting) -> None:
    assert setting.key in WIRE
    value = plan_value(FULL, setting.path)
    coded = encode(setting.codec, value)
    assert coded == WIRE[setting.key]
    assert decode(setting.codec, coded) == value


def test_the_codes_the_plan_has_no_word_for_read_as_unset() -> None:
    assert decode(Codec.CHARGE_MODE, 2) is None  # mixed
    assert decode(Codec.DYNAMIC_MODE, 9) is None
    assert decode(Codec.FLAG, 7) is None
    assert decode(Codec.KILOWATTS, None) is None
    assert encode(Codec.WHOLE_AMPS, 16.7) == 16  # a limit is never rounded up
    assert encode(Codec.KILOWATTS, 11.0399) == 11040


def test_a_full_plan_is_written_in_groups_with_dynamic_power_switched_on_last() -> None:
    steps = V2C.plan_steps(FULL)
    assert [s.name for s in steps] == ["installation", "limits", "dynamic-power", "lock", "leds"]
    assert all(s.kind is StepKind.WRITE and not s.reboot for s in steps)
    assert targets(steps) == WIRE
    assert [k for k, _ in steps[2].values][-1] == "Dynamic"
    off = ChargerPlan("V2C1", "x", dynamic_power=DynamicPowerPlan(False, contracted_power=4.0))
    assert V2C.plan_steps(off)[0].values == (("Dynamic", 0), ("ContractedPower", 4000))
    assert not V2C.needs_reboot(steps, WIRE)


def test_the_values_read_become_the_same_plan_and_every_key_is_read() -> None:
    assert set(WIRE) <= set(V2C.plan_keys(1))
    assert V2C.plan_from_values("V2C1", "http://x", WIRE) == FULL
    bare = V2C.plan_from_values("V2C1", "http://x", {"ChargeMode": 2, "ContractedPower": "?"})
    assert bare == ChargerPlan("V2C1", "http://x")


def test_rollback_restores_every_keyword_written() -> None:
    found = {key: 0 for key in WIRE} | {"VoltageInstallation": 400, "MaxIntensity": 32}
    [restore] = V2C.rollback_steps(V2C.plan_steps(FULL), found)
    assert dict(restore.values) == found


async def test_the_full_plan_is_applied_to_a_simulated_trydan_and_rolled_back(
    trydan: SimulatedTrydan, tmp_path: Path
) -> None:
    settings = trydan.model.settings
    before = dict(settings)
    mine = dataclasses.replace(FULL, serial=trydan.model.serial, address=trydan.url)
    plan = Plan("trydan", (mine,))
    connect = connector(lambda _serial: "", driver_tag="v2c", timeout=5)
    with Journal.create(tmp_path, plan, driver="v2c") as journal:
        await Applier(journal, connect, tick=0.05).run(Action.APPLY)
    result = journal.state.chargers[trydan.model.serial]
    assert (result.outcome, result.message) == (Outcome.DONE, "")
    assert {key: settings[key] for key in WIRE} == WIRE
    with Journal.open(journal.path) as again:
        await Applier(again, connect, tick=0.05).run(Action.ROLLBACK)
    assert again.state.chargers[trydan.model.serial].outcome is Outcome.ROLLED_BACK
    assert settings == before
