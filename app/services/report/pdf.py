"""Rendering the report: an A4 PDF with page numbers, in steps that never hold the window.

`render_steps` is a generator: each step lays out one section or paints one page, then
yields (done, total). The window's `ReportRenderer` runs one step per turn of the event loop
(a zero-delay timer), so the window stays responsive and shows progress; the CLI and the
tests run the steps in a loop (`render_pdf`). Everything happens on the GUI thread: QFont
and the text layout are safe there, and each step is short (a page of text or one plot).
The PDF is written to `<name>.part` and moved into place at the end, so a failed or
cancelled render leaves no half file under the name asked for.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from app.core.errors import CommissionerError
from app.core.report import Report
from app.core.report_words import Words
from app.services.report.layout import (
    CONTENT_W,
    DPI,
    MARGIN_TOP,
    MARGIN_X,
    MM,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    SMALL,
    Item,
    Page,
    draw_text,
    flow,
)
from app.services.report.sections import sections
from app.services.report.words import qt_words

Progress = tuple[int, int]


def layout(report: Report, words: Words) -> Iterator[tuple[list[Page], dict[str, int]] | None]:
    """Yields None after each section; the last value is the pages and the anchors."""
    items: list[Item] = []
    for part in sections(report, words):
        items += part
        yield None
    yield flow(items)


def laid_out(report: Report, words: Words) -> tuple[list[Page], dict[str, int]]:
    """The pages at once (a preview; the PDF renderer takes the steps one by one)."""
    *_, result = layout(report, words)
    assert result is not None
    return result


def paint_page(
    painter: QPainter, report: Report, page: Page, number: int, total: int, anchors: dict[str, int]
) -> None:
    """One page: running head, its items, and `page n of m` at the foot."""
    painter.setFont(SMALL)
    painter.setPen(MUTED)
    head = QCoreApplication.translate("Report", "Commissioning report")
    if report.header.site_name:
        head += f" — {report.header.site_name}"
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
    draw_text(painter, QRectF(MARGIN_X, 0, CONTENT_W, MARGIN_TOP - 6 * MM), left, head)
    draw_text(
        painter, QRectF(MARGIN_X, 0, CONTENT_W, MARGIN_TOP - 6 * MM), right, report.header.date
    )
    painter.setPen(QPen(RULE, 3))
    painter.drawLine(
        QPointF(MARGIN_X, MARGIN_TOP - 4 * MM), QPointF(PAGE_W - MARGIN_X, MARGIN_TOP - 4 * MM)
    )
    for item, top in page:
        item.paint(painter, top, anchors)
    painter.setFont(SMALL)
    painter.setPen(MUTED)
    foot = QCoreApplication.translate("Report", "Page {page} of {pages}").format(
        page=number, pages=total
    )
    centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    draw_text(painter, QRectF(MARGIN_X, PAGE_H - 12 * MM, CONTENT_W, 8 * MM), centre, foot)


def render_steps(report: Report, path: Path, words: Words | None = None) -> Iterator[Progress]:
    """Write the PDF step by step; yields (done, total) with total = sections, then pages."""
    words = words or qt_words()
    sections_total = len(report.chargers) + 4
    result = None
    for n, result in enumerate(layout(report, words)):
        if result is None:
            yield n + 1, sections_total + 1
    assert result is not None
    pages, anchors = result
    part = path.with_name(path.name + ".part")
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = _writer(part, report)
    painter = QPainter()
    if not painter.begin(writer):
        raise CommissionerError(f"Cannot write the report to {path}.")
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            paint_page(painter, report, page, number, len(pages), anchors)
            yield number, len(pages)
    except BaseException:
        painter.end()
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    painter.end()
    os.replace(part, path)


def _writer(path: Path, report: Report) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(
        QCoreApplication.translate("Report", "Commissioning report")
        + (f" — {report.header.site_name}" if report.header.site_name else "")
    )
    writer.setCreator(f"Commissioner {report.header.tool_version}".strip())
    return writer


def render_pdf(report: Report, path: Path, words: Words | None = None) -> int:
    """Render at once (the CLI, tests); the number of pages written."""
    pages = 0
    for done, total in render_steps(report, path, words):
        pages = total if done == total else pages
    return pages


def page_images(report: Report, width: int, words: Words | None = None) -> Iterator[QImage]:
    """The pages as images `width` pixels wide, for a preview (same layout as the PDF)."""
    words = words or qt_words()
    pages, anchors = laid_out(report, words)
    scale = width / PAGE_W
    for number, page in enumerate(pages, start=1):
        image = QImage(width, round(PAGE_H * scale), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        paint_page(painter, report, page, number, len(pages), anchors)
        painter.end()
        yield image


class ReportRenderer(QObject):
    """Renders a report in steps on the event loop; one render at a time."""

    progress = Signal(int, int)  # done, total
    finished = Signal(str)  # the PDF's path
    failed = Signal(str)  # one sentence

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: Iterator[Progress] | None = None
        self._path = ""
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        return self._steps is not None

    def start(self, report: Report, path: Path, words: Words | None = None) -> None:
        if self._steps is not None:
            raise CommissionerError("A report is already being written.")
        self._steps = render_steps(report, path, words or qt_words())
        self._path = str(path)
        self._timer.start()

    def cancel(self) -> None:
        """Stop; the half-written file is removed, the earlier PDF (if any) kept."""
        if self._steps is not None:
            self._timer.stop()
            steps, self._steps = self._steps, None
            steps.close()

    def _step(self) -> None:
        assert self._steps is not None
        try:
            done, total = next(self._steps)
        except StopIteration:
            self._timer.stop()
            self._steps = None
            self.finished.emit(self._path)
            return
        except (CommissionerError, OSError) as exc:
            self._timer.stop()
            self._steps = None
            self.failed.emit(str(exc))
            return
        self.progress.emit(done, total)
