"""File > Settings…: the preferences persist, the language switches at once (menus, tab titles,
numbers) and is applied at the next start, the data folder is used from the next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from pytestqt.qtbot import QtBot

from app.services.context import build_services
from app.services.settings import (
    DATA_DIR,
    LANGUAGE,
    REBOOT_TIMEOUT,
    TIMEOUT,
    GuiSettings,
    chosen_data_dir,
    startup_folders,
)
from app.ui import texts
from app.ui.application import apply_preferences
from app.ui.main_window import MainWindow
from app.ui.reboot_confirm import ASK_ON_SIMULATED_SITE
from app.ui.resources import use_language
from app.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def english() -> Iterator[None]:
    """Whatever a test switches to, the next one starts in English with the default locale."""
    before = QLocale()
    yield
    use_language("en")
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, english: None) -> MainWindow:
    shown = MainWindow(build_services(tmp_path / "data"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def choose(dialog: SettingsDialog, code: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(code))


def test_settings_open_without_blocking_and_offer_six_languages(window: MainWindow) -> None:
    window.menus.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    names = [dialog.language.itemText(i) for i in range(1, dialog.language.count())]
    assert names == ["English", "Français", "Nederlands", "Deutsch", "Italiano", "Español"]
    assert dialog.folder.text() == str(window.services.paths.root)


def test_preferences_are_saved_and_shown_again(window: MainWindow, tmp_path: Path) -> None:
    dialog = window.open_settings()
    dialog.timeout.setValue(25)
    assert dialog.reboot_timeout.value() == 300  # the default restart wait
    dialog.reboot_timeout.setValue(120)
    dialog.ask_simulated.setChecked(False)
    dialog.choose_folder(str(tmp_path / "elsewhere"))
    assert str(tmp_path / "elsewhere") in dialog.folder_note.text()  # said: next start
    dialog.accept()
    assert window.services.sessions.timeout == 25.0
    assert window.commissioning.service.reboot_timeout == 120.0
    saved = GuiSettings(window.services.settings.path)
    assert saved.preference(TIMEOUT, 0.0) == 25.0
    assert saved.preference(REBOOT_TIMEOUT, 0.0) == 120.0
    assert saved.preference(ASK_ON_SIMULATED_SITE, True) is False
    assert saved.preference(DATA_DIR, "") == str(tmp_path / "elsewhere")
    again = window.open_settings()
    assert again.timeout.value() == 25 and not again.ask_simulated.isChecked()


def test_the_data_folder_chosen_is_used_from_the_next_start(tmp_path: Path) -> None:
    settings = GuiSettings(tmp_path / "gui.json")
    assert chosen_data_dir(settings) is None
    settings.set_preference(DATA_DIR, str(tmp_path / "site-data"))
    assert chosen_data_dir(settings) == tmp_path / "site-data"
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    settings.set_preference(DATA_DIR, str(tmp_path / "a-file"))
    assert chosen_data_dir(settings) is None  # not a folder: the default one


def test_the_preferences_stay_in_one_file_when_the_data_folder_moves(tmp_path: Path) -> None:
    platform = tmp_path / "config" / "gui.json"
    settings = GuiSettings(platform)
    settings.set_preference(DATA_DIR, str(tmp_path / "site-data"))
    settings.set_preference(LANGUAGE, "de")
    settings.save()
    data_dir, preferences = startup_folders(None, platform)
    assert data_dir == tmp_path / "site-data"
    assert preferences is not None and preferences.path == platform
    assert preferences.preference(LANGUAGE, "") == "de"
    given, none = startup_folders(tmp_path / "given", platform)
    assert given == tmp_path / "given" and none is None  # --data-dir wins


def test_switching_to_french_retranslates_the_window_and_the_numbers(window: MainWindow) -> None:
    dialog = window.open_settings()
    choose(dialog, "fr")
    assert "1234,5" in dialog.formats.text().replace("\u202f", "").replace(" ", "")
    dialog.apply()
    assert window.tabs.tabText(0) == "&Vue d'ensemble"
    assert window.charger_list.model.headerData(0, _horizontal()) == "Nom"
    assert window.charger_list.search.placeholderText().startswith("Rechercher")
    assert window.overview.identity_box.title() == "Identité"
    assert window.overview.logout_button.text() == "Se dé&connecter"
    assert texts.number(16.0, 1, "A") == "16,0 A"
    assert GuiSettings(window.services.settings.path).preference(LANGUAGE, "") == "fr"
    choose(dialog, "en")
    dialog.apply()
    assert window.tabs.tabText(0) == "&Overview"
    assert window.overview.identity_box.title() == "Identity"
    assert dialog.language_label.text() == "Language:"
    assert texts.number(16.0, 1, "A") == "16.0 A"


def test_the_language_saved_is_applied_at_start(tmp_path: Path, english: None) -> None:
    services = build_services(tmp_path)
    services.settings.set_preference(LANGUAGE, "fr")
    services.settings.set_preference(TIMEOUT, 30.0)
    apply_preferences(services)
    assert QLocale().language() is QLocale.Language.French
    assert QCoreApplication.translate("MainWindow", "&Overview") == "&Vue d'ensemble"
    assert services.sessions.timeout == 30.0


def test_without_a_choice_the_system_language_is_used(tmp_path: Path, english: None) -> None:
    apply_preferences(build_services(tmp_path))
    assert QLocale().name() == QLocale.system().name()


def _horizontal() -> Qt.Orientation:
    return Qt.Orientation.Horizontal
