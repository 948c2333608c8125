"""The first page of the Report tab: which chargers the report covers, what it will hold for
each of them (firmware, runs, tests and their verdicts, every changed setting as found → as
left), and what is missing, in sentences, before anything is handed over."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.report import Report
from app.core.report_judge import Missing
from app.core.report_words import Words
from app.ui.report.charger_pick import ChargerPicker
from app.ui.report.contents_text import charger_html, missing_html


class ContentsPage(QWidget):
    """Picker on the left; the missing tests and the chargers' parts on the right."""

    rereadRequested = Signal()

    def __init__(self, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.picker = ChargerPicker(self)
        self.reread = QPushButton(self.tr("Read the records a&gain"), self)
        self.reread.setToolTip(
            self.tr("Read the journals and test results of the data folder again")
        )
        self.reread.clicked.connect(self.rereadRequested)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.missing.setAccessibleName(self.tr("What the report still lacks"))
        self.contents = QTextBrowser(self)
        self.contents.setOpenLinks(False)
        self.contents.setAccessibleName(self.tr("What the report holds per charger"))
        self._build()

    def _build(self) -> None:
        chargers = QGroupBox(self.tr("Chargers of the visit"), self)
        column = QVBoxLayout(chargers)
        column.addWidget(self.picker)
        column.addWidget(self.reread)
        hint = QLabel(
            self.tr(
                "Their settings runs and test results are read from the data folder, "
                "from the date of the visit on."
            ),
            chargers,
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        lacking = QGroupBox(self.tr("Missing"), self)
        scroll = QScrollArea(lacking)  # a long list scrolls here; the page does not scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.missing)
        QVBoxLayout(lacking).addWidget(scroll)
        holds = QGroupBox(self.tr("What the report holds"), self)
        QVBoxLayout(holds).addWidget(self.contents)
        left = QVBoxLayout()
        left.addWidget(chargers)
        left.addWidget(lacking, 1)
        row = QHBoxLayout(self)
        row.addLayout(left, 2)
        row.addWidget(holds, 3)

    def show_report(self, report: Report, missing: list[Missing]) -> None:
        self.missing.setText(missing_html(missing, self.words))
        if not report.chargers:
            self.contents.setHtml(
                "<p>"
                + self.tr("Tick the chargers of the visit on the left; the report holds theirs.")
                + "</p>"
            )
            return
        self.contents.setHtml("".join(charger_html(c, self.words) for c in report.chargers))
