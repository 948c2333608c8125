"""The electrical measurements the electrician types in from their own tester.

One row per measurement: what it is (and how it is taken), the reading with its unit, the
usual limit the report judges it against (from the report's thresholds, so a country profile
changes them) and the verdict, judged as the installer types. An empty field is "not
measured"; text that is not a number says so in the verdict and is not kept.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.core.report import UNITS, Measurement, MeasurementKind, Thresholds, Verdict
from app.core.report_judge import judge
from app.services.report.words import qt_words
from app.ui import texts
from app.ui.report import look

ROWS = (
    MeasurementKind.PE_CONTINUITY,
    MeasurementKind.INSULATION,
    MeasurementKind.LOOP_IMPEDANCE,
    MeasurementKind.SHORT_CIRCUIT_CURRENT,
    MeasurementKind.RCD_TRIP_TIME,
    MeasurementKind.RCD_TRIP_CURRENT,
    MeasurementKind.PHASE_ROTATION,
    MeasurementKind.VOLTAGE,
)
ROTATIONS = ("", "clockwise", "anticlockwise")


def parse_number(text: str) -> float | None:
    """A reading typed in the locale's format (or with a dot); None when it is no number."""
    text = text.strip()
    value, ok = QLocale().toDouble(text)
    if not ok:
        value, ok = QLocale.c().toDouble(text.replace(",", "."))
    return float(value) if ok and math.isfinite(value) else None


def decimals(value: float) -> int:
    """Enough decimals for a reading (0.5, 1, 0.05 …) and no more than 3."""
    for places in range(4):
        if abs(value - round(value, places)) < 1e-9:
            return places
    return 3


class MeasurementPanel(QGroupBox):
    """The readings; `measurements()` are those typed in, `set_measurements` shows a draft."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Electrical measurements (from your tester)"))
        self.thresholds = Thresholds()
        self.words = qt_words()
        self.values: dict[MeasurementKind, QLineEdit] = {}
        self.limits: dict[MeasurementKind, QLabel] = {}
        self.verdicts: dict[MeasurementKind, QLabel] = {}
        self.where: dict[MeasurementKind, QLineEdit] = {}
        self.rotation = QComboBox(self)
        self.rotation.addItem(self.tr("not measured"))
        for code in ROTATIONS[1:]:
            self.rotation.addItem(self.words.reading(MeasurementKind.PHASE_ROTATION, None, code))
        self.rotation.currentIndexChanged.connect(self._edited)
        self._build()

    def _build(self) -> None:
        grid = QGridLayout(self)
        heads = (
            self.tr("Measurement"),
            self.tr("Reading"),
            self.tr("Limit"),
            self.tr("Verdict"),
            self.tr("Where (circuit or charger)"),
        )
        for column, head in zip((0, 1, 3, 4, 5), heads, strict=True):
            grid.addWidget(QLabel(f"<b>{head}</b>", self), 0, column, 1, 2 if column == 1 else 1)
        for row, kind in enumerate(ROWS, start=1):
            name = self.words.measurement(kind)
            grid.addWidget(QLabel(name, self), row, 0)
            if kind is MeasurementKind.PHASE_ROTATION:
                grid.addWidget(self.rotation, row, 1, 1, 2)
            else:
                edit = QLineEdit(self)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.setMaximumWidth(110)
                edit.setAccessibleName(name)
                edit.textChanged.connect(self._edited)
                self.values[kind] = edit
                grid.addWidget(edit, row, 1)
                grid.addWidget(QLabel(UNITS[kind], self), row, 2)
            self.limits[kind] = QLabel(self)
            self.verdicts[kind] = QLabel(self)
            where = QLineEdit(self)
            where.setAccessibleName(self.tr("Where it was measured"))
            where.textChanged.connect(self.changed)
            self.where[kind] = where
            grid.addWidget(self.limits[kind], row, 3)
            grid.addWidget(self.verdicts[kind], row, 4)
            grid.addWidget(where, row, 5)
        grid.setColumnStretch(5, 1)
        self.set_thresholds(self.thresholds)

    def set_thresholds(self, thresholds: Thresholds) -> None:
        """The limits of the report's profile; every reading is judged again."""
        self.thresholds = thresholds
        for kind in ROWS:
            self.limits[kind].setText(self.words.limit(thresholds.of(kind)))
        self._judge_all()

    def measurement(self, kind: MeasurementKind) -> Measurement:
        where = self.where[kind].text().strip()
        if kind is MeasurementKind.PHASE_ROTATION:
            return Measurement(kind, None, ROTATIONS[self.rotation.currentIndex()], where)
        return Measurement(kind, parse_number(self.values[kind].text()), "", where)

    def measurements(self) -> list[Measurement]:
        """The readings typed in (a row with neither reading nor place is left out)."""
        out = []
        for kind in ROWS:
            measured = self.measurement(kind)
            if measured.value is not None or measured.text or measured.where:
                out.append(measured)
        return out

    def set_measurements(self, measurements: list[Measurement] | tuple[Measurement, ...]) -> None:
        """Show saved readings (a draft) without emitting `changed`."""
        self.blockSignals(True)
        try:
            shown = {m.kind: m for m in measurements}
            for kind in ROWS:
                saved = shown.get(kind)
                self.where[kind].setText(saved.where if saved else "")
                if kind is MeasurementKind.PHASE_ROTATION:
                    text = saved.text if saved else ""
                    self.rotation.setCurrentIndex(ROTATIONS.index(text) if text in ROTATIONS else 0)
                else:
                    value = saved.value if saved else None
                    self.values[kind].setText(
                        "" if value is None else texts.number(value, decimals(value))
                    )
        finally:
            self.blockSignals(False)
        self._judge_all()

    def _edited(self) -> None:
        self._judge_all()
        self.changed.emit()

    def _judge_all(self) -> None:
        for kind in ROWS:
            self._judge(kind)

    def _judge(self, kind: MeasurementKind) -> None:
        label = self.verdicts[kind]
        edit = self.values.get(kind)
        if edit is not None and edit.text().strip() and parse_number(edit.text()) is None:
            look.show_verdict(label, Verdict.FAIL, self.tr("not a number"))
            return
        verdict = judge(self.measurement(kind), self.thresholds).verdict
        words = (
            self.tr("not measured") if verdict is Verdict.MISSING else self.words.verdict(verdict)
        )
        look.show_verdict(label, verdict, words)


class ProfileChooser(QWidget):
    """Which limits judge the readings: the usual ones or a country's profile."""

    chosen = Signal(str)  # the profile's name

    def __init__(self, profiles: dict[str, Thresholds], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        for name, thresholds in profiles.items():
            self.combo.addItem(self._title(name, thresholds), name)
        self.combo.currentIndexChanged.connect(
            lambda _index: self.chosen.emit(self.combo.currentData())
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Limits:"), self))
        row.addWidget(self.combo)
        note = QLabel(self.tr("the usual pass limits, or those of a country"), self)
        row.addWidget(note, 1)

    def _title(self, name: str, thresholds: Thresholds) -> str:
        if name == "default":
            return self.tr("Usual limits")
        territory = QLocale.codeToTerritory(thresholds.country)
        if thresholds.country and territory != QLocale.Country.AnyTerritory:
            return QLocale.territoryToString(territory)
        return name

    def show_profile(self, name: str) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(name)))
        self.combo.blockSignals(False)
