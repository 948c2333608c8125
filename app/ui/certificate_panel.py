"""A changed TLS certificate: both fingerprints, why it happens, and an explicit decision."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CertificateChanged

BYTES_PER_LINE = 8


def grouped_fingerprint(hex_digest: str) -> str:
    """`AB:CD:…` in lines of 8 bytes: narrow enough for any dialog, easy to compare by eye."""
    pairs = [hex_digest[i : i + 2].upper() for i in range(0, len(hex_digest), 2)]
    step = BYTES_PER_LINE
    return "\n".join(":".join(pairs[i : i + step]) for i in range(0, len(pairs), step))


class CertificatePanel(QWidget):
    """Shows a CertificateChanged; `accepted` only after the installer ticks the confirmation."""

    accepted = Signal(object)  # the CertificateChanged to act on
    rejected = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change: CertificateChanged | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.pinned = QLabel(self)
        self.presented = QLabel(self)
        for label in (self.pinned, self.presented):
            label.setFont(mono)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprints = QHBoxLayout()
        for title, label in (
            (self.tr("Trusted until now"), self.pinned),
            (self.tr("Presented now"), self.presented),
        ):
            box = QGroupBox(title, self)
            label.setToolTip(self.tr("SHA-256 fingerprint; select it to copy"))
            QVBoxLayout(box).addWidget(label)
            fingerprints.addWidget(box)
        self.explanation = QLabel(
            self.tr(
                "This happens after a firmware update or when the charger's board was "
                "replaced. It can also mean that another device now answers at this address. "
                "Accept the new certificate only if you know why it changed."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I know why the certificate &changed"), self)
        self.accept_button = QPushButton(self.tr("&Trust the new certificate"), self)
        self.accept_button.setEnabled(False)
        self.accept_button.setAutoDefault(False)
        self.reject_button = QPushButton(self.tr("&Keep the old one"), self)
        self.confirm.toggled.connect(self.accept_button.setEnabled)
        self.accept_button.clicked.connect(self._accept)
        self.reject_button.clicked.connect(self.rejected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(fingerprints)
        layout.addWidget(self.explanation)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)

    def show_change(self, change: CertificateChanged) -> None:
        self.change = change
        self.heading.setText(
            "<b>"
            + self.tr("The certificate of charger {serial} has changed.").format(
                serial=change.serial
            )
            + "</b>"
        )
        self.pinned.setText(grouped_fingerprint(change.pinned))
        self.presented.setText(grouped_fingerprint(change.presented))
        self.confirm.setChecked(False)
        self.show()

    def _accept(self) -> None:
        if self.change is not None and self.confirm.isChecked():
            self.accepted.emit(self.change)
