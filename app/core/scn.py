"""Planning a Smart Charging Network: from chargers and network settings to one plan.

The result is an ordinary `Plan` whose chargers each carry their SCN part (`ChargerPlan.scn`,
which their driver writes like any other setting), so applying, journaling, resuming and
rolling back a network is applying that plan. Socket IDs start at 0 in the order the
chargers are given (a dual charger's second socket is ID+1); members that already have an ID
keep it, so extending a network only adds IDs and updates the socket count on every member.
Phase rotation follows the guide's advice (§6.4), indexed by socket ID so that an extension
carries on the rotation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.plan import (
    AlbPlan,
    ChargerFacts,
    ChargerPlan,
    Plan,
    ScnMemberPlan,
    Violation,
)
from app.core.plan_rules import validate_charger, validate_plan
from app.core.scn_rules import (
    DEFAULT_PERIOD,
    alternation_warning,
    default_subnet,
    firmware_version,
)

# Three-phase chargers: charger 1 L1L2L3, charger 2 L3L1L2, charger 3 L2L3L1, then again.
THREE_PHASE_ROTATION = (PhaseMapping.L1L2L3, PhaseMapping.L3L1L2, PhaseMapping.L2L3L1)
# Single-phase chargers: socket 1 on L1, socket 2 on L2, socket 3 on L3, socket 4 on L1 …
ONE_PHASE_ROTATION = (PhaseMapping.L1, PhaseMapping.L2, PhaseMapping.L3)


@dataclass(frozen=True, slots=True)
class ScnCandidate:
    """A charger to put in the network: what it is, and what the installer fixed for it.

    `first_socket_id` keeps the ID of a member already in the network; `phases` overrides the
    recommended phase mapping (one per socket).
    """

    serial: str
    address: str
    sockets: int = 1
    phases: int = 3
    firmware: str = ""
    licence_bits: int = 0
    first_socket_id: int | None = None
    phase_mappings: tuple[PhaseMapping, ...] = ()
    alb_on: bool = False  # as found: active load balancing switched on

    def facts(self) -> ChargerFacts:
        return ChargerFacts(self.sockets, self.phases, self.licence_bits, firmware=self.firmware)


@dataclass(frozen=True, slots=True)
class ScnSettings:
    """The network's parameters (guide §6.1, §6.11–6.15).

    `meter_member` is the one charger that talks to the meter or the EMS, configured with
    `alb`; every other member has ALB switched off, since one meter serves one charger.
    """

    name: str
    total_current: int
    total_safe_current: int
    socket_safe_current: int = 6
    alternating_period: int = DEFAULT_PERIOD
    station_max_current: float | None = None
    socket_max_current: float | None = None
    grid_phases: int = 3
    meter_member: str | None = None
    alb: AlbPlan | None = None
    subnet_prefix: int | None = None


@dataclass(frozen=True, slots=True)
class ScnProposal:
    """A planned network: the plan, the phase mapping per socket, warnings and broken rules."""

    plan: Plan
    rotation: dict[str, tuple[PhaseMapping, ...]]
    warnings: tuple[str, ...]
    violations: tuple[tuple[str, Violation], ...]

    @property
    def ok(self) -> bool:
        return not self.violations

    def require_valid(self) -> Plan:
        """The plan; InvalidInput listing every broken rule when there is one."""
        if self.violations:
            lines = "\n".join(f"  {s + ': ' if s else ''}{v.message}" for s, v in self.violations)
            raise InvalidInput(
                f"SCN '{self.plan.name}' breaks {len(self.violations)} rule(s):\n{lines}"
            )
        return self.plan


# --- phase rotation -------------------------------------------------------------------------


def recommended_mapping(socket_id: int, charger_phases: int, grid_phases: int) -> PhaseMapping:
    """The guide's phase rotation for the socket with this ID (§6.4); none on a 1-phase grid."""
    if grid_phases == 1:
        return PhaseMapping.NONE
    table = THREE_PHASE_ROTATION if charger_phases == 3 else ONE_PHASE_ROTATION
    return table[socket_id % len(table)]


def rotation_differences(
    planned: Mapping[str, Sequence[PhaseMapping]],
    identified: Mapping[str, Sequence[PhaseMapping | None]],
) -> list[str]:
    """Sentences for sockets whose identified phases differ from the planned mapping.

    `identified` comes from automatic phase identification (None where a socket was not
    measured). A single-phase EV on a three-phase socket only shows where the socket's L1
    lands, so then only the first phase is compared.
    """
    out = []
    for serial, found in identified.items():
        wanted = planned.get(serial, ())
        for number, (plan, seen) in enumerate(zip(wanted, found, strict=False), start=1):
            if seen is None or plan is PhaseMapping.NONE:
                continue
            width = min(len(plan.grid_phases), len(seen.grid_phases))
            if plan.grid_phases[:width] != seen.grid_phases[:width]:
                out.append(
                    f"Charger {serial} socket {number}: the plan says {plan.value}, but phase "
                    f"identification found {seen.value}. Correct the wiring, or set the SCN "
                    f"phase mapping to {seen.value}."
                )
    return out


# --- planning -------------------------------------------------------------------------------


def assign_socket_ids(candidates: Sequence[ScnCandidate]) -> dict[str, int]:
    """First socket ID per serial: kept IDs stay, the others follow on after the highest."""
    taken = [c.first_socket_id + c.sockets for c in candidates if c.first_socket_id is not None]
    next_id = max(taken, default=0)
    out: dict[str, int] = {}
    for candidate in candidates:
        if candidate.first_socket_id is not None:
            out[candidate.serial] = candidate.first_socket_id
        else:
            out[candidate.serial] = next_id
            next_id += candidate.sockets
    return out


def plan_network(
    settings: ScnSettings, candidates: Sequence[ScnCandidate], *, plan_name: str | None = None
) -> ScnProposal:
    """The plan that makes (or extends) the network, checked against every rule."""
    ids = assign_socket_ids(candidates)
    total = sum(c.sockets for c in candidates)
    subnet = default_subnet(candidates[0].address, settings.subnet_prefix) if candidates else None
    firmware = _shared_firmware(candidates)
    chargers = []
    rotation: dict[str, tuple[PhaseMapping, ...]] = {}
    for candidate in candidates:
        mappings = candidate.phase_mappings or tuple(
            recommended_mapping(ids[candidate.serial] + n, candidate.phases, settings.grid_phases)
            for n in range(candidate.sockets)
        )
        rotation[candidate.serial] = mappings
        scn = ScnMemberPlan(
            name=settings.name,
            first_socket_id=ids[candidate.serial],
            total_sockets=total,
            sockets=candidate.sockets,
            phases=mappings,
            total_current=settings.total_current,
            socket_safe_current=settings.socket_safe_current,
            total_safe_current=settings.total_safe_current,
            alternating_period=settings.alternating_period,
            firmware=candidate.firmware or firmware,
            subnet=subnet,
        )
        chargers.append(_charger_plan(settings, candidate, scn))
    plan = Plan(plan_name or f"SCN {settings.name}", tuple(chargers))
    violations = _violations(plan, settings, candidates)
    warning = alternation_warning(plan)
    return ScnProposal(plan, rotation, (warning,) if warning else (), tuple(violations))


def _shared_firmware(candidates: Sequence[ScnCandidate]) -> str | None:
    versions = {c.firmware for c in candidates if c.firmware}
    return versions.pop() if len(versions) == 1 else None


def _charger_plan(
    settings: ScnSettings, candidate: ScnCandidate, scn: ScnMemberPlan
) -> ChargerPlan:
    alb = None
    if settings.alb is not None:
        on_meter = candidate.serial == settings.meter_member
        alb = settings.alb if on_meter else AlbPlan(enabled=False)
    socket_max = settings.socket_max_current
    return ChargerPlan(
        serial=candidate.serial,
        address=candidate.address,
        station_max_current=settings.station_max_current,
        socket1_max_current=socket_max,
        socket2_max_current=socket_max if candidate.sockets > 1 else None,
        alb=alb,
        scn=scn,
    )


def _violations(
    plan: Plan, settings: ScnSettings, candidates: Sequence[ScnCandidate]
) -> list[tuple[str, Violation]]:
    out = validate_plan(plan)
    seen = {(s, v.message) for s, v in out}
    for charger, candidate in zip(plan.chargers, candidates, strict=True):
        for violation in validate_charger(charger, candidate.facts()):
            if (charger.serial, violation.message) not in seen:
                out.append((charger.serial, violation))
    out.extend(("", v) for v in _settings_rules(settings, candidates))
    return out


def _settings_rules(settings: ScnSettings, candidates: Sequence[ScnCandidate]) -> list[Violation]:
    out = []
    if settings.grid_phases not in (1, 3):
        out.append(Violation("scn.grid_phases", "Grid connection: 1 or 3 phases."))
    serials = {c.serial: c for c in candidates}
    member = settings.meter_member
    if settings.alb is not None and member is None:
        out.append(
            Violation(
                "scn.meter_member",
                "SCN with ALB: choose the one member that talks to the meter or the EMS.",
            )
        )
    elif member is not None and member not in serials:
        out.append(
            Violation(
                "scn.meter_member",
                f"SCN meter member {member} is not one of the network's chargers.",
            )
        )
    elif (
        member is not None
        and settings.alb is None
        and not serials[member].licence_bits & Feature.ALB
    ):
        out.append(
            Violation(
                "scn.meter_member",
                f"SCN: charger {member} talks to the meter, so it needs the ALB licence, "
                "which it does not have.",
            )
        )
    out.extend(_one_on_meter(settings, candidates))
    return out


def _one_on_meter(settings: ScnSettings, candidates: Sequence[ScnCandidate]) -> list[Violation]:
    """With ALB planned, the others are switched off; without, those found on stay on."""
    if settings.alb is not None:
        return []
    on_meter = [c.serial for c in candidates if c.alb_on or c.serial == settings.meter_member]
    if len(on_meter) < 2:
        return []
    return [
        Violation(
            "scn.meter_member",
            f"SCN: only one member may talk to the meter or the EMS, but "
            f"{' and '.join(on_meter)} have active load balancing on; choose one as the "
            "meter member and plan its ALB settings (the others are then switched off).",
        )
    ]


# --- what a charger holds -------------------------------------------------------------------


def candidate_from_facts(
    serial: str, address: str, facts: ChargerFacts, *, keep_network: str = ""
) -> ScnCandidate:
    """A candidate from what a charger reports (`Driver.facts` of its `Driver.scn_keys`).

    When the charger is already in the network named `keep_network`, its socket ID and phase
    mappings are kept (extending a network changes only the socket count on old members).
    """
    member = facts.scn
    keep = bool(keep_network) and member is not None and member.name == keep_network
    return ScnCandidate(
        serial=serial,
        address=address,
        sockets=facts.sockets,
        phases=facts.phases,
        firmware=facts.firmware,
        licence_bits=facts.licence_bits,
        first_socket_id=member.first_socket_id if keep and member else None,
        phase_mappings=member.phases if keep and member else (),
        alb_on=facts.alb_on,
    )


def with_phases(proposal_plan: Plan, serial: str, mappings: tuple[PhaseMapping, ...]) -> Plan:
    """The plan with one member's SCN phase mappings changed (the installer's edit)."""
    chargers = []
    for charger in proposal_plan.chargers:
        if charger.serial == serial and charger.scn is not None:
            scn = dataclasses.replace(charger.scn, phases=mappings)
            charger = dataclasses.replace(charger, scn=scn)  # noqa: PLW2901
        chargers.append(charger)
    if all(c.serial != serial for c in chargers):
        raise InvalidInput(f"SCN: no charger {serial} in the plan.")
    return dataclasses.replace(proposal_plan, chargers=tuple(chargers))


__all__ = [
    "ScnCandidate",
    "ScnProposal",
    "ScnSettings",
    "assign_socket_ids",
    "candidate_from_facts",
    "firmware_version",
    "plan_network",
    "recommended_mapping",
    "rotation_differences",
    "with_phases",
]
