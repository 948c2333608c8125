"""The window's menus: plans open and save as the TOML the CLI applies, recent plans and sites
are kept, Settings and the user guide open without blocking the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.core.plan import Plan
from app.core.plan_file import dumps_plan, loads_plan
from app.services.context import build_services
from app.services.settings import RECENT_ADDRESSES, RECENT_PLANS, GuiSettings
from app.ui.main_window import MainWindow
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import log_in, wait_for

pytestmark = pytest.mark.gui

PLAN = Path(__file__).resolve().parents[2] / "presets" / "plans" / "demo-alb.toml"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    shown = MainWindow(build_services(tmp_path / "data"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def titles(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_menus_offer_plans_recent_settings_help_and_about(window: MainWindow) -> None:
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar == ["&File", "&Charger", "&Help"]
    assert titles(window.menus.file_menu) == [
        "&Open plan…",
        "&Save plan…",
        "Recent &plans",
        "Recent &sites",
        "Se&ttings…",
        "&Quit",
    ]
    assert titles(window.menus.help_menu) == ["&User guide for this page", "&About Commissioner"]
    assert window.menus.help_action.shortcut().toString() == "F1"
    assert not window.menus.recent_plans_menu.isEnabled()  # nothing opened yet


def test_open_plan_loads_the_file_into_commissioning_and_remembers_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[Plan] = []
    monkeypatch.setattr(window.commissioning, "load_plan", loaded.append, raising=False)
    dialog = window.menus.ask_open_plan()
    assert dialog.isVisible() and not dialog.isModal()
    dialog.selectFile(str(PLAN))
    dialog.accept()
    assert loaded == [loads_plan(PLAN.read_text(encoding="utf-8"))]
    assert window.tabs.currentWidget() is window.commissioning
    assert window.services.settings.recent(RECENT_PLANS) == [str(PLAN)]
    saved = GuiSettings(window.services.settings.path)  # on disk: kept for the next start
    assert saved.recent(RECENT_PLANS) == [str(PLAN)]
    recent = window.menus.recent_plans_menu
    assert recent.isEnabled() and [a.text() for a in recent.actions()] == [str(PLAN)]
    recent.actions()[0].trigger()
    assert len(loaded) == 2


def test_a_file_that_is_not_a_plan_is_refused_in_words(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    loaded: list[Plan] = []
    monkeypatch.setattr(window.commissioning, "load_plan", loaded.append, raising=False)
    wrong = tmp_path / "notes.toml"
    wrong.write_text('title = "site notes"\n', encoding="utf-8")
    assert not window.menus.open_plan(str(wrong))
    assert loaded == []
    assert "notes.toml is not a plan" in window.activity.currentMessage()
    assert window.services.settings.recent(RECENT_PLANS) == []


def test_save_plan_writes_the_toml_the_cli_applies(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plan = loads_plan(PLAN.read_text(encoding="utf-8"))
    monkeypatch.setattr(window.commissioning, "current_plan", lambda: plan, raising=False)
    dialog = window.menus.ask_save_plan()
    assert dialog is not None and not dialog.isModal()
    target = tmp_path / "site.toml"
    dialog.selectFile(str(target))
    dialog.accept()
    assert loads_plan(target.read_text(encoding="utf-8")) == plan
    assert target.read_text(encoding="utf-8") == dumps_plan(plan)
    assert window.services.settings.recent(RECENT_PLANS) == [str(target)]


def test_save_plan_without_a_plan_says_what_to_do_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window.commissioning, "current_plan", lambda: None, raising=False)
    assert window.menus.ask_save_plan() is None
    assert "read a charger first" in window.activity.currentMessage()


def test_recent_lists_keep_the_newest_five(tmp_path: Path) -> None:
    settings = GuiSettings(tmp_path / "gui.json")
    for n in range(7):
        settings.add_recent(RECENT_PLANS, f"/plans/{n}.toml")
    settings.add_recent(RECENT_PLANS, "/plans/4.toml")
    assert settings.recent(RECENT_PLANS) == [f"/plans/{n}.toml" for n in (4, 6, 5, 3, 2)]


async def test_an_address_added_by_hand_is_a_recent_site(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        url = ctx.services.directory.entries()[0].url
        address = url.removeprefix("https://")
        operation = ctx.window.add_address(address)
        assert operation is not None
        await operation.wait()
        assert ctx.services.settings.recent(RECENT_ADDRESSES) == [address]
        sites = ctx.window.menus.recent_sites_menu
        assert [a.text() for a in sites.actions()] == [address]


async def test_a_plan_saved_from_a_charger_opens_again_into_its_pages(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        menus = window.menus
        assert not menus.open_plan(str(PLAN))  # no charger read yet: said, nothing loaded
        assert "Select a logged-in charger" in window.activity.currentMessage()
        await log_in(window, "ACE0100001")
        tab = window.commissioning
        window.show_tab(tab)
        await wait_for(lambda: tab.current_plan() is not None, "the settings as found")
        target = tmp_path / "ace0100001.toml"
        assert menus.save_plan(str(target))
        saved = loads_plan(target.read_text(encoding="utf-8"))
        assert saved == tab.current_plan()
        tab.edit("station_max_current", "20")
        assert tab.current_plan() != saved
        assert menus.open_plan(str(target))
        assert tab.current_plan() == saved
        assert window.tabs.currentWidget() is tab
