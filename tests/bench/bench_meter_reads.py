"""Benchmark: requests and wall time for one full meter reading, coalesced vs one per measurand.

Run by hand: `.venv/bin/python tests/bench/bench_meter_reads.py [READINGS]`. Each preset is
served by the simulated meter (real pymodbus server on 127.0.0.1); the goal is at least five
times fewer requests when coalesced. Loopback hides the network's round-trip time, so on a real
RS-485 gateway (tens of ms per request) the time saved grows with the request count.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.presets import MeterPreset
from app.sim.meter_sim import FixedGrid, GridState, MeterSimulator
from app.store.presets import load_library
from app.transports.meter_reader import MeterAddress, MeterReader, ModbusLink
from app.transports.read_blocks import ReadBlock, one_per_entry
from tests.bench.figures import record

GOAL = 5.0
GRID = GridState(currents=(12.0, 6.0, 3.0), power_factors=(0.95, 0.9, 1.0), import_wh=1e6)


async def measure(
    link: ModbusLink, preset: MeterPreset, plan: list[ReadBlock] | None, readings: int
) -> tuple[float, float]:
    """Requests per reading and milliseconds per reading."""
    reader = MeterReader(link, preset)
    if plan is not None:
        reader.plan = plan
    before, started = link.requests, time.perf_counter()
    for _ in range(readings):
        await reader.read()
    elapsed = time.perf_counter() - started
    return (link.requests - before) / readings, 1000 * elapsed / readings


async def bench(readings: int) -> bool:
    ok = True
    print(
        f"{'preset':<22} {'meas.':>5} {'req coalesced':>13} {'req naive':>9} {'ratio':>6} "
        f"{'ms coalesced':>12} {'ms naive':>9}"
    )
    for preset in load_library().presets:
        async with (
            MeterSimulator(preset, FixedGrid(GRID)) as sim,
            ModbusLink(MeterAddress("127.0.0.1", sim.port)) as link,
        ):
            req_c, ms_c = await measure(link, preset, None, readings)
            req_n, ms_n = await measure(link, preset, one_per_entry(preset.entries), readings)
        ratio = req_n / req_c
        ok &= ratio >= GOAL
        name = f"meter reading, {preset.name}: requests one by one ÷ coalesced"
        record("bench_meter_reads", name, ratio, "×", GOAL, higher_is_better=True)
        print(
            f"{preset.name:<22} {len(preset.entries):>5} {req_c:>13.0f} {req_n:>9.0f} "
            f"{ratio:>5.1f}x {ms_c:>12.2f} {ms_n:>9.2f}"
        )
    print(f"goal: at least {GOAL:g}x fewer requests for every preset: {'met' if ok else 'MISSED'}")
    return ok


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    sys.exit(0 if asyncio.run(bench(count)) else 1)
