"""Load switch to plot: how long until a 9 A hair dryer on grid L2 is in the curve the plot draws.

    python tests/bench/bench_load_to_plot.py [REPEATS]

The demo site runs in-process on 127.0.0.1, the Live monitoring tab samples the logged-in
charger at 4 Hz. Each repeat switches the hair dryer (on, then off) on the site object and
times four stages: the simulator's physics has the new grid current (its 4 Hz tick); the
charger's meter property 2221_B holds it (like a real charger, the simulated one reads its
Modbus meter once a second); the monitoring table holds it (our 4 Hz poll); the plot's
meter-L2 curve data shows it (our repaint). Prints median/p90/max of each, from the switch
and, for our pipeline, from the charger having the value (goal: <= 0.3 s at 4 Hz).
Offscreen; no other network.

Our poll and the simulated charger's meter read keep their phase for a whole run, so
charger -> table is nearly constant within a run (anywhere in 0..250 ms plus the read between
runs). Measured here: with the 10 Hz repaint timer, table -> plot added up to 100 ms
(charger -> plot 289 ms median in a run); with the repaint on each new row it adds ~0 ms
(charger -> plot 240 ms median, max 245 ms, in a run with the worst poll phase).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.drivers.alfen.channels import meter_channels  # noqa: E402
from app.services import pyside_compat  # noqa: E402
from app.services.context import build_services  # noqa: E402
from app.services.demo import start_demo  # noqa: E402
from app.ui.demo_panel import DemoPanel  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.monitoring.tab import MonitoringTab  # noqa: E402
from tests.bench.figures import record  # noqa: E402

DEMO_SITE = ROOT / "presets" / "sites" / "demo.toml"
KEY = "ACE0100001"
STEP_A = 4.5  # half the hair dryer's 9 A


async def until(condition: object, timeout: float = 5.0) -> float:
    """Poll `condition` every millisecond; the monotonic time it first held."""
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the change did not arrive")
        await asyncio.sleep(0.001)
    return time.monotonic()


def drawn_l2(tab: MonitoringTab) -> float:
    _x, y = tab.plot.curves["m.I2"].getData()
    finite = y[np.isfinite(y)] if y is not None else np.empty(0)
    return float(finite[-1]) if finite.size else float("nan")


def table_l2(tab: MonitoringTab) -> float:
    table = tab.service.table
    return table.latest().get("m.I2", float("nan")) if table is not None else float("nan")


async def measure(repeats: int) -> dict[str, list[float]]:
    services = build_services(Path(tempfile.mkdtemp(prefix="bench-load-")), timeout=3.0)
    demo = await start_demo(services, DEMO_SITE, discovery=False)
    window = MainWindow(services, demo_panel=DemoPanel(demo))
    window.show()
    stages: dict[str, list[float]] = {"physics": [], "charger": [], "table": [], "plot": []}
    pid = next(c.pid for c in meter_channels() if c.name == "m.I2")
    charger = demo.site.node(KEY.lower()).charger
    try:
        window.charger_list.select(KEY)
        dialog = window.open_login()
        assert dialog is not None
        operation = dialog.start_login()
        assert operation is not None
        await operation.wait()
        tab = window.monitoring
        assert tab is not None
        await until(lambda: np.isfinite(drawn_l2(tab)), 15.0)
        await asyncio.sleep(1.0)
        site = demo.site.live
        load = site.loads["hair dryer"]
        for i in range(repeats * 2):
            before = drawn_l2(tab)
            step = STEP_A if not load.on else -STEP_A

            def moved(value: float, before: float = before, step: float = step) -> bool:
                return (value - before) * np.sign(step) > abs(step)

            await asyncio.sleep(0.05 + (i * 0.137) % 0.3)  # vary the phase against the polls
            start = time.monotonic()
            load.on = not load.on
            physics = await until(lambda: moved(site.grid[1]))
            seen = await until(lambda: moved(float(charger.values[pid])))
            table = await until(lambda: moved(table_l2(tab)))
            plot = await until(lambda: moved(drawn_l2(tab)))
            stages["physics"].append(physics - start)
            stages["charger"].append(seen - start)
            stages["pipeline"] = [*stages.get("pipeline", []), plot - seen]
            stages["table"].append(table - start)
            stages["plot"].append(plot - start)
            await asyncio.sleep(0.6)
    finally:
        window.close()
        await services.shutdown()
    return stages


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    application = QApplication(sys.argv[:1])
    application.setQuitOnLastWindowClosed(False)
    pyside_compat.install()
    loop = qasync.QEventLoop(application)
    with asyncio.Runner(loop_factory=lambda: loop) as runner:
        stages = runner.run(measure(repeats))
    print(f"{len(stages['plot'])} switches (hair dryer on and off), monitoring at 4 Hz")
    for name, values in stages.items():
        ms = np.array(values) * 1000
        label = "charger -> plot" if name == "pipeline" else f"switch -> {name}"
        print(
            f"{label:17s} ms: median {np.median(ms):4.0f}  "
            f"p90 {np.percentile(ms, 90):4.0f}  max {ms.max():4.0f}"
        )
        if name == "pipeline":
            what = "load switch: charger has the value → plot shows it (median)"
            record("bench_load_to_plot", what, float(np.median(ms)) / 1000, "s", 0.3)


if __name__ == "__main__":
    main()
