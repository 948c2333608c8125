"""`scn plan|apply|show`: plan a Smart Charging Network, apply it to every member, check it.

    commissioner scn plan park.toml --read -o park-plan.toml   # facts read from the chargers
    commissioner scn apply park-plan.toml                      # all members in parallel
    commissioner scn show park-plan.toml                       # what the members hold now

`scn apply` is `apply` with the SCN checks first and all members at once; its run is an
ordinary journaled run (`commissioner journal resume|rollback RUN` for the whole network).
Passwords come from $COMMISSIONER_PASSWORD, the keyring (by serial) or a prompt, never files.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
from pathlib import Path
from typing import Any

from app.commands.apply import _connector, cmd_apply, load_plan
from app.commands.common import PARALLEL, seconds
from app.core.errors import InvalidInput
from app.core.phases import PhaseMapping
from app.core.plan import ChargerPlan, Plan
from app.core.plan_file import dumps_plan, loads_plan
from app.core.scn import ScnCandidate, ScnProposal, ScnSettings, plan_network
from app.core.scn_file import loads_request
from app.core.scn_rules import members
from app.core.scn_view import MemberView, overview
from app.store.text_files import read_text_file
from app.workflows.scn_read import ChargerReading, read_chargers

DEFAULT_PARALLEL = 64


def register(sub: Any) -> None:
    p = sub.add_parser("scn", help="Smart Charging Network: plan, apply, show")
    actions = p.add_subparsers(dest="scn_action", metavar="ACTION", required=True)

    q = actions.add_parser("plan", help="turn an SCN request (TOML) into a plan file")
    q.add_argument("request", type=Path, help="network settings and chargers (see scn_file)")
    q.add_argument("-o", "--output", type=Path, help="plan file to write (default: next to it)")
    q.add_argument("--read", action="store_true", help="read each charger's facts first")
    _add_link_options(q)
    q.set_defaults(handler=cmd_plan)

    a = actions.add_parser("apply", help="apply an SCN plan to every member at once")
    a.add_argument("plan", type=Path, help="plan file made by `scn plan`")
    a.add_argument("--dry-run", action="store_true", help="read, validate, show; no writes")
    a.add_argument("--ignore-open", action="store_true", help="start even if a run is open")
    _add_link_options(a)
    a.add_argument("--reboot-timeout", type=seconds, default=300.0, help="seconds per reboot")
    a.set_defaults(handler=cmd_scn_apply)

    s = actions.add_parser("show", help="what every member of a network holds now")
    s.add_argument("file", type=Path, help="an SCN plan or request naming the chargers")
    _add_link_options(s)
    s.set_defaults(handler=cmd_show)


def _add_link_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--parallel", type=PARALLEL, default=DEFAULT_PARALLEL, help="chargers worked on at once"
    )
    p.add_argument("--timeout", type=seconds, default=10.0, help="seconds per request")


def _read_text(path: Path) -> str:
    return read_text_file(path, "SCN request")


# --- plan -------------------------------------------------------------------------------------


def cmd_plan(args: argparse.Namespace) -> int:
    settings, candidates = loads_request(_read_text(args.request))
    if args.read:
        candidates = _read_candidates(args, settings, candidates)
    proposal = plan_network(settings, candidates)
    _print_proposal(proposal, settings, candidates)
    plan = proposal.require_valid()
    target = args.output or args.request.with_name(f"{args.request.stem}-plan.toml")
    target.write_text(dumps_plan(plan), encoding="utf-8")
    print(f"Plan written to {target}. Check it, then: commissioner scn apply {target}")
    return 0


def _read_candidates(
    args: argparse.Namespace, settings: ScnSettings, asked: list[ScnCandidate]
) -> list[ScnCandidate]:
    """The chargers' own facts; what the request fixes (IDs, mappings) still wins."""
    readings = _read(args, [ChargerPlan(c.serial, c.address) for c in asked])
    failed = [r for r in readings if r.error]
    if failed:
        lines = "\n".join(f"  {r.serial} ({r.address}): {r.error}" for r in failed)
        raise InvalidInput(f"Could not read {len(failed)} charger(s):\n{lines}")
    out = []
    for wanted, reading in zip(asked, readings, strict=True):
        found = reading.candidate(keep_network=settings.name)
        first = wanted.first_socket_id
        out.append(
            dataclasses.replace(
                found,
                first_socket_id=found.first_socket_id if first is None else first,
                phase_mappings=wanted.phase_mappings or found.phase_mappings,
            )
        )
    return out


def _read(args: argparse.Namespace, targets: list[ChargerPlan]) -> list[ChargerReading]:
    connect = _connector(args, (t.serial for t in targets))
    return asyncio.run(read_chargers(targets, connect, max_parallel=args.parallel))


def _print_proposal(
    proposal: ScnProposal, settings: ScnSettings, candidates: list[ScnCandidate]
) -> None:
    plan = proposal.plan
    found = members(plan)
    sockets = sum(scn.sockets for _, scn in found)
    print(
        f"SCN {settings.name}: {len(found)} chargers, {sockets} sockets, "
        f"{settings.total_current} A total (safe {settings.total_safe_current} A), socket safe "
        f"{settings.socket_safe_current} A, alternating period {settings.alternating_period} s."
    )
    fixed = {c.serial for c in candidates if c.phase_mappings}
    for charger, scn in found:
        ids = ", ".join(str(scn.first_socket_id + n) for n in range(scn.sockets))
        mapping = " ".join(_mapping(m) for m in scn.phases)
        note = "as given" if charger.serial in fixed else "advised (§6.4)"
        meter = "  on the meter" if charger.alb is not None and charger.alb.enabled else ""
        print(f"  {charger.serial:<12} socket ID {ids:<8} phases {mapping:<16} {note}{meter}")
    for warning in proposal.warnings:
        print(f"Warning: {warning}")


def _mapping(mapping: PhaseMapping | None) -> str:
    if mapping is None:
        return "?"
    return mapping.value or "none"


# --- apply ------------------------------------------------------------------------------------


def cmd_scn_apply(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan)  # every rule, the network's included; nothing touched yet
    if not members(plan):
        raise InvalidInput(
            f"Plan {args.plan.name} sets up no Smart Charging Network; make one with "
            "`commissioner scn plan`."
        )
    found = members(plan)
    print(
        f"SCN {found[0][1].name}: {len(found)} members, up to {args.parallel} at once; each "
        "reboots to join the network.",
        flush=True,
    )
    return cmd_apply(args)


# --- show -------------------------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    targets = _targets(args.file)
    readings = _read(args, targets)
    rows, problems = overview([r.reading() for r in readings])
    for row in rows:
        _print_row(row)
    for serial, violation in problems:
        print(f"! {serial + ': ' if serial else ''}{violation.message}")
    if not problems and not any(row.error for row in rows):
        print(f"Network consistent: {len(rows)} members agree.")
        return 0
    return 1


def _targets(path: Path) -> list[ChargerPlan]:
    """The chargers a plan or a request names."""
    text = _read_text(path)
    try:
        plan: Plan = loads_plan(text)
        return list(plan.chargers)
    except InvalidInput as plan_error:
        try:
            _, candidates = loads_request(text)
        except InvalidInput:
            raise plan_error from None
        return [ChargerPlan(c.serial, c.address) for c in candidates]


def _print_row(row: MemberView) -> None:
    if row.error:
        print(f"{row.serial:<12} {row.address}: cannot read: {row.error}")
        return
    network = row.network or "(no network)"
    total = "?" if row.total_sockets is None else str(row.total_sockets)
    meter = ", on the meter" if row.alb else ""
    print(f"{row.serial:<12} {network:<8} {total} sockets in all, firmware {row.firmware}{meter}")
    for socket in row.sockets:
        sid = "-" if socket.socket_id is None else str(socket.socket_id)
        amps = " ".join(f"{a:5.1f}" for a in socket.currents)
        print(
            f"  socket {socket.number}: ID {sid:<3} phases {_mapping(socket.mapping):<7} "
            f"{socket.state:<28} A {amps}"
        )


__all__ = ["register"]
