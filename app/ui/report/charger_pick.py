"""Which chargers the report covers: the chargers of the list, each ticked or not.

A new charger in the list is ticked unless the installer chose chargers already; the choice
is part of the draft, so it survives a restart. A charger of the draft that is not in the list
(switched off since, or out of reach) stays, so its saved runs and tests still count.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.services.devices import ChargerEntry, serial_key

SERIAL_ROLE = Qt.ItemDataRole.UserRole


class ChargerPicker(QListWidget):
    """Checkable rows by serial; `serials()` are the ticked ones, in the list's order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = False  # True once the installer (or a draft) chose chargers
        self.setAccessibleName(self.tr("Chargers in the report"))
        self.itemChanged.connect(self._item_changed)
        self.fit()

    def _row(self, serial: str) -> QListWidgetItem | None:
        key = serial_key(serial)
        for row in range(self.count()):
            item = self.item(row)
            if item.data(SERIAL_ROLE) == key:
                return item
        return None

    def add_entry(self, entry: ChargerEntry) -> None:
        """A charger of the list: added (ticked unless chargers were chosen) or renamed."""
        self._add(serial_key(entry.serial), _title(entry), ticked=not self.chosen)

    def _add(self, key: str, title: str, *, ticked: bool) -> None:
        self.blockSignals(True)
        try:
            item = self._row(key)
            if item is None:
                item = QListWidgetItem(title)
                item.setData(SERIAL_ROLE, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.addItem(item)
                self.fit()
            else:
                item.setText(title)
        finally:
            self.blockSignals(False)

    def fit(self) -> None:
        """As tall as its rows (at least three): the page beside it keeps the height."""
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 4
        rows = max(3, self.count())
        self.setFixedHeight(rows * row + 2 * self.frameWidth() + 4)

    def choose(self, serials: list[str]) -> None:
        """Tick exactly `serials` (a draft read back); a serial not yet listed is added."""
        wanted = {serial_key(s) for s in serials}
        for key in sorted(wanted):
            self._add(key, key, ticked=True)
        self.blockSignals(True)
        try:
            for row in range(self.count()):
                item = self.item(row)
                state = item.data(SERIAL_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(False)
        self.chosen = True

    def serials(self) -> list[str]:
        return [
            self.item(row).data(SERIAL_ROLE)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.chosen = True
        self.changed.emit()


def _title(entry: ChargerEntry) -> str:
    parts = [serial_key(entry.serial), entry.model]
    if entry.name and serial_key(entry.name) != serial_key(entry.serial):
        parts.append(entry.name)
    return " — ".join(p for p in parts if p)
