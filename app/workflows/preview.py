"""Dry run: read each charger as found, validate the plan against it, list what would change.

Nothing is written and no journal is kept. Chargers are read in parallel, one session each.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from app.core.errors import CommissionerError
from app.core.plan import FACT_IDS, ChargerFacts, ChargerPlan, Plan, Violation
from app.core.plan_rules import validate_charger
from app.core.properties import PropertyId, Value
from app.drivers.alfen.plan_steps import (
    LICENCE_KEY,
    Step,
    charger_steps,
    needs_reboot,
    same_value,
    touched,
)
from app.workflows.apply import Connect


@dataclass(frozen=True, slots=True)
class Change:
    """One property a step would write: its value as found and the value it would get."""

    step: str
    id: PropertyId
    found: Value | None
    target: Value


@dataclass(frozen=True, slots=True)
class ChargerPreview:
    """What applying would do to one charger, or why it cannot."""

    serial: str
    changes: tuple[Change, ...] = ()
    unchanged: int = 0
    reboot: bool = False
    violations: tuple[Violation, ...] = ()
    error: str = ""
    steps: tuple[Step, ...] = field(default=())


async def preview(plan: Plan, connect: Connect, *, max_parallel: int = 4) -> list[ChargerPreview]:
    """A preview per charger of the plan, in plan order."""
    limit = asyncio.Semaphore(max(1, max_parallel))

    async def one(charger: ChargerPlan) -> ChargerPreview:
        async with limit:
            try:
                return await _preview_charger(charger, connect)
            except CommissionerError as exc:
                return ChargerPreview(charger.serial, error=str(exc))

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(one(charger)) for charger in plan.chargers]
    return [task.result() for task in tasks]


async def _preview_charger(plan: ChargerPlan, connect: Connect) -> ChargerPreview:
    steps = charger_steps(plan)
    async with connect(plan) as link:
        found = await link.read(list(dict.fromkeys([*touched(steps), *FACT_IDS])))
    as_found = {pid: item.value for pid, item in found.items()}
    violations = tuple(validate_charger(plan, ChargerFacts.from_values(as_found)))
    changes: list[Change] = []
    unchanged = 0
    final = {pid: (step.name, value) for step in steps for pid, value in step.values}
    for pid, (name, value) in final.items():
        before = as_found.get(pid)
        if before is not None and same_value(before, value):
            unchanged += 1
        else:
            changes.append(Change(name, pid, before, value))
    return ChargerPreview(
        plan.serial,
        tuple(changes),
        unchanged,
        needs_reboot(steps, as_found) or any(c.id == LICENCE_KEY for c in changes),
        violations,
        steps=steps,
    )
