"""Helpers for tests of the Alfen Modbus map and client: a served SimCharger, polling."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable

from app.drivers.alfen.modbus import AlfenModbusClient
from app.sim.alfen.charger import SimCharger
from app.sim.alfen.modbus_map import charger_models
from app.sim.modbus_server import ModbusServer, RegisterModel


@contextlib.asynccontextmanager
async def serving(
    charger: SimCharger,
    models: dict[int, RegisterModel] | None = None,
    *,
    client_timeout: float = 1.0,
) -> AsyncIterator[AlfenModbusClient]:
    """A ModbusServer on 127.0.0.1 for the charger, and a connected client with short waits."""
    server = ModbusServer(models or charger_models(charger))
    await server.start()
    try:
        async with AlfenModbusClient(
            "127.0.0.1", server.port, timeout=client_timeout, settle_timeout=0.5, poll_interval=0.02
        ) as client:
            yield client
    finally:
        await server.stop()


@contextlib.asynccontextmanager
async def applying(charger: SimCharger, cap: float = 32.0) -> AsyncIterator[None]:
    """Stand-in for the physics tick: each socket applies its EMS limit, capped at `cap` A."""

    async def tick() -> None:
        while True:
            for sock in charger.sockets:
                limit = charger.modbus_limit(sock)
                sock.limit = min(cap, limit if limit is not None else cap)
            await asyncio.sleep(0.01)

    task = asyncio.create_task(tick())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def eventually(check: Callable[[], Awaitable[bool]], within: float = 5.0) -> None:
    """Poll a condition read over the network (nothing to wait on) until true, bounded."""
    async with asyncio.timeout(within):
        while not await check():  # noqa: ASYNC110
            await asyncio.sleep(0.02)


def charger(**kwargs: object) -> SimCharger:
    return SimCharger(serial="ACE0123456", **kwargs)  # type: ignore[arg-type]


class Counting:
    """Passes requests on to the real model and records the reads the server received."""

    def __init__(self, model: RegisterModel) -> None:
        self.model = model
        self.reads: list[tuple[int, int]] = []

    def read(self, function_code: int, address: int, count: int) -> list[int]:
        self.reads.append((address, count))
        return self.model.read(function_code, address, count)

    def write(self, address: int, values: list[int]) -> None:
        self.model.write(address, values)
