"""Waiting inside coroutines on the qasync loop (blocking qtbot waits would deadlock there)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance


async def wait_for(condition: Callable[[], object], what: str, timeout: float = 10.0) -> None:
    """Poll `condition` until it is true; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        await asyncio.sleep(0.02)


async def next_emission(signal: SignalInstance, timeout: float = 10.0) -> tuple[Any, ...]:
    """The arguments of the next emission of `signal`."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def fire(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(fire)
    try:
        async with asyncio.timeout(timeout):
            return await future
    finally:
        signal.disconnect(fire)
