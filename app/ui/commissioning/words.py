"""Plan values, run steps and outcomes in the installer's words (raw values only in tooltips).

The plan and the journal hold machine values (`meter+ems`, `alb-off`, `rolled-back`); the pages
show what they mean, translated. An unknown value is shown as it is rather than hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.phases import PhaseMapping
from app.core.plan import FIELDS
from app.ui import texts

CONTEXT = "PlanWords"

CHOICES = {
    "meter": QT_TRANSLATE_NOOP("PlanWords", "Smart meter"),
    "meter+ems": QT_TRANSLATE_NOOP("PlanWords", "Smart meter and energy management system"),
    "ems": QT_TRANSLATE_NOOP("PlanWords", "Energy management system (EMS)"),
    "dsmr-p1": QT_TRANSLATE_NOOP("PlanWords", "DSMR P1 port"),
    "tic": QT_TRANSLATE_NOOP("PlanWords", "TIC (French Linky meter)"),
    "modbus-rtu": QT_TRANSLATE_NOOP("PlanWords", "Modbus RTU (RS-485 line)"),
    "modbus-tcp": QT_TRANSLATE_NOOP("PlanWords", "Modbus TCP (network)"),
    "serial": QT_TRANSLATE_NOOP("PlanWords", "Serial cable"),
    "telnet": QT_TRANSLATE_NOOP("PlanWords", "P1 server on the network"),
    "homewizard": QT_TRANSLATE_NOOP("PlanWords", "HomeWizard P1 meter"),
    "high-low": QT_TRANSLATE_NOOP("PlanWords", "High word first"),
    "low-high": QT_TRANSLATE_NOOP("PlanWords", "Low word first"),
    "holding": QT_TRANSLATE_NOOP("PlanWords", "Holding registers"),
    "input": QT_TRANSLATE_NOOP("PlanWords", "Input registers"),
    "none": QT_TRANSLATE_NOOP("PlanWords", "No parity"),
    "even": QT_TRANSLATE_NOOP("PlanWords", "Even"),
    "odd": QT_TRANSLATE_NOOP("PlanWords", "Odd"),
    "socket": QT_TRANSLATE_NOOP("PlanWords", "Per socket"),
    "scn": QT_TRANSLATE_NOOP("PlanWords", "Smart Charging Network"),
    "one-phase": QT_TRANSLATE_NOOP("PlanWords", "One phase"),
    "three-phase": QT_TRANSLATE_NOOP("PlanWords", "Three phases"),
    "timed-power-on": QT_TRANSLATE_NOOP("PlanWords", "Timed power on"),
    "timed-power-off": QT_TRANSLATE_NOOP("PlanWords", "Timed power off (no longer used)"),
    "minimum-power": QT_TRANSLATE_NOOP("PlanWords", "Minimum power plus solar surplus"),
    "solar-only": QT_TRANSLATE_NOOP("PlanWords", "Solar surplus only"),
    "grid-and-solar": QT_TRANSLATE_NOOP("PlanWords", "Grid and solar"),
    "stop": QT_TRANSLATE_NOOP("PlanWords", "Stop charging"),
}

STEPS = {
    "licence": QT_TRANSLATE_NOOP("PlanWords", "licence key"),
    "clock": QT_TRANSLATE_NOOP("PlanWords", "charger clock"),
    "name": QT_TRANSLATE_NOOP("PlanWords", "charger name"),
    "alb-off": QT_TRANSLATE_NOOP("PlanWords", "load balancing off while changing it"),
    "alb-on": QT_TRANSLATE_NOOP("PlanWords", "load balancing on"),
    "scn": QT_TRANSLATE_NOOP("PlanWords", "Smart Charging Network settings"),
    "reboot": QT_TRANSLATE_NOOP("PlanWords", "restart of the charger"),
    "meter-link": QT_TRANSLATE_NOOP("PlanWords", "meter connection"),
    "register-map": QT_TRANSLATE_NOOP("PlanWords", "meter register map"),
    "alb-settings": QT_TRANSLATE_NOOP("PlanWords", "load balancing settings"),
    "phases": QT_TRANSLATE_NOOP("PlanWords", "phase settings"),
    "limits": QT_TRANSLATE_NOOP("PlanWords", "current limits"),
    "installation": QT_TRANSLATE_NOOP("PlanWords", "charge mode and installation voltage"),
    "dynamic-power": QT_TRANSLATE_NOOP("PlanWords", "dynamic power control"),
    "lock": QT_TRANSLATE_NOOP("PlanWords", "lock"),
    "leds": QT_TRANSLATE_NOOP("PlanWords", "LED brightness"),
    "back-office": QT_TRANSLATE_NOOP("PlanWords", "back-office settings"),
    "restore": QT_TRANSLATE_NOOP("PlanWords", "settings as found"),
    "alb-restore": QT_TRANSLATE_NOOP("PlanWords", "load balancing as found"),
    "as-found": QT_TRANSLATE_NOOP("PlanWords", "reading the settings as found"),
    "as-left": QT_TRANSLATE_NOOP("PlanWords", "reading the settings as left"),
    "waiting": QT_TRANSLATE_NOOP("PlanWords", "restarting: waiting for the charger to come back"),
}

OUTCOMES = {
    "done": QT_TRANSLATE_NOOP("PlanWords", "Applied: the charger holds the plan"),
    "mismatch": QT_TRANSLATE_NOOP(
        "PlanWords", "Applied, but some settings as left differ from the plan"
    ),
    "invalid": QT_TRANSLATE_NOOP(
        "PlanWords", "Not applied: the plan breaks a rule for this charger"
    ),
    "failed": QT_TRANSLATE_NOOP("PlanWords", "Stopped before the end"),
    "rolled-back": QT_TRANSLATE_NOOP("PlanWords", "Rolled back: the settings as found are back"),
}


RUN_STATUS = {
    "interrupted": QT_TRANSLATE_NOOP("PlanWords", "interrupted"),
    "failed": QT_TRANSLATE_NOOP("PlanWords", "stopped by an error"),
    "mismatch": QT_TRANSLATE_NOOP("PlanWords", "settings as left differ from the plan"),
    "invalid": QT_TRANSLATE_NOOP("PlanWords", "the plan broke a rule"),
    "rolled back": QT_TRANSLATE_NOOP("PlanWords", "rolled back"),
    "complete": QT_TRANSLATE_NOOP("PlanWords", "complete"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choice(raw: str) -> str:
    """A choice of a plan field in words (`modbus-tcp` → `Modbus TCP (network)`)."""
    if raw in CHOICES:
        return _t(CHOICES[raw])
    if raw in {m.value for m in PhaseMapping if m.value}:
        return ", ".join(raw[i : i + 2] for i in range(0, len(raw), 2))
    return raw


def step(name: str) -> str:
    """What a run step does (`alb-off` → `load balancing off while changing it`)."""
    return _t(STEPS[name]) if name in STEPS else name.replace("-", " ")


def run_status(raw: str) -> str:
    return _t(RUN_STATUS[raw]) if raw in RUN_STATUS else raw


def outcome(raw: str) -> str:
    return _t(OUTCOMES[raw]) if raw in OUTCOMES else raw


def value(path: str, data: Any) -> str:
    """A plan value as shown in the Review tables: words, units, a summary of a map."""
    if data is None or data == "":
        return "—"
    if isinstance(data, bool):
        return (
            QCoreApplication.translate("PlanWords", "Yes")
            if data
            else QCoreApplication.translate("PlanWords", "No")
        )
    if isinstance(data, dict) and isinstance(data.get("measurands"), list):
        return QCoreApplication.translate("PlanWords", "{count} measurands mapped").format(
            count=len(data["measurands"])
        )
    if isinstance(data, list):
        return QCoreApplication.translate("PlanWords", "{count} entries").format(count=len(data))
    if isinstance(data, dict):
        return QCoreApplication.translate("PlanWords", "{count} settings").format(count=len(data))
    info = FIELDS.get(path)
    if isinstance(data, int | float) and info is not None and info.unit:
        number = float(data)
        decimals = 0 if number.is_integer() else 1 if round(number, 1) == number else 2
        return texts.number(float(data), decimals, info.unit)
    if isinstance(data, str) and info is not None and info.choices:
        return choice(data)
    return str(data)


YES_NO = (QT_TRANSLATE_NOOP("PlanWords", "Yes"), QT_TRANSLATE_NOOP("PlanWords", "No"))
COUNTS = (
    QT_TRANSLATE_NOOP("PlanWords", "{count} entries"),
    QT_TRANSLATE_NOOP("PlanWords", "{count} settings"),
    QT_TRANSLATE_NOOP("PlanWords", "{count} measurands mapped"),
)
