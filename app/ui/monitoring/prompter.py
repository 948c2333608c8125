"""A `Prompter` made of Qt dialogs, for test flows started from the GUI.

Questions open window-modal dialogs with `open()` (never `exec()`, which would block the
asyncio loop) and await the answer; Cancel raises `Cancelled`, so the flow puts its temporary
settings back. Messages (`inform`) do not wait: they go to a callback (the tab's status line).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from app.core.prompter import Cancelled, NumberQuestion


class QtPrompter:
    """Asks with dialogs parented to `parent`; shows messages through `show`."""

    def __init__(self, parent: QWidget, show: Callable[[str, str], None], title: str = "") -> None:
        self._parent = parent
        self._show = show
        self.title = title or QCoreApplication.translate("HairDryerPrompter", "Hair-dryer test")
        self.dialog: QDialog | None = None  # the question on screen (tests answer it)

    async def _answer(self, dialog: QDialog) -> int:
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def done(code: int) -> None:
            if not future.done():
                future.set_result(code)

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()
        try:
            return await future
        finally:
            self.dialog = None
            dialog.deleteLater()

    async def ask_number(self, key: str, text: str, question: NumberQuestion) -> float:
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.title)
        dialog.setLabelText(text)
        dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
        low = question.minimum if question.minimum is not None else -1e6
        dialog.setDoubleRange(low, question.maximum if question.maximum is not None else 1e6)
        dialog.setDoubleDecimals(1)
        if question.default is not None:
            dialog.setDoubleValue(question.default)
        if await self._answer(dialog) != QDialog.DialogCode.Accepted:
            raise Cancelled(f"Cancelled at: {text}")
        return question.check(dialog.doubleValue(), key)

    async def confirm(self, key: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.title, text)
        box.setParent(self._parent, box.windowFlags())
        box.setStandardButtons(
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel
        )
        code = await self._answer(box)
        if code == QMessageBox.StandardButton.Cancel:
            raise Cancelled(f"Cancelled at: {text}")
        return code == QMessageBox.StandardButton.Yes

    async def choose(self, key: str, text: str, options: Sequence[str]) -> int:
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.title)
        dialog.setLabelText(text)
        dialog.setComboBoxItems(list(options))
        dialog.setComboBoxEditable(False)
        if await self._answer(dialog) != QDialog.DialogCode.Accepted:
            raise Cancelled(f"Cancelled at: {text}")
        return list(options).index(dialog.textValue())

    async def inform(self, key: str, text: str) -> None:
        self._show(key, text)
