"""Render the SCN tab on the demo site with a network of its three chargers, four EVs plugged.

    python tests/screenshots/render_scn.py [OUT_DIR]      (default: tests/screenshots)

Pictures: the question before the members restart (scn_confirm.png), and at 1366×768 and
1920×1080 the set-up page after applying (scn_setup-…) and the network overview with one
socket waiting its turn (scn_overview-…). The site runs 20 times faster than real time; SCN is
unlocked on the third charger directly on the simulated charger (the licence flow has its own
pictures).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.screenshots.render import DEMO_SITE, run_script, save, settle

# isort: split
from PySide6.QtWidgets import QApplication

from app.core.licence import Feature
from app.drivers.alfen.properties import PropertyId
from app.services.context import build_services
from app.services.demo import start_demo
from app.ui.demo_panel import DemoPanel
from app.ui.main_window import MainWindow

SIZES = ((1366, 768), (1920, 1080))
KEYS = ["ACE0100001", "ACE0100002", "ACE0100003"]
SOCKETS = [("ace0100001", 1), ("ace0100002", 1), ("ace0100003", 1), ("ace0100003", 2)]


async def save_sizes(window: MainWindow, out: Path, name: str) -> None:
    for width, height in SIZES:
        window.setGeometry(0, 0, width, height)
        await settle()
        save(window, out / f"{name}-{width}x{height}.png")
    window.setGeometry(0, 0, *SIZES[0])


async def main(out: Path, _app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    services = build_services(data, poll_interval=0.5)
    demo = await start_demo(services, DEMO_SITE, discovery=True, time_scale=20.0)
    window = MainWindow(services, demo_panel=DemoPanel(demo))
    window.setGeometry(0, 0, *SIZES[0])
    window.show()
    try:
        await settle(lambda: all(len(e.transports) == 2 for e in services.directory.entries()), 15)
        third = demo.site.node("ace0100003").charger
        third.values[PropertyId.parse("21A2_0")] = third.licence_bits | int(Feature.SCN)
        page = window.scn
        assert page is not None
        window.tabs.setCurrentWidget(page)
        setup = page.setup
        setup.pick(KEYS)
        reading = setup.read_members()
        assert reading is not None
        await reading.wait()
        setup.name.setText("DEMO")
        setup.with_alb.setChecked(True)
        setup.meter_member.setCurrentIndex(0)
        await settle()
        question = setup.apply()
        assert question is not None
        await settle()
        save(question, out / "scn_confirm.png")
        question.restart.click()
        assert setup.operation is not None
        await setup.operation.wait()
        await settle()
        await save_sizes(window, out, "scn_setup")
        for serial, socket in SOCKETS:
            await demo.plug(serial, socket, 3).wait()
        await asyncio.sleep(6.0)  # the one-minute test phase of each new session, 20× faster
        page.setCurrentWidget(page.overview)
        reading = page.overview.refresh() or page.overview.operation
        assert reading is not None
        await reading.wait()
        await settle()
        await save_sizes(window, out, "scn_overview")
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
