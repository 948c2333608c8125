"""A planned network as the Alfen driver writes it: the SCN properties per member, kept IDs
when a network read back from the chargers is extended, ALB on the meter member only."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping as M
from app.core.plan import AlbPlan, AlbSource, MeterProtocol, P1Plan
from app.core.scn import ScnCandidate, ScnSettings, candidate_from_facts, plan_network, with_phases
from app.drivers.alfen.driver import ALFEN
from app.drivers.steps import targets

SCN = int(Feature.SCN)


def chargers(*sockets: int, phases: int = 3) -> list[ScnCandidate]:
    return [
        ScnCandidate(f"ace00000{n:02d}", "10.0.0.5", s, phases, "7.4.5-4415", SCN)
        for n, s in enumerate(sockets)
    ]


SETTINGS = ScnSettings(name="PARK1", total_current=63, total_safe_current=24)


def writes(proposal_plan: object, serial: str) -> dict[str, object]:
    plan = proposal_plan.charger(serial)  # type: ignore[attr-defined]
    return dict(targets(ALFEN.plan_steps(plan)))


def candidate(serial: str, address: str, values: dict[str, object], keep: str) -> ScnCandidate:
    facts = ALFEN.facts(values)  # type: ignore[arg-type]
    return candidate_from_facts(serial, address, facts, keep_network=keep)


def test_every_member_gets_the_scn_writes_and_a_reboot() -> None:
    settings = dataclasses.replace(
        SETTINGS,
        socket_safe_current=8,
        alternating_period=1200,
        station_max_current=32.0,
        socket_max_current=16.0,
    )
    plan = plan_network(settings, chargers(1, 2)).require_valid()
    assert writes(plan, "ace0000001") == {
        "2062_0": 32.0,
        "2129_0": 16.0,
        "3129_0": 16.0,
        "2180_1": "PARK1",
        "2180_2": 1,
        "2180_3": 3,
        "2180_4": 1200,
        "2180_5": 63,
        "2180_6": 8,
        "2180_A": 24,
        "2180_7": M.L3L1L2.scn_code,
        "2180_9": M.L2L3L1.scn_code,
    }
    steps = ALFEN.plan_steps(plan.charger("ace0000000"))
    assert [s.name for s in steps] == ["limits", "scn", "reboot"]
    assert steps[1].reboot  # a member joins the network at its next boot
    assert "2180_9" not in writes(plan, "ace0000000")  # single socket


def test_no_rotation_on_a_single_phase_grid() -> None:
    settings = dataclasses.replace(SETTINGS, grid_phases=1)
    proposal = plan_network(settings, chargers(1, 2, phases=1))
    assert proposal.ok
    assert list(proposal.rotation.values()) == [(M.NONE,), (M.NONE, M.NONE)]
    assert writes(proposal.plan, "ace0000001")["2180_7"] == 0


def test_rotation_is_editable() -> None:
    edited = chargers(1, 1)
    edited[1] = dataclasses.replace(edited[1], phase_mappings=(M.L2L3L1,))
    proposal = plan_network(SETTINGS, edited)
    assert proposal.rotation["ace0000001"] == (M.L2L3L1,)
    later = with_phases(proposal.plan, "ace0000000", (M.L3L2L1,))
    assert writes(later, "ace0000000")["2180_7"] == M.L3L2L1.scn_code
    with pytest.raises(InvalidInput, match="no charger ace9"):
        with_phases(proposal.plan, "ace9", (M.L1,))


def test_extending_keeps_ids_and_updates_the_count_on_every_member() -> None:
    first = plan_network(SETTINGS, chargers(1, 2)).require_valid()
    old = [
        candidate(
            c.serial,
            c.address,
            {
                **targets(ALFEN.plan_steps(c)),
                "205E_0": c.scn.sockets,  # type: ignore[union-attr]
                "21A2_0": SCN,
                "100A_0": "7.4.5-4415",
            },
            "PARK1",
        )
        for c in reversed(first.chargers)  # the order read does not matter for kept IDs
    ]
    new = ScnCandidate("ace0000099", "10.0.0.9", 1, 3, "7.4.5-4415", SCN)
    extended = plan_network(SETTINGS, [*old, new]).require_valid()
    ids = {c.serial: c.scn.first_socket_id for c in extended.chargers if c.scn}
    assert ids == {"ace0000000": 0, "ace0000001": 1, "ace0000099": 3}
    assert {c.scn.total_sockets for c in extended.chargers if c.scn} == {4}
    assert extended.charger("ace0000001").scn.phases == (M.L3L1L2, M.L2L3L1)  # type: ignore[union-attr]
    assert extended.charger("ace0000099").scn.phases == (M.L1L2L3,)  # type: ignore[union-attr]
    before = writes(first, "ace0000001")
    after = writes(extended, "ace0000001")
    assert {k: v for k, v in after.items() if before.get(k) != v} == {"2180_3": 4}


def test_candidate_in_another_network_is_renumbered() -> None:
    values: dict[str, object] = {"2180_1": "OTHER", "2180_2": 5, "205E_0": 1, "21A2_0": SCN}
    found = candidate("x", "10.0.0.1", values, "PARK1")
    assert found.first_socket_id is None and found.phase_mappings == ()


def test_alb_on_the_meter_member_only() -> None:
    alb = AlbPlan(source=AlbSource.METER, protocol=MeterProtocol.DSMR_P1, p1=P1Plan())
    settings = dataclasses.replace(SETTINGS, meter_member="ace0000001", alb=alb)
    both = [dataclasses.replace(c, licence_bits=SCN | int(Feature.ALB)) for c in chargers(1, 1)]
    plan = plan_network(settings, both).require_valid()
    assert plan.charger("ace0000001").alb == alb
    assert plan.charger("ace0000000").alb == AlbPlan(enabled=False)
    assert writes(plan, "ace0000000")["2064_0"] == 0
