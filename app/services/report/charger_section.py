"""One charger's pages: identity, settings as found → as left in words, SCN, checks, meter, and
the automatic tests with their plots."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.core.report import (
    BackOfficeTest,
    ChargerReport,
    HairDryerTest,
    MeterTest,
    PhaseIdTest,
    Verdict,
)
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
    firmware = charger.firmware_after or DASH
    if charger.firmware_before and charger.firmware_before != charger.firmware_after:
        firmware = f"{charger.firmware_before} → {firmware}"
    net = charger.network
    licences = ", ".join(map(words.feature, charger.licences)) or DASH
    rows = [
        [QCoreApplication.translate("Report", "Model"), charger.model],
        [QCoreApplication.translate("Report", "Serial number"), charger.serial],
        [QCoreApplication.translate("Report", "Firmware"), firmware],
        [
            QCoreApplication.translate("Report", "Licences unlocked during the visit"),
            licences,
        ],
        [QCoreApplication.translate("Report", "Network address"), net.address],
        [QCoreApplication.translate("Report", "Back office (OCPP)"), net.back_office_url],
        [QCoreApplication.translate("Report", "Charge-box identity"), net.back_office_identity],
        [
            QCoreApplication.translate("Report", "Back-office registration"),
            words.boot_state(net.boot_state),
        ],
    ]
    return pairs(rows, words)


def _changes(charger: ChargerReport, words: Words) -> list[Item]:
    items: list[Item] = [
        heading(QCoreApplication.translate("Report", "Settings changed (as found → as left)"), 2)
    ]
    if not charger.checks:
        text = QCoreApplication.translate(
            "Report", "No settings run was recorded for this charger."
        )
        return [*items, Text(text, colour=WARN)]
    if not charger.changes:
        items.append(
            Text(QCoreApplication.translate("Report", "No setting was changed."), colour=MUTED)
        )
    else:
        header = [
            QCoreApplication.translate("Report", "Setting"),
            QCoreApplication.translate("Report", "As found"),
            QCoreApplication.translate("Report", "As left"),
        ]
        rows = (
            [
                words.label(c.field),
                words.value(c.field, c.as_found),
                words.value(c.field, c.as_left),
            ]
            for c in charger.changes
        )
        items += table(header, rows, THREE, no_colour)
    kept = [v for v in charger.as_left if v.field not in {c.field for c in charger.changes}]
    if kept:
        items.append(heading(QCoreApplication.translate("Report", "Other settings as left"), 2))
        rows2 = ([words.label(v.field), words.value(v.field, v.value)] for v in kept)
        items += table(
            [
                QCoreApplication.translate("Report", "Setting"),
                QCoreApplication.translate("Report", "As left"),
            ],
            rows2,
            PAIR,
            no_colour,
        )
    return items


def _scn(charger: ChargerReport, words: Words) -> list[Item]:
    if not charger.scn:
        return []
    items: list[Item] = [heading(QCoreApplication.translate("Report", "Smart Charging Network"), 2)]
    rows = ([words.label(v.field), words.value(v.field, v.value)] for v in charger.scn)
    return items + table(
        [
            QCoreApplication.translate("Report", "Setting"),
            QCoreApplication.translate("Report", "Value"),
        ],
        rows,
        PAIR,
        no_colour,
    )


def _checks(charger: ChargerReport, words: Words) -> list[Item]:
    if not charger.checks:
        return []
    items: list[Item] = [
        heading(QCoreApplication.translate("Report", "Checks of the settings runs"), 2)
    ]
    rows = [[words.check(c.key), words.passed(c.passed)] for c in charger.checks]
    return items + table(
        [
            QCoreApplication.translate("Report", "Check"),
            QCoreApplication.translate("Report", "Result"),
        ],
        rows,
        [0.7, 0.3],
        lambda row: [None, GOOD if row[1] == words.passed(True) else BAD],
    )


def _meter(charger: ChargerReport, words: Words) -> list[Item]:
    meter = charger.meter
    if meter is None:
        return []
    preset = meter.preset or (
        QCoreApplication.translate("Report", "Custom register map") if meter.custom_map else ""
    )
    scales = ", ".join(f"10^{s}" for s in meter.scales)
    rows = [
        [
            QCoreApplication.translate("Report", "Data source"),
            words.choice(meter.source) if meter.source else "",
        ],
        [
            QCoreApplication.translate("Report", "Meter protocol"),
            words.choice(meter.protocol) if meter.protocol else "",
        ],
        [QCoreApplication.translate("Report", "Preset or map"), preset],
        [
            QCoreApplication.translate("Report", "Unit id"),
            "" if meter.unit_id is None else str(meter.unit_id),
        ],
        [QCoreApplication.translate("Report", "Scale of the current registers"), scales],
        [QCoreApplication.translate("Report", "Meter address"), meter.address],
    ]
    return [heading(QCoreApplication.translate("Report", "Meter"), 2), *pairs(rows, words)]


def _tests(charger: ChargerReport, words: Words) -> list[Item]:
    items: list[Item] = [heading(QCoreApplication.translate("Report", "Automatic tests"), 2)]
    verdicts = charger_verdicts(charger)
    names = {
        "hair-dryer": QCoreApplication.translate("Report", "Hair-dryer test of load balancing"),
        "phase-id": QCoreApplication.translate("Report", "Phase identification"),
        "meter-test": QCoreApplication.translate("Report", "Meter test"),
        "fallback": QCoreApplication.translate(
            "Report", "Fallback to the safe current when the meter link is cut"
        ),
        "backoffice": QCoreApplication.translate("Report", "Back-office connection (OCPP)"),
    }
    rows = [[names[k], words.verdict(v)] for k, v in verdicts.items()]
    colours = {words.verdict(v): verdict_colour(v) for v in Verdict}
    items += table(
        [
            QCoreApplication.translate("Report", "Test"),
            QCoreApplication.translate("Report", "Result"),
        ],
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
    for check in charger.backoffice:
        items += _backoffice(check, words)
    return items


def _hair_dryer(test: HairDryerTest, words: Words) -> list[Item]:
    title = QCoreApplication.translate("Report", "Hair-dryer test, socket {socket}").format(
        socket=test.socket
    )
    rows = [
        [QCoreApplication.translate("Report", "Result"), words.passed(test.passed)],
        [
            QCoreApplication.translate("Report", "Reaction time"),
            words.number(test.reaction_s, 1, "s"),
        ],
        [
            QCoreApplication.translate("Report", "Charging current at the end"),
            words.number(test.final_current_a, 1, "A"),
        ],
        [
            QCoreApplication.translate("Report", "Test maximum"),
            words.number(test.test_maximum_a, None, "A"),
        ],
        [
            QCoreApplication.translate("Report", "Test load"),
            words.number(test.test_load_a, None, "A"),
        ],
    ]
    items: list[Item] = [heading(title, 2), *pairs(rows, words)]
    if test.plot is not None:
        power = test.plot.unit == "W"
        items.append(
            PlotItem(
                test.plot,
                QCoreApplication.translate("Report", "Recorded during the test"),
                QCoreApplication.translate("Report", "time, s"),
                QCoreApplication.translate("Report", "power, W")
                if power
                else QCoreApplication.translate("Report", "current, A"),
                series_words(),
            )
        )
    return items


def series_words() -> dict[str, str]:
    out = {
        "test load on": QCoreApplication.translate("Report", "test load on"),
        "test maximum": QCoreApplication.translate("Report", "test maximum"),
        "house power": QCoreApplication.translate("Report", "house power"),
        "grid power": QCoreApplication.translate("Report", "grid power"),
        "contracted power": QCoreApplication.translate("Report", "contracted power"),
    }
    for phase in ("L1", "L2", "L3"):
        out[f"meter {phase}"] = QCoreApplication.translate("Report", "grid meter {phase}").format(
            phase=phase
        )
        out[f"socket {phase}"] = QCoreApplication.translate("Report", "charger {phase}").format(
            phase=phase
        )
    return out


def _phase_id(probe: PhaseIdTest, words: Words) -> list[Item]:
    title = QCoreApplication.translate("Report", "Phase identification, socket {socket}").format(
        socket=probe.socket
    )
    agree = words.yes_no(probe.agrees) if probe.proposed else DASH
    rows = [
        [QCoreApplication.translate("Report", "Result"), words.phase_status(probe.status)],
        [
            QCoreApplication.translate("Report", "Wiring found (proposed mapping)"),
            words.choice(probe.proposed),
        ],
        [
            QCoreApplication.translate("Report", "Mapping configured on the charger"),
            words.choice(probe.configured),
        ],
        [QCoreApplication.translate("Report", "Configured mapping agrees"), agree],
        [QCoreApplication.translate("Report", "Wiring fault"), words.yes_no(probe.wiring_fault)],
    ]
    return [heading(title, 2), *pairs(rows, words)]


def _meter_test(test: MeterTest, words: Words) -> list[Item]:

    def currents(values: tuple[float | None, ...]) -> str:
        return " / ".join(words.number(v, 1, "A") for v in values) if values else DASH

    rows = [
        [QCoreApplication.translate("Report", "Result"), words.passed(test.passed)],
        [QCoreApplication.translate("Report", "Preset"), test.preset],
        [
            QCoreApplication.translate("Report", "Grid currents the charger reads"),
            currents(test.charger_currents),
        ],
        [
            QCoreApplication.translate("Report", "Grid currents read from the laptop"),
            currents(test.direct_currents),
        ],
    ]
    return [heading(QCoreApplication.translate("Report", "Meter test"), 2), *pairs(rows, words)]


def _backoffice(test: BackOfficeTest, words: Words) -> list[Item]:
    rows = [
        [QCoreApplication.translate("Report", "Result"), words.passed(test.passed)],
        [QCoreApplication.translate("Report", "Back office (OCPP)"), test.url or DASH],
        [QCoreApplication.translate("Report", "Charge-box identity"), test.identity or DASH],
        [
            QCoreApplication.translate("Report", "Central system on the laptop"),
            QCoreApplication.translate("Report", "{count} configuration keys read").format(
                count=test.keys_read
            )
            if test.temporary
            else QCoreApplication.translate("Report", "Not used"),
        ],
        *([QCoreApplication.translate("Report", "Finding"), text] for text in test.findings),
    ]
    title = QCoreApplication.translate("Report", "Back-office connection (OCPP)")
    return [heading(title, 2), *pairs(rows, words)]
