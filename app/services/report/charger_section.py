"""One charger's pages: identity, settings as found → as left in words, SCN, checks, meter, and
the automatic tests with their plots."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.core.report import ChargerReport, HairDryerTest, MeterTest, PhaseIdTest, Verdict
from app.core.report_judge import charger_verdicts
from app.core.report_words import DASH, Words
from app.services.report.layout import (
    BAD,
    GOOD,
    MUTED,
    WARN,
    Item,
    PageBreak,
    Text,
    heading,
    no_colour,
    plain_rows,
    table,
)
from app.services.report.plot import PlotItem

PAIR = [0.38, 0.62]
THREE = [0.4, 0.3, 0.3]


def verdict_colour(verdict: Verdict) -> QColor:
    return {Verdict.PASS: GOOD, Verdict.FAIL: BAD, Verdict.MISSING: WARN}.get(verdict, MUTED)


def pairs(rows: list[list[str]], words: Words) -> list[Item]:
    """A two-column table of label → value (no header shown above it)."""
    return plain_rows(([label, value or DASH] for label, value in rows), PAIR)


def charger_section(charger: ChargerReport, words: Words) -> list[Item]:
    title = QCoreApplication.translate("Report", "Charger {serial}").format(serial=charger.serial)
    if charger.name:
        title += f" — {charger.name}"
    items: list[Item] = [PageBreak(), heading(title, 1, f"charger:{charger.serial}")]
    items += _identity(charger, words)
    items += _changes(charger, words)
    items += _scn(charger, words)
    items += _checks(charger, words)
    items += _meter(charger, words)
    items += _tests(charger, words)
    return items


def _identity(charger: ChargerReport, words: Words) -> list[Item]:
    tr = QCoreApplication.translate
    firmware = charger.firmware_after or DASH
    if charger.firmware_before and charger.firmware_before != charger.firmware_after:
        firmware = f"{charger.firmware_before} → {firmware}"
    net = charger.network
    rows = [
        [tr("Report", "Model"), charger.model],
        [tr("Report", "Serial number"), charger.serial],
        [tr("Report", "Firmware"), firmware],
        [tr("Report", "Licences unlocked during the visit"), ", ".join(charger.licences) or DASH],
        [tr("Report", "Network address"), net.address],
        [tr("Report", "Back office (OCPP)"), net.back_office_url],
        [tr("Report", "Charge-box identity"), net.back_office_identity],
        [tr("Report", "Back-office registration"), words.boot_state(net.boot_state)],
    ]
    return pairs(rows, words)


def _changes(charger: ChargerReport, words: Words) -> list[Item]:
    tr = QCoreApplication.translate
    items: list[Item] = [heading(tr("Report", "Settings changed (as found → as left)"), 2)]
    if not charger.changes:
        return [*items, Text(tr("Report", "No setting was changed."), colour=MUTED)]
    header = [tr("Report", "Setting"), tr("Report", "As found"), tr("Report", "As left")]
    rows = (
        [words.label(c.field), words.value(c.field, c.as_found), words.value(c.field, c.as_left)]
        for c in charger.changes
    )
    items += table(header, rows, THREE, no_colour)
    kept = [v for v in charger.as_left if v.field not in {c.field for c in charger.changes}]
    if kept:
        items.append(heading(tr("Report", "Other settings as left"), 2))
        rows2 = ([words.label(v.field), words.value(v.field, v.value)] for v in kept)
        items += table([tr("Report", "Setting"), tr("Report", "As left")], rows2, PAIR, no_colour)
    return items


def _scn(charger: ChargerReport, words: Words) -> list[Item]:
    if not charger.scn:
        return []
    tr = QCoreApplication.translate
    items: list[Item] = [heading(tr("Report", "Smart Charging Network"), 2)]
    rows = ([words.label(v.field), words.value(v.field, v.value)] for v in charger.scn)
    return items + table([tr("Report", "Setting"), tr("Report", "Value")], rows, PAIR, no_colour)


def _checks(charger: ChargerReport, words: Words) -> list[Item]:
    if not charger.checks:
        return []
    tr = QCoreApplication.translate
    items: list[Item] = [heading(tr("Report", "Checks of the settings runs"), 2)]
    rows = [[words.check(c.key), words.passed(c.passed)] for c in charger.checks]
    return items + table(
        [tr("Report", "Check"), tr("Report", "Result")],
        rows,
        [0.7, 0.3],
        lambda row: [None, GOOD if row[1] == words.passed(True) else BAD],
    )


def _meter(charger: ChargerReport, words: Words) -> list[Item]:
    meter = charger.meter
    if meter is None:
        return []
    tr = QCoreApplication.translate
    preset = meter.preset or (tr("Report", "Custom register map") if meter.custom_map else "")
    scales = ", ".join(f"10^{s}" for s in meter.scales)
    rows = [
        [tr("Report", "Data source"), words.choice(meter.source) if meter.source else ""],
        [tr("Report", "Meter protocol"), words.choice(meter.protocol) if meter.protocol else ""],
        [tr("Report", "Preset or map"), preset],
        [tr("Report", "Unit id"), "" if meter.unit_id is None else str(meter.unit_id)],
        [tr("Report", "Scale of the current registers"), scales],
        [tr("Report", "Meter address"), meter.address],
    ]
    return [heading(tr("Report", "Meter"), 2), *pairs(rows, words)]


def _tests(charger: ChargerReport, words: Words) -> list[Item]:
    tr = QCoreApplication.translate
    items: list[Item] = [heading(tr("Report", "Automatic tests"), 2)]
    verdicts = charger_verdicts(charger)
    names = {
        "hair-dryer": tr("Report", "Hair-dryer test of load balancing"),
        "phase-id": tr("Report", "Phase identification"),
        "meter-test": tr("Report", "Meter test"),
        "fallback": tr("Report", "Fallback to the safe current when the meter link is cut"),
    }
    rows = [[names[k], words.verdict(v)] for k, v in verdicts.items()]
    colours = {words.verdict(v): verdict_colour(v) for v in Verdict}
    items += table(
        [tr("Report", "Test"), tr("Report", "Result")],
        rows,
        [0.7, 0.3],
        lambda row: [None, colours.get(row[1])],
    )
    for test in charger.hair_dryer:
        items += _hair_dryer(test, words)
    for probe in charger.phase_id:
        items += _phase_id(probe, words)
    for meter_test in charger.meter_tests:
        items += _meter_test(meter_test, words)
    return items


def _hair_dryer(test: HairDryerTest, words: Words) -> list[Item]:
    tr = QCoreApplication.translate
    title = tr("Report", "Hair-dryer test, socket {socket}").format(socket=test.socket)
    rows = [
        [tr("Report", "Result"), words.passed(test.passed)],
        [tr("Report", "Reaction time"), words.number(test.reaction_s, 1, "s")],
        [tr("Report", "Charging current at the end"), words.number(test.final_current_a, 1, "A")],
        [tr("Report", "Test maximum"), words.number(test.test_maximum_a, None, "A")],
        [tr("Report", "Test load"), words.number(test.test_load_a, None, "A")],
    ]
    items: list[Item] = [heading(title, 2), *pairs(rows, words)]
    if test.plot is not None:
        power = test.plot.unit == "W"
        items.append(
            PlotItem(
                test.plot,
                tr("Report", "Recorded during the test"),
                tr("Report", "time, s"),
                tr("Report", "power, W") if power else tr("Report", "current, A"),
                series_words(),
            )
        )
    return items


def series_words() -> dict[str, str]:
    tr = QCoreApplication.translate
    out = {
        "test load on": tr("Report", "test load on"),
        "test maximum": tr("Report", "test maximum"),
        "house power": tr("Report", "house power"),
        "grid power": tr("Report", "grid power"),
        "contracted power": tr("Report", "contracted power"),
    }
    for phase in ("L1", "L2", "L3"):
        out[f"meter {phase}"] = tr("Report", "grid meter {phase}").format(phase=phase)
        out[f"socket {phase}"] = tr("Report", "charger {phase}").format(phase=phase)
    return out


def _phase_id(probe: PhaseIdTest, words: Words) -> list[Item]:
    tr = QCoreApplication.translate
    title = tr("Report", "Phase identification, socket {socket}").format(socket=probe.socket)
    agree = words.yes_no(probe.agrees) if probe.proposed else DASH
    rows = [
        [tr("Report", "Result"), words.phase_status(probe.status)],
        [tr("Report", "Wiring found (proposed mapping)"), words.choice(probe.proposed)],
        [tr("Report", "Mapping configured on the charger"), words.choice(probe.configured)],
        [tr("Report", "Configured mapping agrees"), agree],
        [tr("Report", "Wiring fault"), words.yes_no(probe.wiring_fault)],
    ]
    return [heading(title, 2), *pairs(rows, words)]


def _meter_test(test: MeterTest, words: Words) -> list[Item]:
    tr = QCoreApplication.translate

    def currents(values: tuple[float | None, ...]) -> str:
        return " / ".join(words.number(v, 1, "A") for v in values) if values else DASH

    rows = [
        [tr("Report", "Result"), words.passed(test.passed)],
        [tr("Report", "Preset"), test.preset],
        [tr("Report", "Grid currents the charger reads"), currents(test.charger_currents)],
        [tr("Report", "Grid currents read from the laptop"), currents(test.direct_currents)],
    ]
    return [heading(tr("Report", "Meter test"), 2), *pairs(rows, words)]
