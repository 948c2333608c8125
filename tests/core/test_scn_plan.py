"""Planning a network: socket IDs, socket count, rotation advice, the request file and the
plan file. (What the Alfen driver writes for a planned network: tests/drivers/alfen.)"""

from __future__ import annotations

import dataclasses

import pytest

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping as M
from app.core.plan import AlbSource
from app.core.plan_file import dumps_plan, loads_plan
from app.core.scn import (
    ScnCandidate,
    ScnSettings,
    plan_network,
    recommended_mapping,
    rotation_differences,
)
from app.core.scn_file import loads_request

SCN = int(Feature.SCN)


def chargers(*sockets: int, phases: int = 3) -> list[ScnCandidate]:
    return [
        ScnCandidate(f"ace00000{n:02d}", "10.0.0.5", s, phases, "7.4.5-4415", SCN)
        for n, s in enumerate(sockets)
    ]


SETTINGS = ScnSettings(name="PARK1", total_current=63, total_safe_current=24)


def test_socket_ids_from_zero_dual_second_socket_is_id_plus_one() -> None:
    proposal = plan_network(SETTINGS, chargers(1, 2, 1, 2))
    ids = {c.serial: c.scn.first_socket_id for c in proposal.plan.chargers if c.scn}
    assert ids == {"ace0000000": 0, "ace0000001": 1, "ace0000002": 3, "ace0000003": 4}
    assert {c.scn.total_sockets for c in proposal.plan.chargers if c.scn} == {6}


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


def test_recommendation_is_indexed_by_socket_id() -> None:
    assert [recommended_mapping(i, 3, 3) for i in range(4)] == [
        M.L1L2L3,
        M.L3L1L2,
        M.L2L3L1,
        M.L1L2L3,
    ]
    assert recommended_mapping(7, 1, 1) is M.NONE


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
