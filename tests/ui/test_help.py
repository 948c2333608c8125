"""Help: F1 opens the user guide at the page of the tab in front, in a window that does not block
the main window; every page of the guide exists and its links lead to other pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.context import build_services
from app.ui.help import PAGES, HelpWindow
from app.ui.main_window import MainWindow
from app.ui.resources import help_dir

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    shown = MainWindow(build_services(tmp_path))
    qtbot.addWidget(shown)
    shown.show()
    with qtbot.waitActive(shown):
        shown.activateWindow()
    return shown


@pytest.mark.parametrize(
    ("tab", "page", "words"),
    [
        (0, "overview", "Licensed features"),
        (1, "commissioning", "Read as found"),
        (2, "monitoring", "hair-dryer test"),
        (3, "scn", "alternating period"),
        (4, "maintenance", "stepping stone"),
        (5, "report", "hands over"),
    ],
)
def test_f1_opens_the_page_of_the_current_tab(
    qtbot: QtBot, window: MainWindow, tab: int, page: str, words: str
) -> None:
    window.tabs.setCurrentIndex(tab)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_window
    assert isinstance(guide, HelpWindow)
    assert guide.isVisible() and guide.isWindow() and not guide.isModal()
    assert guide.page == page
    assert words in guide.browser.toPlainText()
    assert guide.pages.currentItem().text() == dict(PAGES)[page]


def test_the_guide_stays_one_window_and_follows_its_links(window: MainWindow) -> None:
    first = window.open_help()
    first.browser.setSource(first.browser.source().resolved("scn.html"))
    assert first.page == "scn" and first.pages.currentRow() == 3
    first.pages.setCurrentRow(6)
    assert first.page == "start" and "demo site" in first.browser.toPlainText()
    window.tabs.setCurrentIndex(1)
    assert window.open_help() is first and first.page == "commissioning"


def test_every_page_exists_and_every_link_leads_to_a_page() -> None:
    files = {p.name for p in help_dir().glob("*.html")}
    assert files == {f"{name}.html" for name, _title in PAGES}
    for name in files:
        text = (help_dir() / name).read_text(encoding="utf-8")
        links = set(re.findall(r'href="([^"#:]+)"', text)) - {"style.css"}
        assert links <= files, f"{name} links to a missing page: {links - files}"
        assert not re.search(r"\b[0-9A-F]{4}_[0-9A-F]{1,2}\b", text), name  # no property ids
