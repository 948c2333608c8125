"""The status bar: what runs in the background, the newest long operation, and its Cancel."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
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
        self._long = ""  # the whole of the message shown elided now
        self._shown = ""
        self._long_timer = QTimer(self)
        self._long_timer.setSingleShot(True)
        self._long_timer.timeout.connect(self.clearMessage)
        self.messageChanged.connect(self._message_changed)
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
        """A message cut to the bar's width with an ellipsis (again after a resize); the whole
        of it in the tooltip."""
        self._long = message
        self._show_elided()
        if timeout:
            self._long_timer.start(timeout)
        else:
            self._long_timer.stop()

    def _show_elided(self) -> None:
        busy = sum(
            w.width() for w in (self.current, self.progress, self.cancel_button) if w.isVisible()
        )
        room = max(200, self.width() - busy - 40)
        self._shown = self.fontMetrics().elidedText(self._long, Qt.TextElideMode.ElideRight, room)
        self.setToolTip(self._long if self._shown != self._long else "")
        self.showMessage(self._shown)

    def _message_changed(self, text: str) -> None:
        if self._long and text != self._shown:  # cleared, or another message replaced it
            self._long = ""
            self.setToolTip("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._long:
            self._show_elided()

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
