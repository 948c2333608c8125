"""What the report will hold for each charger, in words: the sentences and the HTML the
Report tab shows before anything is rendered, and the missing tests as warnings.

Values are put in words and units by the report's own `Words` (the same as the PDF's, in
the UI language), so the tab and the paper say the same thing.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.report import ChargerReport, Report, Verdict
from app.core.report_judge import Missing, charger_verdicts, judge_all
from app.core.report_words import Words
from app.ui import texts
from app.ui.report.look import verdict_html

TESTS = (
    ("hair-dryer", QT_TRANSLATE_NOOP("ReportContents", "Hair-dryer test")),
    ("phase-id", QT_TRANSLATE_NOOP("ReportContents", "Phase identification")),
    ("meter-test", QT_TRANSLATE_NOOP("ReportContents", "Meter test")),
    ("fallback", QT_TRANSLATE_NOOP("ReportContents", "Fallback to the safe current")),
    ("backoffice", QT_TRANSLATE_NOOP("ReportContents", "Back-office check")),
)
OPTIONAL = {"fallback", "backoffice"}  # run only where they apply: not listed when not done


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportContents", text)


def _firmware(charger: ChargerReport) -> str:
    before, after = charger.firmware_before, charger.firmware_after
    if before and after and before != after:
        return QCoreApplication.translate("ReportContents", "{before} → {after}").format(
            before=before, after=after
        )
    return after or before or texts.MISSING


def _test_line(charger: ChargerReport, words: Words) -> str:
    verdicts = charger_verdicts(charger)
    parts = []
    for key, name in TESTS:
        verdict = verdicts.get(key, Verdict.MISSING)
        if key in OPTIONAL and verdict is Verdict.MISSING:
            continue  # the meter link cut on purpose, a back office to test: not everywhere
        parts.append(f"{escape(_tr(name))}: {verdict_html(verdict, words.verdict(verdict))}")
    return " · ".join(parts)


def _hair_dryer_detail(charger: ChargerReport) -> str:
    if not charger.hair_dryer:
        return ""
    last = charger.hair_dryer[-1]
    return QCoreApplication.translate(
        "ReportContents",
        "Last hair-dryer test: reaction in {reaction}, the EV at {final} after it.",
    ).format(
        reaction=texts.number(last.reaction_s, 1, "s"),
        final=texts.number(last.final_current_a, 1, "A"),
    )


def _settings_table(charger: ChargerReport, words: Words) -> str:
    """Every changed setting as found → as left (as left in bold, the third cell is HTML),
    then the other settings as left."""
    changed = {c.field for c in charger.changes}
    rows = [
        (
            words.label(c.field),
            words.value(c.field, c.as_found),
            f"<b>{escape(words.value(c.field, c.as_left))}</b>",
        )
        for c in charger.changes
    ]
    unchanged = QCoreApplication.translate("ReportContents", "unchanged")
    rows += [
        (words.label(v.field), unchanged, escape(words.value(v.field, v.value)))
        for v in charger.as_left
        if v.field not in changed
    ]
    if not rows:
        return (
            "<p>"
            + escape(
                QCoreApplication.translate(
                    "ReportContents", "No settings recorded for this charger."
                )
            )
            + "</p>"
        )
    head = "".join(
        f"<th align='left'>{escape(h)}</th>"
        for h in (
            QCoreApplication.translate("ReportContents", "Setting"),
            QCoreApplication.translate("ReportContents", "As found"),
            QCoreApplication.translate("ReportContents", "As left"),
        )
    )
    body = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(found)}</td><td>{left}</td></tr>"
        for name, found, left in rows
    )
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def charger_html(charger: ChargerReport, words: Words) -> str:
    """One charger's part of the report, as the tab shows it."""
    title = " — ".join(p for p in (charger.serial, charger.model, charger.name) if p)
    facts = [
        QCoreApplication.translate("ReportContents", "Firmware: {firmware}").format(
            firmware=_firmware(charger)
        ),
        QCoreApplication.translate("ReportContents", "Commissioning runs: {count}").format(
            count=len(charger.runs)
        ),
    ]
    if charger.licences:
        facts.append(
            QCoreApplication.translate("ReportContents", "Licences unlocked: {names}").format(
                names=", ".join(charger.licences)
            )
        )
    detail = _hair_dryer_detail(charger)
    return (
        f"<h3>{escape(title)}</h3>"
        f"<p>{escape(' · '.join(facts))}</p>"
        f"<p>{_test_line(charger, words)}</p>"
        + (f"<p>{escape(detail)}</p>" if detail else "")
        + _settings_table(charger, words)
    )


def missing_html(missing: list[Missing], words: Words) -> str:
    if not missing:
        return (
            "<p>"
            + escape(
                QCoreApplication.translate(
                    "ReportContents", "Nothing is missing: every test and reading is there."
                )
            )
            + "</p>"
        )
    items = "".join(f"<li>{escape(words.missing(m))}</li>" for m in missing)
    return f"<ul style='margin-left:0'>{items}</ul>"


def before_signing_html(report: Report, missing: list[Missing], words: Words) -> str:
    """The readings that failed and how much is missing, for a last look before signing."""
    failed = [j for j in judge_all(report) if j.verdict is Verdict.FAIL]
    lines = [
        QCoreApplication.translate(
            "ReportContents", "{measurement}: {reading}, the limit is {limit}."
        ).format(
            measurement=words.measurement(j.measurement.kind),
            reading=words.reading(j.measurement.kind, j.measurement.value, j.measurement.text),
            limit=words.limit(j.threshold),
        )
        for j in failed
    ]
    if missing:
        lines.append(
            QCoreApplication.translate(
                "ReportContents", "{count} tests or readings are missing (see Chargers and tests)."
            ).format(count=len(missing))
        )
    if not lines:
        return escape(
            QCoreApplication.translate(
                "ReportContents", "Every reading passed and nothing is missing."
            )
        )
    shown = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<ul style='margin-left:0'>{shown}</ul>"
