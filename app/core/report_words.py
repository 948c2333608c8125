"""The report's values in the installer's words and units, in any language (no Qt here).

The tables hold English message ids with their translation context; `Words` looks them up
through a `translate(context, text)` callable that the Qt side injects
(`QCoreApplication.translate`, see app/services/report/words.py, which lists the same ids for
the translation tools; a test keeps both lists equal). Without one, English comes out, so
tests and the JSON twin's readers need no Qt.

Plan values use the window's own contexts ("PlanFields" for labels, "PlanWords" for choices),
so a translation made for the Commissioning tab serves the report too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.phases import PhaseMapping
from app.core.plan import FIELDS, label
from app.core.report import (
    UNITS,
    ChecklistItem,
    Earthing,
    LimitSource,
    MeasurementKind,
    PhotoKind,
    Threshold,
    Verdict,
)
from app.core.report_judge import Missing

Translate = Callable[[str, str], str]
CONTEXT = "Report"
DASH = "—"


def english(_context: str, text: str) -> str:
    return text


# Plan choices in words: the same ids as the Commissioning tab's (app/ui/commissioning/words.py).
CHOICES: dict[str, str] = {
    "meter": "Smart meter",
    "meter+ems": "Smart meter and energy management system",
    "ems": "Energy management system (EMS)",
    "dsmr-p1": "DSMR P1 port",
    "tic": "TIC (French Linky meter)",
    "modbus-rtu": "Modbus RTU (RS-485 line)",
    "modbus-tcp": "Modbus TCP (network)",
    "serial": "Serial cable",
    "telnet": "P1 server on the network",
    "homewizard": "HomeWizard P1 meter",
    "high-low": "High word first",
    "low-high": "Low word first",
    "holding": "Holding registers",
    "input": "Input registers",
    "none": "No parity",
    "even": "Even",
    "odd": "Odd",
    "socket": "Per socket",
    "scn": "Smart Charging Network",
    "one-phase": "One phase",
    "three-phase": "Three phases",
    "timed-power-on": "Timed power on",
    "timed-power-off": "Timed power off (no longer used)",
    "minimum-power": "Minimum power plus solar surplus",
    "solar-only": "Solar surplus only",
    "grid-and-solar": "Grid and solar",
    "stop": "Stop charging",
}
PLAN_WORDS = ("Yes", "No", "{count} entries", "{count} settings", "{count} measurands mapped")

# Context "Report" from here on.
MEASUREMENTS: dict[MeasurementKind, str] = {
    MeasurementKind.PE_CONTINUITY: "Protective conductor continuity",
    MeasurementKind.INSULATION: "Insulation resistance (500 V)",
    MeasurementKind.LOOP_IMPEDANCE: "Earth fault loop impedance",
    MeasurementKind.SHORT_CIRCUIT_CURRENT: "Prospective short-circuit current",
    MeasurementKind.RCD_TRIP_TIME: "RCD trip time",
    MeasurementKind.RCD_TRIP_CURRENT: "RCD trip current",
    MeasurementKind.PHASE_ROTATION: "Phase rotation",
    MeasurementKind.VOLTAGE: "Supply voltage",
}
VERDICTS: dict[Verdict, str] = {
    Verdict.PASS: "Pass",
    Verdict.FAIL: "Fail",
    Verdict.NOT_JUDGED: "Not judged",
    Verdict.MISSING: "Not done",
}
EARTHING: dict[Earthing, str] = {
    Earthing.TN: "TN (earth from the supply)",
    Earthing.TT: "TT (own earth electrode)",
    Earthing.IT: "IT (isolated supply)",
}
LIMIT_SOURCES: dict[LimitSource, str] = {
    LimitSource.FUSE: "Main fuse",
    LimitSource.CONTRACT: "Subscribed power of the contract",
    LimitSource.TARIFF_PEAK: "Capacity tariff peak",
}
PHOTOS: dict[PhotoKind, str] = {
    PhotoKind.METER: "Meter",
    PhotoKind.CT_DIRECTION: "Current clamp direction",
    PhotoKind.BOARD: "Distribution board",
    PhotoKind.CHARGER_LABEL: "Charger label",
    PhotoKind.OTHER: "Photo",
}
CHECKLIST: dict[ChecklistItem, str] = {
    ChecklistItem.PASSWORDS_CHANGED: "Default passwords changed",
    ChecklistItem.OWNER_INFORMED: "Owner shown how to use the charger",
    ChecklistItem.DOCUMENTS_GIVEN: "Manuals and documents handed over",
}
CHECKS: dict[str, str] = {
    "plan-valid": "The plan kept every rule for this charger",
    "as-left-matches": "The settings as left are the plan's",
    "run-complete": "The run finished",
}
PHASE_STATUS: dict[str, str] = {
    "identified": "Identified",
    "partial": "Partly identified",
    "refused": "Not identified",
}
MISSING: dict[str, str] = {
    "apply": "No settings run recorded for {serial}",
    "hair-dryer": "No hair-dryer test for {serial}",
    "phase-id": "No phase identification for {serial}",
    "meter-test": "No meter test for {serial}",
    "measurement": "No reading of {measurement}",
}
ROTATIONS: dict[str, str] = {"clockwise": "Clockwise", "anticlockwise": "Anticlockwise"}
BOOT_STATES: dict[str, str] = {
    "none": "No boot notification sent yet",
    "accepted": "Accepted",
    "pending": "Pending",
    "rejected": "Rejected",
}
LIMITS = ("≤ {maximum}", "≥ {minimum}", "{minimum} to {maximum}", "Yes", "No")
TABLES: tuple[Mapping[Any, str], ...] = (
    MEASUREMENTS,
    VERDICTS,
    EARTHING,
    LIMIT_SOURCES,
    PHOTOS,
    CHECKLIST,
    CHECKS,
    PHASE_STATUS,
    MISSING,
    ROTATIONS,
    BOOT_STATES,
)


def report_msgids() -> set[str]:
    """Every id of the "Report" context (the Qt side lists them for the translation tools)."""
    return {text for table in TABLES for text in table.values()} | set(LIMITS)


@dataclass(frozen=True)
class Words:
    """Values in words for one language: `translate` and the locale's decimal point."""

    translate: Translate = english
    decimal_point: str = "."

    def _r(self, text: str) -> str:
        return self.translate(CONTEXT, text)

    def number(self, value: float | None, decimals: int | None = None, unit: str = "") -> str:
        """`12.5 A` (`12,5 A` in French); a dash for a missing reading."""
        if value is None or not math.isfinite(value):
            return DASH
        if decimals is None:
            decimals = 0 if float(value).is_integer() else 1 if round(value, 1) == value else 2
        text = f"{value:.{decimals}f}".replace(".", self.decimal_point)
        return f"{text} {unit}" if unit else text

    def label(self, path: str) -> str:
        return self.translate("PlanFields", label(path))

    def choice(self, raw: str) -> str:
        if raw in CHOICES:
            return self.translate("PlanWords", CHOICES[raw])
        if raw in {m.value for m in PhaseMapping if m.value}:
            return ", ".join(raw[i : i + 2] for i in range(0, len(raw), 2))
        return raw

    def value(self, path: str, data: object) -> str:
        """A plan value in words and units (`alb.safe_current`, 6.0 → `6 A`)."""
        if data is None or data == "":
            return DASH
        if isinstance(data, bool):
            return self.translate("PlanWords", "Yes" if data else "No")
        if isinstance(data, Mapping):
            if isinstance(data.get("measurands"), list | tuple):
                text = self.translate("PlanWords", "{count} measurands mapped")
                return text.format(count=len(data["measurands"]))
            return self.translate("PlanWords", "{count} settings").format(count=len(data))
        if isinstance(data, list | tuple):
            if all(isinstance(v, str) for v in data) and data:
                return "; ".join(self.choice(str(v)) for v in data)
            return self.translate("PlanWords", "{count} entries").format(count=len(data))
        info = FIELDS.get(path)
        if isinstance(data, int | float) and info is not None and info.unit:
            return self.number(float(data), None, info.unit)
        if isinstance(data, str):
            return self.choice(data)
        return str(data)

    def feature(self, name: str) -> str:
        """A licence feature's name (app.core.licence.FEATURE_TEXT), as the window says it."""
        return self.translate("Texts", name)

    def measurement(self, kind: MeasurementKind) -> str:
        return self._r(MEASUREMENTS[kind])

    def reading(self, kind: MeasurementKind, value: float | None, text: str = "") -> str:
        if kind is MeasurementKind.PHASE_ROTATION:
            key = text.strip().lower()
            return self._r(ROTATIONS[key]) if key in ROTATIONS else (text or DASH)
        return self.number(value, None, UNITS[kind])

    def limit(self, threshold: Threshold | None) -> str:
        """The pass limit as shown beside a reading (`≤ 1 Ω`, `≥ 1 MΩ`), a dash when none."""
        if threshold is None:
            return DASH
        unit = UNITS[threshold.kind]
        low, high = threshold.minimum, threshold.maximum
        if threshold.expected:
            return self.reading(threshold.kind, None, threshold.expected)
        if low is not None and high is not None:
            text = self._r("{minimum} to {maximum}")
            return text.format(minimum=self.number(low), maximum=self.number(high, None, unit))
        if high is not None:
            return self._r("≤ {maximum}").format(maximum=self.number(high, None, unit))
        if low is not None:
            return self._r("≥ {minimum}").format(minimum=self.number(low, None, unit))
        return DASH

    def verdict(self, verdict: Verdict) -> str:
        return self._r(VERDICTS[verdict])

    def passed(self, passed: bool | None) -> str:
        if passed is None:
            return self.verdict(Verdict.NOT_JUDGED)
        return self.verdict(Verdict.PASS if passed else Verdict.FAIL)

    def yes_no(self, flag: bool) -> str:
        return self._r("Yes" if flag else "No")

    def earthing(self, value: Earthing | None) -> str:
        return DASH if value is None else self._r(EARTHING[value])

    def limit_source(self, value: LimitSource | None) -> str:
        return DASH if value is None else self._r(LIMIT_SOURCES[value])

    def photo(self, kind: PhotoKind) -> str:
        return self._r(PHOTOS[kind])

    def checklist(self, item: ChecklistItem) -> str:
        return self._r(CHECKLIST[item])

    def check(self, key: str) -> str:
        return self._r(CHECKS[key]) if key in CHECKS else key

    def phase_status(self, status: str) -> str:
        return self._r(PHASE_STATUS[status]) if status in PHASE_STATUS else status

    def boot_state(self, state: str) -> str:
        return self._r(BOOT_STATES[state]) if state in BOOT_STATES else (state or DASH)

    def missing(self, item: Missing) -> str:
        """`No hair-dryer test for ACE0100003`, `No reading of RCD trip time`."""
        if not item.serial:
            kind = MeasurementKind(item.test)
            return self._r(MISSING["measurement"]).format(measurement=self.measurement(kind))
        return self._r(MISSING[item.test]).format(serial=item.serial)
