"""Hair-dryer analysis on synthetic sites: a correct site passes, each fault fails its way."""

from __future__ import annotations

import math

import pytest

from app.core.errors import InvalidInput
from app.core.hairdryer import Finding, check_baseline, propose_test_maximum
from app.core.hairdryer_reaction import analyse
from app.core.hairdryer_verdict import early_verdict, judge
from app.core.phase_id import PhaseIdStatus
from app.core.phases import PhaseMapping
from tests.core.synthetic import AlbSite

# --- baseline against the clamp meter ------------------------------------------------------


def test_baseline_agreeing_within_tolerance_is_ok() -> None:
    assert check_baseline([10.3, 4.1, 6.0], [10.0, 4.0, 6.5]).ok


@pytest.mark.parametrize(
    ("meter", "clamp", "finding"),
    [
        ([0.0, 0.0, 0.0], [10.0, 4.0, 6.0], Finding.METER_ZERO),
        ([-10.0, -4.0, -6.0], [10.0, 4.0, 6.0], Finding.METER_SIGN),
        ([1000.0, 400.0, 600.0], [10.0, 4.0, 6.0], Finding.METER_SCALE),
        ([4.0, 10.0, 6.0], [10.0, 4.0, 6.0], Finding.METER_PHASE_ORDER),
        ([20.0, 1.0, 6.0], [10.0, 4.0, 6.0], Finding.METER_MISMATCH),
        ([math.nan, 4.0, 6.0], [10.0, 4.0, 6.0], Finding.METER_SILENT),
    ],
)
def test_baseline_names_the_fault(meter: list[float], clamp: list[float], finding: Finding) -> None:
    check = check_baseline(meter, clamp)
    assert not check.ok
    assert check.reason is not None and check.reason.finding is finding


def test_baseline_scale_reports_the_factor_and_order_the_permutation() -> None:
    assert check_baseline([1000.0, 400.0, 600.0], [10.0, 4.0, 6.0]).scale == 100.0
    assert check_baseline([4.0, 10.0, 6.0], [10.0, 4.0, 6.0]).order == (1, 0, 2)
    with pytest.raises(InvalidInput):
        check_baseline([1.0, 2.0], [1.0, 2.0, 3.0])


# --- the temporary maximum -----------------------------------------------------------------


def test_proposal_is_below_household_plus_load() -> None:
    proposal = propose_test_maximum([10.0, 8.0, 9.5], 9.0, 25.0)
    assert proposal.value == 18.0 and proposal.value < proposal.below == 19.0
    assert proposal.value >= proposal.at_least == 17.0
    assert "18 A" in proposal.text


def test_proposal_never_exceeds_the_real_maximum() -> None:
    assert propose_test_maximum([10.0], 9.0, 17.0).value == 17.0


def test_proposal_refuses_when_nothing_fits() -> None:
    with pytest.raises(InvalidInput, match="too small"):
        propose_test_maximum([10.0, 10.0, 10.0], 5.0, 40.0)
    with pytest.raises(InvalidInput, match="household loads"):
        propose_test_maximum([10.0, 10.0, 10.0], 9.0, 15.0)
    with pytest.raises(InvalidInput):
        propose_test_maximum([math.nan], 9.0, 25.0)


# --- reaction and verdict ------------------------------------------------------------------


@pytest.mark.parametrize("include_ev", [True, False])
def test_correct_site_passes_with_a_measured_reaction(include_ev: bool) -> None:
    site = AlbSite(include_ev=include_ev)
    verdict = judge(site.record(), site.setup())
    assert verdict.passed, verdict.reasons
    reaction = verdict.reaction
    assert reaction is not None
    assert reaction.load_phase == 1
    assert reaction.load_rise == pytest.approx(9.0, abs=0.1)
    assert reaction.ev_before == pytest.approx(8.0, abs=0.1)  # 18 A - 10 A household
    assert reaction.paused  # 18 - 19 < 6 A: the EV pauses
    assert reaction.delay_s == pytest.approx(2.0, abs=0.5)
    assert all(check.passed for check in verdict.checks)
    assert verdict.summary.startswith("PASS")


def test_a_reduced_but_still_charging_ev_is_checked_against_the_maximum() -> None:
    site = AlbSite(maximum=26.0, include_ev=False)  # 16 A before, 26 - 19 = 7 A after
    verdict = judge(site.record(), site.setup())
    assert verdict.passed, verdict.reasons
    assert verdict.reaction is not None and not verdict.reaction.paused
    assert verdict.reaction.ev_after == pytest.approx(7.0, abs=0.1)
    assert verdict.reaction.headroom_a == pytest.approx(0.0, abs=0.2)
    assert verdict.reaction.overshoot_a == pytest.approx(9.0, abs=0.2)  # during the 2 s delay
    assert verdict.reaction.overshoot_s == pytest.approx(2.0, abs=0.5)


def test_household_noise_does_not_fail_a_correct_site() -> None:
    site = AlbSite(noise=0.3, seed=7)
    assert judge(site.record(), site.setup()).passed


def test_alb_off_fails_with_alb_off() -> None:
    site = AlbSite(alb=False)
    verdict = judge(site.record(), site.setup())
    assert verdict.findings[0] is Finding.ALB_OFF
    assert "load balancing is off" in verdict.reasons[0].text


def test_inverted_meter_fails_with_meter_sign() -> None:
    site = AlbSite(sign=-1.0)
    verdict = judge(site.record(), site.setup())
    assert verdict.findings[0] is Finding.METER_SIGN
    assert Finding.EV_NO_FALL in verdict.findings


def test_silent_meter_fails_with_meter_silent() -> None:
    site = AlbSite(silent=True)
    verdict = judge(site.record(), site.setup())
    assert verdict.findings[0] is Finding.METER_SILENT
    assert "safe current (6 A)" in verdict.reasons[0].text


def test_miswired_single_phase_socket_fails_with_phase_mismatch() -> None:
    site = AlbSite(configured=PhaseMapping.L1, wiring=PhaseMapping.L2, household=(10, 10, 10))
    verdict = judge(site.record(), site.setup())
    assert Finding.PHASE_MISMATCH in verdict.findings
    session = verdict.reaction.session_phase if verdict.reaction else None
    assert session is not None and session.status is PhaseIdStatus.IDENTIFIED
    assert session.mapping is PhaseMapping.L2
    assert "L2" in next(r.text for r in verdict.reasons if r.finding is Finding.PHASE_MISMATCH)


def test_one_phase_ev_on_three_phase_charger_miswired_is_seen() -> None:
    site = AlbSite(ev_phases=1, wiring=PhaseMapping.L3L1L2)
    verdict = judge(site.record(), site.setup())
    assert Finding.PHASE_MISMATCH in verdict.findings


def test_load_on_a_phase_the_ev_does_not_use_is_inconclusive() -> None:
    site = AlbSite(configured=PhaseMapping.L2, load_phase=1)
    verdict = judge(site.record(), site.setup())
    assert verdict.findings == (Finding.LOAD_OFF_PHASE,)
    assert "outlet on L2" in verdict.reasons[0].text


def test_ev_not_charging_fails_before_anything_else_is_judged() -> None:
    site = AlbSite(charging=False)
    verdict = judge(site.record(), site.setup())
    assert verdict.findings == (Finding.NOT_CHARGING,)


def test_reaction_measures_delay_and_phase_of_the_load() -> None:
    site = AlbSite(load_phase=3, delay=4.0, include_ev=False)
    reaction = analyse(site.record(), site.setup())
    assert reaction.load_phase == 3
    assert reaction.delay_s == pytest.approx(4.0, abs=0.5)
    assert reaction.expected_phases == (1, 2, 3)


def test_baseline_reason_is_kept_in_the_verdict() -> None:
    site = AlbSite()
    baseline = check_baseline([-10.0, -10.0, -10.0], [10.0, 10.0, 10.0])
    verdict = judge(site.record(), site.setup(), baseline)
    assert verdict.findings[0] is Finding.METER_SIGN
    stopped = early_verdict([baseline.reason] if baseline.reason else [], baseline)
    assert not stopped.passed and stopped.reaction is None


def test_a_meter_reading_a_tenth_fails_with_meter_no_rise() -> None:
    site = AlbSite(meter_scale=0.1, include_ev=False)
    verdict = judge(site.record(), site.setup())
    assert Finding.METER_NO_RISE in verdict.findings
    assert "scale" in next(r.text for r in verdict.reasons if r.finding is Finding.METER_NO_RISE)


def test_exclude_setting_with_a_meter_that_sees_the_ev_is_named() -> None:
    # the meter is at the grid connection (sees the EV), the charger set to one excluding it
    site = AlbSite(include_ev=False)
    record = site.record()
    ev_on_meter = AlbSite(include_ev=True).record()
    record = type(record)(
        record.t,
        ev_on_meter.meter,
        record.socket,
        record.active_limit,
        ev_on_meter.baseline_meter,
        record.t_on,
    )
    verdict = judge(record, site.setup())
    assert Finding.INCLUDE_SETTING in verdict.findings


def test_a_meter_that_goes_dark_mid_test_is_silent_not_a_sign_fault() -> None:
    """Zeros on every phase after the load came on (the link was lost) mean a silent meter."""
    import numpy as np

    from app.core.hairdryer_reaction import Recording
    from app.core.hairdryer_verdict import _went_dark

    t = np.arange(0.0, 20.0, 0.25)
    meter = np.vstack([np.where(t < 8.0, base, 0.0) for base in (4.0, 3.0, 3.0)])
    rec = Recording(
        t=t,
        meter=meter,
        socket=np.full((3, t.size), 6.0),
        active_limit=np.full(t.size, 6.0),
        baseline_meter=(4.0, 3.0, 3.0),
        t_on=6.0,
    )
    assert _went_dark(rec)
    lit = Recording(
        t=t,
        meter=np.full((3, t.size), 3.0),
        socket=rec.socket,
        active_limit=rec.active_limit,
        baseline_meter=(4.0, 3.0, 3.0),
        t_on=6.0,
    )
    assert not _went_dark(lit)
