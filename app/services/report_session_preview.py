"""The report's pages for the Report tab's preview: the PDF's own layout and page painter,
drawn into pictures.

The layout is made one section per turn of the event loop, then each page is drawn once as a
small thumbnail; the page the installer looks at is drawn when it is chosen, at the width it
is shown (sharp at any size, and a report of a hundred pages never holds a hundred full-size
pictures in memory).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPainter

from app.core.report import Report
from app.services.operations import Operation
from app.services.report.layout import PAGE_H, PAGE_W, Page
from app.services.report.pdf import layout, paint_page
from app.services.report.words import qt_words

THUMB_WIDTH = 96


@dataclass
class PreviewPages:
    """A laid-out report; `image(index, width)` draws one page."""

    report: Report
    pages: list[Page]
    anchors: dict[str, int]
    thumbnails: list[QImage] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.pages)

    def image(self, index: int, width: int) -> QImage:
        """Page `index` (from 0) drawn `width` pixels wide, white like paper."""
        scale = width / PAGE_W
        image = QImage(width, round(PAGE_H * scale), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        paint_page(
            painter, self.report, self.pages[index], index + 1, len(self.pages), self.anchors
        )
        painter.end()
        return image


async def lay_out(operation: Operation, report: Report) -> PreviewPages:
    """Lay the report out and draw its thumbnails, a section or a page per step."""
    words = qt_words()
    text = QCoreApplication.translate("ReportSession", "Laying out the pages…")
    laid_out = None
    for step in layout(report, words):  # None after each section, then the pages
        laid_out = step
        operation.report(text)
        await asyncio.sleep(0)
    assert laid_out is not None
    preview = PreviewPages(report, *laid_out)
    total = len(preview)
    for index in range(total):
        preview.thumbnails.append(preview.image(index, THUMB_WIDTH))
        operation.report(
            QCoreApplication.translate("ReportSession", "Drawing page {page} of {pages}…").format(
                page=index + 1, pages=total
            ),
            index + 1,
            total,
        )
        await asyncio.sleep(0)
    return preview
