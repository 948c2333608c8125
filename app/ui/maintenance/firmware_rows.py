"""One progress row per charger of a firmware upgrade: its name, a bar (bytes sent during the
upload, full once installed), what it is doing now, and the version it reports.

The table is as tall as its rows (the tab scrolls, never the table). A failed row says in which
stage it stopped; the summary below the table says what to do. The charger's own status code
is only in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QProgressBar, QTableWidget, QWidget
from PySide6.QtWidgets import QTableWidgetItem as Item

from app.services.maintenance_firmware import UpgradeRow, UpgradeStep
from app.ui import texts
from app.ui.maintenance import words
from app.ui.scn.fit import fit_rows, no_scroll

KEY_ROLE = Qt.ItemDataRole.UserRole
NAME, BAR, NOW, VERSION = range(4)


class FirmwareRows(QTableWidget):
    """Charger | progress bar | what it does now | version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Charger"), self.tr("Progress"), self.tr("Now"), self.tr("Version")]
        )
        header = self.horizontalHeader()
        for column in (NAME, VERSION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BAR, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(BAR, 10 * self.fontMetrics().averageCharWidth())
        self.setWordWrap(True)
        header.setSectionResizeMode(NOW, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        no_scroll(self)
        fit_rows(self, 1)

    def start(self, rows: list[tuple[str, str, str]]) -> None:
        """One row per charger (key, name, version now), all waiting."""
        self.setRowCount(len(rows))
        for row, (key, name, version) in enumerate(rows):
            item = Item(name)
            item.setData(KEY_ROLE, key)
            self.setItem(row, NAME, item)
            bar = QProgressBar(self)
            bar.setRange(0, 100)
            bar.setValue(0)
            self.setCellWidget(row, BAR, bar)
            self.setItem(row, NOW, Item(self.tr("waiting for its turn")))
            self.setItem(row, VERSION, Item(version or "—"))
        fit_rows(self, 1)

    def rename(self, key: str, name: str) -> None:
        """A charger's name read meanwhile (after a login, say)."""
        row = self.row_of(key)
        if row >= 0:
            self.item(row, NAME).setText(name)

    def row_of(self, key: str) -> int:
        for row in range(self.rowCount()):
            item = self.item(row, NAME)
            if item is not None and item.data(KEY_ROLE) == key:
                return row
        return -1

    def bar(self, row: int) -> QProgressBar:
        widget = self.cellWidget(row, BAR)
        assert isinstance(widget, QProgressBar)
        return widget

    def now_text(self, key: str) -> str:
        row = self.row_of(key)
        item = self.item(row, NOW) if row >= 0 else None
        return item.text() if item is not None else ""

    def show_step(self, step: UpgradeStep) -> None:
        row = self.row_of(step.key)
        if row < 0:
            return
        now = self.item(row, NOW)
        if step.stage == "upload" and step.total:
            percent = step.sent * 100 // step.total
            self.bar(row).setValue(min(percent, 99) if step.sent < step.total else 100)
            if step.sent < step.total:
                text = self.tr("uploading: {sent} of {total}").format(
                    sent=texts.number(step.sent / 1024, 0, "KB"),
                    total=texts.number(step.total / 1024, 0, "KB"),
                )
            else:
                text = self.tr("sent; the charger is still receiving it")
            now.setText(text)
        elif step.stage == "update":
            now.setText(words.status(step.words))
            now.setToolTip(self.tr("Status code {code}").format(code=step.status))
        elif step.stage == "version":
            self.item(row, VERSION).setText(step.words)
            now.setText(words.stage(step.stage))
        else:
            now.setText(words.stage(step.stage))
        now.setToolTip(now.text() if step.stage != "update" else now.toolTip())
        fit_rows(self, 1)

    def show_end(self, end: UpgradeRow, name: str) -> None:
        row = self.row_of(end.key)
        if row < 0:
            return
        self.item(row, NAME).setText(name)
        if end.ok or end.result == "mismatch":
            self.bar(row).setValue(100)
        now = self.item(row, NOW)
        now.setText(words.result(end.result, end.stage))
        now.setToolTip("\n".join(t for t in (end.message, end.hint) if t))
        self.item(row, VERSION).setText(end.version or "—")
        fit_rows(self, 1)
