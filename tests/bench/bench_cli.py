"""Benchmark: CLI commands as whole processes against one simulated charger.

Run: python tests/bench/bench_cli.py [--runs N] [--json FILE]
     (prints figures; not part of the test suite)

Each command runs N times (default 10) as a fresh `python -m app …` process; the table gives
the median, minimum and maximum wall time, beside `python -c pass` (the interpreter's floor)
and the time the command itself reported (`$COMMISSIONER_TIMING`: the handler without the
start-up: the network and the work). The simulated site runs in a separate process, started
once with `commissioner simulate` on 127.0.0.1; the password comes from the environment so no
keyring is read. The processes keep their bytecode as an installed program does
(tests/bench/processes.py).
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.figures import record
from tests.bench.processes import installed_like_env

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "presets" / "sites" / "demo.toml"
GOALS_MS = {"--version": 150.0, "get": 350.0}  # issue "Speed", goal 1


@contextmanager
def simulated_site(base: Path) -> Iterator[dict[str, object]]:
    endpoints = base / "endpoints.json"
    command = [sys.executable, "-m", "app", "simulate", "--site", str(SITE)]
    proc = subprocess.Popen(
        [*command, "--endpoints", str(endpoints)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        if "ready" not in proc.stdout.readline().decode():
            raise SystemExit("the simulated site did not start")
        yield json.loads(endpoints.read_text(encoding="utf-8"))
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Wall time of one process in ms, and the command's own time when it reported one."""
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    wall = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.strip()}")
    found = re.search(r"timing: command ([\d.]+) ms", done.stderr)
    return wall, float(found.group(1)) if found else None


def measure(name: str, argv: list[str], env: dict[str, str], runs: int) -> dict[str, object]:
    _run(argv, env)  # warm the file cache
    walls, inner = [], []
    for _ in range(runs):
        wall, own = _run(argv, env)
        walls.append(wall)
        if own is not None:
            inner.append(own)
    return {
        "command": name,
        "median_ms": statistics.median(walls),
        "min_ms": min(walls),
        "max_ms": max(walls),
        "inside_ms": statistics.median(inner) if inner else None,
        "goal_ms": GOALS_MS.get(name.split(maxsplit=1)[0]),
    }


def cases(charger: dict[str, object], data_dir: Path) -> list[tuple[str, list[str]]]:
    app = [sys.executable, "-m", "app", "--data-dir", str(data_dir)]
    url = str(charger["https"])
    return [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("--version", [sys.executable, "-m", "app", "--version"]),
        ("get (3 properties)", [*app, "get", url, "2069_0", "2062_0", "2126_0"]),
        ("info", [*app, "info", url]),
        ("props --json", [*app, "props", url, "--json"]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, simulated_site(Path(tmp)) as site:
        charger = site["chargers"][0]  # type: ignore[index]
        env = installed_like_env(
            Path(tmp) / "pycache",
            COMMISSIONER_PASSWORD=str(charger["password"]),
            COMMISSIONER_TIMING="1",
            PYTHONPATH=str(ROOT),
        )
        rows = [
            measure(name, argv, env, args.runs) for name, argv in cases(charger, Path(tmp) / "data")
        ]
    print(f"{'command':<22}{'median':>9}{'min':>9}{'max':>9}{'inside':>9}{'goal':>8}  (ms)")
    for row in rows:
        inside = "" if row["inside_ms"] is None else f"{row['inside_ms']:.0f}"
        goal = "" if row["goal_ms"] is None else f"{row['goal_ms']:.0f}"
        print(
            f"{row['command']:<22}{row['median_ms']:>9.0f}{row['min_ms']:>9.0f}"
            f"{row['max_ms']:>9.0f}{inside:>9}{goal:>8}"
        )
    for row in rows:
        if row["command"] != "python -c pass":
            record(
                "bench_cli",
                f"`commissioner {row['command']}`, whole process (median)",
                float(row["median_ms"]),  # type: ignore[arg-type]
                "ms",
                row["goal_ms"],  # type: ignore[arg-type]
            )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
