"""Benchmark: 64 simulated chargers on one OCPP central system (the tool's, on 127.0.0.1).

1. Boot storm: every charger is pointed at the central system at once; time until all 64 have
   been accepted (BootNotification answered Accepted, first StatusNotification in).
2. Plan to all 64: the demo plan (one meter each) exported and pushed through the central
   system (ChangeConfiguration per key, then Reset), against the same plan applied over the
   local API by `apply` (all chargers at once), each on a fresh site; both end when every
   charger is back from its reboot.

Run: python tests/bench/bench_ocpp.py [--count 64]   (prints figures; not in the suite)
The simulator runs in this process, at time scale 1, with a reboot time of 2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.plan import ChargerPlan, Plan  # noqa: E402
from app.core.plan_file import loads_plan, with_field  # noqa: E402
from app.drivers.alfen.properties import PropertyId  # noqa: E402
from app.sim.runner import SimulatedSite  # noqa: E402
from app.sim.site import parse_site  # noqa: E402
from app.store.journal import Journal  # noqa: E402
from app.transports.ocpp_central import CentralSystem  # noqa: E402
from app.transports.pins import PinStore  # noqa: E402
from app.workflows.apply import Action, Applier, connector  # noqa: E402
from app.workflows.ocpp_export import export_plan  # noqa: E402
from app.workflows.ocpp_push import push  # noqa: E402

URL = PropertyId.parse("2071_1")
DEMO = loads_plan((ROOT / "presets" / "plans" / "demo-alb.toml").read_text())


def site(count: int) -> SimulatedSite:
    data = {
        "schema_version": 1,
        "name": f"ocpp bench {count}",
        "grid": {"phases": 3, "voltage": 230.0, "main_fuse": 250.0},
        "chargers": [
            {"serial": f"bench{n:05d}", "password": "bench-pass", "licence": ["ALB"],
             "reboot_seconds": 2}
            for n in range(count)
        ],
    }  # fmt: skip
    return SimulatedSite(parse_site(data, "bench.toml"), time_scale=1.0)


def plan_of(s: SimulatedSite) -> Plan:
    chargers: list[ChargerPlan] = []
    for n, node in enumerate(s.nodes):
        plan = with_field(DEMO.chargers[0], "serial", node.charger.serial)
        plan = with_field(plan, "address", node.api.url)
        plan = with_field(plan, "alb.meter.ip", f"10.0.{n // 200}.{n % 200 + 10}")
        chargers.append(dataclasses.replace(plan, back_office=None))
    return Plan("bench", tuple(chargers))


async def all_back(s: SimulatedSite, boots: int) -> None:
    while not all(n.charger.boot_count >= boots and not n.api.rebooting for n in s.nodes):  # noqa: ASYNC110
        await asyncio.sleep(0.02)  # the site has no event for it


async def boot_storm(count: int) -> tuple[float, float]:
    """(seconds until all accepted, until every connector status is in)."""
    async with site(count) as s, CentralSystem() as central:
        start = time.monotonic()
        for node in s.nodes:
            node.charger.values[URL] = central.url
        accepted = lambda: sum(p.boots > 0 for p in central.points.values()) == count  # noqa: E731
        assert await central.wait_for(accepted, 120), "not all chargers were accepted"
        booted = time.monotonic() - start
        reported = lambda: all(1 in p.status for p in central.points.values())  # noqa: E731
        assert await central.wait_for(reported, 60)
        refused = [e for e in central.timeline if e.detail.get("answer") not in (None, "Accepted")]
        assert not refused
        return booted, time.monotonic() - start


async def push_all(count: int) -> tuple[float, int]:
    """(seconds to push and see every charger back, keys per charger)."""
    async with site(count) as s, CentralSystem() as central:
        exports = export_plan(plan_of(s))
        for node in s.nodes:
            node.charger.values[URL] = central.url
        accepted = lambda: sum(p.boots > 0 for p in central.points.values()) == count  # noqa: E731
        assert await central.wait_for(accepted, 120)
        start = time.monotonic()
        outcomes = await push(central, exports, wait=120)
        assert all(o.ok for o in outcomes), [o.problem for o in outcomes if not o.ok][:3]
        await all_back(s, 2)
        return time.monotonic() - start, len(exports[0].changes)


async def apply_all(count: int) -> float:
    async with site(count) as s:
        plan = plan_of(s)
        with tempfile.TemporaryDirectory() as folder:
            connect = connector(lambda _s: "bench-pass", pins=PinStore(Path(folder) / "p.json"))
            start = time.monotonic()
            with Journal.create(Path(folder), plan) as journal:
                await Applier(journal, connect, max_parallel=count).run(Action.APPLY)
            assert journal.state.status == "complete", journal.state.status
            await all_back(s, 2)
            return time.monotonic() - start


async def main(count: int) -> None:
    booted, reported = await boot_storm(count)
    print(f"boot storm, {count} chargers: all accepted in {booted:.2f} s, "
          f"every connector status in {reported:.2f} s")  # fmt: skip
    pushed, keys = await push_all(count)
    print(f"push of the demo plan ({keys} keys + Reset each) to {count}: {pushed:.2f} s")
    applied = await apply_all(count)
    print(f"apply of the same plan over the local API to {count}: {applied:.2f} s")
    print(f"push / apply: {pushed / applied:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=64)
    asyncio.run(main(parser.parse_args().count))
