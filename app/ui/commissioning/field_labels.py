"""Names of the plan's fields for the pages, in the user's language.

The labels live in app/core (no Qt there), so they are listed here for the translation tools
(`QT_TRANSLATE_NOOP`) and translated when shown; tests/ui/test_translations.py keeps this list
equal to the fields of app/core/plan.py.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.plan import label

CONTEXT = "PlanFields"
LABELS = (
    QT_TRANSLATE_NOOP("PlanFields", "Plan name"),
    QT_TRANSLATE_NOOP("PlanFields", "Serial number"),
    QT_TRANSLATE_NOOP("PlanFields", "Charger address"),
    QT_TRANSLATE_NOOP("PlanFields", "Licence key"),
    QT_TRANSLATE_NOOP("PlanFields", "Station maximum current"),
    QT_TRANSLATE_NOOP("PlanFields", "Socket 1 maximum current"),
    QT_TRANSLATE_NOOP("PlanFields", "Socket 2 maximum current"),
    QT_TRANSLATE_NOOP("PlanFields", "Chameleon minimum current"),
    QT_TRANSLATE_NOOP("PlanFields", "Phase mapping"),
    QT_TRANSLATE_NOOP("PlanFields", "1/3-phase switching"),
    QT_TRANSLATE_NOOP("PlanFields", "Charge mode"),
    QT_TRANSLATE_NOOP("PlanFields", "Installation voltage"),
    QT_TRANSLATE_NOOP("PlanFields", "Active load balancing"),
    QT_TRANSLATE_NOOP("PlanFields", "ALB data source"),
    QT_TRANSLATE_NOOP("PlanFields", "Meter protocol"),
    QT_TRANSLATE_NOOP("PlanFields", "Meter includes the charging EV"),
    QT_TRANSLATE_NOOP("PlanFields", "Maximum meter current"),
    QT_TRANSLATE_NOOP("PlanFields", "ALB safe current"),
    QT_TRANSLATE_NOOP("PlanFields", "Charger name"),
    QT_TRANSLATE_NOOP("PlanFields", "Set the clock from the laptop (UTC)"),
    QT_TRANSLATE_NOOP("PlanFields", "P1 interface"),
    QT_TRANSLATE_NOOP("PlanFields", "P1 server IP address"),
    QT_TRANSLATE_NOOP("PlanFields", "P1 server port"),
    QT_TRANSLATE_NOOP("PlanFields", "Meter preset"),
    QT_TRANSLATE_NOOP("PlanFields", "Meter register map"),
    QT_TRANSLATE_NOOP("PlanFields", "Register map measurands"),
    QT_TRANSLATE_NOOP("PlanFields", "Register map registers"),
    QT_TRANSLATE_NOOP("PlanFields", "Register map data types"),
    QT_TRANSLATE_NOOP("PlanFields", "Register map scales"),
    QT_TRANSLATE_NOOP("PlanFields", "Word order"),
    QT_TRANSLATE_NOOP("PlanFields", "Function code"),
    QT_TRANSLATE_NOOP("PlanFields", "Meter unit id"),
    QT_TRANSLATE_NOOP("PlanFields", "Meter IP address"),
    QT_TRANSLATE_NOOP("PlanFields", "Meter TCP port"),
    QT_TRANSLATE_NOOP("PlanFields", "RTU baud rate"),
    QT_TRANSLATE_NOOP("PlanFields", "RTU parity"),
    QT_TRANSLATE_NOOP("PlanFields", "EMS mode"),
    QT_TRANSLATE_NOOP("PlanFields", "EMS validity time"),
    QT_TRANSLATE_NOOP("PlanFields", "Dynamic power control"),
    QT_TRANSLATE_NOOP("PlanFields", "Dynamic power mode"),
    QT_TRANSLATE_NOOP("PlanFields", "Contracted power"),
    QT_TRANSLATE_NOOP("PlanFields", "Pause when modulating"),
    QT_TRANSLATE_NOOP("PlanFields", "Charger locked"),
    QT_TRANSLATE_NOOP("PlanFields", "Light LED brightness"),
    QT_TRANSLATE_NOOP("PlanFields", "Logo LED brightness"),
    QT_TRANSLATE_NOOP("PlanFields", "Back-office URL"),
    QT_TRANSLATE_NOOP("PlanFields", "Charge-box identity"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN name"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN first socket ID"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN socket count"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN sockets of this charger"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN phase mapping"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN total current"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN socket safe current"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN total safe current"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN alternating period"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN firmware"),
    QT_TRANSLATE_NOOP("PlanFields", "SCN subnet"),
    QT_TRANSLATE_NOOP("PlanFields", "the ALB settings"),
    QT_TRANSLATE_NOOP("PlanFields", "the P1 settings"),
    QT_TRANSLATE_NOOP("PlanFields", "the meter settings"),
    QT_TRANSLATE_NOOP("PlanFields", "the meter register map"),
    QT_TRANSLATE_NOOP("PlanFields", "the EMS settings"),
    QT_TRANSLATE_NOOP("PlanFields", "the dynamic power control settings"),
    QT_TRANSLATE_NOOP("PlanFields", "the LED settings"),
    QT_TRANSLATE_NOOP("PlanFields", "the back-office settings"),
    QT_TRANSLATE_NOOP("PlanFields", "the SCN settings"),
)


def field_label(path: str) -> str:
    """The translated label of a field path (`alb.safe_current` → `ALB safe current`)."""
    return QCoreApplication.translate(CONTEXT, label(path))
