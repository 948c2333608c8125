"""Dry run: read each charger as found, validate the plan against it, list what would change.

Nothing is written and no journal is kept. Chargers are read in parallel, one session each.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from app.core.errors import CommissionerError
from app.core.plan import ChargerPlan, Plan, Violation
from app.core.plan_rules import validate_charger
from app.core.values import Value
from app.drivers.base import SettingKey
from app.drivers.steps import Step, licence_keys, same_value, touched
from app.workflows.apply import Connect


@dataclass(frozen=True, slots=True)
class Change:
    """One setting a step would write: its value as found and the value it would get."""

    step: str
    id: SettingKey
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
    async with connect(plan) as link:
        driver = link.driver
        steps = driver.plan_steps(plan)
        as_found = await link.read(list(dict.fromkeys([*touched(steps), *driver.fact_keys()])))
    violations = tuple(
        validate_charger(plan, driver.facts(as_found), driver.capabilities.plan_fields)
    )
    changes: list[Change] = []
    unchanged = 0
    final = {key: (step.name, value) for step in steps for key, value in step.values}
    for key, (name, value) in final.items():
        before = as_found.get(key)
        if before is not None and same_value(before, value):
            unchanged += 1
        else:
            changes.append(Change(name, key, before, value))
    return ChargerPreview(
        plan.serial,
        tuple(changes),
        unchanged,
        driver.needs_reboot(steps, as_found) or any(c.id in licence_keys(steps) for c in changes),
        violations,
        steps=steps,
    )
