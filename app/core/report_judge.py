"""Judging a report: measurements against thresholds, tests against what a visit should hold.

Thresholds are data (`presets/report/thresholds-<profile>.toml`, read by
`app.store.report_files`); `thresholds_from_data` checks such a table. The usual limits for a
charger's final circuit (the electrician's own tester gives the readings): protective conductor
continuity well under 1 Ω, insulation at least 1 MΩ measured at 500 V DC, a 30 mA RCD tripping
within 300 ms at its rated current and not below half of it, a supply voltage within ±10 % of
230 V, phases turning clockwise. A country profile changes them.

`missing_tests` names what a visit lacks, per charger (no hair-dryer test, no phase
identification, no meter test, no run that set it up) and for the site (a measurement without
a reading), so the report and the Report tab can warn before the papers are handed over.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.core.errors import InvalidInput
from app.core.report import (
    UNITS,
    ChargerReport,
    Measurement,
    MeasurementKind,
    Report,
    Threshold,
    Thresholds,
    Verdict,
)

# The measurements every visit should hold, in the order the report lists them.
EXPECTED_MEASUREMENTS = (
    MeasurementKind.PE_CONTINUITY,
    MeasurementKind.INSULATION,
    MeasurementKind.LOOP_IMPEDANCE,
    MeasurementKind.RCD_TRIP_TIME,
    MeasurementKind.RCD_TRIP_CURRENT,
    MeasurementKind.PHASE_ROTATION,
    MeasurementKind.VOLTAGE,
)


@dataclass(frozen=True, slots=True)
class Judgement:
    measurement: Measurement
    threshold: Threshold | None
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class Missing:
    """A test or reading a visit lacks; `serial` is "" for the site's own measurements."""

    serial: str
    test: str  # "hair-dryer", "phase-id", "meter-test", "apply", or a MeasurementKind value


def judge(measurement: Measurement, thresholds: Thresholds) -> Judgement:
    """PASS/FAIL against the kind's threshold; NOT_JUDGED without one; MISSING without a value."""
    threshold = thresholds.of(measurement.kind)
    if measurement.kind is MeasurementKind.PHASE_ROTATION:
        text = measurement.text.strip().lower()
        if not text:
            return Judgement(measurement, threshold, Verdict.MISSING)
        if threshold is None or not threshold.expected:
            return Judgement(measurement, threshold, Verdict.NOT_JUDGED)
        ok = text == threshold.expected.strip().lower()
        return Judgement(measurement, threshold, Verdict.PASS if ok else Verdict.FAIL)
    value = measurement.value
    if value is None or not math.isfinite(value):
        return Judgement(measurement, threshold, Verdict.MISSING)
    if threshold is None or (threshold.minimum is None and threshold.maximum is None):
        return Judgement(measurement, threshold, Verdict.NOT_JUDGED)
    ok = (threshold.minimum is None or value >= threshold.minimum) and (
        threshold.maximum is None or value <= threshold.maximum
    )
    return Judgement(measurement, threshold, Verdict.PASS if ok else Verdict.FAIL)


def judge_all(report: Report) -> list[Judgement]:
    return [judge(m, report.thresholds) for m in report.measurements]


def charger_verdicts(charger: ChargerReport) -> dict[str, Verdict]:
    """The charger's automatic tests, each PASS/FAIL (the last run counts), MISSING when none."""

    def last(passed: list[bool | None]) -> Verdict:
        if not passed:
            return Verdict.MISSING
        final = passed[-1]
        return Verdict.NOT_JUDGED if final is None else Verdict.PASS if final else Verdict.FAIL

    phase = [
        None if p.status != "identified" else (not p.wiring_fault and p.agrees)
        for p in charger.phase_id
    ]
    return {
        "hair-dryer": last([t.passed for t in charger.hair_dryer]),
        "phase-id": last(phase),
        "meter-test": last([t.passed for t in charger.meter_tests]),
        "fallback": last([t.passed for t in charger.fallback]),
        "backoffice": last([t.passed for t in charger.backoffice]),
    }


def missing_tests(report: Report) -> list[Missing]:
    """What the visit lacks: per charger first, then the site's measurements."""
    out: list[Missing] = []
    for charger in report.chargers:
        if not charger.checks:  # checks come from settings runs only (not firmware runs)
            out.append(Missing(charger.serial, "apply"))
        verdicts = charger_verdicts(charger)
        for test in ("hair-dryer", "phase-id", "meter-test"):
            if verdicts[test] is Verdict.MISSING and _applies(charger, test):
                out.append(Missing(charger.serial, test))
    judged = {j.measurement.kind for j in judge_all(report) if j.verdict is not Verdict.MISSING}
    out += [Missing("", kind.value) for kind in EXPECTED_MEASUREMENTS if kind not in judged]
    return out


def _applies(charger: ChargerReport, test: str) -> bool:
    """A meter test only where the charger reads a meter; the others on every charger."""
    if test == "meter-test":
        return charger.meter is not None and bool(charger.meter.protocol or charger.meter.preset)
    return True


def findings(report: Report) -> dict[str, Any]:
    """The derived block of the JSON twin: judged measurements, test verdicts, what is missing."""
    return {
        "measurements": [
            {
                "kind": j.measurement.kind.value,
                "where": j.measurement.where,
                "value": j.measurement.value,
                "text": j.measurement.text,
                "unit": UNITS[j.measurement.kind],
                "minimum": None if j.threshold is None else j.threshold.minimum,
                "maximum": None if j.threshold is None else j.threshold.maximum,
                "verdict": j.verdict.value,
            }
            for j in judge_all(report)
        ],
        "tests": {
            c.serial: {k: v.value for k, v in charger_verdicts(c).items()} for c in report.chargers
        },
        "missing": [{"serial": m.serial, "test": m.test} for m in missing_tests(report)],
    }


# --- thresholds as data ----------------------------------------------------------------------


def thresholds_from_data(data: Mapping[str, Any], profile: str) -> Thresholds:
    """A threshold table (`[pe-continuity] maximum = 1.0`, …); InvalidInput naming the entry."""
    country = data.get("country", "")
    if not isinstance(country, str):
        raise InvalidInput(f"Thresholds {profile}: country should be text.")
    items = []
    for key, entry in data.items():
        if key in ("country", "schema_version", "name"):
            continue
        try:
            kind = MeasurementKind(key)
        except ValueError:
            raise InvalidInput(f"Thresholds {profile}: unknown measurement {key[:40]!r}.") from None
        items.append(_threshold(kind, entry, profile))
    name = data.get("name", profile)
    return Thresholds(str(name), country, tuple(items))


def _threshold(kind: MeasurementKind, entry: object, profile: str) -> Threshold:
    if not isinstance(entry, dict):
        raise InvalidInput(f"Thresholds {profile}: {kind.value} should be a table.")
    unknown = set(entry) - {"minimum", "maximum", "expected"}
    if unknown:
        name = sorted(unknown)[0]
        raise InvalidInput(f"Thresholds {profile}: {kind.value} has an unknown key {name[:40]!r}.")
    bounds = {k: entry.get(k) for k in ("minimum", "maximum")}
    for key, value in bounds.items():
        ok = value is None or (
            isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        )
        if not ok:
            raise InvalidInput(f"Thresholds {profile}: {kind.value}.{key} should be a number.")
    expected = entry.get("expected", "")
    if not isinstance(expected, str):
        raise InvalidInput(f"Thresholds {profile}: {kind.value}.expected should be text.")
    low, high = bounds["minimum"], bounds["maximum"]
    if low is not None and high is not None and low > high:
        raise InvalidInput(f"Thresholds {profile}: {kind.value} minimum is above its maximum.")
    return Threshold(
        kind,
        None if low is None else float(low),
        None if high is None else float(high),
        expected,
    )
