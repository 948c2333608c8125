"""Settings backup to a file, restore from a file with a preview, and the support bundle, for
the selected charger.

A restore is read and compared first: the table lists what would change (the setting, on the
charger now, from the backup) and the notes say what is skipped and why; only "Apply the
restore" writes, as a journaled plan run (asking first when the charger restarts to take it).
Files are chosen through `choose_open` / `choose_save` (a QFileDialog by default), so tests
give a path instead. Results belong to the charger they ran on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.services.context import AppServices
from app.services.maintenance import BackupWritten, MaintenanceService, RestorePreview, RunOutcome
from app.services.operations import Operation
from app.ui.commissioning import words as plan_words
from app.ui.commissioning.field_labels import field_label
from app.ui.maintenance.action_box import ChargerActionBox
from app.ui.reboot_confirm import RebootConfirmation
from app.ui.scn.fit import fit_rows, no_scroll

BACKUP_FILTER = "Settings backups (*.json)"
BUNDLE_FILTER = "Support bundles (*.zip)"
ChooseOpen = Callable[[], Path | None]
ChooseSave = Callable[[str, str], Path | None]  # (suggested name, filter) → path


class FilesPanel(ChargerActionBox):
    """Backup, restore (preview, apply) and support bundle buttons with their results."""

    def __init__(
        self, services: AppServices, service: MaintenanceService, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, service, parent)
        self.setTitle(self.tr("Settings backup and support"))
        self.previews: dict[str, RestorePreview] = {}
        self.choose_open: ChooseOpen = self._open_dialog
        self.choose_save: ChooseSave = self._save_dialog
        self._build()
        self.set_key("")

    def _build(self) -> None:
        self.backup_button = QPushButton(self.tr("Save a &backup…"))
        self.backup_button.clicked.connect(self.save_backup)
        self.restore_button = QPushButton(self.tr("Restore from a &file…"))
        self.restore_button.clicked.connect(self.read_restore)
        self.bundle_button = QPushButton(self.tr("Save a &support bundle…"))
        self.bundle_button.clicked.connect(self.save_bundle)
        self.rollback_button = QPushButton(self.tr("Roll back the last restore"))
        self.rollback_button.clicked.connect(self.rollback)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.bundle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.changes = QTableWidget(0, 3)
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Setting"), self.tr("On the charger now"), self.tr("From the backup")]
        )
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        no_scroll(self.changes)
        self.notes = QLabel()
        self.notes.setObjectName("restore-notes")
        self.notes.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply the restore"))
        self.apply_button.clicked.connect(self.apply_restore)
        self.preview_box = QWidget()
        column = QVBoxLayout(self.preview_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.changes)
        column.addWidget(self.notes)
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addStretch(1)
        column.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("files-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.status)
        last = QHBoxLayout()
        last.addWidget(self.rollback_button)
        last.addStretch(1)
        layout.addLayout(last)

    def _open_dialog(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a settings backup"), "", BACKUP_FILTER
        )
        return Path(name) if name else None

    def _save_dialog(self, suggested: str, kind: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, kind)
        return Path(name) if name else None

    # --- the selected charger -----------------------------------------------------------

    def set_key(self, key: str) -> None:
        self.key = key
        self._show_preview(self.previews.get(key))
        self.status.setText(self.messages.get(key, ""))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._asking or (self.operation is not None and self.operation.running)
        for button in (self.backup_button, self.restore_button, self.bundle_button):
            button.setEnabled(bool(self.key) and not busy)
        preview = self.previews.get(self.key)
        self.apply_button.setEnabled(preview is not None and bool(preview.rows) and not busy)
        restored = (self.key, "restore") in self.service.last_runs
        self.rollback_button.setVisible(restored)
        self.rollback_button.setEnabled(restored and not busy)

    def save_backup(self) -> Operation | None:
        key = self.key
        target = self.choose_save(self.service.suggested_backup_name(key), BACKUP_FILTER)
        if target is None:
            return None
        if not target.suffix:
            target = target.with_suffix(".json")
        operation = self._follow(self.service.backup(key, target))
        operation.succeeded.connect(lambda written: self._backup_written(key, written))
        return operation

    def _backup_written(self, key: str, written: BackupWritten) -> None:
        text = self.tr("Backup saved: {count} settings in {path}.").format(
            count=len(written.backup.settings), path=written.path
        )
        if written.backup.excluded:
            text += " " + self.tr("Secrets are never saved ({count} left out).").format(
                count=len(written.backup.excluded)
            )
        self._say(key, text)

    def save_bundle(self) -> Operation | None:
        key = self.key
        target = self.choose_save(self.service.suggested_bundle_name(key), BUNDLE_FILTER)
        if target is None:
            return None
        if not target.suffix:
            target = target.with_suffix(".zip")
        operation = self._follow(self.service.support_bundle(key, target))
        operation.succeeded.connect(
            lambda path: self._say(
                key,
                self.tr("Support bundle saved (no passwords or keys in it): {path}").format(
                    path=path
                ),
            )
        )
        return operation

    # --- restore ------------------------------------------------------------------------

    def read_restore(self) -> Operation | None:
        key = self.key
        source = self.choose_open()
        if source is None:
            return None
        self.previews.pop(key, None)
        self._show_preview(None)
        operation = self._follow(self.service.preview_restore(key, source))
        operation.succeeded.connect(self._previewed)
        return operation

    def _previewed(self, preview: RestorePreview) -> None:
        self.previews[preview.key] = preview
        backup = preview.backup
        head = self.tr("Backup of {serial} ({model}, firmware {firmware}), taken {taken} UTC.")
        text = head.format(
            serial=backup.serial,
            model=backup.model,
            firmware=backup.firmware,
            taken=f"{backup.taken:%Y-%m-%d %H:%M}",
        )
        if not preview.rows:
            text += " " + self.tr("The charger already holds these settings: nothing to restore.")
        elif preview.restarts:
            text += " " + self.tr("Applying it restarts the charger.")
        self._say(preview.key, text)
        if preview.key == self.key:
            self._show_preview(preview)
        self._update_buttons()

    def _show_preview(self, preview: RestorePreview | None) -> None:
        self.preview_box.setVisible(preview is not None)
        if preview is None:
            self.changes.setRowCount(0)
            return
        self.changes.setVisible(bool(preview.rows))
        self.apply_button.setVisible(bool(preview.rows))
        self.changes.setRowCount(len(preview.rows))
        for row, (path, before, after) in enumerate(preview.rows):
            name = QTableWidgetItem(field_label(path))
            name.setToolTip(path)
            self.changes.setItem(row, 0, name)
            for column, data in ((1, before), (2, after)):
                self.changes.setItem(row, column, QTableWidgetItem(plan_words.value(path, data)))
        fit_rows(self.changes, 1)
        notes = [self.tr("What is left aside:")] if preview.notes else []
        self.notes.setText("\n".join([*notes, *(f"• {n}" for n in preview.notes)]))

    def apply_restore(self) -> RebootConfirmation | None:
        key = self.key
        preview = self.previews.get(key)
        if preview is None or self._asking:
            return None

        def start() -> None:
            try:
                operation = self._follow(self.service.restore(preview))
            except CommissionerError as exc:
                self._say(key, str(exc))
                return
            operation.succeeded.connect(self._restored)

        return self._ask(key, preview.restarts, self.tr("Restoring the settings"), start)

    def rollback(self) -> RebootConfirmation | None:
        """Put back what the last restore on this charger changed (asks when it restarts)."""
        key = self.key

        def start() -> None:
            operation = self._follow(self.service.rollback(key, "restore"))
            operation.succeeded.connect(self._rolled_back)

        return self._ask(key, True, self.tr("Rolling back the restore"), start)

    def _rolled_back(self, outcome: RunOutcome) -> None:
        text = self.tr("Roll back of the restore: {outcome}.").format(
            outcome=plan_words.outcome(outcome.outcome)
        )
        self._say(outcome.key, text if outcome.ok else f"{text} {outcome.message}")
        self.chargerChanged.emit(outcome.key)

    def _restored(self, outcome: RunOutcome) -> None:
        self.previews.pop(outcome.key, None)
        if outcome.key == self.key:
            self._show_preview(None)
        text = self.tr("Restore: {outcome}. It is in the journal and can be rolled back.")
        if not outcome.ok:
            text = self.tr("Restore: {outcome}.") + " " + outcome.message
        self._say(outcome.key, text.format(outcome=plan_words.outcome(outcome.outcome)))
        self.chargerChanged.emit(outcome.key)
        self._update_buttons()
