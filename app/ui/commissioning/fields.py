"""Editors for plan fields, built from `FIELDS` (label, unit, range, choices) and the plan types.

A row reports every change the installer makes as (path, raw) through `edited`; text that is
empty means "leave as found" (None). Programmatic updates (`show`) never emit.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.plan import FIELDS, ChargerPlan
from app.ui.commissioning import words
from app.ui.commissioning.field_labels import field_label


def field_type(path: str) -> Any:
    """The Python type a plan field holds (`alb.include_ev` → bool), Optional unwrapped."""
    hint: Any = ChargerPlan
    for name in path.split("."):
        hint = typing.get_type_hints(hint)[name]
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def plan_value(plan: ChargerPlan | None, path: str) -> Any:
    """The value at `path`, None when it or a section above it is unset."""
    value: Any = plan
    for name in path.split("."):
        if value is None:
            return None
        value = getattr(value, name)
    return value


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class FieldRow(QObject):
    """One field: its label, its editor and the unit, as a form row."""

    edited = Signal(str, object)  # path, raw value (text, bool or None)

    def __init__(self, path: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.path = path
        self.info = FIELDS[path]
        self.label = QLabel(field_label(path), parent)
        self.kind = field_type(path)
        self.editor: QWidget
        if self.kind is bool:
            self.check = QCheckBox(parent)
            self.check.clicked.connect(lambda on: self.edited.emit(self.path, bool(on)))
            self.editor = self.check
        elif self.info.choices:
            self.combo = QComboBox(parent)
            self.combo.addItem(self.tr("(as found)"), None)
            for choice in self.info.choices:  # in words; the value as the tooltip
                self.combo.addItem(words.choice(choice), choice)
                self.combo.setItemData(self.combo.count() - 1, choice, Qt.ItemDataRole.ToolTipRole)
            self.combo.activated.connect(
                lambda index: self.edited.emit(self.path, self.combo.itemData(index))
            )
            self.editor = self.combo
        else:
            self.line = QLineEdit(parent)
            self.line.setPlaceholderText(self._hint())
            self.line.textEdited.connect(
                lambda text: self.edited.emit(self.path, text.strip() or None)
            )
            self.editor = self.line
        self.label.setBuddy(self.editor)
        self.widget = QWidget(parent)
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        self.editor.setMaximumWidth(520)  # a field, not a line across a wide screen
        row.addWidget(self.editor, 1)
        if self.info.unit:
            row.addWidget(QLabel(self.info.unit, self.widget))
        row.addStretch(0)
        column.addLayout(row)
        self.why = QLabel(self.widget)  # why the value is not accepted, beside the field
        self.why.setObjectName("field-problem")
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: #c62828;")
        self.why.hide()
        column.addWidget(self.why)
        self.problem = ""

    def set_problem(self, text: str) -> None:
        """Highlight the field and say why under it ("" clears both)."""
        if text == self.problem:
            return
        self.problem = text
        self.why.setText(f"⚠ {text}" if text else "")
        self.why.setVisible(bool(text))  # a child of the row: hidden with it
        self.editor.setProperty("invalid", bool(text))
        self.editor.setStyleSheet("border: 2px solid #c62828;" if text else "")

    def _hint(self) -> str:
        low, high = self.info.minimum, self.info.maximum
        if low is None or high is None:
            return ""
        unit = f" {self.info.unit}" if self.info.unit else ""
        return f"{low:g}–{high:g}{unit}"

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.label, self.widget)

    def set_visible(self, visible: bool) -> None:
        self.label.setVisible(visible)
        self.widget.setVisible(visible)

    def show(self, plan: ChargerPlan | None) -> None:
        """Display the plan's value without emitting `edited`."""
        value = plan_value(plan, self.path)
        if self.kind is bool:
            self.check.setChecked(bool(value))
        elif self.info.choices:
            index = self.combo.findData(as_text(value) or None)
            self.combo.setCurrentIndex(max(index, 0))
        elif not self.line.hasFocus() or self.line.text() == "":
            self.line.setText(as_text(value))

    def text(self) -> str:
        if self.kind is bool:
            return str(self.check.isChecked())
        if self.info.choices:
            return str(self.combo.currentData() or "")
        return self.line.text()
