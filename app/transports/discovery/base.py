"""What every discovery source offers the hub, and a small owner for background tasks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, Protocol

from app.core.discovery import DiscoveredDevice, Source

log = logging.getLogger(__name__)


class DeviceSink(Protocol):
    """Where sources report sightings (the hub)."""

    def seen(self, device: DiscoveredDevice) -> None:
        """A device was seen (again)."""

    def gone(self, source: Source, origin: str) -> None:
        """The source says the sighting `origin` went away."""


class DiscoverySource(Protocol):
    """A running mechanism that reports sightings: the mDNS browser, the BLE scanner."""

    source: Source

    async def start(self, sink: DeviceSink) -> None:
        """Start reporting to `sink`; raise an error from app.core.errors if it cannot."""

    async def stop(self) -> None:
        """Stop and release sockets or adapters; safe to call twice."""

    async def refresh(self) -> None:
        """Ask devices to answer again, so live ones are seen again before their TTL."""


class TaskSet:
    """Owns background tasks: keeps a reference, logs failures, cancels them all on close."""

    def __init__(self, owner: str) -> None:
        self._owner = owner
        self._tasks: set[asyncio.Task[None]] = set()

    def spawn(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(coro, name=f"{self._owner}:{name}")
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def __len__(self) -> int:
        return len(self._tasks)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.warning("%s failed: %r", task.get_name(), exc)

    async def cancel_all(self, grace: float = 2.0) -> None:
        """Cancel every task and wait (bounded) until they have finished."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=grace)
