"""Render the Live monitoring tab after "Identify phases" found a miswired socket (demo site).

python tests/screenshots/render_phase_id.py [OUT_DIR]      (default: tests/screenshots)

The demo site runs 10x faster (the probe's steps last 1.5 s); socket 1 of ACE0100001 is wired
L2L3L1 through the control API while the charger is configured L1L2L3. Writes
monitoring-phase-id-1366x768.png and monitoring-phase-id-1920x1080.png.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.screenshots.render import DEMO_SITE, SIZE, run_script, settle
from tests.screenshots.render_monitoring import save_sizes
from tests.ui.helpers import log_in

# isort: split
from PySide6.QtWidgets import QApplication

from app.core.prompter import ScriptedPrompter
from app.services.context import build_services
from app.services.demo import start_demo
from app.ui.demo_panel import DemoPanel
from app.ui.main_window import MainWindow
from app.workflows.phase_id import ProbeSettings

KEY = "ACE0100001"
SCALE = 10.0


async def main(out: Path, _app: QApplication) -> None:
    services = build_services(Path(tempfile.mkdtemp(prefix="commissioner-shots-")))
    demo = await start_demo(services, DEMO_SITE, discovery=False, time_scale=SCALE)
    window = MainWindow(services, demo_panel=DemoPanel(demo))
    window.setGeometry(0, 0, *SIZE)
    window.show()
    try:
        await demo.wiring(KEY.lower(), 1, "L2L3L1").wait()
        await log_in(window, KEY)
        tab = window.monitoring
        assert tab is not None
        window.tabs.setCurrentWidget(tab)
        await settle(tab.phase_id.button.isEnabled)

        async def start_session(_text: str) -> bool:
            await demo.plug(KEY.lower(), 1, 3).wait()
            return True

        control = tab.phase_id
        control.prompter = ScriptedPrompter({"start_session": start_session})
        control.settings, control.rate_hz = ProbeSettings().scaled(SCALE), 8.0
        probe = control.start()
        assert probe is not None
        await probe.wait()
        await asyncio.sleep(2.0)
        await save_sizes(window, out, "monitoring-phase-id")
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
