"""Benchmark: applying a Smart Charging Network (write + reboot + re-read) to 8, 32 and 64
simulated dual-socket chargers, all members at once against the same work one charger at a time.

Run: python tests/bench/bench_scn_apply.py [--sizes 8,32,64]   (prints figures; not in the suite)
Goal (issue "Speed", goal 4): at 64 chargers (128 sockets, the guide's maximum) at least 40x
faster than one at a time, and within 1.3x of the slowest single charger's time. The simulator
runs in its own process (each real charger is its own device), with a reboot time of 2 s; each
run starts from a fresh site. Where the time of the all-at-once run goes is printed per stage
(median and slowest charger): connecting and reading as found, writes, the reboot wait, as left.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.plan import ChargerPlan, Plan  # noqa: E402
from app.core.scn import ScnSettings, plan_network  # noqa: E402
from app.store.journal import Journal  # noqa: E402
from app.transports.pins import PinStore  # noqa: E402
from app.workflows.apply import Applier, Connect, Progress, connector  # noqa: E402
from app.workflows.scn_read import read_chargers  # noqa: E402
from tests.bench.figures import record  # noqa: E402
from tests.bench.processes import simulated_site  # noqa: E402

BENCH = "bench_scn_apply"

PASSWORD = "bench-pass"
REBOOT_SECONDS = 2


def site_toml(count: int) -> str:
    return f"""schema_version = 1
name = "bench car park {count}"

[[charger_groups]]
count = {count}
serial_prefix = "bench"
sockets = 2
password = "{PASSWORD}"
licence = ["SCN"]
wiring = "rotate"
reboot_seconds = {REBOOT_SECONDS}
"""


async def network(chargers: list[dict[str, object]], connect: Connect) -> Plan:
    targets = [ChargerPlan(str(c["serial"]), str(c["https"])) for c in chargers]
    readings = await read_chargers(targets, connect, max_parallel=len(targets))
    failed = [f"{r.serial}: {r.error}" for r in readings if r.error]
    if failed:
        raise SystemExit("cannot read the chargers: " + "; ".join(failed))
    settings = ScnSettings(name="BENCH", total_current=250, total_safe_current=64)
    return plan_network(settings, [r.candidate() for r in readings]).require_valid()


PARTS = {"as-found": "read as found", "waiting": "reboot wait", "as-left": "read as left"}


def stage_times(events: dict[str, list[tuple[float, str]]], start: float) -> dict[str, list[float]]:
    """Per charger, the seconds of each part of its apply: from the progress event that begins
    a part to the one that begins the next (before "as-found": connecting and logging in; a
    step's events: writes; "finished" ends the last part)."""
    parts: dict[str, list[float]] = {}
    for timeline in events.values():
        part, since = "log in", start
        for at, stage in timeline:
            new = "" if stage == "finished" else PARTS.get(stage, "writes")
            if new != part:
                parts.setdefault(part, []).append(at - since)
                part, since = new, at
    return parts


async def timed_apply(
    count: int, parallel: int, folder: Path
) -> tuple[float, list[float], dict[str, list[float]]]:
    """Wall time of one apply, and the time of each charger's turn when one at a time.

    One at a time, a charger's turn runs from the end of the previous one (or the start) to
    its own end: connecting and logging in, as-found, writes, reboot, as-left, logging out.
    """
    async with simulated_site(site_toml(count), folder, f"sim{count}") as chargers:
        # A fresh site has fresh certificates: pins from an earlier run would not match.
        pins = PinStore(folder / f"pins-{count}-{parallel}.json")
        connect = connector(lambda _s: PASSWORD, pins=pins)
        plan = await network(chargers, connect)
        finished: list[float] = []
        events: dict[str, list[tuple[float, str]]] = {}

        def progress(event: Progress) -> None:
            now = time.perf_counter()
            events.setdefault(event.serial, []).append((now, event.stage))
            if event.stage == "finished":
                finished.append(now)

        journal = Journal.create(folder / "journals", plan)
        with journal:
            applier = Applier(journal, connect, progress=progress, max_parallel=parallel)
            start = time.perf_counter()
            await applier.run()
            wall = time.perf_counter() - start
        state = journal.state
        if state.status != "complete":
            why = {c.message for c in state.chargers.values() if c.message}
            sim = (folder / f"sim{count}.log").read_text(encoding="utf-8")[-2000:]
            raise SystemExit(f"{count} chargers, {parallel} at once: {state.status}: {why}\n{sim}")
    ends = [start, *sorted(finished)]
    return wall, [b - a for a, b in itertools.pairwise(ends)], stage_times(events, start)


async def measure(sizes: list[int]) -> None:
    print(f"SCN apply (as-found, writes, reboot of {REBOOT_SECONDS} s, as-left) per charger")
    print(
        f"{'chargers':>8} {'parallel s':>11} {'one by one s':>13} {'speed-up':>9} "
        f"{'slowest single s':>17} {'parallel/slowest':>17}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-scn-") as tmp:
        folder = Path(tmp)
        for count in sizes:
            parallel, _, parts = await timed_apply(count, count, folder)
            sequential, turns, _ = await timed_apply(count, 1, folder)
            slowest = max(turns)
            print(
                f"{count:>8} {parallel:>11.2f} {sequential:>13.2f} "
                f"{sequential / parallel:>8.1f}x {slowest:>17.2f} {parallel / slowest:>16.2f}x",
                flush=True,
            )
            where = ", ".join(
                f"{name} {statistics.median(t):.2f}/{max(t):.2f}" for name, t in parts.items()
            )
            print(f"{'':>8} all at once, per charger median/slowest s: {where}", flush=True)
            if count == 64:
                speed_ok = sequential / parallel >= 40
                slow_ok = parallel / slowest <= 1.3
                print(
                    f"goal at 64: >= 40x faster: {'met' if speed_ok else 'MISSED'}; "
                    f"within 1.3x of the slowest single charger: "
                    f"{'met' if slow_ok else 'MISSED'}"
                )
                name = "SCN apply, 64 dual-socket chargers"
                record(BENCH, f"{name}: one at a time ÷ all at once", sequential / parallel,
                       "×", 40.0, higher_is_better=True)  # fmt: skip
                record(BENCH, f"{name}: all at once ÷ slowest single", parallel / slowest,
                       "×", 1.3)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="8,32,64", help="charger counts, comma-separated")
    args = parser.parse_args()
    asyncio.run(measure([int(n) for n in args.sizes.split(",")]))


if __name__ == "__main__":
    main()
