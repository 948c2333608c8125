"""Tables and lists that are as tall as their rows, so the page scrolls and they never do.

The SCN set-up page lives in one scroll area; a table with its own scroll bar inside it would
be a scroll inside a scroll, where a short table hides rows behind a second bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QTableWidget


def no_scroll(view: QAbstractItemView) -> None:
    """Never a vertical scroll bar: the view is sized by `fit_rows` instead."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def fit_rows(view: QAbstractItemView, minimum_rows: int = 1, *, resize: bool = True) -> None:
    """Fix the view's height to show every row (at least `minimum_rows` rows' worth);
    `resize`: size a table's rows to their contents first."""
    height = 2 * view.frameWidth()
    count = 0
    if isinstance(view, QTableWidget):
        if resize:
            view.resizeRowsToContents()
        header = view.horizontalHeader()
        height += header.sizeHint().height() if not header.isHidden() else 0
        count = view.rowCount()
        rows = [view.rowHeight(r) for r in range(count)]
        default = view.verticalHeader().defaultSectionSize()
    elif isinstance(view, QListWidget):
        count = view.count()
        rows = [max(view.sizeHintForRow(r), 1) + 2 for r in range(count)]
        default = view.fontMetrics().height() + 4
    else:
        rows, default = [], view.fontMetrics().height() + 4
    height += sum(rows) + default * max(0, minimum_rows - count)
    if view.horizontalScrollBar().isVisible():
        height += view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height)
