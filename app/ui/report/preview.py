"""The report's pages as pictures: small pages down the side, the chosen one at reading size.

The pages come from the same renderer as the exported PDF, drawn into images (there is no
PDF viewer in the Qt modules the program ships), so what is seen is what is handed over.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QWidget,
)

THUMB_WIDTH = 96


class PagePreview(QWidget):
    """`show_pages(images)`; the page chosen on the left is shown as wide as the view allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[QImage] = []
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
        self.page.setText(self.tr("Press Preview to see the pages of the report."))
        self.page.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.page)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbs)
        row.addWidget(self.scroll, 1)

    def show_pages(self, pages: list[QImage]) -> None:
        self.pages = list(pages)
        self.thumbs.clear()
        for number, image in enumerate(self.pages, start=1):
            icon = QPixmap.fromImage(
                image.scaledToWidth(THUMB_WIDTH, Qt.TransformationMode.SmoothTransformation)
            )
            item = QListWidgetItem(QIcon(icon), self.tr("Page {number}").format(number=number))
            self.thumbs.addItem(item)
        if self.pages:
            self.thumbs.setCurrentRow(0)
        else:
            self.page.setPixmap(QPixmap())
            self.page.setText(self.tr("The report has no pages."))

    def _show_page(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        width = max(200, self.scroll.viewport().width() - 24)
        image = self.pages[row]
        if image.width() > width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.page.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_page(self.thumbs.currentRow())
