"""File > Settings…: language, how long a charger may take to answer, the data folder, and the
question before restarting chargers on the simulated site.

Not modal: the window stays usable while it is open. The language applies at once to the
menus, tab titles and the Overview (the pages at the next start), and numbers and dates follow
its locale.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.context import AppServices
from app.services.settings import (
    DATA_DIR,
    DEFAULT_REBOOT_TIMEOUT,
    LANGUAGE,
    REBOOT_TIMEOUT,
    TIMEOUT,
)
from app.ui.reboot_confirm import ASK_ON_SIMULATED_SITE
from app.ui.resources import LANGUAGES, language_locale, use_language

TIMEOUT_RANGE = (2.0, 120.0)
REBOOT_RANGE = (60.0, 900.0)


class SettingsDialog(QDialog):
    """Edits the GUI preferences; OK and Apply save them to the settings file."""

    languageChanged = Signal(str)  # the language code now in use ("" for the system's)
    applied = Signal()  # the preferences were saved

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._chosen_dir = ""
        layout = QVBoxLayout(self)
        layout.addWidget(self._language_box())
        layout.addWidget(self._chargers_box())
        layout.addWidget(self._folder_box())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(self.apply)
        layout.addWidget(self.buttons)
        self._set_texts()
        self.load()

    # --- layout -------------------------------------------------------------------------------

    def _language_box(self) -> QGroupBox:
        box = self.language_box = QGroupBox(self)
        self.language = QComboBox(box)
        self.language.addItem("", "")  # the system's language
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(lambda _i: self._show_formats())
        self.formats = QLabel(box)
        self.formats.setWordWrap(True)
        self.language_note = QLabel(box)
        self.language_note.setWordWrap(True)
        language_form = QFormLayout(box)
        self.language_label, self.formats_label = QLabel(box), QLabel(box)
        language_form.addRow(self.language_label, self.language)
        language_form.addRow(self.formats_label, self.formats)
        language_form.addRow(self.language_note)
        return box

    def _chargers_box(self) -> QGroupBox:
        box = self.chargers_box = QGroupBox(self)
        self.timeout = QDoubleSpinBox(box)
        self.timeout.setRange(*TIMEOUT_RANGE)
        self.timeout.setDecimals(0)
        self.timeout.setSuffix(" s")
        self.reboot_timeout = QDoubleSpinBox(box)
        self.reboot_timeout.setRange(*REBOOT_RANGE)
        self.reboot_timeout.setDecimals(0)
        self.reboot_timeout.setSuffix(" s")
        self.reboot_label = QLabel(box)
        self.ask_simulated = QCheckBox(box)
        chargers_form = QFormLayout(box)
        self.timeout_label = QLabel(box)
        chargers_form.addRow(self.timeout_label, self.timeout)
        chargers_form.addRow(self.reboot_label, self.reboot_timeout)
        chargers_form.addRow(self.ask_simulated)
        return box

    def _folder_box(self) -> QGroupBox:
        box = self.folder_box = QGroupBox(self)
        self.folder = QLabel(box)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_folder = QPushButton(box)
        self.change_folder.clicked.connect(self.ask_folder)
        self.folder_note = QLabel(box)
        self.folder_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.change_folder)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.folder_note)
        return box

    def _set_texts(self) -> None:
        """Every fixed text, in the language installed now."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setItemText(0, self.tr("System language"))
        self.language_label.setText(self.tr("Language:"))
        self.formats_label.setText(self.tr("Numbers and dates:"))
        self.language_note.setText(
            self.tr(
                "Menus, tab titles, the charger list and the Overview change at once; the "
                "other pages change at the next start."
            )
        )
        self.chargers_box.setTitle(self.tr("Chargers"))
        self.timeout_label.setText(self.tr("Charger reply time:"))
        self.timeout.setAccessibleName(self.tr("Charger reply time"))
        self.timeout.setToolTip(
            self.tr("How long to wait for a charger's answer; raise it on a slow network.")
        )
        self.reboot_label.setText(self.tr("Restart wait:"))
        self.reboot_timeout.setAccessibleName(self.tr("Restart wait"))
        self.reboot_timeout.setToolTip(
            self.tr("How long a charger may take to come back after a restart.")
        )
        self.ask_simulated.setText(self.tr("Ask before restarting chargers on the simulated site"))
        self.ask_simulated.setToolTip(
            self.tr("On real chargers the program always asks before a restart.")
        )
        self.folder_box.setTitle(self.tr("Data folder"))
        self.change_folder.setText(self.tr("C&hange…"))

    # --- values -------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the saved preferences (and the data folder in use)."""
        settings = self.services.settings
        code = settings.preference(LANGUAGE, "")
        self.language.setCurrentIndex(max(0, self.language.findData(code)))
        self.timeout.setValue(self.services.sessions.timeout)
        self.reboot_timeout.setValue(settings.preference(REBOOT_TIMEOUT, DEFAULT_REBOOT_TIMEOUT))
        self.ask_simulated.setChecked(settings.preference(ASK_ON_SIMULATED_SITE, True))
        self._chosen_dir = settings.preference(DATA_DIR, "")
        self._show_folder()
        self._show_formats()

    def _show_formats(self) -> None:
        locale = language_locale(str(self.language.currentData()))
        sample = locale.toString(1234.5, "f", 1)
        day = locale.toString(datetime(2026, 3, 14, 16, 5), QLocale.FormatType.ShortFormat)
        self.formats.setText(f"{sample} A · {day}")

    def _show_folder(self) -> None:
        in_use = str(self.services.paths.root)
        chosen = self._chosen_dir
        self.folder.setText(in_use)
        if chosen and Path(chosen) != Path(in_use):
            self.folder_note.setText(self.tr("From the next start: {folder}").format(folder=chosen))
        else:
            self.folder_note.setText(
                self.tr(
                    "Journals, reports, meter presets and logs are kept here. A new folder is "
                    "used from the next start; --data-dir on the command line overrides it."
                )
            )

    def ask_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose the data folder"), self.folder.text())
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.choose_folder)
        dialog.show()  # not modal: the window and the demo panel stay usable
        return dialog

    def choose_folder(self, folder: str) -> None:
        self._chosen_dir = folder
        self._show_folder()

    def apply(self) -> None:
        """Save every preference; switch the language if it changed."""
        settings = self.services.settings
        code = str(self.language.currentData())
        changed = code != settings.preference(LANGUAGE, "")
        settings.set_preference(LANGUAGE, code)
        settings.set_preference(TIMEOUT, float(self.timeout.value()))
        self.services.sessions.timeout = float(self.timeout.value())
        settings.set_preference(REBOOT_TIMEOUT, float(self.reboot_timeout.value()))
        settings.set_preference(ASK_ON_SIMULATED_SITE, self.ask_simulated.isChecked())
        settings.set_preference(DATA_DIR, self._chosen_dir)
        try:
            settings.save()
        except OSError as exc:
            self.folder_note.setText(
                self.tr("The settings could not be saved: {error}").format(error=exc)
            )
        self.applied.emit()
        if changed:
            use_language(code)
            self.retranslate()
            self.languageChanged.emit(code)

    def accept(self) -> None:
        self.apply()
        super().accept()

    def retranslate(self) -> None:
        """This dialog's texts in the new language."""
        self._set_texts()
        self._show_formats()
        self._show_folder()
