"""An overview of a Smart Charging Network as its members report it (guide §6.17–6.18).

From what each charger holds (2180_*, identity, socket states and currents): one row per
member with its socket IDs, phase mappings, state and load per phase, and the network rules
checked across what was read, so a half-configured or inconsistent network shows at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.plan import AlbPlan, ChargerFacts, ChargerPlan, Plan, ScnMemberPlan, Violation
from app.core.properties import PropertyId, Value
from app.core.scn import scn_from_values
from app.core.scn_rules import default_subnet, member_rules, network_rules
from app.core.states import main_state_text

P = PropertyId.parse
STATE_IDS = (P("2501_1"), P("2502_1"))
CURRENT_IDS = (
    (P("2221_A"), P("2221_B"), P("2221_C")),
    (P("3221_A"), P("3221_B"), P("3221_C")),
)
LIVE_IDS = (*STATE_IDS, *CURRENT_IDS[0], *CURRENT_IDS[1])
ALB_BIT = 0x2


@dataclass(frozen=True, slots=True)
class SocketView:
    """One socket of a member: its SCN ID and phase mapping, state and current per phase."""

    number: int
    socket_id: int | None
    mapping: PhaseMapping | None
    state: str
    currents: tuple[float, float, float]


@dataclass(frozen=True, slots=True)
class MemberView:
    """One charger as it reports its part of the network."""

    serial: str
    address: str
    network: str
    total_sockets: int | None
    firmware: str
    alb: bool
    sockets: tuple[SocketView, ...] = ()
    error: str = ""


@dataclass(frozen=True, slots=True)
class Reading:
    """What was read from one charger (or the error that stopped the read)."""

    serial: str
    address: str
    values: Mapping[PropertyId, Value]
    error: str = ""


def member_view(reading: Reading) -> MemberView:
    """A row of the overview from one charger's values."""
    if reading.error:
        return MemberView(reading.serial, reading.address, "", None, "", False, (), reading.error)
    facts = ChargerFacts.from_values(reading.values)
    member = scn_from_values(reading.values, facts.sockets)
    sockets = tuple(_socket(reading.values, member, n) for n in range(1, facts.sockets + 1))
    mode = reading.values.get(P("2064_0"))
    alb = isinstance(mode, int) and bool(mode & ALB_BIT) and bool(facts.licence_bits & Feature.ALB)
    return MemberView(
        reading.serial,
        reading.address,
        member.name if member else "",
        member.total_sockets if member else None,
        facts.firmware,
        alb,
        sockets,
    )


def _socket(
    values: Mapping[PropertyId, Value], scn: ScnMemberPlan | None, number: int
) -> SocketView:
    state = values.get(STATE_IDS[number - 1])
    amps = tuple(_amps(values.get(pid)) for pid in CURRENT_IDS[number - 1])
    return SocketView(
        number,
        scn.first_socket_id + number - 1 if scn else None,
        scn.phases[number - 1] if scn and len(scn.phases) >= number else None,
        main_state_text(state) if isinstance(state, int) else "?",
        (amps[0], amps[1], amps[2]),
    )


def _amps(value: Value | None) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def overview(readings: Sequence[Reading]) -> tuple[list[MemberView], list[tuple[str, Violation]]]:
    """Rows for every charger read, and the rules the network as read breaks."""
    rows = [member_view(r) for r in readings]
    problems: list[tuple[str, Violation]] = []
    chargers = []
    for reading, row in zip(readings, rows, strict=True):
        if row.error:
            continue
        facts = ChargerFacts.from_values(reading.values)
        member = scn_from_values(reading.values, facts.sockets)
        if member is None:
            problems.append(
                (row.serial, Violation("scn.name", f"Charger {row.serial} is in no network."))
            )
            continue
        subnet = default_subnet(readings[0].address)
        member = dataclasses.replace(member, firmware=facts.firmware or None, subnet=subnet)
        plan = ChargerPlan(row.serial, row.address, alb=AlbPlan() if row.alb else None, scn=member)
        problems.extend((row.serial, v) for v in member_rules(plan, facts))
        chargers.append(plan)
    problems.extend(network_rules(Plan("overview", tuple(chargers))))
    return rows, problems
