"""The hair-dryer test from the Live monitoring tab: run it, then show the verdict and plot."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.prompter import Prompter
from app.services.context import AppServices
from app.services.hairdryer import HairDryerOutcome, VerificationService
from app.services.operations import Operation
from app.ui.monitoring.prompter import QtPrompter

log = logging.getLogger(__name__)


class VerdictDialog(QDialog):
    """PASS or FAIL in large letters, the reasons, and the recorded currents."""

    def __init__(self, outcome: HairDryerOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hair-dryer test result"))
        self.outcome = outcome
        self.headline = QLabel(self.tr("PASS") if outcome.passed else self.tr("FAIL"), self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.headline.setFont(font)
        colour = "#2ca02c" if outcome.passed else "#d62728"
        self.headline.setStyleSheet(f"color: {colour}")
        lines = [outcome.summary, *(f"• {r}" for r in outcome.reasons)]
        lines += [self.tr("Note: {note}").format(note=n) for n in outcome.notes]
        if outcome.report_paths:
            lines.append(self.tr("Report saved: {path}").format(path=outcome.report_paths[0]))
        self.details = QLabel("\n".join(lines), self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        self.plot: QSvgWidget | None = None
        if outcome.svg:
            self.plot = QSvgWidget(self)
            self.plot.load(QByteArray(outcome.svg.encode("utf-8")))
            self.plot.setMinimumSize(900, 360)
            layout.addWidget(self.plot, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class HairDryerControl(QWidget):
    """The button, a status line, and the running operation; `key` is the monitored charger."""

    finished = Signal(object)  # HairDryerOutcome, or a CommissionerError

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = VerificationService(services)
        self.key = ""
        self.operation: Operation | None = None
        self.result_dialog: VerdictDialog | None = None
        self.prompter: Prompter = QtPrompter(self, self._inform)
        self.timing = None  # HairDryerTiming; None: the real waits
        self.button = QPushButton(self.tr("&Hair-dryer test…"), self)
        self.button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel test"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.status)

    def set_key(self, key: str) -> None:
        self.key = key
        self.button.setEnabled(bool(key) and self.operation is None)

    def _inform(self, _key: str, text: str) -> None:
        self.status.setText(text)

    def start(self) -> Operation | None:
        if not self.key or self.operation is not None:
            return None
        self.operation = self.service.hair_dryer(self.key, self.prompter, timing=self.timing)
        self.operation.succeeded.connect(self._succeeded)
        self.operation.failed.connect(self._failed)
        self.operation.cancelled.connect(self._cancelled)
        self.operation.ended.connect(self._ended)
        self.button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.status.setText(self.tr("Hair-dryer test started."))
        return self.operation

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _succeeded(self, outcome: HairDryerOutcome) -> None:
        self.status.setText(
            (self.tr("Passed: ") if outcome.passed else self.tr("Failed: ")) + outcome.summary
        )
        self.result_dialog = VerdictDialog(outcome, self)
        self.result_dialog.open()
        self.finished.emit(outcome)

    def _failed(self, error: CommissionerError) -> None:
        self.status.setText(self.tr("Test stopped: {error}").format(error=error))
        self.finished.emit(error)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Test cancelled; the real maximum meter current is back."))

    def _ended(self) -> None:
        self.operation = None
        self.cancel_button.setVisible(False)
        self.set_key(self.key)
