"""The status bar: what runs in the background, the newest long operation, and its Cancel."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from app.core.errors import CertificateChanged, CommissionerError
from app.services.operations import Operation, OperationRunner, OperationState
from app.ui.resources import set_themed_icon

FAILURE_SHOWN_MS = 15000
# What the status bar never shows: journal run ids (`run 20260124-101502-3fa9`; the run is
# the one on screen) and a leading step name (`alb-off: …`); the tooltip keeps the raw text.
_RUN_ID = re.compile(r"\s*\b(?:run\s+)?\d{8}-\d{6}-[0-9a-f]{4}\b")
_STEP = re.compile(r"^[a-z0-9]+(?:[-+][a-z0-9]+)+:\s*")


def plain(text: str) -> str:
    """A status text without run ids or step names."""
    return _STEP.sub("", _RUN_ID.sub("", text)).strip()


class ActivityBar(QStatusBar):
    """Follows an OperationRunner; the Cancel button stops the newest running operation."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations: list[Operation] = []
        self.background = QLabel(self)
        self.current = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        set_themed_icon(self.cancel_button, "cancel")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Cancel the operation under way"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the operation under way"))
        self.cancel_button.clicked.connect(self.cancel_newest)
        self.addWidget(self.background, 1)
        self.addPermanentWidget(self.current)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        runner.started.connect(self._started)
        runner.finished.connect(self._finished)
        self._refresh()

    def set_background(self, text: str) -> None:
        """What always runs: discovery, polling, the demo site."""
        self.background.setText(text)

    @property
    def newest(self) -> Operation | None:
        return self._operations[-1] if self._operations else None

    def cancel_newest(self) -> None:
        if self.newest is not None:
            self.newest.cancel()

    def _started(self, operation: Operation) -> None:
        self._operations.append(operation)
        operation.progressed.connect(self._refresh)
        self._refresh()

    def _finished(self, operation: Operation) -> None:
        if operation in self._operations:
            self._operations.remove(operation)
        if operation.state is OperationState.FAILED and isinstance(
            operation.error, CommissionerError
        ):
            error = operation.error
            if isinstance(error, CertificateChanged):  # the login window shows both prints
                error_text = self.tr("the charger's certificate has changed.")
            else:
                error_text = plain(str(error))
            message = self.tr("{title}: {error}").format(
                title=plain(operation.title), error=error_text
            )
            self.show_long_message(message, FAILURE_SHOWN_MS)
        self._refresh()

    def show_long_message(self, message: str, timeout: int = 0) -> None:
        """A message cut to the bar's width with an ellipsis; the whole of it in the tooltip."""
        room = max(200, self.width() - self.current.width() - self.progress.width() - 60)
        elided = self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideRight, room)
        self.setToolTip(message if elided != message else "")
        self.showMessage(elided, timeout)

    def _refresh(self) -> None:
        newest = self.newest
        busy = newest is not None
        for widget in (self.current, self.progress, self.cancel_button):
            widget.setVisible(busy)
        if newest is None:
            return
        raw = newest.text or newest.title
        text = plain(raw) or plain(newest.title)
        others = len(self._operations) - 1
        if others:
            text += " " + self.tr("(and {count} more)").format(count=others)
        self.current.setText(text)
        self.current.setToolTip(raw)
        self.progress.setRange(0, newest.total)
        self.progress.setValue(newest.done)
        self.cancel_button.setEnabled(newest.cancellable)
