"""The main window: charger list on the left, tabs for the selected charger on the right."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QWidget,
)

from app.core.errors import CertificateChanged, CommissionerError
from app.core.overview import LiveStatus, Overview
from app.core.phases import PhaseMapping
from app.services.context import AppServices
from app.services.logs import log_dir
from app.services.operations import Operation
from app.services.sessions import LoginOutcome
from app.services.settings import DEFAULT_REBOOT_TIMEOUT, REBOOT_TIMEOUT, RECENT_ADDRESSES
from app.ui.activity import ActivityBar
from app.ui.charger_list import ChargerListPanel
from app.ui.help import HelpWindow, help_page
from app.ui.lazy_tabs import LazyTabs, add_lazy_pages
from app.ui.login_dialog import LoginDialog
from app.ui.menus import WindowMenus
from app.ui.overview.tab import OverviewTab
from app.ui.resources import app_icon, refresh_themed_icons
from app.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:  # made when first needed (app/ui/lazy_tabs.py): their imports are heavy
    from app.ui.about import AboutDialog  # its licence list reads package metadata
    from app.ui.commissioning.tab import CommissioningTab
    from app.ui.maintenance.tab import MaintenanceTab
    from app.ui.monitoring.tab import MonitoringTab
    from app.ui.report.tab import ReportTab
    from app.ui.scn.page import ScnPage

log = logging.getLogger(__name__)

MIN_SIZE = (1000, 600)
REPAINT_HZ = 10
DEFAULT_SIZE = (1500, 940)
LIST_SHARE = 0.36  # of the window's width for the charger list, before the user moves it
TAB_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "&Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "&Commissioning"),
    QT_TRANSLATE_NOOP("MainWindow", "Live &monitoring"),
    QT_TRANSLATE_NOOP("MainWindow", "&SCN"),
    QT_TRANSLATE_NOOP("MainWindow", "Main&tenance"),
    QT_TRANSLATE_NOOP("MainWindow", "&Report"),
)


class MainWindow(QMainWindow):
    """Wires the list, the tabs and the status bar to the services; opens the dialogs."""

    closing = Signal()

    def __init__(self, services: AppServices, *, demo_panel: QWidget | None = None) -> None:
        super().__init__()
        self.services = services
        self.login_dialog: LoginDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.help_window: HelpWindow | None = None
        self._overviews: dict[str, Overview] = {}
        self._pending_live: dict[str, LiveStatus] = {}
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(1000 // REPAINT_HZ)
        self._repaint.timeout.connect(self._paint_live)
        self.setWindowTitle(self.tr("Commissioner"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(*MIN_SIZE)
        self._default_size()
        self._build()
        self.demo_dock: QDockWidget | None = None
        self.menus = WindowMenus(self)
        if demo_panel is not None:  # before the saved layout is restored, which places it
            self.add_demo_panel(demo_panel)
        self.login_action = self.menus.login_action
        self.logout_action = self.menus.logout_action
        self.refresh_action = self.menus.refresh_action
        self._connect()
        self.apply_preferences()
        self._restore_layout()
        self.update_background()

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.charger_list = ChargerListPanel(self.services.directory, self)
        self.tabs = QTabWidget(self)
        self.overview = OverviewTab(self.tabs)
        self.tabs.addTab(self.overview, "")
        self.lazy_tabs = LazyTabs(self.tabs)
        add_lazy_pages(self, self.lazy_tabs)
        self._title_tabs()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.charger_list)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.activity = ActivityBar(self.services.runner, self)
        self.setStatusBar(self.activity)

    def add_demo_panel(self, panel: QWidget) -> None:
        """The demo site's panel, docked below (also once the window is shown: where the
        installer left it last time), and shown: the demo's controls are there at every start."""
        self.demo_dock = QDockWidget(self.tr("Demo site"), self)
        self.demo_dock.setObjectName("demo-dock")
        self.demo_dock.setWidget(panel)
        self.demo_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.demo_dock)
        self.menus.add_dock(self.demo_dock)
        if self.isVisible():
            # where the saved layout had it; added to a window already shown, a dock stays
            # hidden until shown (restoreDockWidget does not show it, saved layout or not)
            self.restoreDockWidget(self.demo_dock)
            self.demo_dock.show()

    # The pages behind the first tab are made on first need (app/ui/lazy_tabs.py).

    @property
    def commissioning(self) -> CommissioningTab:
        return cast("CommissioningTab", self.lazy_tabs.page("commissioning"))

    @property
    def monitoring(self) -> MonitoringTab:
        return cast("MonitoringTab", self.lazy_tabs.page("monitoring"))

    @property
    def scn(self) -> ScnPage:
        return cast("ScnPage", self.lazy_tabs.page("scn"))

    @property
    def maintenance(self) -> MaintenanceTab:
        return cast("MaintenanceTab", self.lazy_tabs.page("maintenance"))

    @property
    def report(self) -> ReportTab:
        return cast("ReportTab", self.lazy_tabs.page("report"))

    def _title_tabs(self) -> None:
        for index, title in enumerate(TAB_TITLES):
            self.tabs.setTabText(index, QCoreApplication.translate("MainWindow", title))

    def retranslate(self) -> None:
        """After a language switch in Settings: menus, tab titles, the status bar, the list's
        headers and the Overview show the new language (the pages do at the next start)."""
        self.setWindowTitle(self.tr("Commissioner"))
        self.menus.retranslate()
        self._title_tabs()
        if self.demo_dock is not None:
            self.demo_dock.setWindowTitle(self.tr("Demo site"))
        self.charger_list.retranslate()
        self.overview.retranslate()
        self._show_current()
        self.update_background()

    def _connect(self) -> None:
        sessions = self.services.sessions
        self.charger_list.selectionChanged.connect(self._selected)
        self.charger_list.activated.connect(self._activated)
        self.charger_list.operationStarted.connect(self._follow)
        self.charger_list.addressAdded.connect(self._address_added)
        self.overview.loginRequested.connect(self.open_login)
        self.overview.logoutRequested.connect(self.logout_current)
        self.overview.refreshRequested.connect(self.refresh_current)
        self.services.directory.entryChanged.connect(self._entry_changed)
        sessions.liveUpdated.connect(self._live)
        sessions.loggedIn.connect(self.refresh)
        sessions.loggedOut.connect(self._logged_out)
        sessions.certificateChanged.connect(self._certificate_changed)
        sessions.pollingChanged.connect(lambda _n: self.update_background())

    # --- selection and state ------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        return self.charger_list.current_key()

    def _selected(self, key: str) -> None:
        self._show_current()
        if key and self.services.sessions.is_logged_in(key) and key not in self._overviews:
            self.refresh_current()

    def _show_current(self) -> None:
        key = self.current_key
        entry = self.services.directory.entry(key) if key else None
        logged_in = bool(key) and self.services.sessions.is_logged_in(key)
        self.overview.set_entry(entry, logged_in=logged_in)
        self.menus.name_login_actions(connect=entry is not None and not entry.needs_password)
        if key in self._overviews and logged_in:
            self.overview.show_overview(self._overviews[key])
        for action in (self.logout_action, self.refresh_action):
            action.setEnabled(logged_in)
        self.login_action.setEnabled(bool(entry and entry.url) and not logged_in)

    def _entry_changed(self, entry: object) -> None:
        if getattr(entry, "key", None) == self.current_key:
            self._show_current()
        self.update_background()

    def _live(self, key: str, live: LiveStatus) -> None:
        """Polls arrive any time; they are painted together at REPAINT_HZ (STYLE.md §6)."""
        self._pending_live[key] = live
        if not self._repaint.isActive():
            self._repaint.start()

    def _paint_live(self) -> None:
        pending, self._pending_live = self._pending_live, {}
        self.charger_list.model.update_live_many(pending)
        current = pending.get(self.current_key)
        if current is not None and self.overview.overview is not None:
            self.overview.update_live(current)

    def _logged_out(self, key: str) -> None:
        self._overviews.pop(key, None)
        self.charger_list.model.forget_live(key)
        if key == self.current_key:
            self.overview.clear()
            self._show_current()

    def update_background(self) -> None:
        """The status bar's line on what runs: chargers found and polled, discovery, demo."""
        count = len(self.services.directory.entries())
        parts = [self.tr("Chargers found: {count}").format(count=count)]
        polled = len(self.services.sessions.logged_in())
        if polled:
            parts.append(self.tr("logged in and polled: {count}").format(count=polled))
        discovery = self.services.discovery
        if discovery is not None:
            problems = getattr(discovery, "problems", [])
            parts.append(
                self.tr("discovery running ({problem})").format(problem=problems[0])
                if problems
                else self.tr("discovery running (mDNS and Bluetooth)")
            )
        if self.services.demo is not None:
            parts.append(self.tr("demo site running on 127.0.0.1"))
        self.activity.set_background(" · ".join(parts))

    # --- actions ------------------------------------------------------------------------------

    def _activated(self, key: str) -> None:
        if key and not self.services.sessions.is_logged_in(key):
            self.open_login()

    def open_login(self) -> LoginDialog | None:
        """Open the (non-blocking) login dialog for the selected charger."""
        entry = self.services.directory.entry(self.current_key)
        if entry is None or not entry.url:
            return None
        if self.login_dialog is not None:
            self.login_dialog.close()
        dialog = LoginDialog(
            self.services.sessions,
            entry,
            password_hint=self.services.password_hints.get(entry.key, ""),
            parent=self,
        )
        dialog.operationStarted.connect(self._follow)
        dialog.loggedIn.connect(lambda outcome: self._logged_in(entry.key, outcome))
        self.login_dialog = dialog
        dialog.show()  # not modal: the demo panel can release a busy session meanwhile
        return dialog

    def _certificate_changed(self, key: str, change: CertificateChanged) -> None:
        """Polling stopped on a new certificate: ask at once for the selected charger."""
        if key != self.current_key:
            self.activity.showMessage(
                self.tr("The certificate of {key} changed: select it to decide.").format(key=key),
                15000,
            )
            return
        dialog = self.open_login()
        if dialog is not None:
            dialog.show_certificate_change(change)

    def open_about(self) -> AboutDialog:
        from app.ui.about import AboutDialog

        dialog = AboutDialog(self.services.log_dir or log_dir(None), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _logged_in(self, key: str, outcome: LoginOutcome) -> None:
        if outcome.remember_asked and not outcome.remembered:
            self.activity.showMessage(
                self.tr("No system keyring: the password will not be remembered."), 15000
            )
        if key == self.current_key:
            self._show_current()  # the overview is read on the sessions' loggedIn

    def refresh_current(self) -> Operation | None:
        return self.refresh(self.current_key)

    def refresh(self, key: str) -> Operation | None:
        """Read a charger's overview again (after a run changed it, or a new login); another
        charger's is only forgotten, and read when it is selected."""
        self._overviews.pop(key, None)
        if not key or key != self.current_key or not self.services.sessions.is_logged_in(key):
            return None
        operation = self.services.sessions.load_overview(key)
        operation.succeeded.connect(lambda overview: self._overview_ready(key, overview))
        self._follow(operation)
        return operation

    def _overview_ready(self, key: str, overview: Overview) -> None:
        self._overviews[key] = overview
        if key == self.current_key:
            self.overview.show_overview(overview)

    def logout_current(self) -> Operation | None:
        key = self.current_key
        if not key or not self.services.sessions.is_logged_in(key):
            return None
        operation = self.services.sessions.logout(key)
        self._follow(operation)
        return operation

    def use_phase_mapping(self, key: str, socket: int, mapping: PhaseMapping) -> None:
        """Phase identification proposed a mapping: into the plan, on the Commissioning tab."""
        self.commissioning.use_phase_mapping(key, socket, mapping)
        self.show_tab(self.commissioning)

    def show_tab(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

    def add_address(self, address: str) -> Operation | None:
        """Add a charger by a typed (or recent) address, as the list's field does."""
        self.charger_list.address.setText(address)
        return self.charger_list.add_by_address()

    def _address_added(self, address: str) -> None:
        self.services.settings.add_recent(RECENT_ADDRESSES, address)
        self.save_preferences()
        self.menus.fill_recent()

    def open_settings(self) -> SettingsDialog:
        """The Settings dialog (not modal); one at a time."""
        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self.services, self)
            self.settings_dialog.languageChanged.connect(self.retranslate)
            self.settings_dialog.applied.connect(self.apply_preferences)
        self.settings_dialog.load()
        self.settings_dialog.show()
        self.settings_dialog.activateWindow()
        return self.settings_dialog

    def open_help(self) -> HelpWindow:
        """The user guide at the page of the current tab (F1), in its own window."""
        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show_page(help_page(self.tabs.currentIndex()))
        self.help_window.show()
        self.help_window.activateWindow()
        return self.help_window

    def apply_preferences(self) -> None:
        """What the tabs take from Settings: how long a charger may take to restart."""
        if not self.lazy_tabs.is_built("commissioning"):
            return  # the tab reads them when it is made
        wait = self.services.settings.preference(REBOOT_TIMEOUT, DEFAULT_REBOOT_TIMEOUT)
        self.commissioning.service.reboot_timeout = wait

    def save_preferences(self) -> None:
        try:
            self.services.settings.save()
        except OSError as exc:
            log.warning("Could not save the preferences: %s", exc)

    def _follow(self, operation: Operation) -> None:
        operation.failed.connect(self._failed)

    def _failed(self, error: CommissionerError) -> None:
        log.info("Operation failed: %s", error)

    # --- geometry, palette, closing -------------------------------------------------------------

    def _default_size(self) -> None:
        """Most of the screen (a 1366×768 laptop included), never more than DEFAULT_SIZE."""
        screen = self.screen().availableGeometry()
        width = min(DEFAULT_SIZE[0], int(screen.width() * 0.95))
        height = min(DEFAULT_SIZE[1], int(screen.height() * 0.92))
        self.resize(max(width, MIN_SIZE[0]), max(height, MIN_SIZE[1]))

    def _restore_layout(self) -> None:
        settings = self.services.settings
        geometry = settings.state("window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            width = max(self.width(), MIN_SIZE[0])  # the pages get the larger share
            self.splitter.setSizes([int(width * LIST_SHARE), int(width * (1 - LIST_SHARE))])
        state = settings.state("docks")
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        settings = self.services.settings
        settings.set_state("window", bytes(self.saveGeometry().data()))
        settings.set_state("splitter", bytes(self.splitter.saveState().data()))
        settings.set_state("docks", bytes(self.saveState().data()))
        try:
            settings.save()
        except OSError as exc:
            log.warning("Could not save the window layout: %s", exc)

    def changeEvent(self, event: QEvent) -> None:
        """Light/dark switch of the OS: icons are redrawn in the new text colour."""
        if event.type() == QEvent.Type.PaletteChange:
            refresh_themed_icons(self)
            self.charger_list.model.repaint_all()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the layout; the shell logs out of every charger once the window is gone."""
        self.save_layout()
        for dialog in (self.login_dialog, self.settings_dialog, self.help_window):
            if dialog is not None:
                dialog.close()
        self.closing.emit()
        super().closeEvent(event)
