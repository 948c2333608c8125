"""Read what planning or checking a Smart Charging Network needs from many chargers at once.

Each charger is read over its own session, all of them in parallel up to `max_parallel`. A
charger that cannot be read gives a reading with its error, not an exception, so one dead
charger does not hide the others.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.core.errors import CommissionerError
from app.core.plan import ChargerPlan
from app.core.properties import PropertyId, Value
from app.core.scn import READ_IDS, ScnCandidate, candidate_from_values
from app.core.scn_view import LIVE_IDS
from app.workflows.apply import Connect


@dataclass(frozen=True, slots=True)
class ChargerReading:
    """What one charger reported, or why it could not be read."""

    serial: str
    address: str
    values: dict[PropertyId, Value] = field(default_factory=dict)
    error: str = ""

    def candidate(self, keep_network: str = "") -> ScnCandidate:
        """The charger as a network candidate (keeping its ID if it is in `keep_network`)."""
        return candidate_from_values(
            self.serial, self.address, self.values, keep_network=keep_network
        )


async def read_chargers(
    targets: Sequence[ChargerPlan],
    connect: Connect,
    *,
    ids: Iterable[PropertyId] = (*READ_IDS, *LIVE_IDS),
    max_parallel: int = 16,
) -> list[ChargerReading]:
    """One reading per target, in the targets' order."""
    wanted = list(dict.fromkeys(ids))
    limit = asyncio.Semaphore(max(1, max_parallel))

    async def one(target: ChargerPlan) -> ChargerReading:
        async with limit:
            try:
                async with connect(target) as link:
                    found = await link.read(wanted)
            except CommissionerError as exc:
                return ChargerReading(target.serial, target.address, error=str(exc))
        values = {pid: item.value for pid, item in found.items()}
        return ChargerReading(target.serial, target.address, values)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(one(target)) for target in targets]
    return [task.result() for task in tasks]


__all__ = ["ChargerReading", "read_chargers"]
