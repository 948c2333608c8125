"""Benchmark: full snapshot of one simulated charger, batched vs one id per request.

Run: python tests/bench/bench_snapshot.py   (prints figures; not part of the test suite)
Goal (issue "Foundation"): at most one request per 25 ids read by id plus one per category
page, and at least 20x fewer requests than reading one id per request.
"""

from __future__ import annotations

import asyncio
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.drivers.alfen.client import IDS_PER_READ, PAGE_LIMIT, AlfenClient  # noqa: E402
from app.sim.runner import SimulatedSite  # noqa: E402
from app.transports.pins import PinStore  # noqa: E402
from tests.bench.figures import record  # noqa: E402


async def measure() -> None:
    async with SimulatedSite(ROOT / "presets/sites/demo.toml") as site:
        node = site.nodes[0]
        async with AlfenClient(node.api.url, node.charger.password, pins=PinStore()) as client:
            categories = await client.categories()
            start, before = time.perf_counter(), client.request_count
            snapshot = await client.snapshot()
            batched_s = time.perf_counter() - start
            batched = client.request_count - before

            ids = sorted(snapshot)
            start, before = time.perf_counter(), client.request_count
            for pid in ids:
                await client.read([pid])
            single_s = time.perf_counter() - start
            single = client.request_count - before

    walked = sum(1 for v in snapshot.values() if v.category)
    by_id = len(snapshot) - walked
    budget = (
        1
        + len(categories) * max(1, math.ceil(walked / PAGE_LIMIT))
        + math.ceil(by_id / IDS_PER_READ)
    )
    print(
        f"properties: {len(snapshot)} ({walked} by category walk over {len(categories)} "
        f"categories, {by_id} ids-only)"
    )
    print(f"batched snapshot : {batched:4d} requests, {batched_s * 1000:7.1f} ms")
    print(f"one id / request : {single:4d} requests, {single_s * 1000:7.1f} ms")
    print(f"request ratio    : {single / batched:.1f}x fewer (goal >= 20x)")
    print(
        f"request budget   : {batched} <= {budget} (1 categories + pages + ids/25): "
        f"{'met' if batched <= budget else 'MISSED'}"
    )
    name = "full snapshot of a charger: requests one id each ÷ batched"
    record("bench_snapshot", name, single / batched, "×", 20.0, higher_is_better=True)


if __name__ == "__main__":
    asyncio.run(measure())
