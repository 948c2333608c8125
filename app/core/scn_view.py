"""An overview of a Smart Charging Network as its members report it (guide §6.17–6.18).

From what each charger holds (its SCN part, identity, socket states and currents, as its
driver reads them): one row per member with its socket IDs, phase mappings, state and load
per phase, and the network rules checked across what was read, so a half-configured or
inconsistent network shows at once.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.phases import PhaseMapping
from app.core.plan import AlbPlan, ChargerFacts, ChargerPlan, Plan, ScnMemberPlan, Violation
from app.core.scn_rules import default_subnet, member_rules, network_rules

MIN_CURRENT = 6.0  # A: below it an EV does not charge (IEC 61851)
CHARGING_AMPS = 0.05  # A: a socket drawing more than this charges


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


@dataclass(frozen=True, slots=True)
class PausedSocket:
    """A socket an EV waits on while the network gives it less than the minimum."""

    serial: str
    number: int
    socket_id: int | None
    since: float  # when first seen paused (seconds since the epoch)
    until: float | None  # estimate: since + alternating period; None: not alternation


def paused_sockets(
    rows: Sequence[MemberView],
    statuses: Sequence[Sequence[SocketStatus]],
    periods: Sequence[float],
    seen: dict[tuple[str, int], float],
    now: float,
) -> tuple[PausedSocket, ...]:
    """The sockets an EV waits on, with when each pause should end.

    A socket is paused when an EV is connected but not drawing while the limit in force is
    below the 6 A minimum. While other sockets of the network charge, that is alternation
    (guide §6.5), in windows of one alternating period from when the first pause was seen:
    `seen` remembers (and is updated with) when each pause was first seen. When nothing in
    the network charges, there is too little current for anyone: no end is estimated.
    """
    charging = any(a > CHARGING_AMPS for row in rows for s in row.sockets for a in s.currents)
    waiting = []
    for row, sockets, period in zip(rows, statuses, periods, strict=True):
        for socket in row.sockets:
            status = sockets[socket.number - 1] if len(sockets) >= socket.number else None
            if status is None or not status.ev_waiting:
                continue
            if status.limit is None or status.limit >= MIN_CURRENT:
                continue
            since = seen.setdefault((row.serial, socket.number), now)
            waiting.append((row.serial, socket, period, since))
    for key in set(seen) - {(serial, socket.number) for serial, socket, _, _ in waiting}:
        del seen[key]
    # The network pauses sockets in windows of one period: a socket paused later in the same
    # window resumes with the others, at the end of the window that began first.
    start = min((since for *_, since in waiting), default=now)
    out = []
    for serial, socket, period, since in waiting:
        until = _window_end(start, period, now) if charging and period else None
        out.append(PausedSocket(serial, socket.number, socket.socket_id, since, until))
    return tuple(out)


def _window_end(start: float, period: float, now: float) -> float:
    """The end of the alternation window running at `now`, windows of `period` from `start`."""
    windows = max(1, math.ceil((now - start) / period))
    return start + windows * period


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
