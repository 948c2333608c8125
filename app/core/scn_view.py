"""An overview of a Smart Charging Network as its members report it (guide §6.17–6.18).

From what each charger holds (its SCN part, identity, socket states and currents, as its
driver reads them): one row per member with its socket IDs, phase mappings, state and load
per phase, and the network rules checked across what was read, so a half-configured or
inconsistent network shows at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.phases import PhaseMapping
from app.core.plan import AlbPlan, ChargerFacts, ChargerPlan, Plan, ScnMemberPlan, Violation
from app.core.scn_rules import default_subnet, member_rules, network_rules


@dataclass(frozen=True, slots=True)
class SocketStatus:
    """One socket as read now (`Driver.socket_status`)."""

    state: str  # its state in words, "?" when not read
    currents: tuple[float, float, float] = (0.0, 0.0, 0.0)  # per phase of the socket, A
    limit: float | None = None  # the current limit in force, A
    ev_waiting: bool = False  # an EV is connected but not drawing current


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
    facts: ChargerFacts = dataclasses.field(default_factory=ChargerFacts)
    sockets: tuple[SocketStatus, ...] = ()  # one per socket, from 1
    error: str = ""


def member_view(reading: Reading) -> MemberView:
    """A row of the overview from one charger's facts and socket statuses."""
    if reading.error:
        return MemberView(reading.serial, reading.address, "", None, "", False, (), reading.error)
    facts = reading.facts
    member = facts.scn
    sockets = tuple(_socket(reading.sockets, member, n) for n in range(1, facts.sockets + 1))
    return MemberView(
        reading.serial,
        reading.address,
        member.name if member else "",
        member.total_sockets if member else None,
        facts.firmware,
        facts.alb_on,
        sockets,
    )


def _socket(statuses: Sequence[SocketStatus], scn: ScnMemberPlan | None, number: int) -> SocketView:
    status = statuses[number - 1] if len(statuses) >= number else SocketStatus("?")
    return SocketView(
        number,
        scn.first_socket_id + number - 1 if scn else None,
        scn.phases[number - 1] if scn and len(scn.phases) >= number else None,
        status.state,
        status.currents,
    )


def overview(readings: Sequence[Reading]) -> tuple[list[MemberView], list[tuple[str, Violation]]]:
    """Rows for every charger read, and the rules the network as read breaks."""
    rows = [member_view(r) for r in readings]
    problems: list[tuple[str, Violation]] = []
    chargers = []
    for reading, row in zip(readings, rows, strict=True):
        if row.error:
            continue
        facts = reading.facts
        member = facts.scn
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
