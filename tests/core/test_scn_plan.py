"""Planning a network: socket IDs, socket count, property writes, rotation advice, extension,
the request file and the plan file."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping as M
from app.core.plan import AlbPlan, AlbSource, MeterProtocol, P1Plan
from app.core.plan_file import dumps_plan, loads_plan
from app.core.properties import PropertyId
from app.core.scn import (
    ScnCandidate,
    ScnSettings,
    candidate_from_values,
    plan_network,
    recommended_mapping,
    rotation_differences,
    with_phases,
)
from app.core.scn_file import loads_request
from app.drivers.alfen.plan_steps import charger_steps, targets

P = PropertyId.parse
SCN = int(Feature.SCN)


def chargers(*sockets: int, phases: int = 3) -> list[ScnCandidate]:
    return [
        ScnCandidate(f"ace00000{n:02d}", "10.0.0.5", s, phases, "7.4.5-4415", SCN)
        for n, s in enumerate(sockets)
    ]


SETTINGS = ScnSettings(name="PARK1", total_current=63, total_safe_current=24)


def writes(proposal_plan: object, serial: str) -> dict[str, object]:
    plan = proposal_plan.charger(serial)  # type: ignore[attr-defined]
    return {pid.wire: v for pid, v in targets(charger_steps(plan)).items()}


def test_socket_ids_from_zero_dual_second_socket_is_id_plus_one() -> None:
    proposal = plan_network(SETTINGS, chargers(1, 2, 1, 2))
    ids = {c.serial: c.scn.first_socket_id for c in proposal.plan.chargers if c.scn}
    assert ids == {"ace0000000": 0, "ace0000001": 1, "ace0000002": 3, "ace0000003": 4}
    assert {c.scn.total_sockets for c in proposal.plan.chargers if c.scn} == {6}


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
    steps = charger_steps(plan.charger("ace0000000"))
    assert [s.name for s in steps] == ["limits", "scn", "reboot"]
    assert steps[1].reboot  # a member joins the network at its next boot
    assert "2180_9" not in writes(plan, "ace0000000")  # single socket


def test_rotation_three_phase_chargers_on_a_three_phase_grid() -> None:
    rotation = plan_network(SETTINGS, chargers(1, 1, 1, 1, 1)).rotation
    assert list(rotation.values()) == [
        (M.L1L2L3,),
        (M.L3L1L2,),
        (M.L2L3L1,),
        (M.L1L2L3,),
        (M.L3L1L2,),
    ]


def test_rotation_single_phase_chargers_on_a_three_phase_grid() -> None:
    rotation = plan_network(SETTINGS, chargers(1, 1, 1, 1, phases=1)).rotation
    assert list(rotation.values()) == [(M.L1,), (M.L2,), (M.L3,), (M.L1,)]
    duals = plan_network(SETTINGS, chargers(2, 2, phases=1)).rotation
    assert list(duals.values()) == [(M.L1, M.L2), (M.L3, M.L1)]


def test_no_rotation_on_a_single_phase_grid() -> None:
    settings = dataclasses.replace(SETTINGS, grid_phases=1)
    proposal = plan_network(settings, chargers(1, 2, phases=1))
    assert proposal.ok
    assert list(proposal.rotation.values()) == [(M.NONE,), (M.NONE, M.NONE)]
    assert writes(proposal.plan, "ace0000001")["2180_7"] == 0


def test_recommendation_is_indexed_by_socket_id() -> None:
    assert [recommended_mapping(i, 3, 3) for i in range(4)] == [
        M.L1L2L3,
        M.L3L1L2,
        M.L2L3L1,
        M.L1L2L3,
    ]
    assert recommended_mapping(7, 1, 1) is M.NONE


def test_rotation_is_editable() -> None:
    edited = chargers(1, 1)
    edited[1] = dataclasses.replace(edited[1], phase_mappings=(M.L2L3L1,))
    proposal = plan_network(SETTINGS, edited)
    assert proposal.rotation["ace0000001"] == (M.L2L3L1,)
    later = with_phases(proposal.plan, "ace0000000", (M.L3L2L1,))
    assert writes(later, "ace0000000")["2180_7"] == M.L3L2L1.scn_code
    with pytest.raises(InvalidInput, match="no charger ace9"):
        with_phases(proposal.plan, "ace9", (M.L1,))


def test_rotation_checked_against_phase_identification() -> None:
    planned = {"a": (M.L1L2L3,), "b": (M.L3L1L2, M.L2L3L1)}
    identified = {
        "a": (M.L1L2L3,),
        "b": (
            M.L1L2L3,
            M.L2,
        ),
    }
    assert rotation_differences(planned, identified) == [
        "Charger b socket 1: the plan says L3L1L2, but phase identification found L1L2L3. "
        "Correct the wiring, or set the SCN phase mapping to L1L2L3."
    ]  # socket 2: a single-phase EV on L2 agrees with L2L3L1's first phase
    assert rotation_differences(planned, {"b": (None, M.L3)}) != []
    assert rotation_differences(planned, {"b": (None, None)}) == []


def test_extending_keeps_ids_and_updates_the_count_on_every_member() -> None:
    first = plan_network(SETTINGS, chargers(1, 2)).require_valid()
    old = [
        candidate_from_values(
            c.serial,
            c.address,
            {
                **{pid: v for pid, v in targets(charger_steps(c)).items()},
                P("205E_0"): c.scn.sockets,  # type: ignore[union-attr]
                P("21A2_0"): SCN,
                P("100A_0"): "7.4.5-4415",
            },
            keep_network="PARK1",
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
    values = {P("2180_1"): "OTHER", P("2180_2"): 5, P("205E_0"): 1, P("21A2_0"): SCN}
    candidate = candidate_from_values("x", "10.0.0.1", values, keep_network="PARK1")
    assert candidate.first_socket_id is None and candidate.phase_mappings == ()


def test_alb_on_the_meter_member_only() -> None:
    alb = AlbPlan(source=AlbSource.METER, protocol=MeterProtocol.DSMR_P1, p1=P1Plan())
    settings = dataclasses.replace(SETTINGS, meter_member="ace0000001", alb=alb)
    both = [dataclasses.replace(c, licence_bits=SCN | int(Feature.ALB)) for c in chargers(1, 1)]
    plan = plan_network(settings, both).require_valid()
    assert plan.charger("ace0000001").alb == alb
    assert plan.charger("ace0000000").alb == AlbPlan(enabled=False)
    assert writes(plan, "ace0000000")["2064_0"] == 0


def test_plan_file_round_trip_with_none_phases() -> None:
    settings = dataclasses.replace(SETTINGS, grid_phases=1)
    plan = plan_network(settings, chargers(2, 1, phases=1)).require_valid()
    text = dumps_plan(plan)
    assert 'phases = ["none", "none"]' in text
    assert loads_plan(text) == plan


def test_require_valid_lists_every_rule() -> None:
    proposal = plan_network(dataclasses.replace(SETTINGS, name="bad name"), chargers(1))
    with pytest.raises(InvalidInput) as caught:
        proposal.require_valid()
    assert str(caught.value).startswith("SCN 'SCN bad name' breaks 2 rule(s):")


REQUEST = """
schema_version = 1
name = "PARK1"
total_current = 32
total_safe_current = 16
socket_max_current = 16.0
meter_member = "ace0000001"

[alb]
source = "meter"
protocol = "dsmr-p1"

[[chargers]]
serial = "ace0000001"
address = "10.0.0.21"
licence = ["SCN", "alb"]
firmware = "7.4.5-4415"

[[chargers]]
serial = "ace0000002"
address = "10.0.0.22"
sockets = 2
licence = ["SCN"]
firmware = "7.4.5-4415"
phase_mappings = ["L2L3L1", "none"]
"""


def test_request_file() -> None:
    settings, candidates = loads_request(REQUEST)
    assert settings.name == "PARK1" and settings.alternating_period == 900
    assert settings.alb is not None and settings.alb.source is AlbSource.METER
    assert candidates[0].licence_bits == SCN | int(Feature.ALB)
    assert candidates[1].phase_mappings == (M.L2L3L1, M.NONE)
    assert plan_network(settings, candidates).ok


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("schema_version = 1", "schema_version = 2"), "needs `schema_version = 1`"),
        (('licence = ["SCN"]', 'licence = ["SNC"]'), "unknown licence feature 'SNC'"),
        (("sockets = 2", 'sockets = "two"'), "Charger ace0000002: sockets: expected a number"),
        (("total_current = 32", "total_curent = 32"), "Unknown setting 'total_curent'"),
        (('source = "meter"', 'source = "wind"'), "'wind' is not one of meter"),
    ],
)
def test_request_file_errors_name_the_field(change: tuple[str, str], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        loads_request(REQUEST.replace(*change))
