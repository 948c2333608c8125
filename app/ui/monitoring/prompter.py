"""A `Prompter` made of a panel, for test flows started from the GUI (never a modal dialog).

The question appears in the panel beside the plot: its text, a number field when a value is
needed, and Continue (Yes/No for a yes/no question). The rest of the window stays usable.
The flow awaits the answer; a value outside the question's range is refused beside the field.
Cancelling the operation (the panel's Cancel) unwinds the flow, which puts its temporary
settings back. Messages (`inform`) do not wait: they go to a callback.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import InvalidInput
from app.core.prompter import NumberQuestion
from app.ui import texts

ERROR_COLOUR = "#c62828"


class QuestionPanel(QWidget):
    """One question at a time; `key` names the open question ("" when none)."""

    asked = Signal(str)  # the key of a new question

    def __init__(self, show: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show = show
        self.key = ""
        self._future: asyncio.Future[object] | None = None
        self._question: NumberQuestion | None = None
        self._choosing = False
        self.answers: dict[str, float] = {}  # the numbers typed, by question key
        self.words: Callable[[str, str, NumberQuestion | None], str] = _as_given
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.field = QLineEdit(self)
        self.field.returnPressed.connect(self.go_on)
        self.unit = QLabel(self)
        self.choice = QComboBox(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.continue_button = QPushButton(self.tr("C&ontinue"), self)
        self.continue_button.clicked.connect(self.go_on)
        self.no_button = QPushButton(self.tr("&No"), self)
        self.no_button.clicked.connect(lambda: self._resolve(False))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.unit)
        row.addWidget(self.choice, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._idle()

    # --- Prompter -----------------------------------------------------------------------------

    async def ask_number(self, key: str, text: str, question: NumberQuestion) -> float:
        self._question = question
        self.field.setText("" if question.default is None else _plain(question.default))
        self.unit.setText(question.unit)
        value = await self._wait(key, text, field=True)
        assert isinstance(value, float)
        return value

    async def confirm(self, key: str, text: str) -> bool:
        return bool(await self._wait(key, text, yes_no=key.startswith("continue_")))

    async def choose(self, key: str, text: str, options: Sequence[str]) -> int:
        self.choice.clear()
        self.choice.addItems(list(options))
        index = await self._wait(key, text, choice=True)
        assert isinstance(index, int)
        return index

    async def inform(self, key: str, text: str) -> None:
        self._show(key, text)

    # --- answering ----------------------------------------------------------------------------

    def go_on(self) -> None:
        """Continue: the typed number (checked), the choice, or yes."""
        if self._future is None:
            return
        if self._question is not None:
            self._take_number()
        elif self._choosing:
            self._resolve(self.choice.currentIndex())
        else:
            self._resolve(True)

    def answer(self, value: float) -> None:
        """Type `value` and press Continue (as the installer would)."""
        self.field.setText(_plain(value))
        self.go_on()

    def _take_number(self) -> None:
        question = self._question
        assert question is not None
        value = _parse(self.field.text())
        if value is None:
            self.error.setText(self.tr("Type a number, e.g. 4.5."))
            self.error.setVisible(True)
            return
        try:
            checked = question.check(value, self.key)
        except InvalidInput:
            self.error.setText(
                self.tr("Between {low} and {high}.").format(
                    low=texts.number(question.minimum, 1, question.unit),
                    high=texts.number(question.maximum, 1, question.unit),
                )
            )
            self.error.setVisible(True)
            return
        self.answers[self.key] = checked
        self._resolve(checked)

    def _resolve(self, value: object) -> None:
        if self._future is not None and not self._future.done():
            self._future.set_result(value)

    async def _wait(
        self,
        key: str,
        text: str,
        *,
        field: bool = False,
        yes_no: bool = False,
        choice: bool = False,
    ) -> object:
        future: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        self._future, self.key, self._choosing = future, key, choice
        self.text.setText(self.words(key, text, self._question))
        self.text.setVisible(True)
        self.field.setVisible(field)
        self.unit.setVisible(field)
        self.choice.setVisible(choice)
        self.no_button.setVisible(yes_no)
        self.continue_button.setText(self.tr("&Yes") if yes_no else self.tr("C&ontinue"))
        self.continue_button.setVisible(True)
        self.error.setVisible(False)
        self.asked.emit(key)
        if field:
            self.field.setFocus()
            self.field.selectAll()
        try:
            return await future
        finally:
            self._idle()

    def _idle(self) -> None:
        self._future, self._question, self.key, self._choosing = None, None, "", False
        for widget in (
            self.text,
            self.field,
            self.unit,
            self.choice,
            self.error,
            self.no_button,
            self.continue_button,
        ):
            widget.setVisible(False)


def _as_given(_key: str, text: str, _question: NumberQuestion | None) -> str:
    return text


def _plain(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def _parse(text: str) -> float | None:
    value, ok = QLocale().toDouble(text.strip())
    if ok:
        return float(value)
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None
