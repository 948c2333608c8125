"""Render the Maintenance tab on the demo site during and after a firmware upgrade of two chargers.

    python tests/screenshots/render_maintenance.py [OUT_DIR]      (default: tests/screenshots)

Pictures at 1366×768 and 1920×1080: `maintenance_upgrading-…` with one charger still uploading
(its simulated link made slow) while the other installs, and `maintenance-…` after the upgrade,
with the clock read and a restore previewed. The site runs 20 times faster than real time.
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

from app.drivers.base import FirmwareLimits
from app.services.context import build_services
from app.services.demo import start_demo
from app.services.operations import Operation
from app.sim.alfen.firmware_image import make_image, release_name
from app.ui.demo_panel import DemoPanel
from app.ui.main_window import MainWindow
from app.ui.reboot_confirm import ASK_ON_SIMULATED_SITE

SIZES = ((1366, 768), (1920, 1080))
KEYS = ["ACE0100001", "ACE0100002"]
TARGET = "7.5.0-4500"


async def save_sizes(window: MainWindow, out: Path, name: str) -> None:
    for width, height in SIZES:
        window.setGeometry(0, 0, width, height)
        await settle()
        save(window, out / f"{name}-{width}x{height}.png")
    window.setGeometry(0, 0, *SIZES[0])


async def finish(operation: Operation | None) -> None:
    assert operation is not None
    await operation.wait()


async def main(out: Path, _app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    services = build_services(data, poll_interval=0.5)
    demo = await start_demo(services, DEMO_SITE, discovery=False, time_scale=20.0)
    services.settings.set_preference(ASK_ON_SIMULATED_SITE, False)
    window = MainWindow(services, demo_panel=DemoPanel(demo))
    window.setGeometry(0, 0, *SIZES[0])
    window.show()
    try:
        await settle(lambda: all(e.firmware for e in services.directory.entries()), 15)
        for key in KEYS:
            await finish(services.sessions.login(key, services.password_hints[key]))
        window.charger_list.select(KEYS[0])
        tab = window.maintenance
        assert tab is not None
        window.tabs.setCurrentWidget(tab)
        tab.firmware_service.limits = FirmwareLimits(poll=0.1, back=60.0)
        image = data / release_name(TARGET)
        image.write_bytes(make_image(TARGET, size=768 * 1024))
        demo.site.node("ace0100001").api.firmware.rate = 1000.0  # a slow link: still uploading
        panel = tab.firmware
        panel.choose_open = lambda: image
        panel.pick(KEYS)
        panel.choose_image()
        stages: dict[str, str] = {}
        tab.firmware_service.progressed.connect(lambda step: stages.update({step.key: step.stage}))
        panel.upgrade()
        await settle(lambda: stages.get(KEYS[1]) == "update", 30)
        await asyncio.sleep(0.3)  # a status or two into the update
        await save_sizes(window, out, "maintenance_upgrading")
        demo.site.node("ace0100001").api.firmware.rate = 400_000.0
        await finish(panel.operation)
        backup = data / "eve1.json"
        tab.files.choose_save = lambda _name, _kind: backup
        await finish(tab.files.save_backup())
        renamed = tab.service.name_plan(KEYS[0], "ace0100001", "Garage left")
        await finish(tab.service.apply_plan(KEYS[0], renamed, "name of ace0100001"))
        await finish(tab.clock.read())
        tab.files.choose_open = lambda: backup
        await finish(tab.files.read_restore())
        await settle()
        await save_sizes(window, out, "maintenance")
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
