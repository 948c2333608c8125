"""The window's menus: File (plans, recent sites, settings, quit), Charger, View and Help.

Menu texts are kept as their English source, so `retranslate` can show them again in a
language chosen in Settings without a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu

from app.core.errors import CommissionerError, InvalidInput
from app.services.settings import RECENT_ADDRESSES, RECENT_PLANS

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

CONTEXT = "WindowMenus"
PLAN_FILTER = QT_TRANSLATE_NOOP("WindowMenus", "Commissioning plans (*.toml)")
MESSAGE_MS = 10000


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WindowMenus(QObject):
    """Builds the menu bar of a MainWindow and keeps what it needs to retranslate it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._texts: list[tuple[QAction | QMenu, str]] = []
        self.file_dialog: QFileDialog | None = None
        bar = window.menuBar()
        self.file_menu = self._menu(bar.addMenu(""), QT_TRANSLATE_NOOP("WindowMenus", "&File"))
        self._file_menu()
        self.charger_menu = self._menu(
            bar.addMenu(""), QT_TRANSLATE_NOOP("WindowMenus", "&Charger")
        )
        self._charger_menu()
        self.view_menu: QMenu | None = None  # once the demo panel is docked (add_dock)
        self.help_menu = self._menu(bar.addMenu(""), QT_TRANSLATE_NOOP("WindowMenus", "&Help"))
        self.help_action = self._action(
            self.help_menu,
            QT_TRANSLATE_NOOP("WindowMenus", "&User guide for this page"),
            window.open_help,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )
        self.about_action = self._action(
            self.help_menu,
            QT_TRANSLATE_NOOP("WindowMenus", "&About Commissioner"),
            window.open_about,
        )
        self.retranslate()

    # --- building -----------------------------------------------------------------------------

    def add_dock(self, dock: QDockWidget) -> None:
        """A View menu, before Help, that shows or hides `dock` (the demo panel, docked once
        the window has shown its list)."""
        if self.view_menu is None:
            bar = self.window.menuBar()
            menu = QMenu(bar)
            bar.insertMenu(self.help_menu.menuAction(), menu)
            text = QT_TRANSLATE_NOOP("WindowMenus", "&View")
            self.view_menu = self._menu(menu, text)
            menu.setTitle(_t(text))
        self.view_menu.addAction(dock.toggleViewAction())

    def _menu(self, menu: QMenu, text: str) -> QMenu:
        self._texts.append((menu, text))
        return menu

    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], object], key: QKeySequence | None = None
    ) -> QAction:
        action = QAction(menu)
        if key is not None:
            action.setShortcut(key)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self._texts.append((action, text))
        return action

    def _file_menu(self) -> None:
        menu, window = self.file_menu, self.window
        self.open_plan_action = self._action(
            menu,
            QT_TRANSLATE_NOOP("WindowMenus", "&Open plan…"),
            self.ask_open_plan,
            QKeySequence(QKeySequence.StandardKey.Open),
        )
        self.save_plan_action = self._action(
            menu,
            QT_TRANSLATE_NOOP("WindowMenus", "&Save plan…"),
            self.ask_save_plan,
            QKeySequence(QKeySequence.StandardKey.Save),
        )
        self.recent_plans_menu = self._menu(
            menu.addMenu(""), QT_TRANSLATE_NOOP("WindowMenus", "Recent &plans")
        )
        self.recent_sites_menu = self._menu(
            menu.addMenu(""), QT_TRANSLATE_NOOP("WindowMenus", "Recent &sites")
        )
        for submenu in (self.recent_plans_menu, self.recent_sites_menu):
            submenu.aboutToShow.connect(self.fill_recent)
        menu.addSeparator()
        self.settings_action = self._action(
            menu,
            QT_TRANSLATE_NOOP("WindowMenus", "Se&ttings…"),
            window.open_settings,
            QKeySequence(QKeySequence.StandardKey.Preferences),
        )
        menu.addSeparator()
        self.quit_action = self._action(
            menu,
            QT_TRANSLATE_NOOP("WindowMenus", "&Quit"),
            window.close,
            QKeySequence(QKeySequence.StandardKey.Quit),
        )
        self.fill_recent()

    def _charger_menu(self) -> None:
        menu, window = self.charger_menu, self.window
        self.login_action = self._action(
            menu,
            QT_TRANSLATE_NOOP("WindowMenus", "&Log in…"),
            window.open_login,
            QKeySequence("Ctrl+L"),
        )
        self.logout_action = self._action(
            menu, QT_TRANSLATE_NOOP("WindowMenus", "Log &out"), window.logout_current
        )
        self.refresh_action = self._action(
            menu,
            QT_TRANSLATE_NOOP("WindowMenus", "&Refresh"),
            window.refresh_current,
            QKeySequence(QKeySequence.StandardKey.Refresh),
        )
        self._action(
            menu,
            QT_TRANSLATE_NOOP("WindowMenus", "&Add by address"),
            window.charger_list.address.setFocus,
            QKeySequence("Ctrl+N"),
        )

    def name_login_actions(self, connect: bool) -> None:
        """ "Connect…"/"Disconnect" for a charger without a login, else "Log in…"/"Log out"."""
        if connect:
            texts = {
                self.login_action: QT_TRANSLATE_NOOP("WindowMenus", "&Connect…"),
                self.logout_action: QT_TRANSLATE_NOOP("WindowMenus", "Dis&connect"),
            }
        else:
            texts = {
                self.login_action: QT_TRANSLATE_NOOP("WindowMenus", "&Log in…"),
                self.logout_action: QT_TRANSLATE_NOOP("WindowMenus", "Log &out"),
            }
        self._texts = [
            (t, texts.get(t, text) if isinstance(t, QAction) else text) for t, text in self._texts
        ]
        for action, text in texts.items():
            action.setText(_t(text))

    def retranslate(self) -> None:
        """Show every menu text in the language installed now."""
        for target, text in self._texts:
            if isinstance(target, QMenu):
                target.setTitle(_t(text))
            else:
                target.setText(_t(text))
        self.fill_recent()

    # --- recent plans and sites ---------------------------------------------------------------

    def fill_recent(self) -> None:
        settings = self.window.services.settings
        for submenu, name, slot in (
            (self.recent_plans_menu, RECENT_PLANS, self.open_plan),
            (self.recent_sites_menu, RECENT_ADDRESSES, self.window.add_address),
        ):
            submenu.clear()
            items = settings.recent(name)
            for item in items:
                action = submenu.addAction(item)
                action.triggered.connect(lambda _c=False, i=item, s=slot: s(i))
            submenu.setEnabled(bool(items))

    # --- plan files ---------------------------------------------------------------------------

    def _file_dialog(self, title: str, *, save: bool) -> QFileDialog:
        """A file dialog that does not block the window (and the demo panel)."""
        if self.file_dialog is not None:
            self.file_dialog.close()
        dialog = QFileDialog(self.window, title, "", _t(PLAN_FILTER))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setFileMode(
            QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile
        )
        dialog.setDefaultSuffix("toml")
        recent = self.window.services.settings.recent(RECENT_PLANS)
        if recent:
            dialog.setDirectory(str(Path(recent[0]).parent))
        self.file_dialog = dialog
        return dialog

    def ask_open_plan(self) -> QFileDialog:
        dialog = self._file_dialog(_t(QT_TRANSLATE_NOOP("WindowMenus", "Open a plan")), save=False)
        dialog.fileSelected.connect(self.open_plan)
        dialog.show()  # not modal: the window and the demo panel stay usable
        return dialog

    def ask_save_plan(self) -> QFileDialog | None:
        if self.window.commissioning.current_plan() is None:
            self._say(
                QT_TRANSLATE_NOOP(
                    "WindowMenus", "Log in and read a charger first: there is no plan to save yet."
                )
            )
            return None
        dialog = self._file_dialog(_t(QT_TRANSLATE_NOOP("WindowMenus", "Save the plan")), save=True)
        dialog.fileSelected.connect(self.save_plan)
        dialog.show()  # not modal: the window and the demo panel stay usable
        return dialog

    def open_plan(self, path: str) -> bool:
        """Read a plan file (the TOML `commissioner apply` takes) into the Commissioning tab."""
        from app.core.plan_file import loads_plan  # the plan model: not needed to open the window

        try:
            plan = loads_plan(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            self._say(QT_TRANSLATE_NOOP("WindowMenus", "Could not read {path}: {error}"), path, exc)
            return False
        except InvalidInput as exc:
            self._say(QT_TRANSLATE_NOOP("WindowMenus", "{path} is not a plan: {error}"), path, exc)
            return False
        self._remember(path)  # readable: worth reopening once a charger is read
        try:
            self.window.commissioning.load_plan(plan)
        except CommissionerError as exc:
            self._say(QT_TRANSLATE_NOOP("WindowMenus", "{path}: {error}"), path, exc)
            return False
        self.window.show_tab(self.window.commissioning)
        self._say(QT_TRANSLATE_NOOP("WindowMenus", "Plan opened from {path}."), path)
        return True

    def save_plan(self, path: str) -> bool:
        from app.core.plan_file import dumps_plan

        plan = self.window.commissioning.current_plan()
        if plan is None:
            return False
        try:
            Path(path).write_text(dumps_plan(plan), encoding="utf-8")
        except OSError as exc:
            self._say(QT_TRANSLATE_NOOP("WindowMenus", "Could not save {path}: {error}"), path, exc)
            return False
        self._remember(path)
        self._say(QT_TRANSLATE_NOOP("WindowMenus", "Plan saved to {path}."), path)
        return True

    def _remember(self, path: str) -> None:
        self.window.services.settings.add_recent(RECENT_PLANS, str(Path(path).resolve()))
        self.window.save_preferences()
        self.fill_recent()

    def _say(self, text: str, path: str = "", error: object = None) -> None:
        message = _t(text).format(path=Path(path).name if path else "", error=error)
        self.window.activity.show_long_message(message, MESSAGE_MS)
