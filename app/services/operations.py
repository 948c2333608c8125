"""Long operations: owned asyncio tasks with progress, cancel, and an outcome as Qt signals.

Every coroutine the GUI starts runs through an `OperationRunner`, which keeps the task (none
is left unowned), turns its end into exactly one of `succeeded`, `failed` or `cancelled`, and
lets the status bar show what runs in the background. Errors an installer can act on
(`CommissionerError`) end the operation as failed; anything else is a bug, so it also goes to
the loop's exception handler, where the global hook shows it.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.errors import CommissionerError
from app.services import pyside_compat

pyside_compat.install()  # before Qt is driven at all (a PySide6 6.12 bug on Python 3.11)

log = logging.getLogger(__name__)


class OperationState(enum.Enum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Operation(QObject):
    """One long operation; `report()` is called from inside its coroutine."""

    progressed = Signal(str, int, int)  # text, done, total (total 0: unknown)
    succeeded = Signal(object)
    failed = Signal(object)  # a CommissionerError
    cancelled = Signal()
    ended = Signal()

    def __init__(self, title: str, *, cancellable: bool = True) -> None:
        super().__init__()
        self.title = title
        self.cancellable = cancellable
        self.text = ""
        self.done = 0
        self.total = 0
        self.state = OperationState.RUNNING
        self.result: Any = None
        self.error: CommissionerError | None = None
        self.task: asyncio.Task[None] | None = None
        self._ended: asyncio.Future[OperationState] = asyncio.get_running_loop().create_future()

    def report(self, text: str, done: int = 0, total: int = 0) -> None:
        """Tell the status bar how far the operation is."""
        self.text, self.done, self.total = text, done, total
        self.progressed.emit(text, done, total)

    def cancel(self) -> None:
        """Ask the operation to stop; it ends with `cancelled` once its task has unwound."""
        if self.task is not None and not self.task.done() and self.cancellable:
            log.info("Cancelling %s", self.title)
            self.task.cancel()

    @property
    def running(self) -> bool:
        return self.state is OperationState.RUNNING

    async def wait(self) -> OperationState:
        """Wait for the end (for tests and for code that chains operations)."""
        return await asyncio.shield(self._ended)

    def _end(self, state: OperationState) -> None:
        self.state = state
        if state is OperationState.SUCCEEDED:
            self.succeeded.emit(self.result)
        elif state is OperationState.FAILED:
            self.failed.emit(self.error)
        else:
            self.cancelled.emit()
        self.ended.emit()
        if not self._ended.done():
            self._ended.set_result(state)


Body = Callable[[Operation], Awaitable[Any]]


class OperationRunner(QObject):
    """Starts operations as owned tasks and tells the status bar which ones run."""

    started = Signal(object)  # Operation
    finished = Signal(object)  # Operation

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[Operation, asyncio.Task[None]] = {}

    @property
    def running(self) -> list[Operation]:
        return list(self._running)

    def start(self, title: str, body: Body, *, cancellable: bool = True) -> Operation:
        """Run `body(operation)` as a task; the returned operation reports how it ends."""
        operation = Operation(title, cancellable=cancellable)
        task = asyncio.get_running_loop().create_task(self._run(operation, body), name=title)
        operation.task = task
        self._running[operation] = task
        task.add_done_callback(lambda _task: self._never_started(operation))
        self.started.emit(operation)
        return operation

    def _never_started(self, operation: Operation) -> None:
        """A task cancelled before its first step never runs `_run`'s `finally`."""
        if operation.running:
            self._running.pop(operation, None)
            operation._end(OperationState.CANCELLED)
            self.finished.emit(operation)

    async def _run(self, operation: Operation, body: Body) -> None:
        state = OperationState.FAILED
        try:
            operation.result = await body(operation)
            state = OperationState.SUCCEEDED
        except asyncio.CancelledError:
            state = OperationState.CANCELLED
            # Cancelled by `Operation.cancel` or by shutdown: either way this task is over.
        except CommissionerError as exc:
            log.info("%s failed: %s", operation.title, exc)
            operation.error = exc
        except Exception as exc:
            operation.error = CommissionerError(f"{operation.title}: unexpected error ({exc}).")
            asyncio.get_running_loop().call_exception_handler(
                {"message": f"Unexpected error in '{operation.title}'", "exception": exc}
            )
        finally:
            self._running.pop(operation, None)
            operation._end(state)
            self.finished.emit(operation)

    def cancel_all(self) -> None:
        for operation in list(self._running):
            if operation.task is not None:
                operation.task.cancel()

    async def shutdown(self, timeout: float = 5.0) -> None:
        """Cancel everything still running and wait (bounded) for the tasks to unwind."""
        tasks = list(self._running.values())
        self.cancel_all()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)
