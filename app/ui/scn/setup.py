"""SCN set-up: pick the members, set the network's parameters, edit the phase rotation, apply.

Every edit re-plans at once (planning is pure and quick), so the validation list always shows
the sentences of the plan as it stands; Apply is enabled only for a plan that breaks no rule.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.phases import PhaseMapping
from app.core.scn import ScnCandidate, ScnProposal, ScnSettings
from app.services.context import AppServices
from app.services.devices import ChargerEntry
from app.services.operations import Operation
from app.services.scn import ScnService

KEY_ROLE = Qt.ItemDataRole.UserRole
MAPPINGS = [m for m in PhaseMapping if m is not PhaseMapping.NONE]


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class ScnSetupPage(QWidget):
    """Members, parameters, rotation, validation sentences, apply with progress."""

    def __init__(self, services: AppServices, service: ScnService, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self.service = service
        self.candidates: list[ScnCandidate] = []
        self.rotation: dict[str, tuple[PhaseMapping, ...]] = {}
        self.proposal: ScnProposal | None = None
        self.operation: Operation | None = None
        self._filling = False
        self._build()
        services.directory.entryChanged.connect(self._entry_changed)
        service.chargerProgress.connect(self._progress)
        for entry in services.directory.entries():
            self._entry_changed(entry)
        self.replan()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.members = QListWidget()
        self.read_button = QPushButton(self.tr("&Read the picked chargers"))
        self.read_button.clicked.connect(self.read_members)
        picks = QGroupBox(self.tr("Members"))
        column = QVBoxLayout(picks)
        column.addWidget(self.members)
        column.addWidget(self.read_button)
        top = QHBoxLayout()
        top.addWidget(picks, 1)
        top.addWidget(self._parameters(), 1)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Charger"), self.tr("Socket"), self.tr("SCN ID"), self.tr("Phase mapping")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.sentences = QListWidget()
        self.sentences.setWordWrap(True)
        self.progress = QTableWidget(0, 3)
        self.progress.setHorizontalHeaderLabels(
            [self.tr("Charger"), self.tr("Progress"), self.tr("Step")]
        )
        self.progress.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("&Apply to every member"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.rollback_button = QPushButton(self.tr("Roll &back the last run"))
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.cancel)
        self.rollback_button.clicked.connect(self.rollback)
        for button in (self.apply_button, self.cancel_button, self.rollback_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        self.setMinimumHeight(760)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sentences, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress, 1)
        self._update_buttons()

    def _parameters(self) -> QGroupBox:
        box = QGroupBox(self.tr("Network"))
        form = QFormLayout(box)
        self.name = QLineEdit("SCN1")
        self.total = _spin(6, 2000, 32, " A")
        self.total_safe = _spin(0, 2000, 16, " A")
        self.socket_safe = _spin(0, 32, 6, " A")
        self.station_max = _spin(0, 32, 0, " A")
        self.station_max.setSpecialValueText(self.tr("unchanged"))
        self.socket_max = _spin(0, 32, 0, " A")
        self.socket_max.setSpecialValueText(self.tr("unchanged"))
        self.period = _spin(900, 36000, 900, " s")
        self.with_alb = QCheckBox(self.tr("One member reads the meter (ALB)"))
        self.meter_member = QComboBox()
        self.meter_member.setToolTip(self.tr("It keeps its ALB settings; the others need none."))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Grid total current"), self.total)
        form.addRow(self.tr("Total safe current"), self.total_safe)
        form.addRow(self.tr("Socket safe current"), self.socket_safe)
        form.addRow(self.tr("Station maximum"), self.station_max)
        form.addRow(self.tr("Socket maximum"), self.socket_max)
        form.addRow(self.tr("Alternating period"), self.period)
        form.addRow(self.with_alb)
        form.addRow(self.tr("Meter member"), self.meter_member)
        self.name.textChanged.connect(self.replan)
        for spin in (self.total, self.total_safe, self.socket_safe, self.station_max):
            spin.valueChanged.connect(self.replan)
        self.socket_max.valueChanged.connect(self.replan)
        self.period.valueChanged.connect(self.replan)
        self.with_alb.toggled.connect(self.replan)
        self.meter_member.currentIndexChanged.connect(self.replan)
        return box

    # --- members ------------------------------------------------------------------------

    def _entry_changed(self, entry: ChargerEntry) -> None:
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.data(KEY_ROLE) == entry.key:
                item.setText(f"{entry.display_name}  {entry.address}")
                return
        item = QListWidgetItem(f"{entry.display_name}  {entry.address}")
        item.setData(KEY_ROLE, entry.key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.members.addItem(item)

    def pick(self, keys: list[str]) -> None:
        for row in range(self.members.count()):
            item = self.members.item(row)
            wanted = item.data(KEY_ROLE) in keys
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def picked(self) -> list[str]:
        items = [self.members.item(r) for r in range(self.members.count())]
        return [i.data(KEY_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def read_members(self) -> Operation | None:
        try:
            operation = self.service.read_candidates(self.picked(), self.name.text())
        except CommissionerError as exc:
            self._show_error(exc)
            return None
        operation.succeeded.connect(self._members_read)
        operation.failed.connect(self._show_error)
        return operation

    def _members_read(self, candidates: list[ScnCandidate]) -> None:
        self.candidates = list(candidates)
        self.rotation = {}
        self._filling = True
        self.meter_member.clear()
        for candidate in self.candidates:
            self.meter_member.addItem(candidate.serial)
        self._filling = False
        self.replan()

    # --- planning -----------------------------------------------------------------------

    def settings(self) -> ScnSettings:
        alb = self.with_alb.isChecked()
        return ScnSettings(
            name=self.name.text(),
            total_current=self.total.value(),
            total_safe_current=self.total_safe.value(),
            socket_safe_current=self.socket_safe.value(),
            alternating_period=self.period.value(),
            station_max_current=float(self.station_max.value()) or None,
            socket_max_current=float(self.socket_max.value()) or None,
            meter_member=self.meter_member.currentText() or None if alb else None,
        )

    def replan(self) -> None:
        if self._filling:
            return
        if not self.candidates:
            self.proposal = None
            self._show_sentences([self.tr("Pick the members, then read them.")])
            return
        self.proposal = self.service.propose(self.settings(), self.candidates, self.rotation)
        self._fill_table(self.proposal)
        sentences = [f"{s + ': ' if s else ''}{v.message}" for s, v in self.proposal.violations]
        sentences += list(self.proposal.warnings)
        sentences += self.service.identification_differences(self.proposal)
        if self.proposal.ok:
            sentences.insert(0, self.tr("The plan breaks no rule."))
        self._show_sentences(sentences)

    def _fill_table(self, proposal: ScnProposal) -> None:
        self._filling = True
        rows = [
            (c.serial, n, c.scn.first_socket_id + n, mapping)
            for c in proposal.plan.chargers
            if c.scn is not None
            for n, mapping in enumerate(proposal.rotation[c.serial])
        ]
        self.table.setRowCount(len(rows))
        for row, (serial, number, socket_id, mapping) in enumerate(rows):
            for column, text in enumerate((serial, str(number + 1), str(socket_id))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            combo = self.table.cellWidget(row, 3)
            if not isinstance(combo, QComboBox):
                combo = QComboBox()
                combo.addItems([m.value for m in MAPPINGS])
                combo.currentTextChanged.connect(lambda text, r=row: self._edited(r, text))
                self.table.setCellWidget(row, 3, combo)
            combo.setCurrentText(mapping.value)
        self._filling = False

    def _edited(self, row: int, text: str) -> None:
        serial, number = self.table.item(row, 0).text(), int(self.table.item(row, 1).text())
        self.set_mapping(serial, number, PhaseMapping(text))

    def set_mapping(self, serial: str, socket: int, mapping: PhaseMapping) -> None:
        """The installer's edit of the phase mapping of `serial`'s socket `socket` (from 1)."""
        if self._filling or self.proposal is None:
            return
        current = list(self.proposal.rotation[serial])
        current[socket - 1] = mapping
        self.rotation[serial] = tuple(current)
        self.replan()

    def _show_sentences(self, sentences: list[str]) -> None:
        self.sentences.clear()
        self.sentences.addItems(sentences)
        self._update_buttons()

    def _show_error(self, error: CommissionerError) -> None:
        self._show_sentences([str(error)])

    # --- apply --------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self.operation is not None and self.operation.running
        self.apply_button.setEnabled(bool(self.proposal and self.proposal.ok) and not busy)
        self.cancel_button.setEnabled(busy)
        self.rollback_button.setEnabled(not busy and self.service.last_journal is not None)
        self.read_button.setEnabled(not busy)

    def apply(self) -> Operation | None:
        if self.proposal is None or not self.proposal.ok:
            return None
        self.progress.setRowCount(0)
        return self._follow(self.service.apply(self.proposal.plan))

    def rollback(self) -> Operation | None:
        try:
            return self._follow(self.service.rollback())
        except CommissionerError as exc:
            self._show_error(exc)
            return None

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _follow(self, operation: Operation) -> Operation:
        self.operation = operation
        operation.ended.connect(self._update_buttons)
        operation.failed.connect(self._show_error)
        operation.succeeded.connect(self._finished)
        self._update_buttons()
        return operation

    def _finished(self, failures: dict[str, str]) -> None:
        lines = [f"{serial}: {text}" for serial, text in failures.items()]
        self._show_sentences(lines or [self.tr("Every member is done.")])

    def _progress(self, serial: str, text: str, done: int, total: int) -> None:
        row = next(
            (
                r
                for r in range(self.progress.rowCount())
                if self.progress.item(r, 0).text() == serial
            ),
            None,
        )
        if row is None:
            row = self.progress.rowCount()
            self.progress.insertRow(row)
            self.progress.setItem(row, 0, QTableWidgetItem(serial))
            self.progress.setCellWidget(row, 1, QProgressBar())
            self.progress.setItem(row, 2, QTableWidgetItem())
        bar = self.progress.cellWidget(row, 1)
        if isinstance(bar, QProgressBar):
            bar.setRange(0, max(total, 1))
            bar.setValue(min(done, max(total, 1)) if total else 0)
        self.progress.item(row, 2).setText(text)
