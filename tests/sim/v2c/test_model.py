"""The simulated Trydan's own physics: the EV's draw, dynamic power control under the
contracted power, the solar modes, energy over time, and each quirk as it goes on the wire."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sim.v2c.model import TrydanModel


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def model(**settings: int) -> TrydanModel:
    found = TrydanModel(clock=Clock())
    found.settings.update(settings)
    return found


def test_the_ev_draws_the_lesser_of_intensity_and_its_own_maximum() -> None:
    trydan = model(Intensity=20)
    trydan.ev.max_amps = 13.0
    assert trydan.drawn_amps() == 13.0 and trydan.charge_state() == 2
    trydan.settings["Intensity"] = 10
    assert trydan.drawn_amps() == 10.0
    assert trydan.charge_watts() == pytest.approx(10 * 230 * 3)


@pytest.mark.parametrize("held", ["Paused", "Locked"])
def test_paused_or_locked_draws_nothing_but_stays_connected(held: str) -> None:
    trydan = model(**{held: 1})
    assert trydan.drawn_amps() == 0.0 and trydan.charge_state() == 1
    trydan.ev.connected = False
    assert trydan.charge_state() == 0


def test_one_phase_charge_mode_uses_one_phase() -> None:
    trydan = model(ChargeMode=0, Intensity=16)
    fields = trydan.realtime()
    assert (fields["IntensityMeasure_L1"], fields["IntensityMeasure_L2"]) == (16.0, 0.0)
    assert fields["ChargePower"] == 16 * 230 and fields["Phases"] == 1


def test_dynamic_control_keeps_the_grid_under_the_contracted_power() -> None:
    trydan = model(Dynamic=1, DynamicPowerMode=0, ContractedPower=9200, Intensity=32)
    trydan.ev.max_amps = 32.0
    trydan.house_watts = 2300.0
    # (9200 - 2300) / (230 × 3) = 10 A
    assert trydan.drawn_amps() == 10.0
    assert trydan.realtime()["GridPower"] <= 9200
    trydan.house_watts = 5000.0  # 4200 W spare: 6 A on three phases
    assert trydan.drawn_amps() == 6.0
    trydan.house_watts = 6000.0  # below the minimum: keeps 6 A while modulating
    assert trydan.drawn_amps() == 6.0
    trydan.settings["PauseDynamic"] = 1
    assert trydan.drawn_amps() == 0.0
    trydan.settings["Dynamic"] = 0
    assert trydan.drawn_amps() == 32.0


def test_the_solar_modes_and_stop() -> None:
    trydan = model(Dynamic=1, DynamicPowerMode=3, Intensity=32)
    trydan.house_watts, trydan.solar_watts = 1000.0, 1000.0 + 8 * 690
    assert trydan.drawn_amps() == 8.0  # solar surplus only
    trydan.solar_watts = 1000.0 + 3 * 690
    assert trydan.drawn_amps() == 0.0  # surplus below the minimum
    trydan.settings["DynamicPowerMode"] = 2
    assert trydan.drawn_amps() == 9.0  # the minimum plus the surplus
    trydan.settings["DynamicPowerMode"] = 5
    assert trydan.drawn_amps() == 0.0


def test_energy_and_time_grow_while_charging() -> None:
    trydan = model(Intensity=16)
    clock = trydan.clock
    assert isinstance(clock, Clock)
    trydan.advance()
    clock.now = 3600.0
    fields = trydan.realtime()
    assert fields["ChargeEnergy"] == pytest.approx(16 * 230 * 3 / 1000, abs=0.01)
    assert fields["ChargeTime"] == 3600


def test_writes_only_for_documented_keywords_in_range() -> None:
    trydan = model()
    assert trydan.write("Intensity", 10) and trydan.settings["Intensity"] == 10
    assert not trydan.write("Intensity", 33)
    assert not trydan.write("ChargePower", 10)
    assert not trydan.write("VoltageInstallation", 298)
    assert trydan.write("VoltageInstallation", 400)


def test_each_quirk_shows_on_the_wire() -> None:
    trydan = model()
    trydan.faults.misspelt_l1 = True
    trydan.faults.odd_voltage = True
    fields = json.loads(trydan.realtime_body())
    assert "IntensityMeasure_L1y" in fields and "IntensityMeasure_L1" not in fields
    assert fields["VoltageInstallation"] == 298
    trydan.faults.missing_comma = True
    with pytest.raises(json.JSONDecodeError):
        json.loads(trydan.realtime_body())
    assert trydan.realtime_body().startswith('{"ID":"V2C0012345""ChargeState"')
    trydan.faults.stuck_contracted_power = True
    assert trydan.write("ContractedPower", 5750)
    assert trydan.settings["ContractedPower"] == 4600


def test_firmware_2_4_keeps_three_keywords_out_of_realtime_data() -> None:
    trydan = model()
    fields = trydan.realtime()
    assert not {"ChargeMode", "LightLED", "LogoLED"} & set(fields)
    assert (trydan.read("ChargeMode"), trydan.read("LogoLED"), trydan.read("Nope")) == (1, 60, None)


@settings(deadline=None)
@given(
    house=st.floats(0, 20_000),
    contracted=st.integers(1_000, 30_000),
    intensity=st.integers(6, 32),
    ev_max=st.floats(6, 32),
    phases=st.sampled_from([1, 3]),
)
def test_dynamic_control_never_takes_the_grid_over_the_contracted_power(
    house: float, contracted: int, intensity: int, ev_max: float, phases: int
) -> None:
    trydan = model(Dynamic=1, DynamicPowerMode=0, PauseDynamic=1, ContractedPower=contracted)
    trydan.settings["Intensity"] = intensity
    trydan.house_watts, trydan.ev.max_amps, trydan.ev.phases = house, ev_max, phases
    fields = trydan.realtime()
    drawn = trydan.drawn_amps()
    assert drawn == 0.0 or 6 <= drawn <= min(intensity, ev_max)
    if drawn > 0:
        assert fields["GridPower"] <= contracted + 1e-6
    else:  # it pauses only when even the minimum would exceed the contracted power
        assert house + 6 * 230 * phases > contracted
