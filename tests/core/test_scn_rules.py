"""SCN rules one by one: each broken rule gives its own sentence (guide §6.7.2, §6.11–6.15)."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.licence import Feature
from app.core.plan import (
    AlbPlan,
    AlbSource,
    ChargerFacts,
    ChargerPlan,
    MeterProtocol,
    P1Plan,
    Plan,
)
from app.core.plan_rules import validate_charger, validate_plan
from app.core.scn import ScnCandidate, ScnProposal, ScnSettings, plan_network
from app.core.scn_rules import alternation_warning

SCN_ALB = int(Feature.SCN | Feature.ALB)
FIRMWARE = "7.4.5-4415"
ALB = AlbPlan(
    source=AlbSource.METER,
    protocol=MeterProtocol.DSMR_P1,
    max_meter_current=40.0,
    safe_current=6.0,
    p1=P1Plan(),
)


def candidates(count: int = 3, **changes: object) -> list[ScnCandidate]:
    base = ScnCandidate(
        "ace0000000", "192.168.1.10", firmware=FIRMWARE, licence_bits=int(Feature.SCN)
    )
    return [
        dataclasses.replace(
            base, serial=f"ace00000{n:02d}", address=f"192.168.1.{10 + n}", **changes
        )
        for n in range(count)
    ]


def settings(**changes: object) -> ScnSettings:
    base = ScnSettings(name="PARK1", total_current=63, total_safe_current=24)
    return dataclasses.replace(base, **changes)


def messages(proposal: ScnProposal) -> list[str]:
    return [v.message for _, v in proposal.violations]


def only(proposal: ScnProposal) -> str:
    found = messages(proposal)
    assert len(found) == 1, found
    return found[0]


def test_a_sound_network_breaks_no_rule() -> None:
    proposal = plan_network(settings(), candidates())
    assert proposal.ok and proposal.violations == ()
    assert proposal.warnings == ()
    assert proposal.require_valid() is proposal.plan


@pytest.mark.parametrize("name", ["park1", "PARK 1", "PARKING1", "", "PÄRK"])
def test_name_is_capitals_and_digits_at_most_seven(name: str) -> None:
    text = only(plan_network(settings(name=name), candidates()))
    assert text == (
        f"SCN name '{name}' must be 1 to 7 characters, capital letters A–Z and digits 0–9 only "
        "(no spaces)."
    )


def test_seven_characters_are_enough() -> None:
    assert plan_network(settings(name="P4RKING"), candidates()).ok


def test_at_least_two_chargers() -> None:
    text = only(plan_network(settings(), candidates(1)))
    assert text == "SCN: a network needs at least 2 chargers; the plan has 1."


def test_at_most_128_sockets() -> None:
    proposal = plan_network(settings(), candidates(65, sockets=2))
    assert "SCN: a network holds at most 128 sockets; the plan has 130." in messages(proposal)
    assert plan_network(settings(), candidates(64, sockets=2)).ok


def test_scn_licence_on_every_member() -> None:
    chargers = candidates()
    chargers[1] = dataclasses.replace(chargers[1], licence_bits=int(Feature.ALB))
    proposal = plan_network(settings(), chargers)
    assert [(s, v.message) for s, v in proposal.violations] == [
        (
            "ace0000001",
            "Smart Charging Network needs the SCN licence, which this charger does not have; "
            "add its licence key to the plan.",
        )
    ]


def test_same_firmware_on_every_member() -> None:
    chargers = candidates()
    chargers[2] = dataclasses.replace(chargers[2], firmware="7.3.0-1000")
    text = only(plan_network(settings(), chargers))
    assert text == (
        "SCN needs the same firmware on every member; found ace0000000 7.4.5-4415, "
        "ace0000001 7.4.5-4415, ace0000002 7.3.0-1000. Update them to one version first."
    )


def test_firmware_at_least_3_3() -> None:
    proposal = plan_network(settings(), candidates(firmware="3.2.9"))
    expected = "SCN needs firmware 3.3 or later; this charger runs 3.2.9. Update it first."
    assert set(messages(proposal)) == {expected}
    assert len(proposal.violations) == 3  # one per member
    assert plan_network(settings(), candidates(firmware="3.3.0-100")).ok


def test_unique_socket_ids() -> None:
    chargers = candidates()
    chargers[0] = dataclasses.replace(chargers[0], first_socket_id=1)
    chargers[1] = dataclasses.replace(chargers[1], first_socket_id=1)
    proposal = plan_network(settings(), chargers)
    assert (
        "SCN socket ID 1 is used by both ace0000000 socket 1 and ace0000001 socket 1; "
        "socket IDs must be unique."
    ) in messages(proposal)


def test_only_one_member_on_the_meter() -> None:
    chargers = candidates(licence_bits=SCN_ALB, alb_on=True)
    text = only(plan_network(settings(), chargers[:2]))
    assert text == (
        "SCN: only one member may talk to the meter or the EMS, but ace0000000 and ace0000001 "
        "have active load balancing on; choose one as the meter member and plan its ALB "
        "settings (the others are then switched off)."
    )
    chosen = plan_network(settings(meter_member="ace0000001", alb=ALB), chargers)
    assert chosen.ok, messages(chosen)


def test_the_meter_member_needs_the_alb_licence() -> None:
    proposal = plan_network(settings(meter_member="ace0000001", alb=ALB), candidates())
    assert [(s, v.message) for s, v in proposal.violations] == [
        (
            "ace0000001",
            "Active load balancing needs the ALB licence, which this charger does not have; "
            "add its licence key to the plan.",
        )
    ]


def test_alb_needs_a_meter_member_from_the_network() -> None:
    text = only(plan_network(settings(alb=ALB), candidates(licence_bits=SCN_ALB)))
    assert text == "SCN with ALB: choose the one member that talks to the meter or the EMS."
    text = only(plan_network(settings(meter_member="ace9999999"), candidates()))
    assert text == "SCN meter member ace9999999 is not one of the network's chargers."


def test_two_members_with_alb_in_an_edited_plan() -> None:
    plan = plan_network(settings(), candidates()).plan
    chargers = tuple(dataclasses.replace(c, alb=ALB) for c in plan.chargers[:2])
    problems = validate_plan(dataclasses.replace(plan, chargers=chargers + plan.chargers[2:]))
    assert [v.message for _, v in problems] == [
        "SCN: only one member may talk to the meter or the EMS; ace0000000 and ace0000001 all "
        "have active load balancing on."
    ]


@pytest.mark.parametrize("period", [30, 59, 36001])
def test_alternating_period_range(period: int) -> None:
    proposal = plan_network(settings(alternating_period=period), candidates())
    assert set(messages(proposal)) == {
        f"SCN alternating period must be between 60 and 36000 s; the plan says {period} s."
    }


def test_alternating_period_defaults_to_900() -> None:
    plan = plan_network(settings(), candidates()).plan
    assert {c.scn.alternating_period for c in plan.chargers if c.scn} == {900}
    assert plan_network(settings(alternating_period=60), candidates()).ok
    assert plan_network(settings(alternating_period=36000), candidates()).ok


def test_same_subnet() -> None:
    chargers = candidates()
    chargers[2] = dataclasses.replace(chargers[2], address="192.168.2.12")
    proposal = plan_network(settings(), chargers)
    assert [(s, v.message) for s, v in proposal.violations] == [
        (
            "ace0000002",
            "SCN members must be on the same subnet (192.168.1.0/24); charger ace0000002 is "
            "at 192.168.2.12.",
        )
    ]
    wider = plan_network(settings(subnet_prefix=16), chargers)
    assert wider.ok
    auto_ip = [dataclasses.replace(c, address=f"169.254.{n}.7") for n, c in enumerate(chargers)]
    assert plan_network(settings(), auto_ip).ok  # Auto-IP is one /16


def test_total_safe_current_not_above_total() -> None:
    proposal = plan_network(settings(total_safe_current=70), candidates())
    assert set(messages(proposal)) == {
        "SCN total safe current (70 A) must not be above the SCN total current (63 A)."
    }


def test_socket_safe_current_not_above_socket_maximum() -> None:
    proposal = plan_network(settings(socket_safe_current=16, socket_max_current=10.0), candidates())
    assert set(messages(proposal)) == {
        "SCN socket safe current (16 A) must not be above the socket maximum current (10 A)."
    }


# --- rules across members of an edited plan ---------------------------------------------------


def edited(change: dict[str, object], index: int = 1) -> Plan:
    plan = plan_network(settings(), candidates()).plan
    chargers = list(plan.chargers)
    scn = chargers[index].scn
    assert scn is not None
    chargers[index] = dataclasses.replace(chargers[index], scn=dataclasses.replace(scn, **change))
    return dataclasses.replace(plan, chargers=tuple(chargers))


def plan_messages(plan: Plan) -> list[str]:
    return [v.message for _, v in validate_plan(plan)]


def test_socket_count_the_same_on_every_member() -> None:
    assert plan_messages(edited({"total_sockets": 4})) == [
        "SCN socket count on charger ace0000001 is 4, but the members have 3 sockets together; "
        "set 3 on every member."
    ]


def test_name_the_same_on_every_member() -> None:
    assert plan_messages(edited({"name": "PARK2"})) == [
        "SCN name: charger ace0000001 has 'PARK2' but ace0000000 has 'PARK1'; every member "
        "needs the same name."
    ]


def test_settings_the_same_on_every_member() -> None:
    assert plan_messages(edited({"total_current": 50})) == [
        "SCN total current: charger ace0000001 has 50 but ace0000000 has 63; every member "
        "needs the same value."
    ]


def test_socket_ids_within_the_count() -> None:
    assert plan_messages(edited({"first_socket_id": 3})) == [
        "SCN socket ID 3 of ace0000001 socket 1 is outside 0…2: IDs start at 0 and run up to "
        "the socket count less one."
    ]


def test_one_phase_mapping_per_socket() -> None:
    assert plan_messages(edited({"phases": ()})) == [
        "SCN phase mapping: give one per socket (1); the plan gives 0."
    ]


# --- what the charger reports when the plan is applied ----------------------------------------


def member() -> tuple[ChargerPlan, ChargerFacts]:
    plan = plan_network(settings(), candidates()).plan.chargers[1]
    return plan, ChargerFacts(1, 3, int(Feature.SCN), {}, FIRMWARE)


def test_applying_checks_sockets_firmware_and_phases_against_the_charger() -> None:
    plan, facts = member()
    assert validate_charger(plan, facts) == []
    found = validate_charger(plan, dataclasses.replace(facts, sockets=2))
    assert [v.message for v in found] == [
        "SCN: the network was planned with 1 socket(s) on this charger, but it has 2; plan the "
        "network again."
    ]
    found = validate_charger(plan, dataclasses.replace(facts, firmware="7.5.0-1"))
    assert [v.message for v in found] == [
        "SCN: the network was planned for firmware 7.4.5-4415 on every member, but this charger "
        "runs 7.5.0-1; update it or plan the network again."
    ]
    found = validate_charger(plan, dataclasses.replace(facts, phases=1))
    assert [v.message for v in found] == [
        "SCN phase mapping L3L1L2 of socket 1 is for a 3-phase charger, but this one is "
        "single-phase."
    ]


def test_a_licence_key_in_the_plan_stands_in_for_the_missing_licence() -> None:
    plan, facts = member()
    no_licence = dataclasses.replace(facts, licence_bits=0)
    assert [v.field for v in validate_charger(plan, no_licence)] == ["scn"]


# --- alternation warning ----------------------------------------------------------------------


def test_warns_when_sockets_will_alternate_and_how_often() -> None:
    # Guide §6.5: 24 A for six sockets with a 6 A minimum: two at a time are paused.
    proposal = plan_network(
        settings(total_current=24, total_safe_current=12, grid_phases=1), candidates(6)
    )
    assert proposal.ok
    assert proposal.warnings == (
        "With all 6 sockets in use, 24 A cannot give each its 6 A minimum (6 sockets on L1 need "
        "36 A): sockets will alternate, 2 at a time paused for the alternating period of 900 s "
        "(15 min), so each socket waits one period in every 3 (about every 45 min).",
    )


def test_rotation_spreads_single_phase_sockets_before_warning() -> None:
    # 12 single-phase sockets on three phases: 4 per phase need 24 A, which 24 A can give.
    proposal = plan_network(
        settings(total_current=24, total_safe_current=12), candidates(12, phases=1)
    )
    assert proposal.warnings == ()
    assert alternation_warning(proposal.plan) is None
    crowded = plan_network(
        settings(total_current=24, total_safe_current=12), candidates(13, phases=1)
    )
    assert len(crowded.warnings) == 1 and "5 sockets on L1 need 30 A" in crowded.warnings[0]
