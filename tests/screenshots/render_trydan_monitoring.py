"""Render the Live monitoring tab of the demo site's V2C Trydan at 1366×768 and 1920×1080: an
EV charging while the hair dryer goes on (dynamic power control lowers the EV), then the
hair-dryer test's PASS and its recorded plot.

python tests/screenshots/render_trydan_monitoring.py [OUT_DIR]   (default: tests/screenshots)

Writes monitoring-trydan-<size>.png, monitoring-trydan-hairdryer-<size>.png and
monitoring-trydan-recording-<size>.png.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.screenshots.render import open_window, run_script, save, save_over, settle

# isort: split
from PySide6.QtWidgets import QApplication, QWidget

from app.core.prompter import ScriptedPrompter
from app.services.demo import DemoSite
from app.ui.monitoring.tab import MonitoringTab
from app.workflows.hairdryer import HairDryerTiming

KEY = "V2C0100004"
SIZES = ((1366, 768), (1920, 1080))
TIMING = HairDryerTiming(
    warmup_s=2.0, session_timeout_s=30.0, settle_s=6.0, before_s=2.0, observe_s=10.0, final_s=2.0
)


async def save_sizes(window: QWidget, out: Path, stem: str) -> None:
    """The window at each size, as `<stem>-<w>x<h>.png`."""
    for width, height in SIZES:
        window.setGeometry(0, 0, width, height)
        await settle()
        await asyncio.sleep(0.6)  # the plot repaints from its timer
        save(window, out / f"{stem}-{width}x{height}.png")


async def hair_dryer_test(tab: MonitoringTab, demo: DemoSite) -> None:
    """The test with the EV charging and the demo's hair dryer switched on when asked."""

    async def dryer_on(_text: str) -> bool:
        await demo.switch_load("hair dryer", True).wait()
        return True

    control = tab.hair_dryer
    control.prompter = ScriptedPrompter({"test_load": 9.0, "load_on": dryer_on})
    control.timing = TIMING
    operation = control.start()
    assert operation is not None
    await operation.wait()
    await demo.switch_load("hair dryer", False).wait()


async def main(out: Path, _app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    window, services, demo = await open_window(data)
    try:
        await services.sessions.login(KEY, "").wait()
        window.charger_list.select(KEY)
        client = services.sessions.shared_client(KEY)
        assert client is not None
        await client.write({"ContractedPower": 9200})  # room for the EV above its minimum
        tab = window.monitoring
        assert tab is not None
        window.tabs.setCurrentWidget(tab)
        await asyncio.sleep(3.0)
        await demo.plug(KEY, 1, 3).wait()
        await asyncio.sleep(12.0)
        await demo.switch_load("hair dryer", True).wait()
        await asyncio.sleep(12.0)
        await save_sizes(window, out, "monitoring-trydan")
        await demo.switch_load("hair dryer", False).wait()
        await client.write({"ContractedPower": 6900})
        await asyncio.sleep(2.0)
        await hair_dryer_test(tab, demo)
        await asyncio.sleep(2.5)  # the readout's settings (read every 2 s) after the restore
        await save_sizes(window, out, "monitoring-trydan-hairdryer")
        tab.hair_dryer.show_plot()
        dialog = tab.hair_dryer.result_dialog
        assert dialog is not None
        for width, height in SIZES:
            window.setGeometry(0, 0, width, height)
            dialog.resize(min(1200, width - 100), min(640, height - 100))
            await settle()
            await asyncio.sleep(0.6)
            save_over(window, dialog, out / f"monitoring-trydan-recording-{width}x{height}.png")
        dialog.close()
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
