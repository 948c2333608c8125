"""The report's page layout: items that know their height, flowed onto A4 pages.

Coordinates are in layout units of 1/720 inch (a QPdfWriter at 720 dpi draws them 1:1; a
preview image scales the painter). Fonts are sized in those units (`setPixelSize`), so the
same layout measures and paints alike on a PDF and on an image. An item is never split; a
table is one item per row, and a table that runs over a page repeats its header row. A
heading keeps with the item after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QTextOption

DPI = 720
MM = DPI / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * MM, 20 * MM, 18 * MM
CONTENT_W = PAGE_W - 2 * MARGIN_X
CONTENT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
PAD = 1.2 * MM
FAMILY = "DejaVu Sans"

INK = QColor("#1a1a1a")
MUTED = QColor("#5f6368")
RULE = QColor("#c8ccd0")
SHADE = QColor("#eef1f4")
GOOD = QColor("#1b7f3b")
BAD = QColor("#b3261e")
WARN = QColor("#8a5a00")
WRAP = int(Qt.TextFlag.TextWordWrap)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def font(points: float, bold: bool = False) -> QFont:
    out = QFont(FAMILY)
    out.setPixelSize(round(points * DPI / 72))
    out.setBold(bold)
    # No ligatures: "ffi" stays three letters, so the PDF's text can be searched and copied.
    out.setFeature(QFont.Tag("liga"), 0)
    return out


BODY = font(9.5)
SMALL = font(8)
BOLD = font(9.5, bold=True)
TITLE = font(20, bold=True)
H1 = font(14, bold=True)
H2 = font(11, bold=True)


def draw_text(painter: QPainter, rect: QRectF, flags: int, text: str) -> None:
    """Text in a box, aligned and wrapped as Qt's text flags say."""
    option = QTextOption(Qt.AlignmentFlag(flags & 0x01FF))
    wrap = QTextOption.WrapMode.WordWrap if flags & WRAP else QTextOption.WrapMode.NoWrap
    option.setWrapMode(wrap)
    painter.drawText(rect, text, option)


def text_height(text: str, face: QFont, width: float) -> float:
    rect = QFontMetricsF(face).boundingRect(QRectF(0, 0, width, 1e6), WRAP | LEFT, text)
    return rect.height()


class Item:
    """Something on a page: its height at the content width, and how to paint it."""

    keep_with_next = False
    header: Item | None = None  # a table row: the header row to repeat after a page break
    anchor = ""  # a heading the table of contents points at

    def height(self) -> float:
        raise NotImplementedError

    def paint(self, painter: QPainter, top: float, pages: dict[str, int]) -> None:
        raise NotImplementedError


@dataclass
class Text(Item):
    text: str
    face: QFont = field(default_factory=lambda: BODY)
    colour: QColor = field(default_factory=lambda: INK)
    space_before: float = 0.0
    space_after: float = 1.5 * MM
    keep: bool = False
    mark: str = ""  # TOC anchor

    def __post_init__(self) -> None:
        self.keep_with_next = self.keep
        self.anchor = self.mark
        self._h = text_height(self.text, self.face, CONTENT_W)

    def height(self) -> float:
        return self.space_before + self._h + self.space_after

    def paint(self, painter: QPainter, top: float, pages: dict[str, int]) -> None:
        painter.setFont(self.face)
        painter.setPen(self.colour)
        rect = QRectF(MARGIN_X, top + self.space_before, CONTENT_W, self._h + 10)
        draw_text(painter, rect, WRAP | LEFT, self.text)


def heading(text: str, level: int = 1, mark: str = "") -> Text:
    face = H1 if level == 1 else H2
    return Text(text, face, INK, 3 * MM if level == 1 else 2.5 * MM, 1.5 * MM, True, mark)


@dataclass
class Row(Item):
    """One table row; `widths` are fractions of the content width; colours per cell."""

    cells: list[str]
    widths: list[float]
    is_header: bool = False
    colours: list[QColor | None] = field(default_factory=list)
    table_header: Row | None = None

    def __post_init__(self) -> None:
        self.header = self.table_header
        self._face = BOLD if self.is_header else BODY
        self._h = max(
            text_height(text, self._face, w * CONTENT_W - 2 * PAD)
            for text, w in zip(self.cells, self.widths, strict=True)
        )

    def height(self) -> float:
        return self._h + 2 * PAD

    def paint(self, painter: QPainter, top: float, pages: dict[str, int]) -> None:
        height = self.height()
        if self.is_header:
            painter.fillRect(QRectF(MARGIN_X, top, CONTENT_W, height), SHADE)
        painter.setFont(self._face)
        x = MARGIN_X
        for n, (text, w) in enumerate(zip(self.cells, self.widths, strict=True)):
            colour = self.colours[n] if n < len(self.colours) else None
            painter.setPen(colour or INK)
            rect = QRectF(x + PAD, top + PAD, w * CONTENT_W - 2 * PAD, self._h + 10)
            draw_text(painter, rect, WRAP | LEFT, text)
            x += w * CONTENT_W
        painter.setPen(QPen(RULE, 3))
        painter.drawLine(
            QPointF(MARGIN_X, top + height), QPointF(MARGIN_X + CONTENT_W, top + height)
        )


def table(
    header: list[str], rows: Iterable[list[str]], widths: list[float], colour: Callable[..., list]
) -> list[Item]:
    """A header row and one row per entry; `colour(row)` gives the cells' colours."""
    head = Row(header, widths, is_header=True)
    return [head, *(Row(r, widths, False, colour(r), head) for r in rows)]


def plain_rows(rows: Iterable[list[str]], widths: list[float]) -> list[Item]:
    """Rows without a header (label → value tables)."""
    return [Row(r, widths) for r in rows]


def no_colour(_row: list[str]) -> list[QColor | None]:
    return []


@dataclass
class TocRow(Item):
    """A line of the table of contents: its page number is known only after the flow."""

    title: str
    target: str

    def __post_init__(self) -> None:
        self._h = text_height(self.title, BODY, CONTENT_W - 20 * MM)

    def height(self) -> float:
        return self._h + 1.2 * MM

    def paint(self, painter: QPainter, top: float, pages: dict[str, int]) -> None:
        painter.setFont(BODY)
        painter.setPen(INK)
        draw_text(
            painter,
            QRectF(MARGIN_X, top, CONTENT_W - 20 * MM, self._h + 10),
            WRAP | LEFT,
            self.title,
        )
        number = str(pages.get(self.target, 0) + 1)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        draw_text(painter, QRectF(MARGIN_X, top, CONTENT_W, self._h + 10), right, number)


@dataclass
class Picture(Item):
    """A photo or a drawn signature, scaled to fit `max_h`, with a caption under it."""

    image: QImage
    caption: str = ""
    max_h: float = 100 * MM
    max_w: float = CONTENT_W

    def __post_init__(self) -> None:
        w, h = max(1, self.image.width()), max(1, self.image.height())
        scale = min(self.max_w / w, self.max_h / h)
        self._w, self._h = w * scale, h * scale
        self._cap = text_height(self.caption, SMALL, CONTENT_W) if self.caption else 0.0

    def height(self) -> float:
        return self._h + self._cap + 5 * MM

    def paint(self, painter: QPainter, top: float, pages: dict[str, int]) -> None:
        top += 2 * MM  # clear of the rule above
        painter.drawImage(QRectF(MARGIN_X, top, self._w, self._h), self.image)
        if self.caption:
            painter.setFont(SMALL)
            painter.setPen(MUTED)
            rect = QRectF(MARGIN_X, top + self._h + 0.8 * MM, CONTENT_W, self._cap + 10)
            draw_text(painter, rect, WRAP | LEFT, self.caption)


class PageBreak(Item):
    def height(self) -> float:
        return 0.0

    def paint(self, painter: QPainter, top: float, pages: dict[str, int]) -> None:
        return


Page = list[tuple[Item, float]]


def flow(items: list[Item]) -> tuple[list[Page], dict[str, int]]:
    """Items onto pages (each with its top), and the page index of every anchor."""
    pages: list[Page] = [[]]
    anchors: dict[str, int] = {}
    y = 0.0
    for n, item in enumerate(items):
        if isinstance(item, PageBreak):
            if pages[-1]:
                pages.append([])
                y = 0.0
            continue
        need = item.height()
        if item.keep_with_next and n + 1 < len(items):
            need += items[n + 1].height()
        if y + need > CONTENT_H and pages[-1]:
            pages.append([])
            y = 0.0
            if item.header is not None:
                pages[-1].append((item.header, MARGIN_TOP))
                y = item.header.height()
        if item.anchor:
            anchors[item.anchor] = len(pages) - 1
        pages[-1].append((item, MARGIN_TOP + y))
        y += item.height()
    return pages, anchors
