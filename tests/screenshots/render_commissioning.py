"""Render every page of the Commissioning tab on the demo site to PNG (run by hand).

    python tests/screenshots/render_commissioning.py [OUT_DIR]      (default: tests/screenshots)

Writes commissioning-<page>-<width>x<height>.png at 1366×768 and 1920×1080: licences, alb,
meter (a custom register map), phases, power, connectivity and review (after an apply, with
the settings as left). The tests never write here; they save their pictures under their own
tmp_path.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.screenshots.render import open_window, run_script, save, settle
from tests.ui.helpers import log_in

# isort: split
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.commissioning.meter_page import MeterPage
from app.ui.commissioning.pages import ConnectivityPage, LicencesPage
from app.ui.commissioning.review import ReviewPage
from app.ui.commissioning.tab import CommissioningTab
from app.ui.main_window import MainWindow

KEY = "ACE0100001"
SIZES = ((1366, 768), (1920, 1080))


async def resize(window: MainWindow, size: tuple[int, int]) -> str:
    """Give the window `size`; the file-name suffix for it."""
    window.setGeometry(0, 0, *size)
    await settle()
    await settle(lambda: window.width() == size[0])
    return f"{size[0]}x{size[1]}"


async def logged_in_tab(window: MainWindow) -> CommissioningTab:
    await log_in(window, KEY)
    tab = window.commissioning
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    await settle(lambda: tab.service.plan is not None)
    if window.demo_dock is not None:
        window.demo_dock.hide()  # the page itself, not the demo controls
    await settle()
    return tab


async def shoot(window: MainWindow, tab: CommissioningTab, title: str, out: Path) -> None:
    """The page at every size."""
    tab.show_page(title)
    name = {"ALB data source": "alb"}.get(title, title.lower())
    for size in SIZES:
        suffix = await resize(window, size)
        await settle()
        save(window, out / f"commissioning-{name}-{suffix}.png")


async def custom_meter(window: MainWindow, tab: CommissioningTab, out: Path) -> None:
    meter = tab.show_page("Meter")
    assert isinstance(meter, MeterPage)
    meter.select("eastron-sdm630")
    meter.custom.click()
    meter.set_cell(0, "register", "abc")  # one bad cell, to show its sentence
    meter.set_cell(1, "scale", "-1")
    await shoot(window, tab, "Meter", out)
    meter.set_cell(0, "register", "0")


async def review_after_apply(window: MainWindow, tab: CommissioningTab, out: Path) -> None:
    tab.edit("station_max_current", "20")
    tab.edit("back_office.url", "wss://cpo.example/ocpp")
    review = tab.show_page("Review")
    assert isinstance(review, ReviewPage)
    await settle()
    operation = tab.apply()
    assert operation is not None
    await operation.wait()
    await settle()
    await shoot(window, tab, "Review", out)
    connectivity = tab.show_page("Connectivity")
    assert isinstance(connectivity, ConnectivityPage)
    connectivity.check.check_button.click()  # the quick back-office check, its verdict shown
    assert connectivity.check.operation is not None
    await connectivity.check.operation.wait()
    await settle()
    await shoot(window, tab, "Connectivity", out)  # the boot state as left


async def main(out: Path, _app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    window, services, demo = await open_window(data)
    demo.site.node("ace0100001").charger.reboot_seconds = 2.0
    try:
        tab = await logged_in_tab(window)
        tab.edit("alb.enabled", True)  # the ALB pages with their fields shown
        licences = tab.show_page("Licences")
        assert isinstance(licences, LicencesPage)
        QTest.keyClicks(licences.key, "1a2b 3c4d 5e6f")  # half a key: its feedback shows
        for title in ("Licences", "ALB data source", "Phases", "Power"):
            await shoot(window, tab, title, out)
        await custom_meter(window, tab, out)
        licences.key.clear()
        tab.edit("licence_key", None)
        await review_after_apply(window, tab, out)
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
