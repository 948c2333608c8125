"""Read what planning or checking a Smart Charging Network needs from many chargers at once.

Each charger is read over its own session, all of them in parallel up to `max_parallel`. A
charger that cannot be read gives a reading with its error, not an exception, so one dead
charger does not hide the others. What to read, and what it means, is each charger's
driver's (`Driver.scn_keys`, `Driver.facts`, `Driver.socket_status`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.errors import CommissionerError
from app.core.plan import ChargerFacts, ChargerPlan
from app.core.scn import ScnCandidate, candidate_from_facts
from app.core.scn_view import Reading, SocketStatus
from app.drivers.base import ChargerClient
from app.workflows.apply import Connect


@dataclass(frozen=True, slots=True)
class ChargerReading:
    """What one charger reported, in plan terms, or why it could not be read."""

    serial: str
    address: str
    facts: ChargerFacts = field(default_factory=ChargerFacts)
    sockets: tuple[SocketStatus, ...] = ()  # one per socket, from 1
    error: str = ""

    def candidate(self, keep_network: str = "") -> ScnCandidate:
        """The charger as a network candidate (keeping its ID if it is in `keep_network`)."""
        return candidate_from_facts(
            self.serial, self.address, self.facts, keep_network=keep_network
        )

    def reading(self) -> Reading:
        """The charger as a row of the network overview."""
        return Reading(self.serial, self.address, self.facts, self.sockets, self.error)


async def read_member(serial: str, address: str, link: ChargerClient) -> ChargerReading:
    """One charger's facts and socket statuses over a connected client."""
    driver = link.driver
    values = await link.read(driver.scn_keys())
    facts = driver.facts(values)
    sockets = tuple(driver.socket_status(values, n) for n in range(1, facts.sockets + 1))
    return ChargerReading(serial, address, facts, sockets)


async def read_chargers(
    targets: Sequence[ChargerPlan], connect: Connect, *, max_parallel: int = 16
) -> list[ChargerReading]:
    """One reading per target, in the targets' order."""
    limit = asyncio.Semaphore(max(1, max_parallel))

    async def one(target: ChargerPlan) -> ChargerReading:
        async with limit:
            try:
                async with connect(target) as link:
                    return await read_member(target.serial, target.address, link)
            except CommissionerError as exc:
                return ChargerReading(target.serial, target.address, error=str(exc))

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(one(target)) for target in targets]
    return [task.result() for task in tasks]


__all__ = ["ChargerReading", "read_chargers", "read_member"]
