"""The user guide: HTML pages in resources/help/, one per tab, in a window of their own.

F1 opens the page of the tab in front; the window is not modal, so the guide stays open beside
the work (and the demo panel stays usable).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QTextBrowser, QWidget

from app.ui.resources import help_dir

# (file name without .html, title): the tabs' pages in the tabs' order, then the others.
PAGES = (
    ("overview", QT_TRANSLATE_NOOP("HelpWindow", "Overview")),
    ("commissioning", QT_TRANSLATE_NOOP("HelpWindow", "Commissioning")),
    ("monitoring", QT_TRANSLATE_NOOP("HelpWindow", "Live monitoring")),
    ("scn", QT_TRANSLATE_NOOP("HelpWindow", "Smart Charging Network")),
    ("maintenance", QT_TRANSLATE_NOOP("HelpWindow", "Maintenance")),
    ("report", QT_TRANSLATE_NOOP("HelpWindow", "Report")),
    ("start", QT_TRANSLATE_NOOP("HelpWindow", "Getting started")),
    ("settings", QT_TRANSLATE_NOOP("HelpWindow", "Settings and files")),
)
TAB_PAGES = 6  # the first pages are the tabs' own, in the tabs' order
START = "start"


def help_page(tab_index: int) -> str:
    """The page for the main window's tab at `tab_index` (the start page otherwise)."""
    return PAGES[tab_index][0] if 0 <= tab_index < TAB_PAGES else START


class HelpWindow(QWidget):
    """A page list and the page; links between pages follow inside the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Commissioner user guide"))
        self.pages = QListWidget(self)
        self.pages.setAccessibleName(self.tr("Pages of the guide"))
        for _name, title in PAGES:
            self.pages.addItem(QCoreApplication.translate("HelpWindow", title))
        self.pages.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(help_dir())])
        self.pages.currentRowChanged.connect(self._row_chosen)
        self.browser.sourceChanged.connect(self._source_changed)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.browser, 1)
        self.resize(900, 640)
        self.page = ""

    def show_page(self, name: str) -> None:
        """Show `name` (a file name without .html)."""
        self.page = name
        self.browser.setSource(QUrl.fromLocalFile(str(help_dir() / f"{name}.html")))

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(PAGES) and PAGES[row][0] != self.page:
            self.show_page(PAGES[row][0])

    def _source_changed(self, url: QUrl) -> None:
        name = url.fileName().removesuffix(".html")
        self.page = name
        rows = [n for n, _t in PAGES]
        if name in rows:
            self.pages.blockSignals(True)
            self.pages.setCurrentRow(rows.index(name))
            self.pages.blockSignals(False)
