"""The analysis of the hair-dryer test of dynamic power control: the temporary contracted power
it proposes and the verdict from a recording of house power and EV current."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.errors import InvalidInput
from app.core.hairdryer import Finding
from app.core.hairdryer_power import (
    PowerRecording,
    PowerSetup,
    judge_power,
    propose_contract,
    watts_per_amp,
)

T_ON = 10.0
PER_AMP = 690.0  # W per ampere of a three-phase EV at 230 V


def test_the_proposal_leaves_the_ev_room_above_its_minimum_with_the_load_on() -> None:
    proposal = propose_contract(2300.0, 2070.0, PER_AMP, real_w=6900.0, intensity=16.0)
    assert proposal.value == 9200.0  # 2300 + 2070 + 7 A × 690 W
    assert proposal.at_least <= proposal.value <= proposal.at_most
    assert proposal.at_most == 2300.0 + 2070.0 + 16 * PER_AMP - 10.0  # whole hundreds
    assert "9200 W" in proposal.text and "real value 6900 W" in proposal.text


def test_a_small_load_or_a_low_current_setting_is_refused_in_words() -> None:
    with pytest.raises(InvalidInput, match="too small"):
        propose_contract(2300.0, 500.0, PER_AMP, real_w=6900.0, intensity=16.0)
    with pytest.raises(InvalidInput, match="at least 9 A"):
        propose_contract(2300.0, 2070.0, PER_AMP, real_w=6900.0, intensity=8.0)


def test_watts_per_ampere_are_measured_when_the_ev_charges() -> None:
    assert watts_per_amp(6900.0, 10.0, 3) == 690.0
    assert watts_per_amp(float("nan"), 0.0, 1) == 230.0


def recording(house_after: float, ev_after: float) -> PowerRecording:
    """House power and EV current from 2300 W and 10 A to these values just after T_ON."""
    t = np.arange(0.0, 20.0, 0.25)
    on = t >= T_ON + 0.5
    house = np.where(on, house_after, 2300.0)
    amps = np.where(on, ev_after, 10.0)
    return PowerRecording(t, house, amps * PER_AMP, amps, T_ON, before_s=2.0, final_s=2.0)


SETUP = PowerSetup(contracted_w=9200.0, load_w=2070.0)


def test_the_ev_coming_down_to_keep_the_contract_passes() -> None:
    verdict = judge_power(recording(4370.0, 7.0), SETUP)
    assert verdict.passed, verdict.reasons
    assert verdict.contracted_power == 9200.0
    assert verdict.summary.startswith("PASS: dynamic power control")


@pytest.mark.parametrize(
    ("house_after", "ev_after", "finding", "words"),
    [
        (4370.0, 10.0, Finding.EV_NO_FALL, "did not lower the EV's current"),
        (2300.0, 10.0, Finding.METER_NO_RISE, "does not measure the feed"),
        (230.0, 10.0, Finding.METER_SIGN, "the wrong way round"),
        (4370.0, 9.0, Finding.OVER_MAXIMUM, "over the contracted power"),
    ],
)
def test_each_fault_fails_with_its_sentence(
    house_after: float, ev_after: float, finding: Finding, words: str
) -> None:
    verdict = judge_power(recording(house_after, ev_after), SETUP)
    assert not verdict.passed
    assert verdict.findings[0] is finding, verdict.reasons
    assert words in verdict.summary


def test_no_session_fails_as_not_charging() -> None:
    rec = recording(4370.0, 0.0)
    empty = PowerRecording(rec.t, rec.house, rec.ev_power * 0, rec.ev_amps * 0, T_ON)
    assert judge_power(empty, SETUP).findings == (Finding.NOT_CHARGING,)
