"""Import and export of meter preset files on the Meter page.

The file choice goes through `choose_open` / `choose_save` (a QFileDialog by default), so
tests give a path instead of opening a dialog. A bad file gives one sentence naming the file
and the field, and nothing is added.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.errors import CommissionerError
from app.core.presets import MeterPreset
from app.services import meter_presets

FILTER = "Meter presets (*.toml *.json)"
ChooseOpen = Callable[[], Path | None]
ChooseSave = Callable[[str], Path | None]


class PresetFileBar(QWidget):
    """Two buttons and a line saying what the last import or export did."""

    imported = Signal(object)  # MeterPreset

    def __init__(
        self, current: Callable[[], MeterPreset | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._current = current
        self.data_dir: Path | None = None
        self.choose_open: ChooseOpen = self._open_dialog
        self.choose_save: ChooseSave = self._save_dialog
        self.import_button = QPushButton(self.tr("&Import preset file…"), self)
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("E&xport preset file…"), self)
        self.export_button.clicked.connect(self.export_file)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addWidget(self.status, 1)

    def _open_dialog(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a meter preset"), "", FILTER)
        return Path(name) if name else None

    def _save_dialog(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the meter preset"), suggested, FILTER
        )
        return Path(name) if name else None

    def import_file(self) -> MeterPreset | None:
        """Ask for a file, validate it, add it to the user presets; None when nothing added."""
        source = self.choose_open()
        if source is None:
            return None
        if self.data_dir is None:
            self.status.setText(self.tr("No folder for your presets: log in to a charger first."))
            return None
        try:
            preset = meter_presets.import_file(source, self.data_dir)
        except CommissionerError as exc:
            self.status.setText(self.tr("Not imported: {why}").format(why=exc))
            return None
        self.status.setText(
            self.tr("Imported {title} from {file}.").format(title=preset.title, file=source.name)
        )
        self.imported.emit(preset)
        return preset

    def export_file(self) -> Path | None:
        """Ask where, then write the chosen preset (or the custom map) there."""
        preset = self._current()
        if preset is None:
            self.status.setText(self.tr("Choose a preset or type a valid custom map first."))
            return None
        suggested = re.sub(r"[^a-z0-9]+", "-", preset.title.lower()).strip("-") + ".toml"
        target = self.choose_save(suggested)
        if target is None:
            return None
        if not target.suffix:
            target = target.with_suffix(".toml")
        try:
            meter_presets.export_file(preset, target)
        except CommissionerError as exc:
            self.status.setText(str(exc))
            return None
        self.status.setText(
            self.tr("Exported {title} to {file}.").format(title=preset.title, file=target.name)
        )
        return target
