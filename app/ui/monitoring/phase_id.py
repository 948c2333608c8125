"""Automatic phase identification from the Live monitoring tab: run it, then say the result.

The probe steps the socket's current while an EV charges and watches the grid meter; the
result is put in words: where each charger phase lands, the mapping that follows, a warning
when it contradicts the configured mapping, or why there is no answer and what to do.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.core.errors import CommissionerError
from app.core.phase_id import PhaseIdStatus
from app.core.prompter import Prompter
from app.services.context import AppServices
from app.services.hairdryer import PhaseIdOutcome, VerificationService
from app.services.operations import Operation
from app.ui.monitoring.prompter import QtPrompter

log = logging.getLogger(__name__)

WARNING_COLOUR = "#d62728"


class PhaseIdControl(QGroupBox):
    """The button, progress, and the result in words; `key` is the monitored charger."""

    finished = Signal(object)  # PhaseIdOutcome, or a CommissionerError

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Phase identification"))
        self.service = VerificationService(services)
        self.key = ""
        self.operation: Operation | None = None
        self.outcome: PhaseIdOutcome | None = None
        self.settings = None  # ProbeSettings; None: the default steps
        self.rate_hz = 4.0
        self.prompter: Prompter = QtPrompter(self, self._inform, self.tr("Phase identification"))
        self.button = QPushButton(self.tr("&Identify phases…"), self)
        self.button.setToolTip(
            self.tr(
                "With an EV charging, steps the socket's current a few times and finds which "
                "grid phase each of the charger's phases lands on (a few minutes)."
            )
        )
        self.button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel identification"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        for widget in (self.button, self.cancel_button, self.progress, self.status, self.result):
            layout.addWidget(widget)

    def set_key(self, key: str) -> None:
        if key != self.key:
            self.result.clear()
            self.status.clear()
            self.outcome = None
        self.key = key
        self.button.setEnabled(bool(key) and self.operation is None)

    def _inform(self, _key: str, text: str) -> None:
        self.status.setText(text)

    def start(self) -> Operation | None:
        if not self.key or self.operation is not None:
            return None
        self.outcome = None
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
        self.cancel_button.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Phase identification started."))
        return operation

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _progressed(self, text: str, done: int, total: int) -> None:
        self.status.setText(text)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _succeeded(self, outcome: PhaseIdOutcome) -> None:
        self.outcome = outcome
        self.status.setText(
            self.tr("Finished on {serial}, socket {socket}.").format(
                serial=outcome.serial, socket=outcome.socket
            )
        )
        self.result.setText(self.describe(outcome))
        self.finished.emit(outcome)

    def _failed(self, error: CommissionerError) -> None:
        self.status.setText(self.tr("Phase identification stopped: {error}").format(error=error))
        self.finished.emit(error)

    def _cancelled(self) -> None:
        self.status.setText(
            self.tr("Phase identification cancelled; the socket's own maximum is back.")
        )

    def _ended(self) -> None:
        self.operation = None
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)
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
