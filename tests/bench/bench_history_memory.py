"""Memory of one hour of live history at 4 Hz (goal: ≤ 150 MB for 128 sockets + 3 meter phases).

Run by hand: `.venv/bin/python tests/bench/bench_history_memory.py`. Fills every ring
completely (as after an hour of monitoring an SCN of 128 sockets) and prints the bytes the
tables hold, the process's resident-memory growth, the cost of appending a row, and of
downsampling one hour of one series for a plot.
"""

from __future__ import annotations

import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np

from app.core.channels import names
from app.core.series import History, downsample
from app.drivers.alfen.channels import meter_channels, socket_channels
from tests.bench.figures import record

SOCKETS = 128
RATE_HZ = 4.0
SECONDS = 3600.0
GOAL_MB = 150.0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def fill(history: History, socket_names: tuple[str, ...], meter_names: tuple[str, ...]) -> float:
    """Create every table and write one hour of rows; seconds per appended row."""
    tables = [history.table(f"socket{n:03d}", socket_names) for n in range(SOCKETS)]
    tables.append(history.table("meter", meter_names))
    rows = int(SECONDS * RATE_HZ)
    rng = np.random.default_rng(1)
    samples = {name: float(v) for name, v in zip(socket_names, rng.normal(10, 1, 64), strict=False)}
    meter = {name: 5.0 for name in meter_names}
    start = time.perf_counter()
    for i in range(rows):
        t = i / RATE_HZ
        for table in tables[:-1]:
            table.append(t, samples)
        tables[-1].append(t, meter)
    return (time.perf_counter() - start) / (rows * len(tables))


def scenario(title: str, socket_names: tuple[str, ...], meter_names: tuple[str, ...]) -> None:
    before = rss_mb()
    tracemalloc.start()
    history = History(SECONDS, RATE_HZ)
    per_row = fill(history, socket_names, meter_names)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    grown = rss_mb() - before
    table = next(iter(history))[1]
    window = table.window()
    start = time.perf_counter()
    downsample(window.t, window.column(socket_names[0]), 2000)
    plot_ms = (time.perf_counter() - start) * 1000
    verdict = "within" if history.nbytes / 2**20 <= GOAL_MB else "OVER"
    print(
        f"{title}\n"
        f"  series: {SOCKETS} × {len(socket_names)} socket + {len(meter_names)} meter, "
        f"{int(SECONDS * RATE_HZ)} rows each\n"
        f"  table bytes {history.nbytes / 2**20:.1f} MiB, tracemalloc peak "
        f"{peak / 2**20:.1f} MiB ({verdict} the {GOAL_MB:g} MB goal); process RSS "
        f"{before:.0f} → {before + grown:.0f} MiB\n"
        f"  append {per_row * 1e6:.2f} µs per row, window+downsample of 1 h to 2000 points "
        f"{plot_ms:.1f} ms"
    )
    goal = GOAL_MB if title.startswith("A.") else None  # the goal is scenario A's
    record("bench_history_memory", f"1 h of history: {title[3:]}", peak / 2**20, "MiB", goal)
    del history


SCENARIOS = {
    "A": ("A. the goal: one current per socket, three meter phases", ("I",), ("I1", "I2", "I3")),
    "B": (
        "B. what a poller records: every socket channel, every meter channel",
        tuple(c.name.split(".", 1)[1] for c in socket_channels(1)),
        names(meter_channels()),
    ),
}


def main() -> None:
    if len(sys.argv) > 1:  # one scenario in this (fresh) process
        scenario(*SCENARIOS[sys.argv[1]])
        return
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}")
    for key in SCENARIOS:
        subprocess.run([sys.executable, __file__, key], check=True)


if __name__ == "__main__":
    main()
