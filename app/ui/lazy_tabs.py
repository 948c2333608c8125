"""Tabs built when first needed, so the first window shows sooner.

The Commissioning, Live monitoring, SCN, Maintenance and Report pages import pyqtgraph and
numpy and build dozens of widgets: most of a second the installer would otherwise wait for
before the charger list appears. Each starts as an empty placeholder tab; the real page takes
its place (same index, same title) when the tab is first shown, when code asks for it
(`page`), or in the idle time after the window opened (`build_later`), one page per event-loop
turn so the window stays responsive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

if TYPE_CHECKING:
    from app.ui.commissioning.tab import CommissioningTab
    from app.ui.main_window import MainWindow
    from app.ui.maintenance.tab import MaintenanceTab
    from app.ui.monitoring.tab import MonitoringTab
    from app.ui.scn.page import ScnPage

IDLE_BUILD_DELAY_MS = 1000  # after the window opened: its list fills and is probed first


@dataclass
class _Lazy:
    factory: Callable[[], QWidget]
    wire: Callable[[QWidget], None]
    placeholder: QWidget
    page: QWidget | None = None


class LazyTabs(QObject):
    """Placeholder tabs of `tabs` whose pages are made on first need."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._pages: dict[str, _Lazy] = {}
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._build_next)
        tabs.currentChanged.connect(self._shown)

    def add(
        self,
        name: str,
        factory: Callable[[], QWidget],
        wire: Callable[[QWidget], None] = lambda _page: None,
    ) -> None:
        """A tab at the end of `tabs` whose page `factory` makes; `wire` connects it once made."""
        placeholder = QWidget(self.tabs)
        self._pages[name] = _Lazy(factory, wire, placeholder)
        self.tabs.addTab(placeholder, "")

    def is_built(self, name: str) -> bool:
        return self._pages[name].page is not None

    def page(self, name: str) -> QWidget:
        """The page `name`, made now if it was not yet."""
        lazy = self._pages[name]
        if lazy.page is None:
            self._build(lazy)
        assert lazy.page is not None
        return lazy.page

    def build_later(self, delay_ms: int = IDLE_BUILD_DELAY_MS) -> None:
        """Make the pages not yet made, one per event-loop turn, after `delay_ms`."""
        self._idle.start(delay_ms)

    def _build_next(self) -> None:
        waiting = [lazy for lazy in self._pages.values() if lazy.page is None]
        if waiting:
            self._build(waiting[0])
        if len(waiting) > 1:
            self._idle.start(0)

    def _shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for lazy in self._pages.values():
            if lazy.page is None and widget is lazy.placeholder:
                self._build(lazy)

    def _build(self, lazy: _Lazy) -> None:
        page = lazy.factory()
        lazy.page = page
        index = self.tabs.indexOf(lazy.placeholder)
        was_current = self.tabs.currentIndex() == index
        blocked = self.tabs.blockSignals(True)  # one tab swapped for another: not a new choice
        try:
            self.tabs.insertTab(index, page, self.tabs.tabText(index))
            self.tabs.setTabToolTip(index, self.tabs.tabToolTip(index + 1))
            self.tabs.removeTab(index + 1)
            if was_current:
                self.tabs.setCurrentIndex(index)
        finally:
            self.tabs.blockSignals(blocked)
        lazy.placeholder.deleteLater()
        lazy.wire(page)


def add_lazy_pages(window: MainWindow, tabs: LazyTabs) -> None:
    """The main window's tabs after the Overview, in TAB_TITLES' order, wired to the window."""

    def commissioning() -> QWidget:
        from app.ui.commissioning.tab import CommissioningTab

        return CommissioningTab(window.services, window.charger_list, window.tabs)

    def wire_commissioning(page: QWidget) -> None:
        # A run that changed a charger (apply, roll back, licence): read its overview again.
        cast("CommissioningTab", page).chargerChanged.connect(window.refresh)
        window.apply_preferences()

    def monitoring() -> QWidget:
        from app.ui.monitoring import monitoring_tab

        return monitoring_tab(window.services, window.charger_list, window.tabs)

    def wire_monitoring(page: QWidget) -> None:
        cast("MonitoringTab", page).mappingChosen.connect(window.use_phase_mapping)

    def scn() -> QWidget:
        from app.ui.scn.page import ScnPage

        return ScnPage(window.services, window.tabs)

    def wire_scn(page: QWidget) -> None:
        cast("ScnPage", page).chargerChanged.connect(window.refresh)  # an SCN apply changed it

    def maintenance() -> QWidget:
        from app.ui.maintenance.tab import MaintenanceTab

        return MaintenanceTab(window.services, window.charger_list, window.tabs)

    def wire_maintenance(page: QWidget) -> None:
        cast("MaintenanceTab", page).chargerChanged.connect(window.refresh)  # clock, firmware…

    def report() -> QWidget:
        from app.ui.report.tab import ReportTab

        return ReportTab(window.services, window.tabs)

    tabs.add("commissioning", commissioning, wire_commissioning)
    tabs.add("monitoring", monitoring, wire_monitoring)
    tabs.add("scn", scn, wire_scn)
    tabs.add("maintenance", maintenance, wire_maintenance)
    tabs.add("report", report)
