"""Render the Meter page with a "Test smart meter" result on the demo site (run by hand).

    python tests/screenshots/render_meter_test.py [OUT_DIR]      (default: tests/screenshots)

Writes commissioning-meter-test-<width>x<height>.png at 1366×768 and 1920×1080: the SDM630
preset, the demo's grid meter read through ACE0100001 and directly, with the sign check
failing (the `meter_inverted` fault, the site drawing from the grid).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.screenshots.render import open_window, run_script, save, settle

# isort: split
from PySide6.QtWidgets import QApplication

from app.ui.commissioning.meter_page import MeterPage
from tests.screenshots.render_commissioning import KEY, SIZES, logged_in_tab, resize


async def main(out: Path, _app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    window, services, demo = await open_window(data)
    try:
        tab = await logged_in_tab(window)
        meter = tab.show_page("Meter")
        assert isinstance(meter, MeterPage)
        meter.select("eastron-sdm630")
        await (demo.fault(KEY, "meter_inverted", on=True)).wait()
        await settle(lambda: demo.state.get("site", {}).get("meter_inverted") is not False)
        await asyncio.sleep(2.5)  # the charger polls the inverted meter once or twice
        meter.test.importing.setCurrentIndex(1)
        operation = meter.test.start()
        assert operation is not None
        await operation.wait()
        await settle()
        for size in SIZES:
            suffix = await resize(window, size)
            save(window, out / f"commissioning-meter-test-{suffix}.png")
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
