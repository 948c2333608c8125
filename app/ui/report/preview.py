"""The report's pages as pictures: small pages down the side, the chosen one at reading size.

The pages come from the same layout and painter as the exported PDF, drawn into images (there
is no PDF viewer in the Qt modules the program ships), so what is seen is what is handed
over. The chosen page is drawn at the width of the view, again when the view is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QWidget,
)

from app.services.report_session_preview import THUMB_WIDTH, PreviewPages

MAX_PAGE_WIDTH = 1400  # wider than this a page is no easier to read


class PagePreview(QWidget):
    """`show_pages(preview)`; the page chosen on the left is shown as wide as the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: PreviewPages | None = None
        self.thumbs = QListWidget(self)
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbs.setWrapping(False)
        self.thumbs.setMovement(QListWidget.Movement.Static)
        self.thumbs.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.414)))
        self.thumbs.setGridSize(QSize(THUMB_WIDTH + 12, int(THUMB_WIDTH * 1.414) + 30))
        self.thumbs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = self.thumbs.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.thumbs.setFixedWidth(THUMB_WIDTH + 20 + scrollbar)
        self.thumbs.setAccessibleName(self.tr("Pages of the report"))
        self.thumbs.currentRowChanged.connect(self._show_page)
        self.page = QLabel(self)
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page.setText(self.tr("Press Preview pages to see the pages of the report."))
        self.page.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.page)
        self._redraw = QTimer(self)  # after a resize, once it has settled
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(150)
        self._redraw.timeout.connect(lambda: self._show_page(self.thumbs.currentRow()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbs)
        row.addWidget(self.scroll, 1)

    def show_pages(self, preview: PreviewPages) -> None:
        self.preview = preview
        self.thumbs.clear()
        for number, image in enumerate(preview.thumbnails, start=1):
            text = self.tr("Page {number}").format(number=number)
            self.thumbs.addItem(QListWidgetItem(QIcon(QPixmap.fromImage(image)), text))
        if len(preview):
            self.thumbs.setCurrentRow(0)
        else:
            self.page.setPixmap(QPixmap())
            self.page.setText(self.tr("The report has no pages."))

    def page_count(self) -> int:
        return 0 if self.preview is None else len(self.preview)

    def _show_page(self, row: int) -> None:
        if self.preview is None or not 0 <= row < len(self.preview):
            return
        scrollbar = self.scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = min(MAX_PAGE_WIDTH, max(200, self.scroll.viewport().width() - scrollbar - 8))
        self.page.setPixmap(QPixmap.fromImage(self.preview.image(row, width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.preview is not None:
            self._redraw.start()
