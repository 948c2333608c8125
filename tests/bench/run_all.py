"""Run every benchmark and print one table: figure, goal, measured, met or missed.

Run: python tests/bench/run_all.py [--only NAME ...] [--skip NAME ...] [--out DIR] [--merge]

Each tests/bench/bench_*.py runs as its own process with its default arguments (one after the
other: they time things and must not share the machine); the figures each one records
(tests/bench/figures.py) are gathered into the table, which is printed and written to
DIR/latest.json and DIR/latest.md (default DIR: tests/bench/results) with the machine it was
measured on. A benchmark that fails or records nothing gets a row saying so. Run it on an idle
machine: the load average before the run is written beside the figures. `--merge` keeps the
figures of the benchmarks not run this time from DIR/latest.json (after re-running one).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.figures import ENV, Figure, read_figures  # noqa: E402

HERE = Path(__file__).resolve().parent
TIMEOUT_S = 1800


def benches(only: list[str], skip: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    chosen = [p for p in found if (not only or p.stem in only) and p.stem not in skip]
    unknown = set(only) - {p.stem for p in found}
    if unknown:
        raise SystemExit(f"no such benchmark: {', '.join(sorted(unknown))}")
    return chosen


def run_one(path: Path, work: Path) -> tuple[list[Figure], str, float]:
    """The figures of one benchmark, a problem in words ("" when none), and its wall time."""
    target = work / f"{path.stem}.jsonl"
    env = {**os.environ, ENV: str(target)}
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, str(path)],
            cwd=ROOT,
            env=env,
            timeout=TIMEOUT_S,
            check=False,
            capture_output=True,
            text=True,
        )
    except subprocess.TimeoutExpired:
        return read_figures(target), f"stopped after {TIMEOUT_S} s", time.perf_counter() - started
    elapsed = time.perf_counter() - started
    sys.stdout.write(done.stdout)
    figures = read_figures(target)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return figures, f"exit {done.returncode}: {last}", elapsed
    return figures, "" if figures else "recorded no figure", elapsed


def earlier(path: Path) -> list[Figure]:
    """The figures of an earlier run's latest.json (none when there is none)."""
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {f.name for f in dataclasses.fields(Figure)}
    return [Figure(**{k: v for k, v in row.items() if k in names}) for row in data["figures"]]


def earlier_date(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return str(data.get("machine", {}).get("date", "before"))


def machine() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                 if line.startswith("model name")]  # fmt: skip
        cpu = names[0] if names else cpu
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_before": load,
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _cell(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    digits = 0 if abs(value) >= 100 else 2 if abs(value) < 10 else 1
    return f"{value:.{digits}f} {unit}".strip()


def table(figures: list[Figure], problems: dict[str, str]) -> list[list[str]]:
    rows = []
    for f in figures:
        verdict = {True: "met", False: "MISSED", None: ""}[f.met]
        goal = (
            "" if f.goal is None else ("≥ " if f.higher_is_better else "≤ ") + _cell(f.goal, f.unit)
        )
        rows.append([f.bench, f.name, goal, _cell(f.measured, f.unit), verdict])
    rows += [[bench, problem, "", "", "FAILED"] for bench, problem in problems.items()]
    return rows


def render_text(rows: list[list[str]]) -> str:
    header = ["benchmark", "figure", "goal", "measured", ""]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [header, *rows]]
    return "\n".join(line.rstrip() for line in lines)


def render_markdown(rows: list[list[str]], where: dict[str, object]) -> str:
    load = where["load_before"]
    head = (
        "# Benchmark figures\n\n"
        f"Measured {where.get('earlier', where['date'])} by `python tests/bench/run_all.py` on "
        f"{where['platform']}, {where['cpu']} ({where['cores']} cores), Python "
        f"{where['python']}; load average before the run "
        f"{load if not isinstance(load, float) else round(load, 2)}.{_rerun(where)}\n\n"
        "| benchmark | figure | goal | measured | |\n|---|---|---|---|---|\n"
    )
    return head + "".join("| " + " | ".join(r) + " |\n" for r in rows)


def _rerun(where: dict[str, object]) -> str:
    if "rerun" not in where:
        return ""
    return f" Re-run {where['date']}: {where['rerun']}."


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], metavar="NAME", help="e.g. bench_cli")
    parser.add_argument("--skip", nargs="*", default=[], metavar="NAME")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--merge", action="store_true", help="keep the others' last figures")
    args = parser.parse_args()
    where = machine()
    figures: list[Figure] = []
    problems: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for path in benches(args.only, args.skip):
            print(f"--- {path.stem}", flush=True)
            found, problem, elapsed = run_one(path, Path(tmp))
            print(f"--- {path.stem}: {elapsed:.0f} s", flush=True)
            figures += found
            if problem:
                problems[path.stem] = problem
    if args.merge:
        ran = {p.stem for p in benches(args.only, args.skip)}
        kept = [f for f in earlier(args.out / "latest.json") if f.bench not in ran]
        figures = sorted(kept + figures, key=lambda f: f.bench)
        where["rerun"] = ", ".join(sorted(ran))
        where["earlier"] = earlier_date(args.out / "latest.json")
    rows = table(figures, problems)
    print()
    print(render_text(rows))
    args.out.mkdir(parents=True, exist_ok=True)
    data = {"machine": where, "figures": [asdict(f) | {"met": f.met} for f in figures]}
    data["problems"] = problems
    (args.out / "latest.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    (args.out / "latest.md").write_text(render_markdown(rows, where), encoding="utf-8")
    return 1 if problems or any(f.met is False for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
