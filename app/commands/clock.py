"""`clock HOST [--set]`: the charger's clock next to the laptop's UTC, and setting it.

Setting goes through the journal like any plan (`set_clock`, one charger): the difference is
shown first, the run can be listed and shown with `commissioner journal`. A rollback of such a
run leaves the clock set: it never moves a clock backwards to an old reading. The charger's
name is a plan field too (`display_name` in a plan file for `commissioner apply`).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
from typing import Any

from app.commands.apply import _run
from app.commands.common import (
    add_host_arguments,
    data_dir,
    pin_store,
    resolve_password,
    seconds,
    target_of,
)
from app.core.identity import ChargerIdentity
from app.core.plan import ChargerPlan, Plan
from app.store.journal import Journal, journal_dir
from app.workflows.apply import Action, connector
from app.workflows.clock import ClockReading, describe_difference, read_clock


def register(sub: Any) -> None:
    p = sub.add_parser("clock", help="show the charger's clock next to the laptop's; --set it")
    add_host_arguments(p)
    p.add_argument("--set", action="store_true", help="set it to the laptop's UTC (journaled)")
    p.add_argument("--reboot-timeout", type=seconds, default=300.0, help="seconds per reboot")
    p.set_defaults(handler=cmd_clock, parallel=1)


async def _read(args: argparse.Namespace) -> tuple[str, str, str, ChargerIdentity, ClockReading]:
    target = await target_of(args)
    password = await resolve_password(args, target.driver, target.url)
    client = target.driver.client(target.url, password, pins=pin_store(args), timeout=args.timeout)
    async with client:
        reading = await read_clock(client)
        identity = client.identity
    return target.driver.tag, target.url, password, identity, reading


def _show(identity: ChargerIdentity, reading: ClockReading) -> None:
    print(f"Charger {identity.serial}: {_time(reading.charger)}")
    print(f"Laptop (UTC):       {_time(reading.laptop)}")
    print(f"The charger's clock is {describe_difference(reading.difference)}.")


def _time(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC"


def cmd_clock(args: argparse.Namespace) -> int:
    tag, url, password, identity, reading = asyncio.run(_read(args))
    _show(identity, reading)
    if not args.set:
        return 0
    plan = Plan(f"clock of {identity.serial}", (ChargerPlan(identity.serial, url, set_clock=True),))
    journal = Journal.create(journal_dir(data_dir(args)), plan, driver=tag)
    print(f"Setting it: run {journal.run_id}, journal {journal.path}", flush=True)
    connect = connector(
        lambda _serial: password, pins=pin_store(args), timeout=args.timeout, driver_tag=tag
    )
    code = _run(journal, connect, args, Action.APPLY)
    if code == 0:
        _, _, _, identity, reading = asyncio.run(_read(args))
        print(f"Now the charger's clock is {describe_difference(reading.difference)}.")
    return code


__all__ = ["register"]
