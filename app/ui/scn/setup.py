"""SCN set-up: pick the members, set the network's parameters, edit the phase rotation, apply.

Every edit re-plans at once (planning is pure and quick), so the checks always show the
sentences of the plan as it stands; Apply is enabled only for a plan that breaks no rule.
Applying and rolling back restart every member, so both ask first (app/ui/reboot_confirm.py)
and keep their button disabled while the question is open.

Two columns, so the page needs little height: members and the network's parameters on the
left; the sockets' rotation, the checks, the buttons and the progress on the right. The tab
scrolls the page when the window is short; its tables and lists are as tall as their rows
(app/ui/scn/fit.py), never a scroll inside the scroll.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.phases import PhaseMapping
from app.core.plan import Plan
from app.core.scn import ScnCandidate, ScnProposal, ScnSettings
from app.services.context import AppServices
from app.services.devices import ChargerEntry, serial_key
from app.services.operations import Operation
from app.services.scn import MemberProgress, ScnService
from app.services.settings import DEFAULT_REBOOT_TIMEOUT, REBOOT_TIMEOUT
from app.ui.reboot_confirm import RebootConfirmation, ask_before_reboot, reboot_targets
from app.ui.scn.fit import fit_rows, no_scroll
from app.ui.scn.parameters import NetworkForm
from app.ui.scn.progress import ApplyProgress

KEY_ROLE = Qt.ItemDataRole.UserRole
MAPPINGS = [m for m in PhaseMapping if m is not PhaseMapping.NONE]


class ScnSetupPage(QWidget):
    """Members, parameters, rotation, validation sentences, apply with progress."""

    memberFinished = Signal(str)  # charger-list key of a member whose apply/roll-back ended

    def __init__(self, services: AppServices, service: ScnService, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self.service = service
        self.candidates: list[ScnCandidate] = []
        self.rotation: dict[str, tuple[PhaseMapping, ...]] = {}
        self.proposal: ScnProposal | None = None
        self.operation: Operation | None = None
        self.confirmation: RebootConfirmation | None = None
        self._asking = False
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
        no_scroll(self.members)
        self.read_button = QPushButton(self.tr("&Read the picked chargers"))
        self.read_button.clicked.connect(self.read_members)
        picks = QGroupBox(self.tr("Members"))
        column = QVBoxLayout(picks)
        column.addWidget(self.members)
        self.not_members = QLabel(
            self.tr(
                "A greyed charger is not an Alfen charger (a V2C Trydan, say): it does not join "
                "an Alfen Smart Charging Network."
            )
        )
        self.not_members.setWordWrap(True)
        self.not_members.hide()
        column.addWidget(self.not_members)
        column.addWidget(self.read_button)
        left = QVBoxLayout()
        left.addWidget(picks)
        left.addWidget(self._parameters())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._rotation_box())
        right.addWidget(self._checks_box())
        right.addLayout(self._buttons())
        progress = QGroupBox(self.tr("Progress"))
        self.progress = ApplyProgress()
        QVBoxLayout(progress).addWidget(self.progress)
        right.addWidget(progress)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self._update_buttons()

    def _rotation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sockets and phase rotation"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Charger"), self.tr("Socket"), self.tr("SCN ID"), self.tr("Phase mapping")]
        )
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        no_scroll(self.table)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_rows(self.table, 2)
        column = QVBoxLayout(box)
        column.addWidget(self.table)
        column.addStretch(1)
        return box

    def _checks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Checks"))
        self.sentences = QLabel()
        self.sentences.setObjectName("scn-checks")
        self.sentences.setWordWrap(True)
        self.sentences.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.sentences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence_list: list[str] = []
        QVBoxLayout(box).addWidget(self.sentences)
        return box

    def _buttons(self) -> QGridLayout:
        """Apply and Cancel on one row, Roll back below: the column stays narrow."""
        buttons = QGridLayout()
        self.apply_button = QPushButton(self.tr("&Apply to every member"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.rollback_button = QPushButton(self.tr("Roll &back the last run"))
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.cancel)
        self.rollback_button.clicked.connect(self.rollback)
        buttons.addWidget(self.apply_button, 0, 0)
        buttons.addWidget(self.cancel_button, 0, 1)
        buttons.addWidget(self.rollback_button, 1, 0)
        buttons.setColumnStretch(2, 1)
        return buttons

    def _parameters(self) -> NetworkForm:
        self.form = form = NetworkForm()
        self.name, self.total, self.total_safe = form.name, form.total, form.total_safe
        self.socket_safe, self.station_max, self.socket_max = (
            form.socket_safe,
            form.station_max,
            form.socket_max,
        )
        self.period, self.with_alb = form.period, form.with_alb
        self.meter_member, self.meter_note = form.meter_member, form.meter_note
        form.changed.connect(self.replan)
        return form

    # --- members ------------------------------------------------------------------------

    def _entry_changed(self, entry: ChargerEntry) -> None:
        text = f"{entry.display_name}  ({entry.address})" if entry.address else entry.display_name
        tip = ""
        if not entry.joins_scn:
            text = self.tr("{charger}: cannot join").format(charger=entry.display_name)
            tip = self.tr(
                "Only Alfen chargers join an Alfen Smart Charging Network; this {model} does "
                "not. It shares the connection on its own (dynamic power control, on its "
                "Commissioning tab)."
            ).format(model=entry.model or entry.serial)
            self.not_members.show()
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.data(KEY_ROLE) == entry.key:
                item.setText(text)
                item.setToolTip(tip)
                _set_member(item, entry.joins_scn)
                return
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, entry.key)
        item.setToolTip(tip)
        _set_member(item, entry.joins_scn)
        self.members.addItem(item)
        fit_rows(self.members, 3)

    def pick(self, keys: list[str]) -> None:
        for row in range(self.members.count()):
            item = self.members.item(row)
            if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                continue  # a charger that cannot join (a Trydan)
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
            self.meter_member.addItem(self.service.display_name(candidate.serial), candidate.serial)
        self._filling = False
        self.replan()

    # --- planning -----------------------------------------------------------------------

    def settings(self) -> ScnSettings:
        return self.form.settings()

    def replan(self) -> None:
        if self._filling:
            return
        self.form.show_meter_member()
        if not self.candidates:
            self.proposal = None
            self._show_sentences([self.tr("Pick the members, then read them.")])
            return
        self.proposal = self.service.propose(self.settings(), self.candidates, self.rotation)
        self._fill_table(self.proposal)
        name = self.service.display_name
        sentences = [
            f"{name(s) + ': ' if s else ''}{v.message}" for s, v in self.proposal.violations
        ]
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
            texts = (self.service.display_name(serial), str(number + 1), str(socket_id))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, serial)
                self.table.setItem(row, column, item)
            combo = self.table.cellWidget(row, 3)
            if not isinstance(combo, QComboBox):
                combo = QComboBox()
                combo.addItems([m.value for m in MAPPINGS])
                combo.currentTextChanged.connect(lambda text, r=row: self._edited(r, text))
                self.table.setCellWidget(row, 3, combo)
            combo.setCurrentText(mapping.value)
        fit_rows(self.table, 2)
        self._filling = False

    def _edited(self, row: int, text: str) -> None:
        serial = self.table.item(row, 0).data(KEY_ROLE)
        number = int(self.table.item(row, 1).text())
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
        self.sentence_list = list(sentences)
        self.sentences.setText("\n".join(f"• {s}" for s in sentences))
        self._update_buttons()

    def _show_error(self, error: CommissionerError) -> None:
        self._show_sentences([str(error)])

    # --- apply --------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self._asking or (self.operation is not None and self.operation.running)
        self.apply_button.setEnabled(bool(self.proposal and self.proposal.ok) and not busy)
        self.cancel_button.setEnabled(self.operation is not None and self.operation.running)
        self.rollback_button.setEnabled(not busy and self.service.last_journal is not None)
        self.read_button.setEnabled(not busy)

    def apply(self) -> RebootConfirmation | None:
        """Ask before restarting every member; on yes, apply (see `operation`)."""
        if self.proposal is None or not self.proposal.ok or self._asking:
            return None
        plan = self.proposal.plan
        keys = [serial_key(c.serial) for c in plan.chargers]
        return self._ask(self.tr("Applying the network"), lambda: self._start_apply(plan), keys)

    def _start_apply(self, plan: Plan) -> None:
        self.progress.setRowCount(0)
        self._follow(self.service.apply(plan, reboot_timeout=self._reboot_wait()))

    def _reboot_wait(self) -> float:
        """How long a member may take to restart (Settings)."""
        return self._services.settings.preference(REBOOT_TIMEOUT, DEFAULT_REBOOT_TIMEOUT)

    def rollback(self) -> RebootConfirmation | None:
        """Ask before restarting the members of the last run; on yes, roll it back."""
        if self._asking:
            return None
        keys = self.service.last_members
        return self._ask(self.tr("Rolling back the network"), self._start_rollback, keys)

    def _start_rollback(self) -> None:
        try:
            self._follow(self.service.rollback(reboot_timeout=self._reboot_wait()))
        except CommissionerError as exc:
            self._show_error(exc)

    def _ask(
        self, action: str, proceed: Callable[[], None], keys: list[str]
    ) -> RebootConfirmation | None:
        targets = reboot_targets(self._services, keys)
        self._asking = True
        self._update_buttons()

        def yes() -> None:
            self._answered()
            proceed()

        self.confirmation = ask_before_reboot(
            self, self._services, targets, action, yes, self._answered
        )
        return self.confirmation

    def _answered(self) -> None:
        self._asking = False
        self.confirmation = None
        self._update_buttons()

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
        lines = [f"{self.service.display_name(s)}: {text}" for s, text in failures.items()]
        self._show_sentences(lines or [self.tr("Every member is done.")])

    def _progress(self, progress: MemberProgress) -> None:
        self.progress.show_progress(progress, self.service.display_name(progress.serial))
        if progress.outcome is not None:
            self.memberFinished.emit(progress.key)


def _set_member(item: QListWidgetItem, joins_scn: bool) -> None:
    """A charger that cannot join an SCN (a V2C Trydan) is listed, greyed and never picked,
    with the reason in its text; the others are checkable."""
    if joins_scn:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        if item.data(Qt.ItemDataRole.CheckStateRole) is None:
            item.setCheckState(Qt.CheckState.Unchecked)
        return
    item.setData(Qt.ItemDataRole.CheckStateRole, None)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEnabled)
