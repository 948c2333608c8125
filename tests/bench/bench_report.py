"""Rendering the commissioning report for 1, 16 and 64 chargers (goal: 64 in ≤ 10 s, the window
responsive throughout).

Run by hand: `.venv/bin/python tests/bench/bench_report.py` (offscreen). Records
one real visit on the simulated site first (apply, hair-dryer test with its plot, phase
identification, meter test), then copies that charger under new serials to make sites of 1,
16 and 64 chargers, and renders each through the window's `ReportRenderer` (steps on the
event loop). Prints per size: pages, wall time, the longest time the event loop waited
between two turns while rendering (what the window would feel), peak Python memory
(tracemalloc), the process's peak resident memory, and the PDF's size.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: it renders a PDF

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.core.report import Report
from app.core.report_visit import VisitCharger
from app.services.report.pdf import ReportRenderer
from app.store.report_files import SAMPLE_VISIT, load_thresholds, load_visit
from app.store.report_gather import report_for_visit
from tests.bench.figures import record
from tests.store.report_demo import record_visit

SIZES = (1, 16, 64)
GOAL_S = 10.0


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def site_of(base: Report, count: int) -> Report:
    charger = base.chargers[0]
    chargers = tuple(
        dataclasses.replace(charger, serial=f"ACE{n:07d}", name=f"Parking bay {n}")
        for n in range(1, count + 1)
    )
    return dataclasses.replace(base, chargers=chargers)


def render(report: Report, path: Path) -> tuple[int, float, float]:
    """Pages, seconds, and the longest wait of the event loop in ms."""
    renderer, loop = ReportRenderer(), QEventLoop()
    clock, ticker, gaps = QElapsedTimer(), QTimer(), [0]
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    pages = [0]
    renderer.progress.connect(lambda done, total: pages.__setitem__(0, total))
    renderer.finished.connect(loop.quit)
    renderer.failed.connect(lambda message: (print(message), loop.quit()))
    start = time.perf_counter()
    clock.start()
    ticker.start()
    renderer.start(report, path)
    loop.exec()
    ticker.stop()
    return pages[0], time.perf_counter() - start, float(max(gaps))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        print("recording one visit on the simulated site …", flush=True)
        demo = asyncio.run(record_visit(data))
        visit = load_visit(SAMPLE_VISIT)
        visit = dataclasses.replace(
            visit,
            chargers=(VisitCharger(demo.serial),),
            header=dataclasses.replace(visit.header, date=""),
        )
        base = report_for_visit(visit, data, load_thresholds("default"), "bench")
        print(
            f"{'chargers':>8} {'pages':>6} {'time s':>8} {'longest wait ms':>16} "
            f"{'peak py MB':>11} {'peak RSS MB':>12} {'PDF kB':>8}"
        )
        for count in SIZES:
            report = site_of(base, count)
            path = Path(folder) / f"report-{count}.pdf"
            tracemalloc.start()
            pages, seconds, wait = render(report, path)
            _now, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(
                f"{count:>8} {pages:>6} {seconds:>8.2f} {wait:>16.0f} {peak / 1e6:>11.1f} "
                f"{peak_rss_mb():>12.0f} {path.stat().st_size / 1024:>8.0f}",
                flush=True,
            )
            goal = GOAL_S if count == 64 else None
            record(
                "bench_report", f"report of {count} chargers ({pages} pages)", seconds, "s", goal
            )
            record("bench_report", f"report of {count}: longest event-loop wait", wait, "ms")
            if count == 64:
                verdict = "met" if seconds <= GOAL_S else "MISSED"
                print(f"goal: 64 chargers in ≤ {GOAL_S:g} s: {verdict}")
    del app


if __name__ == "__main__":
    main()
