"""The report's sections in order: the cover (visit, installation, summary, what is missing,
contents), one part per charger, the electrical measurements judged, evidence and sign-off.

`sections(report, words)` yields the items one section at a time, so the renderer can lay
out a large site in steps without holding the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from app.core.errors import InvalidInput
from app.core.report import ChecklistItem, Report, Verdict
from app.core.report_judge import charger_verdicts, judge_all, missing_tests
from app.core.report_words import DASH, Words
from app.services.report.charger_section import charger_section, pairs, verdict_colour
from app.services.report.layout import (
    GOOD,
    MM,
    MUTED,
    TITLE,
    WARN,
    Item,
    PageBreak,
    Picture,
    Text,
    TocRow,
    heading,
    no_colour,
    table,
)
from app.store.report_files import check_image

MAX_PIXELS = 1600  # a photo is scaled down to this many pixels on its long side


def sections(report: Report, words: Words) -> Iterator[list[Item]]:
    yield _cover(report, words)
    for charger in report.chargers:
        yield charger_section(charger, words)
    yield _measurements(report, words)
    yield _evidence(report, words)
    yield _signoff(report, words)


def _cover(report: Report, words: Words) -> list[Item]:
    head, inst = report.header, report.installation
    items: list[Item] = [
        Text(
            QCoreApplication.translate("Report", "Commissioning report"), TITLE, space_after=2 * MM
        )
    ]
    subtitle = " — ".join(t for t in (head.site_name, head.date) if t)
    if subtitle:
        items.append(Text(subtitle, colour=MUTED, space_after=3 * MM))
    items.append(heading(QCoreApplication.translate("Report", "Visit"), 2))
    items += pairs(
        [
            [QCoreApplication.translate("Report", "Site"), head.site_name],
            [QCoreApplication.translate("Report", "Address"), head.site_address],
            [QCoreApplication.translate("Report", "Customer"), head.customer],
            [QCoreApplication.translate("Report", "Installer"), head.installer_name],
            [QCoreApplication.translate("Report", "Company"), head.company],
            [QCoreApplication.translate("Report", "Qualification"), head.qualification],
            [QCoreApplication.translate("Report", "Date"), head.date],
            [QCoreApplication.translate("Report", "Commissioner version"), head.tool_version],
        ],
        words,
    )
    items.append(heading(QCoreApplication.translate("Report", "Installation"), 2))
    items += pairs(
        [
            [
                QCoreApplication.translate("Report", "Earthing system"),
                words.earthing(inst.earthing),
            ],
            [
                QCoreApplication.translate("Report", "Main fuse"),
                words.number(inst.main_fuse_a, None, "A"),
            ],
            [
                QCoreApplication.translate("Report", "Subscribed power"),
                words.number(inst.subscribed_power_kva, None, "kVA"),
            ],
            [
                QCoreApplication.translate("Report", "Current limit set by"),
                words.limit_source(inst.limit_source),
            ],
            [QCoreApplication.translate("Report", "Supply cable"), inst.supply_cable],
            [QCoreApplication.translate("Report", "Breaker"), inst.breaker],
            [QCoreApplication.translate("Report", "Residual-current protection"), inst.rcd_type],
        ],
        words,
    )
    items += _summary(report, words)
    return items + _contents(report)


def _summary(report: Report, words: Words) -> list[Item]:
    items: list[Item] = [heading(QCoreApplication.translate("Report", "Summary"), 2)]
    header = [
        QCoreApplication.translate("Report", "Charger"),
        QCoreApplication.translate("Report", "Settings"),
        QCoreApplication.translate("Report", "Hair-dryer test"),
        QCoreApplication.translate("Report", "Phases"),
        QCoreApplication.translate("Report", "Meter test"),
    ]
    colours = {words.verdict(v): verdict_colour(v) for v in Verdict}
    rows = []
    for charger in report.chargers:
        verdicts = charger_verdicts(charger)
        settings = (
            words.passed(all(c.passed for c in charger.checks))
            if charger.checks
            else words.verdict(Verdict.MISSING)
        )
        rows.append(
            [
                charger.serial,
                settings,
                *(words.verdict(verdicts[k]) for k in ("hair-dryer", "phase-id", "meter-test")),
            ]
        )
    items += table(
        header,
        rows,
        [0.24, 0.19, 0.19, 0.19, 0.19],
        lambda row: [None, *(colours.get(cell) for cell in row[1:])],
    )
    missing = missing_tests(report)
    if missing:
        items.append(heading(QCoreApplication.translate("Report", "Not done or not entered"), 2))
        items += [Text("• " + words.missing(m), colour=WARN, space_after=0.8 * MM) for m in missing]
    else:
        items.append(
            Text(
                QCoreApplication.translate("Report", "Every test of the visit was done."),
                colour=GOOD,
            )
        )
    return items


def _contents(report: Report) -> list[Item]:
    if len(report.chargers) < 2:
        return []
    items: list[Item] = [PageBreak(), heading(QCoreApplication.translate("Report", "Contents"), 1)]
    for charger in report.chargers:
        title = QCoreApplication.translate("Report", "Charger {serial}").format(
            serial=charger.serial
        )
        if charger.name:
            title += f" — {charger.name}"
        items.append(TocRow(title, f"charger:{charger.serial}"))
    items.append(
        TocRow(QCoreApplication.translate("Report", "Electrical measurements"), "measurements")
    )
    items.append(TocRow(QCoreApplication.translate("Report", "Evidence and notes"), "evidence"))
    items.append(TocRow(QCoreApplication.translate("Report", "Sign-off"), "signoff"))
    return items


def _measurements(report: Report, words: Words) -> list[Item]:
    items: list[Item] = [
        PageBreak(),
        heading(QCoreApplication.translate("Report", "Electrical measurements"), 1, "measurements"),
        Text(
            QCoreApplication.translate(
                "Report",
                "Readings from the installer's tester, judged against the {profile} limits.",
            ).format(profile=report.thresholds.profile),
            colour=MUTED,
        ),
    ]
    header = [
        QCoreApplication.translate("Report", "Measurement"),
        QCoreApplication.translate("Report", "Where"),
        QCoreApplication.translate("Report", "Reading"),
        QCoreApplication.translate("Report", "Limit"),
        QCoreApplication.translate("Report", "Result"),
    ]
    judged = judge_all(report)
    rows = [
        [
            words.measurement(j.measurement.kind),
            j.measurement.where or DASH,
            words.reading(j.measurement.kind, j.measurement.value, j.measurement.text),
            words.limit(j.threshold),
            words.verdict(j.verdict),
        ]
        for j in judged
    ]
    colours = {words.verdict(v): verdict_colour(v) for v in Verdict}
    if not rows:
        return [
            *items,
            Text(QCoreApplication.translate("Report", "No measurement was entered."), colour=WARN),
        ]
    return items + table(
        header, rows, [0.32, 0.2, 0.16, 0.16, 0.16], lambda row: [None] * 4 + [colours.get(row[4])]
    )


def load_image(path: str) -> QImage:
    """A JPEG or PNG, scaled down for the PDF; InvalidInput in one line when it is not one."""
    check_image(Path(path))
    image = QImage(path)
    if image.isNull():
        raise InvalidInput(f"Photo {Path(path).name} is not a JPEG or PNG image.")
    if max(image.width(), image.height()) > MAX_PIXELS:
        image = image.scaled(
            MAX_PIXELS,
            MAX_PIXELS,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def _evidence(report: Report, words: Words) -> list[Item]:
    items: list[Item] = [
        heading(QCoreApplication.translate("Report", "Evidence and notes"), 1, "evidence")
    ]
    for photo in report.photos:
        caption = words.photo(photo.kind) + (f": {photo.caption}" if photo.caption else "")
        items.append(Picture(load_image(photo.path), caption, max_h=105 * MM))
    if not report.photos:
        items.append(
            Text(QCoreApplication.translate("Report", "No photo was added."), colour=MUTED)
        )
    items.append(heading(QCoreApplication.translate("Report", "Notes"), 2))
    items.append(Text(report.notes or DASH))
    return items


def _signoff(report: Report, words: Words) -> list[Item]:
    sign = report.signoff
    items: list[Item] = [heading(QCoreApplication.translate("Report", "Sign-off"), 1, "signoff")]
    items += pairs([[QCoreApplication.translate("Report", "Handed over on"), sign.date]], words)
    items.append(heading(QCoreApplication.translate("Report", "Handover checklist"), 2))
    rows = [[words.checklist(item), words.yes_no(item in sign.checklist)] for item in ChecklistItem]
    items += table(
        [
            QCoreApplication.translate("Report", "Item"),
            QCoreApplication.translate("Report", "Done"),
        ],
        rows,
        [0.7, 0.3],
        no_colour,
    )
    for role, person in (
        (QCoreApplication.translate("Report", "Installer"), sign.installer),
        (QCoreApplication.translate("Report", "Customer"), sign.customer),
    ):
        items.append(heading(role, 2))
        items += pairs(
            [
                [QCoreApplication.translate("Report", "Name"), person.name],
                [QCoreApplication.translate("Report", "Signature"), person.typed],
            ],
            words,
        )
        if person.image:
            items.append(Picture(load_image(person.image), "", max_h=25 * MM, max_w=70 * MM))
    return items
