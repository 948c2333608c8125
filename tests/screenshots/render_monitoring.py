"""Render the Live monitoring tab on the demo site: an EV charging, then the hair dryer on.

python tests/screenshots/render_monitoring.py [OUT_DIR]      (default: tests/screenshots)
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.screenshots.render import open_window, run_script, save, settle
from tests.ui.helpers import log_in

# isort: split
from PySide6.QtWidgets import QApplication

from app.ui.monitoring.tab import MonitoringTab


async def main(out: Path, _app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    window, services, demo = await open_window(data)
    try:
        await log_in(window, "ACE0100001")
        client = services.sessions.shared_client("ACE0100001")
        assert client is not None
        await client.write({"2064_0": 3, "2067_0": 20.0})  # ALB on, a 20 A connection
        tab = window.findChild(MonitoringTab)
        assert tab is not None
        window.tabs.setCurrentWidget(tab)
        await asyncio.sleep(4.0)
        await demo.plug("ace0100001", 1, 3).wait()
        await asyncio.sleep(14.0)
        await demo.switch_load("hair dryer", True).wait()
        await asyncio.sleep(12.0)
        await settle()
        save(window, out / "monitoring.png")
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
