"""Automatic phase identification from the Live monitoring tab: run it, then say the result.

The probe steps the socket's current while an EV charges and watches the grid meter; the
result is put in words: where each charger phase lands, the mapping that follows, a warning
when it contradicts the configured mapping, or why there is no answer and what to do.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.phase_id import PhaseIdStatus
from app.core.phases import PhaseMapping
from app.core.prompter import Prompter
from app.services.context import AppServices
from app.services.hairdryer import PhaseIdOutcome, VerificationService
from app.services.operations import Operation
from app.ui.monitoring.prompter import QuestionPanel

log = logging.getLogger(__name__)

WARNING_COLOUR = "#d62728"


class PhaseIdControl(QGroupBox):
    """The start button (the tab puts it in its button row) and the panel: progress, the
    question when an EV must be plugged in, the result in words and "Use this mapping".

    Results belong to the charger they ran on (`results`, by key): another charger's page
    never shows them; back on that charger they are there again."""

    finished = Signal(object)  # PhaseIdOutcome, or a CommissionerError
    shownChanged = Signal(bool)  # the panel appeared or went
    mappingChosen = Signal(str, int, object)  # charger key, socket, PhaseMapping

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Phase identification"))
        self.service = VerificationService(services)
        self.key = ""
        self.running_key = ""
        self.operation: Operation | None = None
        self.results: dict[str, PhaseIdOutcome | str] = {}
        self.settings = None  # ProbeSettings; None: the default steps
        self.rate_hz = 4.0
        self.button = QPushButton(self.tr("&Identify phases…"), parent)
        self.button.setToolTip(
            self.tr(
                "With an EV charging, steps the socket's current a few times and finds which "
                "grid phase each of the charger's phases lands on (a few minutes)."
            )
        )
        self.button.clicked.connect(self.start)
        self.questions = QuestionPanel(self._inform, self)
        self.questions.words = self._words
        self.prompter: Prompter = self.questions
        self.cancel_button = QPushButton(self.tr("Cancel identification"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.use_button = QPushButton(self.tr("&Use this mapping"), self)
        self.use_button.setToolTip(
            self.tr("Puts the proposed phase mapping into the commissioning plan of this charger.")
        )
        self.use_button.clicked.connect(self.use_mapping)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.dismiss)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget in (self.progress, self.status, self.questions, self.result):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._set_shown(False)

    @property
    def outcome(self) -> PhaseIdOutcome | None:
        """The last outcome on the charger shown (None: none)."""
        result = self.results.get(self.key)
        return result if isinstance(result, PhaseIdOutcome) else None

    def set_key(self, key: str) -> None:
        """Show the identification of `key`: the one running, its result, or nothing."""
        self.key = key
        self.button.setEnabled(bool(key) and self.operation is None)
        if self.operation is not None:
            self._show_running()
        elif key in self.results:
            self._show_result(self.results[key])
        else:
            self.result.clear()
            self.status.clear()
            self._set_shown(False)

    def _set_shown(self, shown: bool) -> None:
        changed = self.isHidden() == shown
        self.setVisible(shown)
        if changed:
            self.shownChanged.emit(shown)

    def _words(self, key: str, text: str, _question: object) -> str:
        if key == "start_session":
            return self.tr(
                "Phase identification needs an EV charging: connect it and start a session, "
                "then press Continue."
            )
        return text

    def _inform(self, key: str, text: str) -> None:
        if key != "phase_id_result":  # the result is shown in words below
            self.status.setText(text)

    def start(self) -> Operation | None:
        if not self.key or self.operation is not None:
            return None
        self.running_key = self.key
        self.results.pop(self.key, None)
        self.result.clear()
        operation = self.service.phase_id(
            self.key, self.prompter, settings=self.settings, rate_hz=self.rate_hz
        )
        self.operation = operation
        operation.progressed.connect(self._progressed)
        operation.succeeded.connect(self._succeeded)
        operation.failed.connect(self._failed)
        operation.cancelled.connect(self._cancelled)
        operation.ended.connect(self._ended)
        self.button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Phase identification started."))
        self._show_running()
        return operation

    def _show_running(self) -> None:
        self.setTitle(self.tr("Phase identification on {key}").format(key=self.running_key))
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.result.setVisible(False)
        self.use_button.setVisible(False)
        self.close_button.setVisible(False)
        self._set_shown(True)

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _progressed(self, text: str, done: int, total: int) -> None:
        if total:
            text = self.tr("Step {done} of {total}: the socket's current is stepped.").format(
                done=done, total=total
            )
        self.status.setText(text)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _succeeded(self, outcome: PhaseIdOutcome) -> None:
        self.results[self.running_key] = outcome
        self.finished.emit(outcome)

    def _failed(self, error: CommissionerError) -> None:
        self.results[self.running_key] = self.tr("Phase identification stopped: {error}").format(
            error=error
        )
        self.finished.emit(error)

    def _cancelled(self) -> None:
        self.results[self.running_key] = self.tr(
            "Phase identification cancelled; the socket's own maximum is back."
        )

    def _ended(self) -> None:
        self.operation = None
        self.running_key = ""
        self.set_key(self.key)

    def _show_result(self, result: PhaseIdOutcome | str) -> None:
        self.setTitle(self.tr("Phase identification on {key}").format(key=self.key))
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        if isinstance(result, str):
            self.status.setText(result)
            self.result.clear()
            self.use_button.setVisible(False)
        else:
            self.status.setText(
                self.tr("Finished on {serial}, socket {socket}.").format(
                    serial=result.serial, socket=result.socket
                )
            )
            self.result.setText(self.describe(result))
            self.use_button.setVisible(self.proposed(result) is not None)
        self.result.setVisible(bool(self.result.text()))
        self._set_shown(True)

    @staticmethod
    def proposed(outcome: PhaseIdOutcome) -> PhaseMapping | None:
        """The mapping identified, or None when there is no clear answer."""
        result = outcome.result
        if result.status is PhaseIdStatus.IDENTIFIED and result.mapping is not None:
            return result.mapping
        return None

    def use_mapping(self) -> None:
        """Send the proposed mapping of the shown charger to the commissioning plan."""
        outcome = self.outcome
        mapping = self.proposed(outcome) if outcome is not None else None
        if outcome is None or mapping is None:
            return
        self.mappingChosen.emit(self.key, outcome.socket, mapping)
        self.status.setText(
            self.tr("Phase mapping {mapping} put into the commissioning plan.").format(
                mapping=mapping.value
            )
        )

    def dismiss(self) -> None:
        """Close the panel (the result stays known to the SCN checks)."""
        self.results.pop(self.key, None)
        self.set_key(self.key)

    def describe(self, outcome: PhaseIdOutcome) -> str:
        """The result as rich text: placement, proposed mapping, fault or refusal and advice."""
        result = outcome.result
        if result.status is PhaseIdStatus.REFUSED:
            lines = [
                "<b>" + self.tr("No answer.") + "</b> " + html.escape(result.reason),
                "<b>" + self.tr("What to do:") + "</b> " + html.escape(result.advice),
            ]
            return "<br>".join(lines)
        lines = [self._placement(result.grid_phase_of)]
        if result.status is PhaseIdStatus.IDENTIFIED and result.mapping is not None:
            lines.append(
                self.tr("Proposed phase mapping: <b>{mapping}</b>").format(
                    mapping=result.mapping.value
                )
            )
        else:
            still = ", ".join(m.value for m in result.candidates)
            lines.append(self.tr("Still possible: {mappings}").format(mappings=still))
        configured = outcome.configured
        if result.wiring_fault and configured is not None:
            warning = self.tr(
                "Wiring fault: the charger is configured as {configured}, which this contradicts. "
                "Correct the wiring, or set the phase mapping in the Commissioning tab (Phases)."
            ).format(configured=configured.value)
            lines.append(f'<span style="color:{WARNING_COLOUR}"><b>⚠ {warning}</b></span>')
        elif configured is not None and configured.value:
            lines.append(
                self.tr("This matches the configured mapping ({configured}).").format(
                    configured=configured.value
                )
            )
        lines.append(f"<small>{html.escape(result.reason)}</small>")
        return "<br>".join(lines)

    def _placement(self, grid_phase_of: tuple[int | None, ...]) -> str:
        parts = []
        for k, grid in enumerate(grid_phase_of, start=1):
            if grid is None:
                parts.append(self.tr("charger L{k} → grid ?").format(k=k))
            else:
                parts.append(self.tr("charger L{k} → grid L{g}").format(k=k, g=grid))
        return ", ".join(parts)
