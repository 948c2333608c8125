"""The contracted-power calculator of the V2C guide: worked example, formulas and clamps."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.contracted_power import intensity, power_for_current, raw_current
from app.core.errors import InvalidInput


def test_the_guides_worked_example_11_kw_three_phase_is_about_16_7_a() -> None:
    advice = intensity(11, 3)
    assert advice.raw == pytest.approx(16.71, abs=0.01)
    assert advice.amps == advice.raw and advice.limited_by == ""
    assert advice.setting == 16  # rounded down: 17 A would exceed 11 kW
    assert "√3 × 400 V × 0.95" in advice.formula and "16.7 A" in advice.formula


def test_one_phase_is_power_over_230_volts() -> None:
    advice = intensity(4.6, 1)
    assert advice.raw == pytest.approx(20.0)
    assert advice.setting == 20
    assert advice.formula == "I = 4.6 kW × 1000 / 230 V = 20.0 A"


def test_a_given_cos_phi_changes_the_three_phase_result() -> None:
    assert intensity(11, 3, cos_phi=1.0).raw == pytest.approx(11000 / (math.sqrt(3) * 400))


@pytest.mark.parametrize(
    ("kw", "phases", "wiring", "amps", "why"),
    [
        (1.0, 1, None, 6.0, "minimum"),
        (3.0, 3, None, 6.0, "minimum"),
        (10.0, 1, None, 32.0, "maximum"),
        (30.0, 3, None, 32.0, "maximum"),
        (11.0, 3, 16.0, 16.0, "wiring"),
        (30.0, 3, 25.0, 25.0, "wiring"),
    ],
)
def test_the_result_is_clamped_to_6_32_a_and_the_wiring(kw, phases, wiring, amps, why) -> None:
    advice = intensity(kw, phases, wiring_amps=wiring)
    assert (advice.amps, advice.limited_by) == (amps, why)


@pytest.mark.parametrize(
    ("kw", "phases", "kwargs"),
    [
        (0.0, 3, {}),
        (-3.0, 1, {}),
        (math.nan, 1, {}),
        (11000.0, 3, {}),  # watts typed where kilowatts belong
        (11.0, 2, {}),
        (11.0, 3, {"cos_phi": 0.0}),
        (11.0, 3, {"cos_phi": 1.2}),
        (11.0, 3, {"wiring_amps": 4.0}),
    ],
)
def test_unusable_input_is_refused_in_words(kw, phases, kwargs) -> None:
    with pytest.raises(InvalidInput):
        intensity(kw, phases, **kwargs)


@settings(deadline=None)
@given(
    kw=st.floats(0.1, 1000.0),
    phases=st.sampled_from([1, 3]),
    wiring=st.none() | st.floats(6.0, 100.0),
)
def test_the_setting_is_in_range_and_never_above_the_wiring(kw, phases, wiring) -> None:
    advice = intensity(kw, phases, wiring_amps=wiring)
    assert 6 <= advice.setting <= advice.amps <= 32
    assert wiring is None or advice.amps <= wiring
    assert power_for_current(raw_current(kw, phases), phases) == pytest.approx(kw * 1000)
