"""The report's words for the translation tools, and `qt_words()`: Words in the UI language.

The word tables live in app/core/report_words.py (no Qt there, so the report can be gathered,
judged and written as JSON without Qt); lupdate only reads app/ui and app/services, so every
id of the "Report" context is listed here once more (a test keeps the two lists equal). Plan
labels and choices reuse the Commissioning tab's contexts ("PlanFields", "PlanWords").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.core.report_words import Words

REPORT_WORDS = (
    QT_TRANSLATE_NOOP("Report", "Accepted"),
    QT_TRANSLATE_NOOP("Report", "Anticlockwise"),
    QT_TRANSLATE_NOOP("Report", "Capacity tariff peak"),
    QT_TRANSLATE_NOOP("Report", "Charger label"),
    QT_TRANSLATE_NOOP("Report", "Clockwise"),
    QT_TRANSLATE_NOOP("Report", "Current clamp direction"),
    QT_TRANSLATE_NOOP("Report", "Default passwords changed"),
    QT_TRANSLATE_NOOP("Report", "Distribution board"),
    QT_TRANSLATE_NOOP("Report", "Earth fault loop impedance"),
    QT_TRANSLATE_NOOP("Report", "Fail"),
    QT_TRANSLATE_NOOP("Report", "IT (isolated supply)"),
    QT_TRANSLATE_NOOP("Report", "Identified"),
    QT_TRANSLATE_NOOP("Report", "Insulation resistance (500 V)"),
    QT_TRANSLATE_NOOP("Report", "Main fuse"),
    QT_TRANSLATE_NOOP("Report", "Manuals and documents handed over"),
    QT_TRANSLATE_NOOP("Report", "Meter"),
    QT_TRANSLATE_NOOP("Report", "No"),
    QT_TRANSLATE_NOOP("Report", "No boot notification sent yet"),
    QT_TRANSLATE_NOOP("Report", "No hair-dryer test for {serial}"),
    QT_TRANSLATE_NOOP("Report", "No meter test for {serial}"),
    QT_TRANSLATE_NOOP("Report", "No phase identification for {serial}"),
    QT_TRANSLATE_NOOP("Report", "No reading of {measurement}"),
    QT_TRANSLATE_NOOP("Report", "No settings run recorded for {serial}"),
    QT_TRANSLATE_NOOP("Report", "Not done"),
    QT_TRANSLATE_NOOP("Report", "Not identified"),
    QT_TRANSLATE_NOOP("Report", "Not judged"),
    QT_TRANSLATE_NOOP("Report", "Owner shown how to use the charger"),
    QT_TRANSLATE_NOOP("Report", "Partly identified"),
    QT_TRANSLATE_NOOP("Report", "Pass"),
    QT_TRANSLATE_NOOP("Report", "Pending"),
    QT_TRANSLATE_NOOP("Report", "Phase rotation"),
    QT_TRANSLATE_NOOP("Report", "Photo"),
    QT_TRANSLATE_NOOP("Report", "Prospective short-circuit current"),
    QT_TRANSLATE_NOOP("Report", "Protective conductor continuity"),
    QT_TRANSLATE_NOOP("Report", "RCD trip current"),
    QT_TRANSLATE_NOOP("Report", "RCD trip time"),
    QT_TRANSLATE_NOOP("Report", "Rejected"),
    QT_TRANSLATE_NOOP("Report", "Subscribed power of the contract"),
    QT_TRANSLATE_NOOP("Report", "Supply voltage"),
    QT_TRANSLATE_NOOP("Report", "TN (earth from the supply)"),
    QT_TRANSLATE_NOOP("Report", "TT (own earth electrode)"),
    QT_TRANSLATE_NOOP("Report", "The plan kept every rule for this charger"),
    QT_TRANSLATE_NOOP("Report", "The run finished"),
    QT_TRANSLATE_NOOP("Report", "The settings as left are the plan's"),
    QT_TRANSLATE_NOOP("Report", "Yes"),
    QT_TRANSLATE_NOOP("Report", "{minimum} to {maximum}"),
    QT_TRANSLATE_NOOP("Report", "≤ {maximum}"),
    QT_TRANSLATE_NOOP("Report", "≥ {minimum}"),
)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def qt_words(locale: QLocale | None = None) -> Words:
    """Words translated by the installed translators, numbers with the locale's decimal point."""
    point = (locale or QLocale()).decimalPoint() or "."
    return Words(_translate, point)
