"""Phase identification on synthetic probes: every wiring found, ambiguity stated, refusals."""

from __future__ import annotations

import pytest

from app.core.phase_id import PhaseIdStatus, Refusal, candidates_for, identify
from app.core.phases import PhaseMapping
from tests.core.synthetic import Probe

THREE_PHASE = candidates_for(3)


@pytest.mark.parametrize("wiring", [PhaseMapping.L1, PhaseMapping.L2, PhaseMapping.L3])
def test_single_phase_charger_wiring_is_found(wiring: PhaseMapping) -> None:
    result = identify(Probe(wiring=wiring).data(), PhaseMapping.L1)
    assert result.status is PhaseIdStatus.IDENTIFIED
    assert result.mapping is wiring
    assert result.wiring_fault is (wiring is not PhaseMapping.L1)
    assert result.confidence > 0.8
    assert result.snr > 10


@pytest.mark.parametrize("wiring", THREE_PHASE)
def test_three_phase_rotation_is_found_when_phases_draw_differently(wiring: PhaseMapping) -> None:
    # e.g. an EV drawing on two phases, or phases loaded unequally by the on-board charger
    probe = Probe(wiring=wiring, phase_factors=(1.0, 0.6, 0.0))
    result = identify(probe.data(), PhaseMapping.L1L2L3)
    assert result.status is PhaseIdStatus.IDENTIFIED, result.reason
    assert result.mapping is wiring
    assert result.wiring_fault is (wiring is not PhaseMapping.L1L2L3)
    assert result.grid_phase_of == wiring.grid_phases


@pytest.mark.parametrize("wiring", THREE_PHASE)
def test_one_phase_ev_on_three_phase_charger_shows_where_l1_lands(wiring: PhaseMapping) -> None:
    probe = Probe(wiring=wiring, phase_factors=(1.0, 0.0, 0.0))
    result = identify(probe.data(), wiring)
    assert result.status is PhaseIdStatus.PARTIAL
    assert result.grid_phase_of == (wiring.grid_phases[0], None, None)
    assert wiring in result.candidates and len(result.candidates) == 2
    assert not result.wiring_fault
    assert "1-phase EV" in result.reason or "order cannot be seen" in result.reason


def test_balanced_three_phase_ev_leaves_the_order_open_but_flags_nothing() -> None:
    result = identify(Probe(wiring=PhaseMapping.L2L3L1).data(), PhaseMapping.L1L2L3)
    assert result.status is PhaseIdStatus.PARTIAL
    assert set(result.candidates) == set(THREE_PHASE)
    assert not result.wiring_fault and result.mapping is None


def test_a_contradicted_configuration_is_a_wiring_fault_even_when_partial() -> None:
    probe = Probe(wiring=PhaseMapping.L3L1L2, phase_factors=(1.0, 0.0, 0.0))
    result = identify(probe.data(), PhaseMapping.L1L2L3)
    assert result.status is PhaseIdStatus.PARTIAL and result.wiring_fault
    assert "contradicts" in result.reason


def test_inverted_or_scaled_meter_still_shows_the_phase_and_says_so() -> None:
    inverted = identify(Probe(wiring=PhaseMapping.L3, gain=-1.0).data())
    assert inverted.mapping is PhaseMapping.L3 and "wrong sign" in inverted.reason
    scaled = identify(Probe(wiring=PhaseMapping.L2, gain=100.0, noise=0.02).data())
    assert scaled.mapping is PhaseMapping.L2 and "scale" in scaled.reason


def test_refuses_on_household_noise_and_says_what_to_do() -> None:
    result = identify(Probe(wiring=PhaseMapping.L2, noise=4.0).data())
    assert result.status is PhaseIdStatus.REFUSED
    assert result.refusal is Refusal.NOISY
    assert "Switch off large household loads" in result.advice


def test_one_step_disturbed_by_a_household_load_is_left_out() -> None:
    result = identify(Probe(wiring=PhaseMapping.L3, switch_at=30.0, noise=0.05).data())
    assert result.status is PhaseIdStatus.IDENTIFIED and result.mapping is PhaseMapping.L3
    assert "left out" in result.reason


def test_refuses_when_loads_keep_switching_during_the_probe() -> None:
    probe = Probe(wiring=PhaseMapping.L1, toggle_every=23.0, noise=0.05)
    result = identify(probe.data())
    assert result.status is PhaseIdStatus.REFUSED and result.refusal is Refusal.NOISY


def test_refuses_when_no_mapping_explains_the_meter() -> None:
    # the meter's L3 transformer is on another circuit: it never sees the charger's L3
    probe = Probe(wiring=PhaseMapping.L1L2L3, meter_phase_gain=(1.0, 1.0, 0.0), noise=0.05)
    result = identify(probe.data())
    assert result.status is PhaseIdStatus.REFUSED and result.refusal is Refusal.NO_FIT
    assert "clamp meter" in result.advice


def test_refuses_a_weak_signal() -> None:
    result = identify(Probe(wiring=PhaseMapping.L1, follow=False).data())
    assert result.refusal is Refusal.WEAK_SIGNAL
    assert "14 A" in result.advice


def test_refuses_when_the_meter_does_not_see_the_charger() -> None:
    result = identify(Probe(wiring=PhaseMapping.L1, meter_sees_ev=False).data())
    assert result.refusal is Refusal.METER_BLIND
    assert "include the EV" in result.advice


def test_refuses_without_enough_levels() -> None:
    result = identify(Probe(wiring=PhaseMapping.L1, levels=(6.0,)).data())
    assert result.refusal is Refusal.NO_DATA
