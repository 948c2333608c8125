"""The meter's register map as a table: one row per measurand, register, data type and scale.

Read-only while a preset is used; in custom mode every register, type and scale cell can be
edited. Each cell is checked as it is typed: a bad cell turns red and gets one sentence naming
the row, the column and what is allowed, and no map is sent until every cell is right. A
one-phase charger shows (and sends) the rows of phase 1 only.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.core.plan import DATA_TYPES, FIELDS, MEASURANDS, RegisterMap

COLUMNS = ("measurand", "phase", "register", "type", "scale")
EDITABLE = ("register", "type", "scale")
BAD = QColor("#f4c7c3")


def phase_of(measurand: int) -> str:
    """'L1', 'L2', 'L3' for a per-phase measurand, 'L1-L2'… for a line voltage, '' otherwise."""
    name = MEASURANDS[measurand] if 0 <= measurand < len(MEASURANDS) else ""
    last = name.rsplit(" ", 1)[-1]
    return last.removesuffix("-N") if last.startswith("L") else ""


def on_phase_one(measurand: int) -> bool:
    """Whether a one-phase charger keeps this measurand (nothing of L2 or L3)."""
    phase = phase_of(measurand)
    return "L2" not in phase and "L3" not in phase


def for_phases(register_map: RegisterMap, phases: int) -> RegisterMap:
    """The map a charger with `phases` phases uses: phase 1 only on a one-phase charger."""
    if phases != 1:
        return register_map
    keep = [i for i, m in enumerate(register_map.measurands) if on_phase_one(m)]
    return dataclasses.replace(
        register_map,
        measurands=tuple(register_map.measurands[i] for i in keep),
        registers=tuple(register_map.registers[i] for i in keep),
        types=tuple(register_map.types[i] for i in keep),
        scales=tuple(register_map.scales[i] for i in keep),
    )


def parse_cell(column: str, text: str) -> int:
    """The value a register, type or scale cell holds; ValueError with the installer's sentence."""
    text = text.strip()
    if column == "type":
        names = [t.upper() for t in DATA_TYPES]
        if text.upper() in names:
            return names.index(text.upper())
        raise ValueError(f"'{text}' is not a data type; use one of {', '.join(DATA_TYPES)}.")
    info = FIELDS[f"alb.meter.register_map.{column}s"]
    assert info.minimum is not None and info.maximum is not None
    low, high = int(info.minimum), int(info.maximum)
    what = "a register number" if column == "register" else "a power-of-ten scale"
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f"'{text}' is not {what}; type a whole number {low} to {high}.") from None
    if not low <= value <= high:
        raise ValueError(f"{value} is outside {low} to {high}; type {what} in that range.")
    return value


class MapTable(QTableWidget):
    mapEdited = Signal(object)  # RegisterMap, sent only when every cell is right

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        headers = [self.tr("Measurand"), self.tr("Phase"), self.tr("Register")]
        self.setHorizontalHeaderLabels([*headers, self.tr("Data type"), self.tr("Scale (10ⁿ)")])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(self.tr("Meter register map"))
        self.base = RegisterMap()
        self.errors: dict[tuple[int, str], str] = {}
        self.editable = False
        self.set_editable(False)
        self.itemChanged.connect(self._changed)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
            if editable
            else triggers.NoEditTriggers
        )

    def show_map(self, register_map: RegisterMap | None, phases: int) -> None:
        """Fill the rows from a map (phase 1 only on a one-phase charger); forgets bad cells."""
        shown = for_phases(register_map or RegisterMap(), phases)
        self.base = shown
        self.errors.clear()
        self.blockSignals(True)
        self.setRowCount(len(shown.measurands))
        for row, measurand in enumerate(shown.measurands):
            name = MEASURANDS[measurand] if 0 <= measurand < len(MEASURANDS) else str(measurand)
            cells = (name, phase_of(measurand) or "—", str(shown.registers[row]))
            cells += (_type_name(shown.types[row]), str(shown.scales[row]))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if COLUMNS[column] not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, column, item)
        self.blockSignals(False)

    def current_map(self) -> RegisterMap | None:
        """The map the cells hold, None while a cell is wrong."""
        if self.errors:
            return None
        values = {
            column: tuple(parse_cell(column, self.cell_text(row, column)) for row in self._rows())
            for column in EDITABLE
        }
        return dataclasses.replace(
            self.base,
            registers=values["register"],
            types=values["type"],
            scales=values["scale"],
        )

    def _rows(self) -> range:
        return range(self.rowCount())

    def cell_text(self, row: int, column: str) -> str:
        item = self.item(row, COLUMNS.index(column))
        return item.text() if item is not None else ""

    def set_cell(self, row: int, column: str, text: str) -> None:
        """Type `text` into a cell, as the installer does (checked and sent like an edit)."""
        item = self.item(row, COLUMNS.index(column))
        assert item is not None and self.editable, "cells are edited in custom mode only"
        item.setText(text)

    def sentences(self) -> list[str]:
        return [self.errors[key] for key in sorted(self.errors, key=lambda k: (k[0], k[1]))]

    def _changed(self, item: QTableWidgetItem) -> None:
        column = COLUMNS[item.column()]
        if column not in EDITABLE:
            return
        key = (item.row(), column)
        try:
            parse_cell(column, item.text())
        except ValueError as exc:
            measurand = self.cell_text(item.row(), "measurand")
            header = self.horizontalHeaderItem(item.column())
            title = header.text() if header is not None else column
            self.errors[key] = self.tr("Row {row} ({measurand}), {column}: {why}").format(
                row=item.row() + 1, measurand=measurand, column=title, why=str(exc)
            )
            self._paint(item, bad=True)
        else:
            self.errors.pop(key, None)
            self._paint(item, bad=False)
        register_map = self.current_map()
        if register_map is not None:
            self.mapEdited.emit(register_map)

    def _paint(self, item: QTableWidgetItem, *, bad: bool) -> None:
        self.blockSignals(True)
        item.setBackground(QBrush(BAD) if bad else QBrush())
        self.blockSignals(False)


def _type_name(index: int) -> str:
    return DATA_TYPES[index] if 0 <= index < len(DATA_TYPES) else str(index)
