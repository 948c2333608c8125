"""The Smart Charging Network rules (commissioning-procedures.md §6, guide §6.7.2, §6.11–6.15).

`network_rules` checks the members of a plan against each other (no charger needed);
`member_rules` checks one member, and against what the charger reports when facts are given.
Each broken rule is one sentence naming what to change. `alternation_warning` tells when the
total current cannot give every socket its minimum, so sockets will take turns.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Callable, Iterator, Sequence

from app.core.endpoints import Endpoint
from app.core.errors import InvalidInput
from app.core.identity import ChargerIdentity
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.plan import ChargerFacts, ChargerPlan, Plan, ScnMemberPlan, Violation

NAME_RE = re.compile(r"^[A-Z0-9]{1,7}$")
NAME_MAX = 7
MIN_MEMBERS = 2
MAX_SOCKETS = 128
MIN_FIRMWARE = (3, 3)
DEFAULT_PERIOD = 900
PERIOD_RANGE = (60, 36000)

Member = tuple[ChargerPlan, ScnMemberPlan]
Found = Iterator[tuple[str, Violation]]


def members(plan: Plan) -> list[Member]:
    """The chargers of a plan that are in its Smart Charging Network, with their part."""
    return [(c, c.scn) for c in plan.chargers if c.scn is not None]


def firmware_version(text: str) -> tuple[int, ...]:
    """`7.4.5-4415` → (7, 4, 5)."""
    return ChargerIdentity("", "", text).firmware_tuple


def name_problem(name: str) -> str | None:
    """Why a network name cannot be used, or None (A–Z and 0–9 only, at most 7)."""
    if NAME_RE.match(name):
        return None
    return (
        f"SCN name '{name}' must be 1 to {NAME_MAX} characters, capital letters A–Z and "
        "digits 0–9 only (no spaces)."
    )


# --- across the members ---------------------------------------------------------------------


def network_rules(plan: Plan) -> Found:
    """Every rule between the members of the plan's network; (serial, violation) pairs."""
    found = members(plan)
    if not found:
        return
    yield from _name_rules(found)
    if len(found) < MIN_MEMBERS:
        yield (
            found[0][0].serial,
            Violation(
                "scn",
                f"SCN: a network needs at least {MIN_MEMBERS} chargers; the plan has {len(found)}.",
            ),
        )
    yield from _socket_rules(found)
    yield from _same_everywhere(found)
    yield from _firmware_rules(found)
    yield from _meter_rules(found)
    yield from _subnet_rules(found)


def _name_rules(found: list[Member]) -> Found:
    first_charger, first = found[0]
    problem = name_problem(first.name)
    if problem:
        yield first_charger.serial, Violation("scn.name", problem)
    for charger, scn in found[1:]:
        if scn.name != first.name:
            yield (
                charger.serial,
                Violation(
                    "scn.name",
                    f"SCN name: charger {charger.serial} has '{scn.name}' but "
                    f"{first_charger.serial} has '{first.name}'; every member needs the same "
                    "name.",
                ),
            )


def socket_ids(charger: ChargerPlan, scn: ScnMemberPlan) -> list[tuple[int, int]]:
    """(socket number, socket ID) of a member: a dual charger's second socket is ID+1."""
    return [(n + 1, scn.first_socket_id + n) for n in range(scn.sockets)]


def _socket_rules(found: list[Member]) -> Found:
    # Bounds first: a typo such as 10^12 sockets must not be counted out socket by socket.
    outside = list(_socket_bounds(found))
    if outside:
        yield from outside
        return
    total = sum(scn.sockets for _, scn in found)
    if total > MAX_SOCKETS:
        yield (
            found[0][0].serial,
            Violation(
                "scn.total_sockets",
                f"SCN: a network holds at most {MAX_SOCKETS} sockets; the plan has {total}.",
            ),
        )
        return
    for charger, scn in found:
        if scn.total_sockets != total:
            yield (
                charger.serial,
                Violation(
                    "scn.total_sockets",
                    f"SCN socket count on charger {charger.serial} is {scn.total_sockets}, but "
                    f"the members have {total} sockets together; set {total} on every member.",
                ),
            )
    yield from _unique_ids(found, total)


def _socket_bounds(found: list[Member]) -> Found:
    for charger, scn in found:
        if not 1 <= scn.sockets <= MAX_SOCKETS:
            text = f"SCN sockets on charger {charger.serial}: {scn.sockets} is not 1–{MAX_SOCKETS}."
            yield (charger.serial, Violation("scn.sockets", text))


def _unique_ids(found: list[Member], total: int) -> Found:
    seen: dict[int, str] = {}
    for charger, scn in found:
        for number, sid in socket_ids(charger, scn):
            where = f"{charger.serial} socket {number}"
            if sid in seen:
                yield (
                    charger.serial,
                    Violation(
                        "scn.first_socket_id",
                        f"SCN socket ID {sid} is used by both {seen[sid]} and {where}; "
                        "socket IDs must be unique.",
                    ),
                )
            elif sid >= total:
                yield (
                    charger.serial,
                    Violation(
                        "scn.first_socket_id",
                        f"SCN socket ID {sid} of {where} is outside 0…{total - 1}: IDs start "
                        "at 0 and run up to the socket count less one.",
                    ),
                )
            seen.setdefault(sid, where)


_SHARED: tuple[tuple[str, str, Callable[[ScnMemberPlan], object]], ...] = (
    ("total_current", "SCN total current", lambda s: s.total_current),
    ("socket_safe_current", "SCN socket safe current", lambda s: s.socket_safe_current),
    ("total_safe_current", "SCN total safe current", lambda s: s.total_safe_current),
    ("alternating_period", "SCN alternating period", lambda s: s.alternating_period),
    ("subnet", "SCN subnet", lambda s: s.subnet),
)


def _same_everywhere(found: list[Member]) -> Found:
    first_charger, first = found[0]
    for name, text, get in _SHARED:
        for charger, scn in found[1:]:
            if get(scn) != get(first):
                yield (
                    charger.serial,
                    Violation(
                        f"scn.{name}",
                        f"{text}: charger {charger.serial} has {get(scn)} but "
                        f"{first_charger.serial} has {get(first)}; every member needs the "
                        "same value.",
                    ),
                )


def _firmware_rules(found: list[Member]) -> Found:
    versions = [(c, s.firmware) for c, s in found if s.firmware]
    for charger, firmware in versions:
        if firmware_version(firmware) < MIN_FIRMWARE:
            yield charger.serial, _old_firmware(firmware)
    if len({firmware_version(f) for _, f in versions}) > 1:
        listing = ", ".join(f"{c.serial} {f}" for c, f in versions)
        yield (
            versions[0][0].serial,
            Violation(
                "scn.firmware",
                f"SCN needs the same firmware on every member; found {listing}. Update them "
                "to one version first.",
            ),
        )


def _old_firmware(firmware: str) -> Violation:
    least = ".".join(map(str, MIN_FIRMWARE))
    return Violation(
        "scn.firmware",
        f"SCN needs firmware {least} or later; this charger runs {firmware}. Update it first.",
    )


def _meter_rules(found: list[Member]) -> Found:
    on_meter = [c.serial for c, _ in found if c.alb is not None and c.alb.enabled]
    if len(on_meter) > 1:
        yield (
            on_meter[1],
            Violation(
                "alb.enabled",
                f"SCN: only one member may talk to the meter or the EMS; "
                f"{' and '.join(on_meter)} all have active load balancing on.",
            ),
        )


def default_subnet(address: str, prefix: int | None = None) -> str | None:
    """The subnet of a charger address: /16 for Auto-IP, /8 for loopback, else /24."""
    try:
        host = ipaddress.IPv4Address(Endpoint.parse(address).host)
    except (InvalidInput, ValueError):
        return None  # a host name: the subnet cannot be told from it
    if prefix is None:
        prefix = 16 if host.is_link_local else 8 if host.is_loopback else 24
    return str(ipaddress.IPv4Network(f"{host}/{prefix}", strict=False))


def _subnet_rules(found: list[Member]) -> Found:
    for charger, scn in found:
        if scn.subnet is None:
            continue
        try:
            network = ipaddress.IPv4Network(scn.subnet)
            host = ipaddress.IPv4Address(Endpoint.parse(charger.address).host)
        except (InvalidInput, ValueError):
            continue  # a host name, or a subnet the range rules report
        if host not in network:
            yield (
                charger.serial,
                Violation(
                    "address",
                    f"SCN members must be on the same subnet ({network}); charger "
                    f"{charger.serial} is at {host}.",
                ),
            )


# --- one member -----------------------------------------------------------------------------


def member_rules(plan: ChargerPlan, facts: ChargerFacts | None = None) -> Iterator[Violation]:
    """Rules within one member; with facts, also against what the charger reports."""
    scn = plan.scn
    if scn is None:
        return
    if len(scn.phases) != scn.sockets:
        yield Violation(
            "scn.phases",
            f"SCN phase mapping: give one per socket ({scn.sockets}); the plan gives "
            f"{len(scn.phases)}.",
        )
    yield from _safe_current_rules(plan, scn, facts)
    if facts is not None:
        yield from _fact_rules(plan, scn, facts)


def _safe_current_rules(
    plan: ChargerPlan, scn: ScnMemberPlan, facts: ChargerFacts | None
) -> Iterator[Violation]:
    safe, total = scn.socket_safe_current, scn.total_current
    if scn.total_safe_current is not None and total is not None and scn.total_safe_current > total:
        yield Violation(
            "scn.total_safe_current",
            f"SCN total safe current ({scn.total_safe_current} A) must not be above the SCN "
            f"total current ({total} A).",
        )
    socket_max = plan.socket1_max_current
    if socket_max is None and facts is not None:
        socket_max = facts.current("socket1_max_current")
    if safe is not None and socket_max is not None and safe > socket_max:
        yield Violation(
            "scn.socket_safe_current",
            f"SCN socket safe current ({safe} A) must not be above the socket maximum current "
            f"({socket_max:g} A).",
        )


def _fact_rules(plan: ChargerPlan, scn: ScnMemberPlan, facts: ChargerFacts) -> Iterator[Violation]:
    if not facts.licence_bits & Feature.SCN and plan.licence_key is None:
        yield Violation(
            "scn",
            "Smart Charging Network needs the SCN licence, which this charger does not have; "
            "add its licence key to the plan.",
        )
    if facts.sockets != scn.sockets:
        yield Violation(
            "scn.sockets",
            f"SCN: the network was planned with {scn.sockets} socket(s) on this charger, but it "
            f"has {facts.sockets}; plan the network again.",
        )
    if facts.firmware and firmware_version(facts.firmware) < MIN_FIRMWARE:
        yield _old_firmware(facts.firmware)
    elif facts.firmware and scn.firmware and facts.firmware != scn.firmware:
        yield Violation(
            "scn.firmware",
            f"SCN: the network was planned for firmware {scn.firmware} on every member, but "
            f"this charger runs {facts.firmware}; update it or plan the network again.",
        )
    yield from _phase_kind_rules(scn.phases, facts.phases)


def _phase_kind_rules(mappings: Sequence[PhaseMapping], phases: int) -> Iterator[Violation]:
    for number, mapping in enumerate(mappings, start=1):
        if mapping is not PhaseMapping.NONE and mapping.phases != phases:
            kind = "three" if phases == 3 else "single"
            yield Violation(
                "scn.phases",
                f"SCN phase mapping {mapping.value} of socket {number} is for a "
                f"{mapping.phases}-phase charger, but this one is {kind}-phase.",
            )


# --- warnings -------------------------------------------------------------------------------


def phase_load(plan: Plan) -> dict[int, int]:
    """How many sockets can draw from each grid phase (1..3), by their SCN phase mapping."""
    counts = {1: 0, 2: 0, 3: 0}
    for _, scn in members(plan):
        for mapping in scn.phases:
            for phase in mapping.grid_phases or (1,):
                counts[phase] += 1
    return counts


def alternation_warning(plan: Plan) -> str | None:
    """A sentence when the total current cannot give every socket its minimum at once."""
    found = members(plan)
    if not found:
        return None
    first = found[0][1]
    total, minimum = first.total_current, first.socket_safe_current
    period = first.alternating_period or DEFAULT_PERIOD
    if not total or not minimum:
        return None
    phase, busiest = max(phase_load(plan).items(), key=lambda item: item[1])
    fit = math.floor(total / minimum)
    if busiest <= fit:
        return None
    paused = busiest - fit
    cycle = math.ceil(busiest / paused)
    sockets = sum(s.sockets for _, s in found)
    return (
        f"With all {sockets} sockets in use, {total} A cannot give each its {minimum} A "
        f"minimum ({busiest} sockets on L{phase} need {busiest * minimum} A): sockets will "
        f"alternate, {paused} at a time paused for the alternating period of {period} s "
        f"({period / 60:g} min), so each socket waits one period in every {cycle} "
        f"(about every {cycle * period / 60:g} min)."
    )
