"""Benchmark: a simulated Trydan read by the V2C driver, over HTTP and over Modbus TCP.

Run: python tests/bench/bench_trydan.py   (prints figures; not part of the test suite)
Prints the requests one live sample costs (all channels over HTTP; the Modbus map's channels
over Modbus plus the rest over HTTP), the median time of a sample each way, and the requests
and time of a full snapshot (`props`: every keyword the driver knows). Requests are counted
by the simulated Trydan's servers, so they are what reached the charger.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.channels import Channel  # noqa: E402
from app.drivers.v2c.driver import V2C  # noqa: E402
from app.drivers.v2c.live import ModbusSource  # noqa: E402
from app.drivers.v2c.modbus import TrydanModbus  # noqa: E402
from app.sim.v2c.model import TrydanModel  # noqa: E402
from app.sim.v2c.server import SimulatedTrydan  # noqa: E402
from tests.bench.figures import record  # noqa: E402

ROUNDS = 50


def _requests(trydan: SimulatedTrydan) -> tuple[int, int]:
    return trydan.api.requests, trydan.registers.requests


async def _samples(
    trydan: SimulatedTrydan, modbus: TrydanModbus | None, channels: tuple[Channel, ...]
) -> tuple[str, float]:
    """Requests per sample (HTTP + Modbus) and the median time of one, in ms."""
    async with V2C.client(trydan.url, "") as client:
        source = V2C.sample_source(client, channels, modbus=modbus)
        await source.sample()  # connections opened
        http0, modbus0 = _requests(trydan)
        times = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            await source.sample()
            times.append(time.perf_counter() - start)
        http1, modbus1 = _requests(trydan)
    per = f"{(http1 - http0) / ROUNDS:.0f} HTTP + {(modbus1 - modbus0) / ROUNDS:.0f} Modbus"
    return per, statistics.median(times) * 1000


async def _snapshot(trydan: SimulatedTrydan) -> tuple[int, int, float]:
    async with V2C.client(trydan.url, "") as client:
        before, _ = _requests(trydan)
        start = time.perf_counter()
        records = await V2C.setting_records(client, None)
        elapsed = time.perf_counter() - start
        after, _ = _requests(trydan)
    return len(records), after - before, elapsed * 1000


async def measure() -> None:
    async with SimulatedTrydan(TrydanModel()) as trydan:
        every = V2C.channels(1)
        http_per, http_ms = await _samples(trydan, None, every)
        host, port = trydan.modbus_address.rsplit(":", 1)
        async with TrydanModbus(host, int(port)) as modbus:
            mapped = tuple(c for c in every if c.name in ModbusSource(modbus, every).names)
            modbus_per, modbus_ms = await _samples(trydan, modbus, every)
            only_per, only_ms = await _samples(trydan, modbus, mapped)
        keywords, requests, snapshot_ms = await _snapshot(trydan)
    print(f"live sample, median of {ROUNDS}:")
    print(f"  {len(every)} channels over HTTP       : {http_per} requests, {http_ms:6.1f} ms")
    print(f"  {len(every)} channels, Modbus + HTTP  : {modbus_per} requests, {modbus_ms:6.1f} ms")
    print(f"  {len(mapped)} channels of the Modbus map: {only_per} requests, {only_ms:6.1f} ms")
    print(
        f"full snapshot (props)        : {keywords} keywords, {requests} HTTP requests, "
        f"{snapshot_ms:6.1f} ms"
    )
    record("bench_trydan", f"Trydan live sample, {len(every)} channels over HTTP", http_ms, "ms")
    record("bench_trydan", "Trydan full snapshot (props)", snapshot_ms, "ms")


if __name__ == "__main__":
    asyncio.run(measure())
