"""Headline figures of the benchmarks, for `tests/bench/run_all.py`'s table.

A benchmark prints its own text as before and calls `record` for each figure with a goal (or
worth a row in the table). When `$BENCH_FIGURES` names a file (run_all.py sets it), each call
appends one JSON line there; otherwise `record` only returns the row.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

ENV = "BENCH_FIGURES"


@dataclass(frozen=True, slots=True)
class Figure:
    bench: str  # the benchmark's file stem, e.g. "bench_cli"
    name: str  # what was measured, in words
    measured: float
    unit: str
    goal: float | None = None  # None: printed for information only
    higher_is_better: bool = False  # a speed-up ratio or a rate (default: a time or a size)

    @property
    def met(self) -> bool | None:
        if self.goal is None:
            return None
        return self.measured >= self.goal if self.higher_is_better else self.measured <= self.goal


def record(
    bench: str,
    name: str,
    measured: float,
    unit: str,
    goal: float | None = None,
    *,
    higher_is_better: bool = False,
) -> Figure:
    """Keep one figure for the table (a no-op beyond returning it outside run_all.py)."""
    figure = Figure(bench, name, float(measured), unit, goal, higher_is_better)
    target = os.environ.get(ENV)
    if target:
        with Path(target).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(asdict(figure)) + "\n")
    return figure


def read_figures(path: Path) -> list[Figure]:
    """The figures a run appended to `path` (none when the file does not exist)."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Figure(**json.loads(line)) for line in lines if line.strip()]
