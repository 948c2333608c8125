"""Benchmark: the whole test suite, as README.md runs it (`python -m pytest`), wall time.

Run: python tests/bench/bench_suite.py   (about five minutes; not part of the test suite)
Goal (issue "Speed", 6): the suite in at most 4 minutes on a 2-core machine, with its command
unchanged for a user. Prints pytest's own summary line beside the wall time of the process,
which includes starting the test processes and collecting the tests in each of them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.figures import record  # noqa: E402

GOAL_S = 240.0


def main() -> int:
    env = {k: v for k, v in os.environ.items() if k != "BENCH_FIGURES"}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "(no output)"
    print(f"test suite: {wall:.0f} s wall ({os.cpu_count()} cores); pytest says: {summary}")
    if done.returncode != 0:
        failed = [line for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
        print("\n".join(failed or done.stdout.splitlines()[-30:]))
        print("the suite did not pass: its time is not a figure", file=sys.stderr)
        return 1
    record("bench_suite", "test suite, `python -m pytest` as README.md runs it", wall, "s", GOAL_S)
    return 0


if __name__ == "__main__":
    sys.exit(main())
