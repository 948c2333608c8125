"""Benchmark: firmware upgrade of 1, 8 and 32 simulated chargers with a 2 MB image, all at once
against one at a time, and against the slowest single charger.

Run: python tests/bench/bench_firmware.py [--sizes 1,8,32] [--time-scale 10]
(prints figures; not in the suite). The simulator runs in its own process and takes uploads at
a real charger's 18 KB/s of site time, so at time scale 10 the 2 MB image takes about 11.7 s of
wall time per charger; each update then walks its statuses (2 s of site time each) and reboots
(2 s). Status polls are scaled by the same factor. Each run starts from a fresh site.
Goal (issue 17): all at once within 1.3x of the slowest single charger.

The time scale multiplies the bytes per second both ends must encrypt: 32 chargers at scale 20
push 11.5 MB/s through Python TLS in slices of 6 KiB (the charger's record limit) on both ends
of one machine, which is then CPU-bound (at 18 KB/s per real charger, 32 chargers are 0.6 MB/s).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.drivers.alfen.driver import ALFEN  # noqa: E402
from app.drivers.base import ChargerClient, FirmwareLimits, FirmwareProgress  # noqa: E402
from app.sim.alfen.firmware_image import make_image, release_name  # noqa: E402
from app.transports.pins import PinStore  # noqa: E402
from app.workflows.firmware import FirmwareJob, upgrade_firmware  # noqa: E402
from tests.bench.figures import record  # noqa: E402
from tests.bench.processes import simulated_site  # noqa: E402

PASSWORD = "bench-pass"
REBOOT_SECONDS = 2
TARGET = "7.5.0-4500"
IMAGE = make_image(TARGET, size=2 * 1024 * 1024)


def site_toml(count: int) -> str:
    return f"""schema_version = 1
name = "bench firmware {count}"
session_idle_seconds = 3600

[[charger_groups]]
count = {count}
serial_prefix = "fwbench"
password = "{PASSWORD}"
reboot_seconds = {REBOOT_SECONDS}
"""


async def timed_upgrade(
    count: int, parallel: int, folder: Path, scale: float
) -> tuple[float, list[float]]:
    """Wall time of one upgrade run, and each charger's turn (from the previous charger's end,
    or the start, to its own end; meaningful one at a time)."""
    async with simulated_site(
        site_toml(count), folder, f"sim{count}", time_scale=scale
    ) as chargers:
        pins = PinStore(folder / f"pins-{count}-{parallel}.json")

        async def open_client(url: str) -> ChargerClient:
            return await ALFEN.client(url, PASSWORD, pins=pins, timeout=30.0).__aenter__()

        finished: list[float] = []

        def progress(_serial: str, event: FirmwareProgress) -> None:
            if event.stage == "version":
                finished.append(time.perf_counter())

        limits = FirmwareLimits(poll=2.0 / scale, update=900.0 / scale + 60, upload_grace=120)
        job = FirmwareJob(
            release_name(TARGET),
            IMAGE,
            [str(c["https"]) for c in chargers],
            open_client,
            parallel=parallel,
            limits=limits,
            on_progress=progress,
        )
        start = time.perf_counter()
        summary = await upgrade_firmware(job)
        wall = time.perf_counter() - start
        if not (summary.ok and summary.same_version):
            why = {c.message for c in summary.chargers if c.message}
            raise SystemExit(f"{count} chargers, {parallel} at once: {why}")
    ends = [start, *sorted(finished)]
    return wall, [b - a for a, b in itertools.pairwise(ends)]


async def measure(sizes: list[int], scale: float) -> None:
    upload = len(IMAGE) / 18_000 / scale
    print(
        f"Firmware upgrade, {len(IMAGE) / 1e6:.1f} MB image at 18 KB/s site time, time scale "
        f"{scale:g} (upload alone {upload:.1f} s per charger), reboot {REBOOT_SECONDS} s"
    )
    print(
        f"{'chargers':>8} {'at once s':>10} {'one by one s':>13} {'speed-up':>9} "
        f"{'slowest single s':>17} {'at once/slowest':>16}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-fw-") as tmp:
        folder = Path(tmp)
        for count in sizes:
            together, _ = await timed_upgrade(count, count, folder, scale)
            sequential, turns = await timed_upgrade(count, 1, folder, scale)
            slowest = max(turns)
            ratio = together / slowest
            name = f"firmware upgrade, {count} chargers: at once ÷ slowest single"
            record("bench_firmware", name, ratio, "×", 1.3)
            print(
                f"{count:>8} {together:>10.2f} {sequential:>13.2f} "
                f"{sequential / together:>8.1f}x {slowest:>17.2f} {ratio:>15.2f}x "
                f"{'(goal 1.3x met)' if ratio <= 1.3 else '(goal 1.3x MISSED)'}",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,8,32", help="charger counts, comma-separated")
    parser.add_argument("--time-scale", type=float, default=10.0)
    args = parser.parse_args()
    asyncio.run(measure([int(n) for n in args.sizes.split(",")], args.time_scale))


if __name__ == "__main__":
    main()
