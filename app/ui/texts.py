"""Words for the values the services hand over: link states, licence features, socket states.

Declared with QT_TRANSLATE_NOOP so lupdate collects them, translated when shown.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.core.licence import Feature
from app.core.states import MainState, Mode3State
from app.services.devices import LinkState

_LINK = {
    LinkState.CHECKING: QT_TRANSLATE_NOOP("Texts", "checking…"),
    LinkState.READY: QT_TRANSLATE_NOOP("Texts", "not logged in"),
    LinkState.LOGGED_IN: QT_TRANSLATE_NOOP("Texts", "logged in"),
    LinkState.BUSY: QT_TRANSLATE_NOOP("Texts", "another client is connected"),
    LinkState.UNREACHABLE: QT_TRANSLATE_NOOP("Texts", "unreachable"),
    LinkState.CERTIFICATE_CHANGED: QT_TRANSLATE_NOOP("Texts", "certificate changed"),
    LinkState.LOGIN_FAILED: QT_TRANSLATE_NOOP("Texts", "login refused"),
    LinkState.NO_LAN: QT_TRANSLATE_NOOP("Texts", "Bluetooth only"),
}

_FEATURES = {
    Feature.SCN: QT_TRANSLATE_NOOP("Texts", "Smart Charging Network"),
    Feature.STATIC_LB: QT_TRANSLATE_NOOP("Texts", "Static load balancing"),
    Feature.ALB: QT_TRANSLATE_NOOP("Texts", "Active load balancing"),
    Feature.SOCKET_32A: QT_TRANSLATE_NOOP("Texts", "32 A per socket"),
    Feature.RFID: QT_TRANSLATE_NOOP("Texts", "RFID reader"),
    Feature.ISO15118: QT_TRANSLATE_NOOP("Texts", "ISO 15118"),
    Feature.DISPLAY: QT_TRANSLATE_NOOP("Texts", "Personalised display"),
    Feature.MODEM: QT_TRANSLATE_NOOP("Texts", "3G/4G modem"),
    Feature.PAYMENT: QT_TRANSLATE_NOOP("Texts", "Payment terminals"),
    Feature.SMART_METER_DATA: QT_TRANSLATE_NOOP("Texts", "Expose smart-meter data"),
    Feature.OBJECT_ID: QT_TRANSLATE_NOOP("Texts", "Object ID"),
}

_MODE3 = {
    "A": QT_TRANSLATE_NOOP("Texts", "no vehicle"),
    "B": QT_TRANSLATE_NOOP("Texts", "vehicle connected"),
    "C": QT_TRANSLATE_NOOP("Texts", "charging"),
    "D": QT_TRANSLATE_NOOP("Texts", "charging (ventilation)"),
    "E": QT_TRANSLATE_NOOP("Texts", "no power (error)"),
    "F": QT_TRANSLATE_NOOP("Texts", "fault"),
}

_MAIN = {
    MainState.AVAILABLE: QT_TRANSLATE_NOOP("Texts", "available"),
    MainState.CABLE_CONNECTED: QT_TRANSLATE_NOOP("Texts", "cable connected"),
    MainState.EV_CONNECTED: QT_TRANSLATE_NOOP("Texts", "EV connected"),
    MainState.POWER_OFF: QT_TRANSLATE_NOOP("Texts", "charging power off"),
    MainState.POWER_OFF_CURRENT_TOO_LOW: QT_TRANSLATE_NOOP(
        "Texts", "power off, maximum current too low"
    ),
    MainState.CHARGING: QT_TRANSLATE_NOOP("Texts", "charging"),
    MainState.WAIT_DISCONNECT: QT_TRANSLATE_NOOP("Texts", "waiting for disconnect"),
    MainState.SUSPENDED: QT_TRANSLATE_NOOP("Texts", "suspended"),
    MainState.INOPERATIVE: QT_TRANSLATE_NOOP("Texts", "inoperative"),
    MainState.POWER_OFF_SUSPENDED: QT_TRANSLATE_NOOP("Texts", "power off, suspended"),
    MainState.POWER_OFF_PHASE_CHANGE: QT_TRANSLATE_NOOP("Texts", "power off, phase change"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def link_state(state: LinkState) -> str:
    return _t(_LINK[state])


def feature(flag: Feature) -> str:
    return _t(_FEATURES[flag])


def mode3(code: int) -> str:
    """`C2: charging`; unknown codes shown as numbers."""
    try:
        state = Mode3State(code)
    except ValueError:
        return QCoreApplication.translate("Texts", "unknown ({code})").format(code=code)
    return f"{state.name}: {_t(_MODE3[state.name[0]])}"


def main_state(code: int) -> str:
    try:
        return _t(_MAIN[MainState(code)])
    except (ValueError, KeyError):
        if 22 <= code <= 36:
            return QCoreApplication.translate("Texts", "error ({code})").format(code=code)
        return QCoreApplication.translate("Texts", "state {code}").format(code=code)


MISSING = "—"


def number(value: float | None, decimals: int = 1, unit: str = "") -> str:
    """`16.0 A` in the locale's format (`16,0 A` in French); a dash for a missing reading
    (None or NaN), never a made-up 0."""
    if value is None or not math.isfinite(value):
        return MISSING
    text = QLocale().toString(float(value), "f", decimals)
    return f"{text} {unit}" if unit else text


def amps(value: float | None) -> str:
    """`16.0 A`, or a dash when the charger has no such value."""
    return number(value, 1, "A")
