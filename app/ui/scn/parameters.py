"""The SCN's parameters (guide §6.1, §6.11–6.15) and which member reads the meter, in words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.core.scn import ScnSettings


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class NetworkForm(QGroupBox):
    """Name, currents, period, and the meter-reading member; `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Network"))
        form = QFormLayout(self)
        self.name = QLineEdit("SCN1")
        self.total = _spin(6, 2000, 32, " A")
        self.total_safe = _spin(0, 2000, 16, " A")
        self.socket_safe = _spin(0, 32, 6, " A")
        self.station_max = _spin(0, 32, 0, " A")
        self.station_max.setSpecialValueText(self.tr("unchanged"))
        self.socket_max = _spin(0, 32, 0, " A")
        self.socket_max.setSpecialValueText(self.tr("unchanged"))
        self.period = _spin(900, 36000, 900, " s")
        self.with_alb = QCheckBox(self.tr("One member reads the meter (active load balancing)"))
        self.meter_member = QComboBox()
        self.meter_member.setToolTip(self.tr("It keeps its ALB settings; the others need none."))
        self.meter_note = QLabel()
        self.meter_note.setWordWrap(True)
        self.meter_note.setObjectName("scn-meter-member")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Grid total current"), self.total)
        form.addRow(self.tr("Total safe current"), self.total_safe)
        form.addRow(self.tr("Socket safe current"), self.socket_safe)
        form.addRow(self.tr("Station maximum"), self.station_max)
        form.addRow(self.tr("Socket maximum"), self.socket_max)
        form.addRow(self.tr("Alternating period"), self.period)
        form.addRow(self.with_alb)
        form.addRow(self.tr("Meter-reading member"), self.meter_member)
        form.addRow(self.meter_note)
        self.name.textChanged.connect(self.changed)
        for spin in (self.total, self.total_safe, self.socket_safe, self.station_max):
            spin.valueChanged.connect(self.changed)
        self.socket_max.valueChanged.connect(self.changed)
        self.period.valueChanged.connect(self.changed)
        self.with_alb.toggled.connect(self.changed)
        self.meter_member.currentIndexChanged.connect(self.changed)

    def settings(self) -> ScnSettings:
        alb = self.with_alb.isChecked()
        member = self.meter_member.currentData()
        return ScnSettings(
            name=self.name.text(),
            total_current=self.total.value(),
            total_safe_current=self.total_safe.value(),
            socket_safe_current=self.socket_safe.value(),
            alternating_period=self.period.value(),
            station_max_current=float(self.station_max.value()) or None,
            socket_max_current=float(self.socket_max.value()) or None,
            meter_member=str(member) if alb and member else None,
        )

    def show_meter_member(self) -> None:
        """Say in words which member reads the meter, and what that means for the network."""
        alb = self.with_alb.isChecked()
        self.meter_member.setEnabled(alb)
        if not alb:
            text = self.tr(
                "No member reads a meter: the network shares its grid total current, whatever "
                "else the building draws."
            )
        elif self.meter_member.currentIndex() < 0:
            text = self.tr("Read the members, then choose the one wired to the meter.")
        else:
            text = self.tr(
                "{name} reads the meter and computes the current available to the whole "
                "network: the maximum meter current minus what the rest of the building draws."
            ).format(name=self.meter_member.currentText())
        self.meter_note.setText(text)
