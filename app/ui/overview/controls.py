"""The Overview's boxes for a charger that keeps its own flat settings (a V2C Trydan): its
charging settings (limits, phases, lock, LEDs), dynamic power control, and network.

They show the neutral `ChargeControls`, `DynamicControl` and `NetworkInfo` of an `Overview`
in words; the charger's raw codes go in tooltips only. A value the charger did not report is a
dash, never a made-up 0.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.core.overview import (
    ChargeControls,
    DynamicControl,
    DynamicMode,
    MeterLink,
    NetworkInfo,
    Overview,
    PhaseMode,
)
from app.ui import texts

_DYNAMIC_MODES = {
    DynamicMode.TIMED_ON: QT_TRANSLATE_NOOP("OverviewControls", "timed power on"),
    DynamicMode.TIMED_OFF: QT_TRANSLATE_NOOP("OverviewControls", "timed power off"),
    DynamicMode.MINIMUM_POWER: QT_TRANSLATE_NOOP(
        "OverviewControls", "minimum power, more when there is room"
    ),
    DynamicMode.SOLAR_ONLY: QT_TRANSLATE_NOOP("OverviewControls", "solar power only"),
    DynamicMode.GRID_AND_SOLAR: QT_TRANSLATE_NOOP("OverviewControls", "grid and solar"),
    DynamicMode.STOP: QT_TRANSLATE_NOOP("OverviewControls", "stopped"),
}
_METER_LINKS = {
    MeterLink.OK: QT_TRANSLATE_NOOP("OverviewControls", "clamp reading normally"),
    MeterLink.STARTING: QT_TRANSLATE_NOOP("OverviewControls", "waiting for the clamp"),
    MeterLink.FAULT: QT_TRANSLATE_NOOP("OverviewControls", "clamp fault: check its cable"),
}
_PHASE_MODES = {
    PhaseMode.ONE: QT_TRANSLATE_NOOP("OverviewControls", "one-phase"),
    PhaseMode.THREE: QT_TRANSLATE_NOOP("OverviewControls", "three-phase"),
    PhaseMode.MIXED: QT_TRANSLATE_NOOP("OverviewControls", "one- or three-phase"),
}

Row = tuple[str, str, str]  # label, value, tooltip (raw value)


def _t(text: str) -> str:
    return QCoreApplication.translate("OverviewControls", text)


def dynamic_mode_words(mode: DynamicMode | None) -> str:
    return _t(_DYNAMIC_MODES[mode]) if mode is not None else texts.MISSING


def meter_link_words(link: MeterLink | None) -> str:
    return _t(_METER_LINKS[link]) if link is not None else texts.MISSING


def phase_mode_words(mode: PhaseMode | None) -> str:
    return _t(_PHASE_MODES[mode]) if mode is not None else texts.MISSING


def _yes_no(flag: bool | None, yes: str, no: str) -> str:
    if flag is None:
        return texts.MISSING
    return yes if flag else no


class ControlsBoxes:
    """Three group boxes the tab places in its grid; `fill` shows an overview's values."""

    def __init__(self, parent: QWidget) -> None:
        self.settings_box = QGroupBox(parent)
        self.dynamic_box = QGroupBox(parent)
        self.network_box = QGroupBox(parent)
        self.settings_form = QFormLayout(self.settings_box)
        self.dynamic_form = QFormLayout(self.dynamic_box)
        self.network_form = QFormLayout(self.network_box)
        self.set_texts()

    def set_texts(self) -> None:
        self.settings_box.setTitle(
            QCoreApplication.translate("OverviewControls", "Charging settings")
        )
        self.dynamic_box.setTitle(
            QCoreApplication.translate("OverviewControls", "Dynamic power control")
        )
        self.network_box.setTitle(QCoreApplication.translate("OverviewControls", "Network"))

    def set_visible(self, shown: bool) -> None:
        for box in (self.settings_box, self.dynamic_box, self.network_box):
            box.setVisible(shown)

    def fill(self, overview: Overview) -> None:
        shown = overview.controls is not None
        self.set_visible(shown)
        if overview.controls is not None:
            _fill(self.settings_form, settings_rows(overview.controls))
        self.dynamic_box.setVisible(overview.dynamic is not None)
        if overview.dynamic is not None:
            _fill(self.dynamic_form, dynamic_rows(overview.dynamic))
        self.network_box.setVisible(overview.network is not None)
        if overview.network is not None:
            _fill(self.network_form, network_rows(overview.network, overview.mac_address))


def settings_rows(controls: ChargeControls) -> list[Row]:
    voltage = controls.installation_voltage
    return [
        (
            QCoreApplication.translate("OverviewControls", "Minimum current"),
            texts.amps(controls.min_current),
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Maximum current"),
            texts.amps(controls.max_current),
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Charging current set now"),
            texts.amps(controls.current),
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Charging phases"),
            phase_mode_words(controls.phase_mode),
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Installation voltage"),
            texts.number(voltage, 0, "V"),
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Lock"),
            _yes_no(
                controls.locked,
                QCoreApplication.translate("OverviewControls", "locked: nobody can charge"),
                QCoreApplication.translate("OverviewControls", "unlocked"),
            ),
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Charging paused"),
            _yes_no(
                controls.paused,
                QCoreApplication.translate("OverviewControls", "yes"),
                QCoreApplication.translate("OverviewControls", "no"),
            ),
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Light LED"),
            texts.number(controls.light_led, 0, "%"),
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Logo LED"),
            texts.number(controls.logo_led, 0, "%"),
            "",
        ),
    ]


def dynamic_rows(dynamic: DynamicControl) -> list[Row]:
    power = dynamic.contracted_power
    contracted = texts.number(power / 1000.0 if power is not None else None, 1, "kW")
    if dynamic.contracted_current is not None:
        contracted = QCoreApplication.translate(
            "OverviewControls", "{power} (≈ {amps} per phase)"
        ).format(power=contracted, amps=texts.amps(dynamic.contracted_current))
    mode_tip = (
        QCoreApplication.translate("OverviewControls", "code {code}").format(code=dynamic.mode_code)
        if dynamic.mode_code is not None
        else ""
    )
    link_tip = (
        QCoreApplication.translate("OverviewControls", "code {code}").format(
            code=dynamic.meter_link_code
        )
        if dynamic.meter_link_code is not None
        else ""
    )
    return [
        (
            QCoreApplication.translate("OverviewControls", "Dynamic power control"),
            _yes_no(
                dynamic.on,
                QCoreApplication.translate("OverviewControls", "on"),
                QCoreApplication.translate("OverviewControls", "off"),
            ),
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Mode"),
            dynamic_mode_words(dynamic.mode),
            mode_tip,
        ),
        (QCoreApplication.translate("OverviewControls", "Contracted power"), contracted, ""),
        (
            QCoreApplication.translate("OverviewControls", "Pause when modulating"),
            _yes_no(
                dynamic.pause_when_modulating,
                QCoreApplication.translate("OverviewControls", "yes"),
                QCoreApplication.translate("OverviewControls", "no"),
            ),
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Current clamp"),
            meter_link_words(dynamic.meter_link),
            link_tip,
        ),
    ]


def network_rows(network: NetworkInfo, mac: str) -> list[Row]:
    signal = network.signal
    rows = [
        (
            QCoreApplication.translate("OverviewControls", "Wi-Fi network"),
            network.ssid or texts.MISSING,
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "IP address"),
            network.ip or texts.MISSING,
            "",
        ),
        (
            QCoreApplication.translate("OverviewControls", "Wi-Fi signal"),
            QCoreApplication.translate("OverviewControls", "level {level}").format(
                level=texts.number(signal, 0)
            )
            if signal is not None
            else texts.MISSING,
            "",
        ),
    ]
    if mac:  # hidden when the charger does not report it
        rows.append((QCoreApplication.translate("OverviewControls", "MAC address"), mac, ""))
    return rows


def _fill(form: QFormLayout, rows: list[Row]) -> None:
    while form.rowCount():
        form.removeRow(0)
    for label, value, tip in rows:
        field = QLabel(value)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if tip:
            field.setToolTip(tip)
        form.addRow(label, field)
