"""What the hair-dryer panel says at each question and message of the flow, translated.

The flow (`app.workflows.hairdryer`) names every question and message by a stable key and
writes its own English text for the terminal; the panel says the same in the installer's
language, from the key and the question's numbers. Messages full of measured values (what the
meter shows, a meter/clamp mismatch) keep the flow's text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.prompter import NumberQuestion
from app.ui import texts

_CONTEXT = "HairDryerTexts"
_FIXED = {
    "test_load": QT_TRANSLATE_NOOP(
        "HairDryerTexts", "Current of the test load (hair dryer, kettle), as on its label:"
    ),
    "start_session": QT_TRANSLATE_NOOP(
        "HairDryerTexts",
        "Connect the EV (or a test box) and start a charging session, then press Continue. "
        "The charger first measures the voltage for about a minute.",
    ),
    "continue_after_mismatch": QT_TRANSLATE_NOOP(
        "HairDryerTexts", "Continue the hair-dryer test anyway?"
    ),
    "already_charging": QT_TRANSLATE_NOOP("HairDryerTexts", "The EV is charging."),
    "waiting_for_charging": QT_TRANSLATE_NOOP("HairDryerTexts", "Waiting for the EV to charge…"),
    "observing": QT_TRANSLATE_NOOP("HairDryerTexts", "Recording the charger's reaction…"),
    "load_off": QT_TRANSLATE_NOOP("HairDryerTexts", "Done: you can switch the test load off."),
    "reading": QT_TRANSLATE_NOOP("HairDryerTexts", "Reading the charger's settings…"),
    "load_phase_any": QT_TRANSLATE_NOOP(
        "HairDryerTexts",
        "Plug the test load into any outlet of the house: the charger's CT clamp measures the "
        "whole house feed.",
    ),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def phase_in(key: str, prefix: str) -> int | None:
    """The phase a key like `clamp_l2` names (None: another key)."""
    if key.startswith(prefix) and key[len(prefix) :].isdigit():
        return int(key[len(prefix) :])
    return None


def words(key: str, text: str, question: NumberQuestion | None = None, load: str = "") -> str:
    """The panel's words for the flow's question or message `key` (the flow's text if none)."""
    if key in _FIXED:
        return _t(_FIXED[key])
    phase = phase_in(key, "clamp_l")
    if phase is not None:
        return QCoreApplication.translate(
            "HairDryerTexts",
            "Clamp-meter reading of the household current on L{p}, WITHOUT the EV:",
        ).format(p=phase)
    phase = phase_in(key, "load_phase_l")
    if phase is not None:
        return QCoreApplication.translate(
            "HairDryerTexts",
            "Plug the test load into an outlet on grid phase L{p}: the charger's L1 lands there "
            "by its phase mapping, so the EV always draws from it.",
        ).format(p=phase)
    if key == "test_maximum" and question is not None and question.unit == "W":
        return QCoreApplication.translate(
            "HairDryerTexts",
            "For the test the contracted power is set to the value below (in W), so that the EV "
            "must come down when the test load goes on; the real value is put back afterwards. "
            "Accept it, or type another value.",
        )
    if key == "test_maximum" and question is not None:
        return QCoreApplication.translate(
            "HairDryerTexts",
            "For the test the maximum meter current is set to the value below, under household + "
            "test load (the real {real} is put back afterwards). Accept it, or type another value.",
        ).format(real=texts.number(question.maximum, 0, "A"))
    if key == "load_on":
        return QCoreApplication.translate(
            "HairDryerTexts", "Switch the test load ({load}) on now, then press Continue."
        ).format(load=load or "—")
    return text
