"""The bar under the Report tab's pages: preview, export, and how far the work is.

Export asks where to write the PDF (`choose_save`, a file dialog by default, so tests give a
path) and writes the JSON twin beside it with the same name. Both run as operations of the
window's runner: the window stays usable and the status bar can cancel them; this bar shows
their progress and, at the end, one line saying what was written or why not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.core.errors import CommissionerError
from app.services.operations import Operation

ChooseSave = Callable[[str], Path | None]


def suggested_name(site: str, day: str) -> str:
    """`commissioning-dupont-residence-2026-12-03.pdf` from the site's name and the date."""
    slug = re.sub(r"[^a-z0-9]+", "-", site.lower()).strip("-")[:40]
    return "-".join(p for p in ("commissioning", slug, day) if p) + ".pdf"


class ExportBar(QWidget):
    """Preview and Export buttons, a progress bar and a status line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose_save: ChooseSave = self._save_dialog
        self.preview_button = QPushButton(self.tr("&Preview pages"), self)
        self.export_button = QPushButton(self.tr("&Export PDF and JSON…"), self)
        self.export_button.setDefault(True)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview_button)
        row.addWidget(self.export_button)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)

    def _save_dialog(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the commissioning report"), suggested, self.tr("PDF (*.pdf)")
        )
        return Path(name) if name else None

    def follow(self, operation: Operation, done_text: Callable[[object], str]) -> None:
        """Show `operation`'s progress; at its end, `done_text(result)` or why it failed."""
        for button in (self.preview_button, self.export_button):
            button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(operation.text or operation.title)

        def progressed(text: str, done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            if text:
                self.status.setText(text)

        def ended() -> None:
            self.progress.hide()
            for button in (self.preview_button, self.export_button):
                button.setEnabled(True)

        def failed(error: CommissionerError) -> None:
            self.status.setText(self.tr("Not written: {why}").format(why=error))

        operation.progressed.connect(progressed)
        operation.succeeded.connect(lambda result: self.status.setText(done_text(result)))
        operation.failed.connect(failed)
        operation.cancelled.connect(lambda: self.status.setText(self.tr("Cancelled.")))
        operation.ended.connect(ended)
