"""The Meter page: a searchable preset library grouped by maker, its register map, the link.

The map of the chosen preset is shown read-only; "Custom register map" makes its register,
type and scale cells editable (starting from what is shown), and every valid edit becomes the
plan's `alb.meter.register_map` with no preset name. Preset files are imported and exported
with the bar under the list (meter_files.py); "Test smart meter" is meter_test.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.plan import ChargerFacts, ChargerPlan
from app.core.presets import MeterPreset
from app.services import meter_presets
from app.services.commissioning import preset_register_map as preset_map
from app.services.context import AppServices
from app.services.meter_test import MeterTestService
from app.ui.commissioning import words
from app.ui.commissioning.fields import as_text, plan_value
from app.ui.commissioning.map_table import MapTable
from app.ui.commissioning.meter_files import PresetFileBar
from app.ui.commissioning.meter_test import Current, MeterTestPanel
from app.ui.commissioning.pages import Page

PRESET_ROLE = Qt.ItemDataRole.UserRole + 1


class MeterPage(Page):
    paths = (
        *("alb.meter.unit_id", "alb.meter.ip", "alb.meter.port"),
        *("alb.meter.baud", "alb.meter.parity"),
    )
    sections = ("alb.meter",)
    presetChosen = Signal(object)  # MeterPreset
    mapEdited = Signal(object)  # RegisterMap typed by hand (custom)

    def __init__(self, title: str, presets: list[MeterPreset], parent: QWidget | None = None):
        self._presets = presets
        self._data_dir: Path | None = None
        self._phases = 3
        super().__init__(title, parent)

    def build(self) -> None:
        """The library (left) beside the link fields (right), then "Test smart meter" (in view
        without scrolling), then the register map as tall as its rows."""
        self.applies = self.note("")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search meters (maker or model)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Meter"), self.tr("Phases")])
        self.tree.setMinimumHeight(200)
        self.set_presets(self._presets)
        self.tree.itemActivated.connect(self._chosen)
        self.tree.itemClicked.connect(self._chosen)
        self.files = PresetFileBar(self.chosen_preset, self)
        self.files.imported.connect(self._imported)
        library = QVBoxLayout()
        library.addWidget(self.search)
        library.addWidget(self.tree, 1)
        library.addWidget(self.files)
        self.layout_.removeItem(self.form)  # the link fields go beside the library
        self.preset_note = QLabel(self)
        self.preset_note.setWordWrap(True)
        link = QVBoxLayout()
        link.addLayout(self.form)
        link.addWidget(self.preset_note)
        link.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(library, 3)
        top.addLayout(link, 2)
        self.layout_.addLayout(top)
        self.test = MeterTestPanel(self)
        self.layout_.addWidget(self.test)
        self.custom = QCheckBox(self.tr("C&ustom register map: edit the cells below"), self)
        self.custom.setToolTip(
            self.tr(
                "Starts from the map shown (the chosen preset); type a register, data type "
                "or scale."
            )
        )
        self.custom.clicked.connect(self._custom_clicked)
        self.layout_.addWidget(self.custom)
        self.map_table = MapTable(self)
        self.map_table.verticalHeader().setDefaultSectionSize(24)
        self.map_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.map_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.map_table.mapEdited.connect(self.mapEdited)
        self.map_table.itemChanged.connect(lambda _item: self._show_cell_problems())
        self.layout_.addWidget(self.map_table)
        self._fit_map()
        self._page_sentences: list[str] = []

    def _fit_map(self) -> None:
        """The map as tall as its rows: the page scrolls, never the table inside it."""
        table = self.map_table
        rows = sum(table.rowHeight(r) for r in range(table.rowCount())) or 4 * 24
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + rows + 2 * table.frameWidth() + 2)

    def set_presets(self, presets: list[MeterPreset]) -> None:
        """Fill the library tree, grouped by maker."""
        self._presets = presets
        self.tree.clear()
        makers: dict[str, QTreeWidgetItem] = {}
        for preset in presets:
            group = makers.get(preset.maker)
            if group is None:
                group = makers[preset.maker] = QTreeWidgetItem(self.tree, [preset.maker])
            item = QTreeWidgetItem(group, [preset.model, str(preset.phases)])
            item.setData(0, PRESET_ROLE, preset)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self._filter(self.search.text())

    def attach(self, services: AppServices, current: Current, pending: Callable[[], bool]) -> None:
        """Imports go to the user presets of `services`; the meter test on the charger's plan
        (`pending()`: that plan's meter settings are not on the charger yet)."""
        self._data_dir = self.files.data_dir = services.data_dir
        test = MeterTestService(services.sessions, services.runner, services.data_dir, self)
        self.test.attach(test, current, pending)

    def chosen_preset(self) -> MeterPreset | None:
        """The preset shown, or the custom map as a preset (None when its cells are wrong)."""
        if self.custom.isChecked():
            register_map = self.map_table.current_map()
            return None if register_map is None else meter_presets.map_preset(register_map)
        item = self.tree.currentItem()
        preset = item.data(0, PRESET_ROLE) if item is not None else None
        return preset if isinstance(preset, MeterPreset) else None

    def _imported(self, preset: MeterPreset) -> None:
        self.set_presets(meter_presets.library(self._data_dir))
        self.select(preset.name)

    def _filter(self, text: str) -> None:
        wanted = text.strip().lower()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            shown = 0
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                hit = not wanted or wanted in f"{group.text(0)} {child.text(0)}".lower()
                child.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)

    def _chosen(self, item: QTreeWidgetItem) -> None:
        preset = item.data(0, PRESET_ROLE)
        if isinstance(preset, MeterPreset):
            self.show_preset(preset)
            self.presetChosen.emit(preset)

    def select(self, name: str) -> MeterPreset:
        """Pick a preset by file name, as a click on its row (for tests and keyboard use)."""
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                preset = child.data(0, PRESET_ROLE)
                if isinstance(preset, MeterPreset) and preset.name == name:
                    self.tree.setCurrentItem(child)
                    self._chosen(child)
                    return preset
        raise KeyError(name)

    def show_preset(self, preset: MeterPreset) -> None:
        note = f": {preset.note}" if preset.note else ""
        self.preset_note.setText(f"<b>{preset.title}</b>{note}")
        self.custom.setChecked(False)
        self.map_table.set_editable(False)
        self.map_table.show_map(preset_map(preset), self._phases)
        self._fit_map()

    def _custom_clicked(self, on: bool) -> None:
        if on:
            self.map_table.set_editable(True)
            self.preset_note.setText(
                self.tr("Custom map, started from the one shown: double-click a cell to change it.")
            )
            register_map = self.map_table.current_map()
            if register_map is not None:
                self.mapEdited.emit(register_map)
            return
        item = self.tree.currentItem()
        preset = item.data(0, PRESET_ROLE) if item is not None else None
        if isinstance(preset, MeterPreset):
            self._chosen(item)
        else:  # no preset to go back to: the map stays custom
            self.custom.setChecked(True)
            self.preset_note.setText(
                self.tr("Choose a preset in the list to leave the custom map.")
            )

    def set_cell(self, row: int, column: str, text: str) -> None:
        """Type into a cell of the custom map (row as shown, column register/type/scale)."""
        self.map_table.set_cell(row, column, text)

    def cell_text(self, row: int, column: str) -> str:
        return self.map_table.cell_text(row, column)

    def show_problems(self, sentences: list[str]) -> None:
        self._page_sentences = sentences
        self._show_cell_problems()

    def _show_cell_problems(self) -> None:
        cells = self.map_table.sentences()
        rest = [s for s in self._page_sentences if s != self.tr("No problems found on this page.")]
        super().show_problems(cells + rest)

    def show_plan(self, plan: ChargerPlan | None, facts: ChargerFacts | None) -> None:
        super().show_plan(plan, facts)
        protocol = as_text(plan_value(plan, "alb.protocol"))
        tcp, rtu = protocol == "modbus-tcp", protocol == "modbus-rtu"
        self.rows["alb.meter.ip"].set_visible(tcp)
        self.rows["alb.meter.port"].set_visible(tcp)
        self.rows["alb.meter.baud"].set_visible(rtu)
        self.rows["alb.meter.parity"].set_visible(rtu)
        self.applies.setText(
            self.tr("The charger reads this meter over {protocol}.").format(
                protocol=words.choice(protocol)
            )
            if tcp or rtu
            else self.tr(
                "A Modbus meter is used when the ALB meter protocol is Modbus RTU or TCP "
                "(ALB data source page)."
            )
        )
        self._phases = facts.phases if facts is not None else 3
        meter = plan_value(plan, "alb.meter")
        if self.map_table.errors:
            return  # keep the installer's cells until they are right
        register_map = meter.register_map if meter is not None else None
        custom = meter is not None and not meter.preset and register_map is not None
        self.custom.setChecked(custom)
        self.map_table.set_editable(custom)
        self.map_table.show_map(register_map, self._phases)
        self._fit_map()
