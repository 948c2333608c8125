"""The Meter page: a searchable preset library grouped by maker, its register map, the link."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.core.plan import ChargerFacts, ChargerPlan
from app.core.presets import MeterPreset
from app.ui.commissioning.fields import as_text, plan_value
from app.ui.commissioning.pages import Page

PRESET_ROLE = Qt.ItemDataRole.UserRole + 1


class MeterPage(Page):
    paths = (
        *("alb.meter.unit_id", "alb.meter.ip", "alb.meter.port"),
        *("alb.meter.baud", "alb.meter.parity"),
    )
    sections = ("alb.meter",)
    presetChosen = Signal(object)  # MeterPreset

    def __init__(self, title: str, presets: list[MeterPreset], parent: QWidget | None = None):
        self._presets = presets
        super().__init__(title, parent)

    def build(self) -> None:
        self.applies = self.note("")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search meters (maker or model)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.layout_.addWidget(self.search)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Meter"), self.tr("Phases")])
        self.tree.setMinimumHeight(150)
        makers: dict[str, QTreeWidgetItem] = {}
        for preset in self._presets:
            group = makers.get(preset.maker)
            if group is None:
                group = makers[preset.maker] = QTreeWidgetItem(self.tree, [preset.maker])
            item = QTreeWidgetItem(group, [preset.model, str(preset.phases)])
            item.setData(0, PRESET_ROLE, preset)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.itemActivated.connect(self._chosen)
        self.tree.itemClicked.connect(self._chosen)
        self.layout_.addWidget(self.tree)
        self.preset_note = self.note("")
        self.map_table = QTableWidget(0, 4, self)
        self.map_table.setHorizontalHeaderLabels(
            [self.tr("Measurand"), self.tr("Register"), self.tr("Type"), self.tr("Scale")]
        )
        self.map_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.map_table.verticalHeader().setVisible(False)
        self.map_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.map_table.setMinimumHeight(160)
        self.layout_.addWidget(self.map_table)

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
        self.preset_note.setText(f"<b>{preset.title}</b>: {preset.note}")
        self.map_table.setRowCount(len(preset.entries))
        for row, entry in enumerate(preset.entries):
            cells = (entry.measurand.name, str(entry.register), entry.type.name, str(entry.scale))
            for column, text in enumerate(cells):
                self.map_table.setItem(row, column, QTableWidgetItem(text))

    def show_plan(self, plan: ChargerPlan | None, facts: ChargerFacts | None) -> None:
        super().show_plan(plan, facts)
        protocol = as_text(plan_value(plan, "alb.protocol"))
        tcp, rtu = protocol == "modbus-tcp", protocol == "modbus-rtu"
        self.rows["alb.meter.ip"].set_visible(tcp)
        self.rows["alb.meter.port"].set_visible(tcp)
        self.rows["alb.meter.baud"].set_visible(rtu)
        self.rows["alb.meter.parity"].set_visible(rtu)
        self.applies.setText(
            self.tr("The charger reads this meter over {protocol}.").format(protocol=protocol)
            if tcp or rtu
            else self.tr(
                "A Modbus meter is used when the ALB meter protocol is Modbus RTU or TCP "
                "(ALB data source page)."
            )
        )
        name = as_text(plan_value(plan, "alb.meter.preset"))
        preset = next((p for p in self._presets if p.name == name), None)
        if preset is not None and not self.map_table.rowCount():
            self.show_preset(preset)
