"""The first window shows sooner: the pages behind the first tab are made on first need, and the
desktop program's start imports neither the command modules nor the plotting library."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.services.context import build_services
from app.services.devices import ManualSighting
from app.services.settings import REBOOT_TIMEOUT
from app.ui.application import run_shell
from app.ui.commissioning.tab import CommissioningTab
from app.ui.main_window import TAB_TITLES, MainWindow
from app.ui.monitoring.tab import MonitoringTab
from app.ui.scn.page import ScnPage

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def window_for(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(build_services(tmp_path))
    qtbot.addWidget(window)
    return window


def titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_a_tab_shown_for_the_first_time_gets_its_page_in_its_place(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_for(qtbot, tmp_path)
    before = titles(window)
    assert len(before) == len(TAB_TITLES)
    assert not window.lazy_tabs.is_built("monitoring")
    window.tabs.setCurrentIndex(2)
    assert isinstance(window.tabs.currentWidget(), MonitoringTab)
    assert window.tabs.currentIndex() == 2
    assert titles(window) == before
    assert window.monitoring is window.tabs.widget(2)  # the same page from now on


def test_asking_for_a_page_makes_it_without_changing_the_tab_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_for(qtbot, tmp_path)
    before = titles(window)
    page = window.scn
    assert isinstance(page, ScnPage)
    assert window.tabs.indexOf(page) == 3
    assert window.tabs.currentIndex() == 0
    assert titles(window) == before
    assert not window.lazy_tabs.is_built("commissioning")


def test_the_remaining_pages_are_made_in_the_idle_time_after_the_window_opened(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_for(qtbot, tmp_path)
    window.show()
    window.tabs.setCurrentIndex(3)
    window.lazy_tabs.build_later(delay_ms=0)
    qtbot.waitUntil(
        lambda: all(window.lazy_tabs.is_built(n) for n in ("commissioning", "monitoring"))
    )
    assert isinstance(window.tabs.widget(1), CommissioningTab)
    assert isinstance(window.tabs.widget(2), MonitoringTab)
    assert window.tabs.currentIndex() == 3 and isinstance(window.tabs.currentWidget(), ScnPage)


def test_a_commissioning_page_made_late_takes_the_settings_and_reports_changed_chargers(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services = build_services(tmp_path)
    services.settings.set_preference(REBOOT_TIMEOUT, 321.0)
    window = MainWindow(services)
    qtbot.addWidget(window)
    refreshed: list[str] = []
    window.refresh = refreshed.append  # type: ignore[method-assign]
    assert window.commissioning.service.reboot_timeout == 321.0
    window.commissioning.chargerChanged.emit("ACE0100001")
    assert refreshed == ["ACE0100001"]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    return set(out.split())


def test_the_first_window_imports_no_plotting_numpy_or_command_module() -> None:
    loaded = _modules_after(
        "import sys\n"
        "import app.commands.gui as gui\n"
        "gui.run_gui = lambda args: 0  # no window, no loop\n"
        "from app.cli import run\n"
        "run(['--demo'])\n"
        "from app.ui.application import make_application\n"
        "from app.services.context import build_services\n"
        "from app.ui.main_window import MainWindow\n"
        "import tempfile, pathlib\n"
        "make_application()\n"
        "MainWindow(build_services(pathlib.Path(tempfile.mkdtemp()))).show()\n"
    )
    heavy = sorted(
        m
        for m in loaded
        if m.split(".")[0] in ("pyqtgraph", "numpy", "rich", "click")
        or (m.startswith("app.commands.") and m != "app.commands.gui")
    )
    assert heavy == []


async def test_the_window_shows_its_list_before_the_demo_panel_is_docked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services = build_services(tmp_path)
    seen: dict[str, object] = {}

    async def prepare(_services: object) -> None:  # the demo site lists its chargers
        services.directory.add_sighting(ManualSighting("ACE0100001", "https://127.0.0.1:9"))

    def panel(_services: object) -> QWidget:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen.update(window=window, shown=window.isVisible())
        seen["rows"] = window.charger_list.model.rowCount()
        return QLabel("demo controls")

    assert await run_shell(services, prepare=prepare, demo_panel_factory=panel, quit_after=0.3) == 0
    window = seen["window"]
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert seen["shown"] is True and seen["rows"] == 1
    assert window.demo_dock is not None
    assert isinstance(window.demo_dock.widget(), QLabel)


async def test_rows_are_probed_and_the_demo_started_only_once_the_list_is_painted(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services = build_services(tmp_path)
    order: list[str] = []
    spawn = services.directory.tasks.spawn

    def spawning(coro: Coroutine[Any, Any, Any], *, name: str) -> asyncio.Task[Any]:
        order.append(name)
        return spawn(coro, name=name)

    services.directory.tasks.spawn = spawning  # type: ignore[method-assign]

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in order:
                order.append("painted")
            return False

    painted = Painted()

    async def prepare(_services: object) -> None:  # the demo site lists its chargers
        services.directory.add_sighting(ManualSighting("ACE0100001", "https://127.0.0.1:9"))
        services.directory.after_hold(lambda: order.append("demo discovery"))
        assert order == []  # held: nothing starts while the window is made

    real_show = MainWindow.show

    def show(window: MainWindow) -> None:
        window.charger_list.view.viewport().installEventFilter(painted)
        real_show(window)

    MainWindow.show = show  # type: ignore[method-assign]
    try:
        assert await run_shell(services, prepare=prepare, quit_after=0.3) == 0
    finally:
        MainWindow.show = real_show  # type: ignore[method-assign]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            qtbot.addWidget(widget)
    assert order[:3] == ["painted", "probe https://127.0.0.1:9", "demo discovery"]


async def test_work_held_for_the_window_never_starts_when_the_program_ends_first(
    tmp_path: Path,
) -> None:
    services = build_services(tmp_path)
    services.directory.hold()
    services.directory.add_sighting(ManualSighting("ACE0100001", "https://127.0.0.1:9"))
    assert services.directory.probing == 0
    await services.shutdown()  # no coroutine was made, so none is left un-awaited
    assert services.directory.probing == 0


def test_the_demo_panel_docked_to_a_shown_window_is_shown_and_in_the_view_menu(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_for(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.add_demo_panel(QLabel("demo controls"))
    assert window.demo_dock is not None and window.demo_dock.isVisible()
    # and the View menu (before Help) brings it back once closed
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&View") == menus.index("&Help") - 1
    toggle = window.menus.view_menu.actions()[0]  # type: ignore[union-attr]
    window.demo_dock.close()
    toggle.trigger()
    assert window.demo_dock.isVisible()
