"""`apply PLAN.toml [--dry-run]` and `journal list|show|resume|rollback` from the terminal.

A plan file names no brand: its chargers' addresses are probed (`--driver` when probing cannot
tell), and a run is applied by that one driver; a journal's run by the driver it records.
Passwords never come from the plan or the journal: $COMMISSIONER_PASSWORD, the system keyring
(by serial), or a prompt; none is asked for a driver whose chargers have no login. Journals
live in `<data dir>/journals` (`--data-dir` overrides).
The journal also holds the temporary test settings of `verify-alb` and `phase-id`: such a run
is listed, shown and rolled back like any other, but never resumed.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.commands.address import add_driver_argument, plan_driver
from app.commands.common import (
    PARALLEL,
    PASSWORD_ENV,
    data_dir,
    keyring_password,
    pin_store,
    seconds,
)
from app.core.errors import InvalidInput
from app.core.plan import Plan
from app.core.plan_file import loads_plan
from app.core.plan_rules import validate_plan
from app.core.values import Value
from app.drivers import registry
from app.drivers.base import Driver, SettingKey
from app.drivers.steps import touched
from app.store.journal import (
    Journal,
    RunSummary,
    damaged_runs,
    find_run,
    incomplete_runs,
    journal_dir,
    list_runs,
)
from app.store.temporary_run import applied_steps, describe
from app.store.text_files import read_text_file
from app.workflows.apply import Action, Applier, Connect, Progress, connector
from app.workflows.preview import ChargerPreview, preview


def register(sub: Any) -> None:
    p = sub.add_parser("apply", help="apply a commissioning plan (TOML) to its chargers")
    p.add_argument("plan", type=Path, help="plan file, e.g. presets/plans/demo-alb.toml")
    p.add_argument("--dry-run", action="store_true", help="read, validate, show changes; no writes")
    p.add_argument(
        "--ignore-open", action="store_true", help="start even if an earlier run did not finish"
    )
    _add_run_options(p)
    add_driver_argument(p)
    p.set_defaults(handler=cmd_apply)

    j = sub.add_parser("journal", help="runs recorded by apply: list, show, resume, rollback")
    actions = j.add_subparsers(dest="journal_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every run, oldest first").set_defaults(handler=cmd_list)
    for name, handler, text in (
        ("show", cmd_show, "what a run found, wrote and left"),
        ("resume", cmd_resume, "continue a run a crash or a lost link stopped"),
        ("rollback", cmd_rollback, "put every changed setting back to its as-found value"),
    ):
        q = actions.add_parser(name, help=text)
        q.add_argument("run", help="run id (a unique prefix is enough)")
        if name != "show":
            _add_run_options(q)
        q.set_defaults(handler=handler)


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--parallel", type=PARALLEL, default=4, help="chargers worked on at once")
    p.add_argument("--timeout", type=seconds, default=10.0, help="seconds per request")
    p.add_argument("--reboot-timeout", type=seconds, default=300.0, help="seconds per reboot")


# --- apply ------------------------------------------------------------------------------------


def load_plan(path: Path) -> Plan:
    """Read and check a plan file; every rule broken is listed, nothing is touched."""
    plan = loads_plan(read_text_file(path, "plan"))
    problems = validate_plan(plan)
    if problems:
        lines = [f"  {serial + ': ' if serial else ''}{v.message}" for serial, v in problems]
        raise InvalidInput(f"Plan {path.name} breaks {len(problems)} rule(s):\n" + "\n".join(lines))
    return plan


def cmd_apply(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan)
    directory = journal_dir(data_dir(args))
    _flag_damaged_runs(directory)
    if not args.dry_run and not args.ignore_open:
        chosen = _offer_open_runs(directory, args)
        if chosen is not None:
            return chosen
    addresses = [c.address for c in plan.chargers]
    tag = asyncio.run(plan_driver(addresses, getattr(args, "driver", ""), timeout=args.timeout))
    connect = _connector(args, (c.serial for c in plan.chargers), tag)
    if args.dry_run:
        previews = asyncio.run(preview(plan, connect, max_parallel=args.parallel))
        return _print_previews(previews, registry.driver(tag))
    journal = Journal.create(directory, plan, driver=tag)
    print(f"Run {journal.run_id}: journal {journal.path}", flush=True)
    return _run(journal, connect, args, Action.APPLY)


def _flag_damaged_runs(directory: Path) -> None:
    """A run whose journal cannot be read may have left its chargers half-changed: say so
    (on stderr), but do not block new runs on a file that cannot be repaired from here."""
    for run in damaged_runs(directory):
        which = f"charger(s) {', '.join(run.serials)}" if run.serials else "its chargers"
        print(
            f"Warning: run {run.run_id} did not finish or cannot be read ({run.description}); "
            f"check {which} by hand.",
            file=sys.stderr,
        )


def _offer_open_runs(directory: Path, args: argparse.Namespace) -> int | None:
    """Offer to resume or roll back a run that did not finish; None means go on."""
    runs = incomplete_runs(directory)
    if not runs:
        return None
    run = runs[-1]
    what = f"Run {run.run_id} ({run.description}) {run.status}: it did not finish."
    if not sys.stdin.isatty():
        raise InvalidInput(f"{what} {_what_to_do(run)}, or pass --ignore-open.")
    print(what)
    resume = "" if run.temporary else "[r]esume it, "
    answer = input(f"{resume}roll it [b]ack, start the [n]ew run anyway, or [q]uit? ")
    choice = answer.strip().lower()[:1]
    if choice == "b":
        return _reopen(run.path, args, Action.ROLLBACK)
    if choice == "r" and not run.temporary:
        return _reopen(run.path, args, Action.APPLY)
    return None if choice == "n" else 1


def _reopen(path: Path, args: argparse.Namespace, action: Action) -> int:
    journal = Journal.open(path)
    connect = _connector(args, journal.state.chargers, journal.state.driver)
    verb = "Resuming" if action is Action.APPLY else "Rolling back"
    print(f"{verb} run {journal.run_id}: journal {journal.path}", flush=True)
    return _run(journal, connect, args, action)


def _run(journal: Journal, connect: Connect, args: argparse.Namespace, action: Action) -> int:
    applier = Applier(
        journal,
        connect,
        progress=_print_progress,
        max_parallel=args.parallel,
        reboot_timeout=args.reboot_timeout,
    )
    with journal:
        asyncio.run(applier.run(action))
    state = journal.state
    for run in state.chargers.values():
        outcome = run.outcome.value if run.outcome else "not finished"
        print(f"{run.serial:<12} {outcome}{': ' + run.message if run.message else ''}")
    print(f"Run {state.run_id}: {state.status}.")
    if state.needs_attention:
        print(
            f"Resume with `commissioner journal resume {state.run_id}` or undo with "
            f"`commissioner journal rollback {state.run_id}`."
        )
    return 0 if state.status in ("complete", "rolled back") else 1


def _print_progress(event: Progress) -> None:
    if event.message == "done":
        return
    count = f"[{event.done + 1}/{event.total}] " if event.total else ""
    print(f"{event.serial:<12} {count}{event.message}", flush=True)


def _connector(args: argparse.Namespace, serials: Iterable[str], driver: str = "") -> Connect:
    """Passwords first (prompts never interleave with progress), then a client per charger,
    by the driver tagged `driver` (a run's own, or the one a plan's chargers answered to);
    no password is asked for a driver whose chargers have no login."""
    login = registry.driver(driver).capabilities.login
    passwords = {serial: _password(serial) if login else "" for serial in serials}
    return connector(
        passwords.__getitem__, pins=pin_store(args), timeout=args.timeout, driver_tag=driver
    )


def _password(serial: str) -> str:
    found = os.environ.get(PASSWORD_ENV) or keyring_password(serial)
    if found:
        return found
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"No password for charger {serial}: set ${PASSWORD_ENV} or store it in the "
            "keyring from the desktop program."
        )
    return getpass.getpass(f"Password for charger {serial} (user admin): ")


def _print_previews(previews: list[ChargerPreview], driver: Driver) -> int:
    failed = 0
    for item in previews:
        print(f"{item.serial}:")
        if item.error or item.violations:
            failed += 1
            for text in [item.error] if item.error else [v.message for v in item.violations]:
                print(f"  ! {text}")
            continue
        for change in item.changes:
            before = "?" if change.found is None else _shown(change.found)
            after = _shown(change.target)
            print(f"  {change.step:<13} {_name(driver, change.id)}: {before} -> {after}")
        reboot = "needed" if item.reboot else "not needed"
        print(f"  {item.unchanged} already as planned; reboot {reboot}.")
    print("Dry run: nothing was written.")
    return 1 if failed else 0


# --- journal ----------------------------------------------------------------------------------


def _what_to_do(run: RunSummary) -> str:
    rollback = f"roll it back with `commissioner journal rollback {run.run_id}`"
    if run.firmware:
        return (
            "It was a firmware upgrade: read the chargers' versions (`commissioner info HOST`) "
            "and upgrade again those that still run the old one"
        )
    if run.temporary:
        return f"Put the original settings back: {rollback}"
    return f"Resume it with `commissioner journal resume {run.run_id}`, {rollback}"


def cmd_list(args: argparse.Namespace) -> int:
    runs = list_runs(journal_dir(data_dir(args)))
    if not runs:
        print("No runs recorded yet.")
    for run in runs:
        print(f"{run.run_id}  {run.status:<12} {run.chargers} charger(s)  {run.description}")
        if run.damaged:
            print("  needs attention: its journal cannot be replayed; check its chargers by hand.")
        elif run.needs_attention:
            print(f"  needs attention: {_what_to_do(run)}.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    state = Journal.open(find_run(journal_dir(data_dir(args)), args.run)).state
    driver = registry.driver(state.driver)
    print(f"Run {state.run_id} ({driver.tag} driver): {describe(state)}, {state.status}.")
    for plan in state.plan.chargers:
        run = state.chargers[plan.serial]
        outcome = run.outcome.value if run.outcome else "not finished"
        print(
            f"{plan.serial} ({plan.address}): {outcome}{': ' + run.message if run.message else ''}"
        )
        found, left = run.as_found or {}, run.as_left or {}
        for key in touched(applied_steps(state, plan.serial)):
            after = _shown(left[key]) if key in left else "?"
            before = _shown(found[key]) if key in found else "?"
            during = f", temporary {_shown(run.temporary[key])}" if key in run.temporary else ""
            print(f"  {_name(driver, key)}: as found {before}{during}, as left {after}")
    return 0


def cmd_resume(args: argparse.Namespace) -> int:
    return _reopen(find_run(journal_dir(data_dir(args)), args.run), args, Action.APPLY)


def cmd_rollback(args: argparse.Namespace) -> int:
    return _reopen(find_run(journal_dir(data_dir(args)), args.run), args, Action.ROLLBACK)


def _name(driver: Driver, key: SettingKey) -> str:
    known = driver.setting_name(key)
    return f"{key} ({known})" if known else key


def _shown(value: Value) -> str:
    if value == "":
        return '""'
    if isinstance(value, tuple):
        return ",".join(f"{v:X}" for v in value)
    return f"{value:g}" if isinstance(value, float) else str(value)


__all__ = ["load_plan", "register"]
