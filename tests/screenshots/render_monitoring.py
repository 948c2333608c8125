"""Render the Live monitoring tab on the demo site at 1366×768 and 1920×1080: an EV charging
and the hair dryer on, then the hair-dryer test panel mid-test (at the clamp-meter question).

python tests/screenshots/render_monitoring.py [OUT_DIR]      (default: tests/screenshots)

Writes monitoring-<size>.png and monitoring-hairdryer-<size>.png.
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
from PySide6.QtWidgets import QApplication, QWidget

KEY = "ACE0100001"
SIZES = ((1366, 768), (1920, 1080))


async def save_sizes(window: QWidget, out: Path, stem: str) -> None:
    """The window at each size, as `<stem>-<w>x<h>.png`."""
    for width, height in SIZES:
        window.setGeometry(0, 0, width, height)
        await settle()
        await asyncio.sleep(0.6)  # the plot repaints from its timer
        save(window, out / f"{stem}-{width}x{height}.png")


async def main(out: Path, _app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    window, services, demo = await open_window(data)
    try:
        await log_in(window, KEY)
        client = services.sessions.shared_client(KEY)
        assert client is not None
        await client.write({"2064_0": 3, "2067_0": 20.0})  # ALB on, a 20 A connection
        tab = window.monitoring
        assert tab is not None
        window.tabs.setCurrentWidget(tab)
        await asyncio.sleep(4.0)
        await demo.plug(KEY.lower(), 1, 3).wait()
        await asyncio.sleep(14.0)
        await demo.switch_load("hair dryer", True).wait()
        await asyncio.sleep(12.0)
        await save_sizes(window, out, "monitoring")
        await demo.switch_load("hair dryer", False).wait()
        operation = tab.hair_dryer.start()
        assert operation is not None
        await settle(lambda: tab.hair_dryer.questions.key == "clamp_l1", 20.0)
        await save_sizes(window, out, "monitoring-hairdryer")
        operation.cancel()
        await operation.wait()
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
