"""Render every Commissioning page of the demo's V2C Trydan to PNG (run by hand).

    python tests/screenshots/render_trydan_commissioning.py [OUT_DIR]   (default: tests/screenshots)

Writes trydan-commissioning-<page>-<width>x<height>.png at 1366×768 and 1920×1080: current
limits (with the contracted-power calculator on the guide's worked example), charge mode,
dynamic power control, lock and LEDs, and review (after an apply, with the settings as left).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.screenshots.render import open_window, run_script, save, settle
from tests.screenshots.render_commissioning import SIZES, resize

# isort: split
from PySide6.QtWidgets import QApplication

from app.services.operations import OperationState
from app.ui.commissioning.dynamic_pages import CurrentLimitsPage
from app.ui.commissioning.tab import CommissioningTab
from app.ui.main_window import MainWindow

KEY = "V2C0100004"
FILES = {
    "Current limits": "limits",
    "Charge mode": "charge-mode",
    "Dynamic power control": "dynamic-power",
    "Lock and LEDs": "lock-leds",
    "Review": "review",
}


async def logged_in_tab(window: MainWindow) -> CommissioningTab:
    operation = window.services.sessions.login(KEY, "")
    assert await operation.wait() is OperationState.SUCCEEDED, operation.error
    window.charger_list.select(KEY)
    tab = window.commissioning
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    await settle(lambda: tab.service.key == KEY and tab.service.plan is not None)
    if window.demo_dock is not None:
        window.demo_dock.hide()  # the page itself, not the demo controls
    await settle()
    return tab


async def shoot(window: MainWindow, tab: CommissioningTab, title: str, out: Path) -> None:
    tab.show_page(title)
    for size in SIZES:
        suffix = await resize(window, size)
        await settle()
        save(window, out / f"trydan-commissioning-{FILES[title]}-{suffix}.png")


async def main(out: Path, _app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    window, services, _demo = await open_window(data)
    try:
        tab = await logged_in_tab(window)
        limits = tab.page("Current limits")
        assert isinstance(limits, CurrentLimitsPage)
        limits.calculator.power.setValue(11.0)  # the guide's worked example
        limits.calculator.use_button.click()
        tab.edit("dynamic_power.mode", "grid-and-solar")
        tab.edit("leds.light", "30")
        for title in ("Current limits", "Charge mode", "Dynamic power control", "Lock and LEDs"):
            await shoot(window, tab, title, out)
        operation = tab.apply()
        assert operation is not None
        await operation.wait()
        await settle()
        await shoot(window, tab, "Review", out)
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
