"""The contracted-power calculator of the V2C guide, beside the current limits.

The installer types the contracted power (kW) and, when known, what the wiring carries; the
box shows the formula with its numbers and the current to set (6–32 A, never above the
wiring), and puts it into the station maximum current on request. The arithmetic is
app/core/contracted_power.py; here only the words and numbers in the user's locale.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.core import contracted_power as calc
from app.core.errors import CommissionerError
from app.ui import texts


def _spin(parent: QWidget, low: float, high: float, decimals: int, unit: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(f" {unit}" if unit else "")
    spin.setMaximumWidth(160)
    return spin


class ContractedPowerCalculator(QGroupBox):
    """Contracted power and phases in, the current to set out (`useResult` carries amperes)."""

    useResult = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Current from the contracted power"), parent)
        self.power = _spin(self, 0.0, calc.MAX_KW, 2, "kW")
        self.power.setSpecialValueText(self.tr("type the contracted power"))
        self.phases = QComboBox(self)
        self.phases.addItem(self.tr("Three phases (400 V)"), 3)
        self.phases.addItem(self.tr("One phase (230 V)"), 1)
        self.phases.setMaximumWidth(260)  # a choice, not a line across a wide screen
        self.cos_phi = _spin(self, 0.5, 1.0, 2, "")
        self.cos_phi.setSingleStep(0.01)
        self.cos_phi.setValue(calc.COS_PHI)
        self.wiring = _spin(self, 0.0, 125.0, 0, "A")
        self.wiring.setSpecialValueText(self.tr("not limited"))
        self.formula = QLabel(self)
        self.formula.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.use_button = QPushButton(self.tr("&Use as station maximum current"), self)
        self.use_button.clicked.connect(self._use)
        form = QFormLayout(self)
        form.addRow(self.tr("Contracted power"), self.power)
        form.addRow(self.tr("Supply"), self.phases)
        form.addRow(self.tr("cos φ (three phases)"), self.cos_phi)
        form.addRow(self.tr("Wiring carries at most"), self.wiring)
        form.addRow(self.tr("Formula"), self.formula)
        form.addRow(self.tr("Result"), self.result)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.advice: calc.IntensityAdvice | None = None
        for spin in (self.power, self.cos_phi, self.wiring):
            spin.valueChanged.connect(self.update_result)
        self.phases.currentIndexChanged.connect(self.update_result)
        self.update_result()

    def set_inputs(self, power_kw: float | None, phases: int | None) -> None:
        """Start from the plan's contracted power and the supply (when the installer has not
        typed their own yet)."""
        if power_kw is not None and self.power.value() == 0.0 and power_kw > 0:
            self.power.setValue(power_kw)
        if phases in (1, 3) and not self.phases.hasFocus():
            self.phases.setCurrentIndex(self.phases.findData(phases))

    def update_result(self) -> None:
        phases = int(self.phases.currentData())
        self.cos_phi.setEnabled(phases == 3)
        wiring = self.wiring.value() or None
        try:
            self.advice = calc.intensity(
                self.power.value(), phases, cos_phi=self.cos_phi.value(), wiring_amps=wiring
            )
        except CommissionerError as exc:
            self.advice = None
            self.formula.setText("")
            self.result.setText(str(exc) if self.power.value() else "")
        else:
            self.formula.setText(self._formula(self.advice))
            self.result.setText(self._result(self.advice))
        self.use_button.setEnabled(self.advice is not None)

    def _formula(self, advice: calc.IntensityAdvice) -> str:
        power = texts.number(advice.power_kw, 2, "kW")
        raw = texts.number(advice.raw, 1, "A")
        if advice.phases == 1:
            return self.tr("I = {power} × 1000 / 230 V = {amps}").format(power=power, amps=raw)
        cos_phi = texts.number(advice.cos_phi, 2)
        return self.tr("I = {power} × 1000 / (√3 × 400 V × {cos_phi}) = {amps}").format(
            power=power, cos_phi=cos_phi, amps=raw
        )

    def _result(self, advice: calc.IntensityAdvice) -> str:
        amps = texts.number(advice.setting, 0, "A")
        why = {
            "": self.tr("rounded down to whole amperes"),
            "minimum": self.tr("raised to the 6 A a charger needs at least"),
            "maximum": self.tr("cut to the 32 A a charger takes at most"),
            "wiring": self.tr("cut to what the wiring carries"),
        }[advice.limited_by]
        return self.tr("Set {amps} ({why}).").format(amps=amps, why=why)

    def _use(self) -> None:
        if self.advice is not None:
            self.useResult.emit(self.advice.setting)
