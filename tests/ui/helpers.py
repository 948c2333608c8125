"""Waiting inside coroutines on the qasync loop (blocking qtbot waits would deadlock there), and
logging in to a demo charger through the window as an installer does."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QFormLayout, QLabel

from app.services.operations import OperationState
from app.ui.main_window import MainWindow


async def wait_for(condition: Callable[[], object], what: str, timeout: float = 10.0) -> None:
    """Poll `condition` until it is true; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        await asyncio.sleep(0.02)


async def next_emission(signal: SignalInstance, timeout: float = 10.0) -> tuple[Any, ...]:
    """The arguments of the next emission of `signal`."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def fire(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(fire)
    try:
        async with asyncio.timeout(timeout):
            return await future
    finally:
        signal.disconnect(fire)


async def log_in(window: MainWindow, key: str) -> None:
    """Select, open the dialog, log in with the demo password filled in (connect, for a
    charger without a login such as the Trydan), await the overview."""
    window.charger_list.select(key)
    dialog = window.open_login()
    assert dialog is not None
    operation = dialog.start_login()
    assert operation is not None
    assert await operation.wait() is OperationState.SUCCEEDED, operation.error
    await wait_for(lambda: window.overview.overview is not None, "the overview")


def form_text(form: QFormLayout) -> dict[str, str]:
    """label → value of a form layout's rows."""
    shown: dict[str, str] = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        name, value = label.widget(), field.widget()
        assert isinstance(name, QLabel) and isinstance(value, QLabel)
        shown[name.text()] = value.text()
    return shown
