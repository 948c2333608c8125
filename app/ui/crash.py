"""The global exception hook: an unexpected error is logged and shown with where the log is.

Both routes end here: exceptions escaping a Qt slot (sys.excepthook) and exceptions the asyncio
loop would only log (its exception handler). Previous handlers are still called, so a test
harness that watches them keeps working.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
LoopHandler = Callable[[asyncio.AbstractEventLoop, dict[str, Any]], object]


class CrashReporter(QObject):
    """Installs the hooks; each unexpected error opens one non-blocking dialog."""

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialogs: list[QMessageBox] = []
        self._previous_hook: ExceptHook | None = None
        self._previous_loop_handler: LoopHandler | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook
        if loop is not None:
            self._loop = loop
            self._previous_loop_handler = loop.get_exception_handler()
            loop.set_exception_handler(self._loop_handler)

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None
        if self._loop is not None:
            self._loop.set_exception_handler(self._previous_loop_handler)
            self._loop = None

    def _excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("Unexpected error", exc_info=(kind, exc, tb))
        self.show(exc, "".join(traceback.format_exception(kind, exc, tb)))
        if self._previous_hook is not None and self._previous_hook is not sys.__excepthook__:
            self._previous_hook(kind, exc, tb)

    def _loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        message = str(context.get("message", ""))
        if isinstance(exc, BaseException):
            log.error("Unexpected error: %s", message, exc_info=exc)
            details = "".join(traceback.format_exception(exc))
            self.show(exc, f"{message}\n\n{details}")
        else:
            log.error("Event loop problem: %s", message)
            self.show(None, message)
        if self._previous_loop_handler is not None:
            self._previous_loop_handler(loop, context)

    def show(self, exc: BaseException | None, details: str) -> QMessageBox:
        """Open the dialog (non-blocking): what happened, where the log is, details."""
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        what = f"{type(exc).__name__}: {exc}" if exc is not None else details.splitlines()[0]
        box.setText(
            self.tr("Something went wrong that the program did not expect:\n{what}").format(
                what=what
            )
        )
        box.setInformativeText(
            self.tr(
                "The details are in the log file:\n{path}\nPlease send it with a note of what "
                "you were doing. You can keep working; if something looks wrong, restart."
            ).format(path=self.log_file)
        )
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: self.dialogs.remove(box))
        self.dialogs.append(box)
        box.open()
        return box
