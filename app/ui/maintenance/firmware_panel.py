"""Firmware of the picked chargers: pick an image, read the check in words, upgrade with a row
of progress per charger, and a summary of who runs which version.

Nothing is sent before the image passed the check for every picked charger (family, header,
version, stepping stone, downgrade). An upgrade across major version 5 needs a new unique
password: the two password fields appear, and the password goes to the keyring only. An
upgrade restarts each charger and interrupts charging, so it asks first
(app/ui/reboot_confirm.py). A charger whose driver declares no firmware upgrade (a V2C
Trydan) is listed greyed with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.services.context import AppServices
from app.services.devices import ChargerEntry
from app.services.maintenance_firmware import (
    FirmwareService,
    ImageReport,
    UpgradeStep,
    UpgradeSummary,
)
from app.services.operations import Operation
from app.ui.maintenance.firmware_report import check_lines, summary_lines
from app.ui.maintenance.firmware_rows import FirmwareRows
from app.ui.reboot_confirm import RebootConfirmation, ask_before_reboot, reboot_targets
from app.ui.scn.fit import fit_rows, no_scroll

KEY_ROLE = Qt.ItemDataRole.UserRole
FILTER = "Firmware images (*.fwi *.fwu *.tfw *.tcf)"
ChooseOpen = Callable[[], Path | None]


class FirmwarePanel(QGroupBox):
    """Picked chargers, image and its check, password, upgrade, progress rows, summary."""

    chargerUpgraded = Signal(str)  # charger-list key whose upgrade ended

    def __init__(
        self, services: AppServices, service: FirmwareService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Firmware"))
        self._services = services
        self.service = service
        self.report: ImageReport | None = None
        self.operation: Operation | None = None
        self.confirmation: RebootConfirmation | None = None
        self._asking = False
        self.follows_selection = True  # until the installer ticks chargers by hand
        self.choose_open: ChooseOpen = self._open_dialog
        self._build()
        services.directory.entryChanged.connect(self._entry_changed)
        service.progressed.connect(self._step)
        service.upgraded.connect(self._summary)
        for entry in services.directory.entries():
            self._entry_changed(entry)
        self._update_buttons()

    def _build(self) -> None:
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Chargers to upgrade"))
        no_scroll(self.members)
        self.members.itemChanged.connect(self._ticked)
        self.not_upgradable = QLabel(
            self.tr("A greyed charger cannot be upgraded from here: use its maker's app.")
        )
        self.not_upgradable.setWordWrap(True)
        self.not_upgradable.hide()
        self.file_label = QLabel(self.tr("No image chosen."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("C&hoose an image file…"))
        self.choose_button.clicked.connect(self.choose_image)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self.check_text = QLabel()
        self.check_text.setObjectName("firmware-check")
        self.check_text.setWordWrap(True)
        self.check_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.downgrade = QCheckBox(self.tr("Allow installing an older version (downgrade)"))
        self.downgrade.toggled.connect(lambda _on: self.recheck())
        self.password_box = self._password_box()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Chargers to upgrade (the selected one is ticked):")))
        layout.addWidget(self.members)
        layout.addWidget(self.not_upgradable)
        layout.addLayout(file_row)
        layout.addWidget(self.check_text)
        layout.addWidget(self.downgrade)
        layout.addWidget(self.password_box)
        layout.addLayout(self._buttons())
        self.rows = FirmwareRows(self)
        layout.addWidget(self.rows)
        self.summary = QLabel()
        self.summary.setObjectName("firmware-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

    def _password_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New password (this upgrade crosses version 5)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.password, self.password_again):
            field.textChanged.connect(lambda _text: self._update_buttons())
        note = QLabel(
            self.tr(
                "The charger needs a new unique password right after this upgrade. It is kept "
                "in the system keyring only."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(note)
        form.addRow(self.tr("New password:"), self.password)
        form.addRow(self.tr("Again:"), self.password_again)
        box.hide()
        return box

    def _buttons(self) -> QHBoxLayout:
        self.upgrade_button = QPushButton(self.tr("&Upgrade…"))
        self.upgrade_button.clicked.connect(self.upgrade)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.upgrade_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        return row

    # --- chargers -----------------------------------------------------------------------

    def _entry_changed(self, entry: ChargerEntry) -> None:
        text = f"{entry.display_name} ({entry.model or '—'}, {entry.firmware or '—'})"
        able = self.service.can_upgrade(entry.key)
        if not able:
            text = self.tr("{charger}: only with its maker's app").format(
                charger=entry.display_name
            )
            self.not_upgradable.show()
        item = self._item(entry.key)
        if item is None:
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, entry.key)
            self.members.addItem(item)
        item.setText(text)
        _set_checkable(item, able)
        self.rows.rename(entry.key, entry.display_name)
        fit_rows(self.members, 2)

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    def pick(self, keys: list[str]) -> None:
        self.members.blockSignals(True)
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                wanted = item.data(KEY_ROLE) in keys
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.members.blockSignals(False)
        self.recheck()

    def _ticked(self, _item: QListWidgetItem) -> None:
        self.follows_selection = False
        self.recheck()

    def picked(self) -> list[str]:
        items = [self.members.item(r) for r in range(self.members.count())]
        return [i.data(KEY_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    # --- the image and its check --------------------------------------------------------

    def _open_dialog(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a firmware image"), "", FILTER)
        return Path(name) if name else None

    def choose_image(self) -> ImageReport | None:
        path = self.choose_open()
        if path is None:
            return None
        self.image_path = path
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        return self.recheck()

    def recheck(self) -> ImageReport | None:
        """Check the chosen image for the picked chargers again (nothing is sent)."""
        path = getattr(self, "image_path", None)
        if path is None or self.running:
            self._update_buttons()
            return None
        self.report = self.service.check_image(
            path, self.picked(), allow_downgrade=self.downgrade.isChecked()
        )
        self._show_check(self.report)
        return self.report

    def _show_check(self, report: ImageReport) -> None:
        self.check_text.setText("\n".join(check_lines(report, self._name)))
        self.password_box.setVisible(report.ok and report.password_needed)
        self._update_buttons()

    def _name(self, key: str) -> str:
        entry = self._services.directory.entry(key)
        return entry.display_name if entry is not None else key

    # --- upgrade ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def _password_problem(self) -> str:
        if self.report is None or not self.report.password_needed:
            return ""
        if len(self.password.text()) < 8:
            return self.tr("Type the new password: at least 8 characters.")
        if self.password.text() != self.password_again.text():
            return self.tr("The two passwords differ.")
        return ""

    def _update_buttons(self) -> None:
        ready = self.report is not None and self.report.ok and not self._password_problem()
        sending = any(
            v.check and not v.check.same_version for v in getattr(self.report, "verdicts", ())
        )
        self.upgrade_button.setEnabled(ready and sending and not self._asking and not self.running)
        self.cancel_button.setEnabled(self.running)
        for widget in (self.choose_button, self.members, self.downgrade, self.password_box):
            widget.setEnabled(not self.running and not self._asking)

    def upgrade(self) -> RebootConfirmation | None:
        """Ask before restarting the picked chargers; on yes, upgrade them."""
        report = self.report
        if report is None or not report.ok or self._asking or self.running:
            return None
        keys = [v.key for v in report.verdicts if v.check and not v.check.same_version]
        self._asking = True
        self._update_buttons()
        self.confirmation = ask_before_reboot(
            self,
            self._services,
            reboot_targets(self._services, keys),
            self.tr("Upgrading the firmware"),
            lambda: self._start(report),
            self._answered,
        )
        return self.confirmation

    def _answered(self) -> None:
        self._asking = False
        self.confirmation = None
        self._update_buttons()

    def _start(self, report: ImageReport) -> None:
        self._answered()
        rows = [(v.key, self._name(v.key), v.current) for v in report.verdicts]
        self.rows.start(rows)
        self.summary.setText("")
        try:
            self.operation = self.service.upgrade(
                report, password=self.password.text(), downgrade=self.downgrade.isChecked()
            )
        except CommissionerError as exc:
            self.summary.setText(str(exc))
            return
        self.operation.ended.connect(self._ended)
        self.operation.failed.connect(lambda error: self.summary.setText(str(error)))
        self._update_buttons()

    def _ended(self) -> None:
        self.password.clear()
        self.password_again.clear()
        self.recheck()  # against the versions the chargers run now

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _step(self, step: UpgradeStep) -> None:
        self.rows.show_step(step)

    def _summary(self, summary: UpgradeSummary) -> None:
        for row in summary.rows:
            self.rows.show_end(row, self._name(row.key))
            self.chargerUpgraded.emit(row.key)
        self.summary.setText("\n".join(summary_lines(summary, self._name)))


def _set_checkable(item: QListWidgetItem, able: bool) -> None:
    if able:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        if item.data(Qt.ItemDataRole.CheckStateRole) is None:
            item.setCheckState(Qt.CheckState.Unchecked)
        return
    item.setData(Qt.ItemDataRole.CheckStateRole, None)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEnabled)
