"""`backup HOST [-o FILE]` and `restore FILE HOST [--dry-run]`: a charger's settings to a file
and back, onto the same charger or another of the same model.

A restore is a plan run: `--dry-run` previews what would change; without it the run is
journaled, and `commissioner journal rollback RUN` undoes it. What a restore leaves aside
(read-only settings, another charger's identity, secrets, settings outside the plan) is said
before anything is written. Passwords are never in a backup file.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from app.commands.apply import _print_previews, _run
from app.commands.common import (
    add_host_arguments,
    data_dir,
    pin_store,
    resolve_password,
    run_with_client,
    seconds,
    target_of,
)
from app.core.plan import Plan
from app.drivers import registry
from app.drivers.base import ChargerClient
from app.store.backup import Backup, default_name, read_backup, write_backup
from app.store.journal import Journal, journal_dir
from app.workflows.apply import Action, connector
from app.workflows.backup import RestorePlan, restore_plan, take_backup
from app.workflows.preview import preview


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="save every readable setting of a charger (no secrets)")
    add_host_arguments(p)
    p.add_argument("-o", "--output", type=Path, help="file to write (default: SERIAL-settings-…)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="put a settings backup back onto a charger of its model")
    p.add_argument("file", type=Path, help="a file written by `commissioner backup`")
    add_host_arguments(p)
    p.add_argument("--dry-run", action="store_true", help="show what would change; no writes")
    p.add_argument("--reboot-timeout", type=seconds, default=300.0, help="seconds per reboot")
    p.set_defaults(handler=cmd_restore, parallel=1)


def cmd_backup(args: argparse.Namespace) -> int:
    async def body(client: ChargerClient) -> Backup:
        return await take_backup(client)

    backup = run_with_client(args, body)
    path = write_backup(args.output or Path(default_name(backup)), backup)
    print(
        f"Backup of {backup.model} {backup.serial} (firmware {backup.firmware}): "
        f"{len(backup.settings)} settings written to {path}."
    )
    if backup.excluded:
        names = ", ".join(name or key for key, name in backup.excluded)
        print(f"Left out (secrets): {names}.")
    return 0


async def _plan(args: argparse.Namespace, backup: Backup) -> tuple[str, str, RestorePlan]:
    target = await target_of(args)
    password = await resolve_password(args, target.driver, target.url)
    client = target.driver.client(target.url, password, pins=pin_store(args), timeout=args.timeout)
    async with client:
        found = restore_plan(backup, target.driver, client.identity, target.url)
    return target.driver.tag, password, found


def cmd_restore(args: argparse.Namespace) -> int:
    backup = read_backup(args.file)  # a bad file is refused before the charger is contacted
    tag, password, found = asyncio.run(_plan(args, backup))
    print(f"Restoring the backup of {backup.serial} taken {backup.taken:%Y-%m-%d %H:%M} UTC.")
    for note in found.notes:
        print(f"  note: {note}")
    plan = Plan(f"restore of {backup.serial} onto {found.plan.serial}", (found.plan,))
    connect = connector(
        lambda _serial: password, pins=pin_store(args), timeout=args.timeout, driver_tag=tag
    )
    if args.dry_run:
        previews = asyncio.run(preview(plan, connect, max_parallel=1))
        return _print_previews(previews, registry.driver(tag))
    journal = Journal.create(journal_dir(data_dir(args)), plan, driver=tag)
    print(f"Run {journal.run_id}: journal {journal.path}", flush=True)
    return _run(journal, connect, args, Action.APPLY)


__all__ = ["register"]
