"""The handover checklist and the two signatures (installer, customer).

Each signature is drawn on a pad (saved as a PNG) or typed as a name, the installer's choice;
the names of both people are asked apart from the signature so the report can print them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.report import ChecklistItem
from app.services.report.words import qt_words
from app.ui.report.signature import SignaturePad


@dataclass(frozen=True, slots=True)
class SignatureInput:
    """One person's part of the sign-off: the name, and a typed or drawn signature."""

    name: str = ""
    typed: str = ""
    png: bytes = b""


class SignatureBox(QGroupBox):
    """Name, then the signature: drawn on the pad or typed."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.name = QLineEdit(self)
        self.name.textChanged.connect(self.changed)
        self.draw = QRadioButton(self.tr("Draw"), self)
        self.type = QRadioButton(self.tr("Type the name"), self)
        self.draw.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.draw)
        group.addButton(self.type)
        self.draw.toggled.connect(self._mode)
        self.pad = SignaturePad(self)
        self.pad.changed.connect(self.changed)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(self.tr("Signed by typing the full name"))
        self.typed.textChanged.connect(self.changed)
        self.clear = QPushButton(self.tr("Clear"), self)
        self.clear.clicked.connect(self.pad.clear)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.pad)
        typed_page = QWidget(self)
        typed_column = QVBoxLayout(typed_page)
        typed_column.setContentsMargins(0, 0, 0, 0)
        typed_column.addWidget(self.typed)
        typed_column.addStretch(1)
        self.stack.addWidget(typed_page)
        modes = QHBoxLayout()
        modes.addWidget(self.draw)
        modes.addWidget(self.type)
        modes.addStretch(1)
        modes.addWidget(self.clear)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Signature:"), modes)
        form.addRow(self.stack)

    def _mode(self) -> None:
        drawing = self.draw.isChecked()
        self.stack.setCurrentIndex(0 if drawing else 1)
        self.clear.setVisible(drawing)
        self.changed.emit()

    def value(self) -> SignatureInput:
        if self.draw.isChecked():
            return SignatureInput(self.name.text().strip(), "", self.pad.png())
        return SignatureInput(self.name.text().strip(), self.typed.text().strip(), b"")

    def show_value(self, value: SignatureInput) -> None:
        self.name.setText(value.name)
        self.typed.setText(value.typed)
        self.pad.set_png(value.png)
        (self.type if value.typed and not value.png else self.draw).setChecked(True)


class SignOffPanel(QWidget):
    """The handover checklist above the two signatures, side by side."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks: dict[ChecklistItem, QCheckBox] = {}
        self.installer = SignatureBox(self.tr("Installer"), self)
        self.customer = SignatureBox(self.tr("Customer"), self)
        for box in (self.installer, self.customer):
            box.changed.connect(self.changed)
        handover = QGroupBox(self.tr("Handover"), self)
        checks = QHBoxLayout(handover)
        words = qt_words()
        for item in ChecklistItem:
            check = QCheckBox(words.checklist(item), handover)
            check.toggled.connect(self.changed)
            self.checks[item] = check
            checks.addWidget(check)
        checks.addStretch(1)
        signatures = QHBoxLayout()
        signatures.addWidget(self.installer, 1)
        signatures.addWidget(self.customer, 1)
        before = QGroupBox(self.tr("Before signing"), self)
        self.summary = QLabel(before)
        self.summary.setWordWrap(True)
        QVBoxLayout(before).addWidget(self.summary)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(handover)
        column.addLayout(signatures)
        column.addWidget(before)
        column.addStretch(1)

    def checklist(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for item, check in self.checks.items() if check.isChecked())

    def show_parts(
        self,
        checklist: tuple[ChecklistItem, ...],
        installer: SignatureInput,
        customer: SignatureInput,
    ) -> None:
        """Fill the panel from a draft without emitting `changed`."""
        self.blockSignals(True)
        try:
            for item, check in self.checks.items():
                check.setChecked(item in checklist)
            self.installer.show_value(installer)
            self.customer.show_value(customer)
        finally:
            self.blockSignals(False)
