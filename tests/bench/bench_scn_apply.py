"""Benchmark: applying a Smart Charging Network (write + reboot + re-read) to 8, 32 and 64
simulated chargers, all members at once against the same work one charger at a time.

Run: python tests/bench/bench_scn_apply.py [--sizes 8,32,64]   (prints figures; not in the suite)
Goal (issue 9): at 64 chargers at least 10x faster than one at a time, and within 1.5x of the
slowest single charger's time. The simulator runs in its own process (each real charger is its
own device), with a reboot time of 2 s; each run starts from a fresh site.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.plan import ChargerPlan, Plan  # noqa: E402
from app.core.scn import ScnSettings, plan_network  # noqa: E402
from app.store.journal import Journal  # noqa: E402
from app.transports.pins import PinStore  # noqa: E402
from app.workflows.apply import Applier, Connect, Progress, connector  # noqa: E402
from app.workflows.scn_read import read_chargers  # noqa: E402

PASSWORD = "bench-pass"
REBOOT_SECONDS = 2


def site_toml(count: int) -> str:
    return f"""schema_version = 1
name = "bench car park {count}"

[[charger_groups]]
count = {count}
serial_prefix = "bench"
password = "{PASSWORD}"
licence = ["SCN"]
wiring = "rotate"
reboot_seconds = {REBOOT_SECONDS}
"""


@contextlib.asynccontextmanager
async def simulated_site(count: int, folder: Path) -> AsyncIterator[list[dict[str, object]]]:
    """A car park of `count` chargers served by `commissioner simulate` in its own process."""
    site = folder / f"site{count}.toml"
    site.write_text(site_toml(count), encoding="utf-8")
    endpoints = folder / f"endpoints{count}.json"
    endpoints.unlink(missing_ok=True)
    log = (folder / f"sim{count}.log").open("w", encoding="utf-8")
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "simulate",
        "--site",
        str(site),
        "--endpoints",
        str(endpoints),
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=log,
    )
    try:
        async with asyncio.timeout(120):
            while not endpoints.exists():  # noqa: ASYNC110 - another process writes it
                await asyncio.sleep(0.1)
        yield json.loads(endpoints.read_text(encoding="utf-8"))["chargers"]
    finally:
        proc.terminate()
        async with asyncio.timeout(30):
            await proc.wait()
        log.close()


async def network(chargers: list[dict[str, object]], connect: Connect) -> Plan:
    targets = [ChargerPlan(str(c["serial"]), str(c["https"])) for c in chargers]
    readings = await read_chargers(targets, connect, max_parallel=len(targets))
    failed = [f"{r.serial}: {r.error}" for r in readings if r.error]
    if failed:
        raise SystemExit("cannot read the chargers: " + "; ".join(failed))
    settings = ScnSettings(name="BENCH", total_current=250, total_safe_current=64)
    return plan_network(settings, [r.candidate() for r in readings]).require_valid()


async def timed_apply(count: int, parallel: int, folder: Path) -> tuple[float, list[float]]:
    """Wall time of one apply, and the time of each charger's turn when one at a time.

    One at a time, a charger's turn runs from the end of the previous one (or the start) to
    its own end: connecting and logging in, as-found, writes, reboot, as-left, logging out.
    """
    async with simulated_site(count, folder) as chargers:
        # A fresh site has fresh certificates: pins from an earlier run would not match.
        pins = PinStore(folder / f"pins-{count}-{parallel}.json")
        connect = connector(lambda _s: PASSWORD, pins=pins)
        plan = await network(chargers, connect)
        finished: list[float] = []

        def progress(event: Progress) -> None:
            if event.stage == "finished":
                finished.append(time.perf_counter())

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
    return wall, [b - a for a, b in itertools.pairwise(ends)]


async def measure(sizes: list[int]) -> None:
    print(f"SCN apply (as-found, writes, reboot of {REBOOT_SECONDS} s, as-left) per charger")
    print(
        f"{'chargers':>8} {'parallel s':>11} {'one by one s':>13} {'speed-up':>9} "
        f"{'slowest single s':>17} {'parallel/slowest':>17}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-scn-") as tmp:
        folder = Path(tmp)
        for count in sizes:
            parallel, _ = await timed_apply(count, count, folder)
            sequential, turns = await timed_apply(count, 1, folder)
            slowest = max(turns)
            print(
                f"{count:>8} {parallel:>11.2f} {sequential:>13.2f} "
                f"{sequential / parallel:>8.1f}x {slowest:>17.2f} {parallel / slowest:>16.2f}x",
                flush=True,
            )
            if count == 64:
                speed_ok = sequential / parallel >= 10
                slow_ok = parallel / slowest <= 1.5
                print(
                    f"goal at 64: >= 10x faster: {'met' if speed_ok else 'MISSED'}; "
                    f"within 1.5x of the slowest single charger: "
                    f"{'met' if slow_ok else 'MISSED'}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="8,32,64", help="charger counts, comma-separated")
    args = parser.parse_args()
    asyncio.run(measure([int(n) for n in args.sizes.split(",")]))


if __name__ == "__main__":
    main()
