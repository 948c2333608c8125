"""Live-monitoring plot load: 129 socket series + 3 meter phases, 1 h of 4 Hz history, 10 FPS.

    python tests/bench/bench_monitor_gui.py

Measures the Qt event-loop lag (how late a 5 ms timer fires) while the plot redraws the
visible window at 10 Hz and a row is appended at 4 Hz; prints p50/p99 (goal p99 <= 16 ms), the
redraw time (refresh + the events it posts) and how long the sockets' image takes to complete
(drawn in slices between other events). Offscreen; no network.

Measured on the 2-core dev machine: before (one PlotDataItem per socket phase, pyqtgraph's
grid): lag p99 148 ms, redraw p50 110 ms. After (sockets sliced into an image, own grid,
redraw only on a new row or view change): lag p99 ~18 ms, redraw p50 ~5 ms. Then (the meter
phases into the image too, a new row shifts the image and strokes only its segments): lag p99
9-14 ms against 53 ms for the previous code in the same minutes, on a machine shared with
other work (load average about 3 on 2 cores); the image is complete 2 ms after a row.

BENCH_SECONDS=5 shortens the run (profiling by hand).
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.core.series import SeriesTable
from app.ui.monitoring.plot import CurrentsPlot
from tests.bench.figures import record

SOCKETS = 43  # 43 sockets x 3 phases = 129 socket series
RATE_HZ = 4.0
SECONDS = float(os.environ.get("BENCH_SECONDS", "20"))


def main() -> None:
    app = QApplication(sys.argv[:1])
    names = [f"s{s}.I{p}" for s in range(1, SOCKETS + 1) for p in (1, 2, 3)]
    names += ["m.I1", "m.I2", "m.I3"]
    table = SeriesTable.for_duration(names, 3600 + SECONDS + 5, RATE_HZ)
    rng = np.random.default_rng(1)
    t = time.monotonic() - 3600
    while t < time.monotonic():
        table.append(t, dict(zip(names, rng.uniform(0, 16, len(names)).tolist(), strict=True)))
        t += 1 / RATE_HZ
    plot = CurrentsPlot()
    plot.resize(1000, 600)
    plot.show()
    plot.set_table(table, SOCKETS)
    lags: list[float] = []
    draws: list[float] = []
    images: list[float] = []
    expected = [time.monotonic() + 0.005]

    def probe() -> None:
        now = time.monotonic()
        lags.append(max(0.0, now - expected[0]) * 1000)
        expected[0] = now + 0.005

    def append() -> None:
        values = rng.uniform(0, 16, len(names)).tolist()
        table.append(time.monotonic(), dict(zip(names, values, strict=True)))

    def draw() -> None:
        start = time.perf_counter()
        plot.refresh()
        app.processEvents()
        draws.append((time.perf_counter() - start) * 1000)
        if plot.layer is not None and plot.layer.render_ms == plot.layer.render_ms:
            images.append(plot.layer.render_ms)

    timers = []
    for interval, slot in ((5, probe), (250, append), (100, draw)):
        timer = QTimer()
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        timer.start()
        timers.append(timer)
    QTimer.singleShot(int(SECONDS * 1000), app.quit)
    app.exec()
    lag = np.array(lags)
    print(f"series: {len(names) - 3} socket + 3 meter, history rows: {len(table)}")
    print(f"event-loop lag ms: p50 {np.percentile(lag, 50):.1f}  p99 {np.percentile(lag, 99):.1f}")
    what = f"event-loop lag p99, plot of {len(names)} series redrawn at 10 Hz"
    record("bench_monitor_gui", what, float(np.percentile(lag, 99)), "ms", 16.0)
    print(f"redraw ms: p50 {np.percentile(draws, 50):.1f}  p99 {np.percentile(draws, 99):.1f}")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: table {table.nbytes / 1e6:.1f} MB, peak RSS {rss_mb:.0f} MB")
    if images:
        print(f"sockets image complete after ms (wall, sliced): p50 {np.median(images):.0f}")


if __name__ == "__main__":
    main()
