"""Render the V2C Trydan on the demo site: the Connect dialog (no password), the list and the
Overview tab once connected with an EV charging, and the demo panel's Trydan faults, each at
1366×768 and 1920×1080.

    python tests/screenshots/render_trydan_overview.py [OUT_DIR]   (default: tests/screenshots)

Pictures: `trydan_connect-*.png` (the dialog over the window), `trydan_main_window-*.png`
(list, Overview and demo panel) and `trydan_overview-*.png` (the tab alone).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from app.ui.demo_panel import DemoPanel
from tests.screenshots.render import (
    SIZES,
    open_window,
    resize,
    run_script,
    save,
    save_dialog,
    settle,
    sized,
)

TRYDAN = "V2C0100004"


async def main(out: Path, app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    window, services, demo = await open_window(data)
    try:
        await demo.plug(TRYDAN, 1, 3).wait()
        window.charger_list.select(TRYDAN)
        dialog = window.open_login()
        assert dialog is not None
        await save_dialog(window, dialog, out, "trydan_connect")
        operation = dialog.start_login()
        assert operation is not None
        await operation.wait()
        await settle(lambda: window.overview.overview is not None)
        panel = window.demo_dock.widget() if window.demo_dock else None
        if isinstance(panel, DemoPanel):
            panel.fault_charger.setCurrentText(TRYDAN)
            panel.socket_choice.setCurrentIndex(panel.socket_choice.findData(f"{TRYDAN}/1"))
        await asyncio.sleep(3.0)  # a few polls: the EV draws current
        window.refresh_current()
        await asyncio.sleep(1.0)
        for size in SIZES:
            await resize(window, size)
            save(window, out / sized("trydan_main_window", size))
            save(window.overview, out / sized("trydan_overview", size))
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
