"""The Live monitoring tab: currents plot, readout, pause, follow, CSV export of the view, the
hair-dryer test and the automatic phase identification."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import channels as ch
from app.core.series import Window
from app.services.context import AppServices
from app.services.monitoring import MonitoringService, export_csv
from app.ui import texts
from app.ui.monitoring.hairdryer import HairDryerControl
from app.ui.monitoring.phase_id import PhaseIdControl
from app.ui.monitoring.plot import CurrentsPlot, latest_finite

log = logging.getLogger(__name__)

SIDE_WIDTH = 330
_LINK_WORDS = {
    0: QT_TRANSLATE_NOOP("MonitoringTab", "not in use (communication idle)"),
    1: QT_TRANSLATE_NOOP("MonitoringTab", "initialising"),
    2: QT_TRANSLATE_NOOP("MonitoringTab", "normal"),
    3: QT_TRANSLATE_NOOP("MonitoringTab", "warning"),
    4: QT_TRANSLATE_NOOP("MonitoringTab", "error"),
}


def meter_link_text(code: float) -> str:
    """Words for the meter link state (the `m.link` channel); idle is how a lost meter shows."""
    if not math.isfinite(code):
        return "—"
    word = _LINK_WORDS.get(int(code))
    if word is None:
        return f"{int(code)}"
    return QCoreApplication.translate("MonitoringTab", word)


class MonitoringTab(QWidget):
    """Follows the selected logged-in charger; draws when the service says repaint."""

    mappingChosen = Signal(str, int, object)  # key, socket, PhaseMapping

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.service = MonitoringService(services.sessions, parent=self)
        services.early.append(self.service)
        self.sockets = 1
        self._key = ""
        self.window_drawn: Window | None = None
        self.repaints = 0
        self._build()
        self.service.repaint.connect(self.refresh)
        self.service.started.connect(self._started)
        self.service.stopped.connect(self._stopped)
        services.sessions.loggedIn.connect(lambda _key: self.follow_selection())
        self._stopped()

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause)
        self.follow_button = QPushButton(self.tr("Follow &latest"), self)
        self.plot = CurrentsPlot(self)
        self.follow_button.clicked.connect(self.plot.follow_latest)
        self.export_button = QPushButton(self.tr("&Export view as CSV…"), self)
        self.export_button.clicked.connect(self._ask_export)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        self.actions_row = head
        for button in (self.pause_button, self.follow_button, self.export_button):
            head.addWidget(button)
        readout = self._build_readout()
        self.hair_dryer = HairDryerControl(self.services, self)
        self._layout(head, readout)

    def _build_readout(self) -> QGroupBox:
        """The 'Now' box: labelled values, meter and socket kept apart."""
        readout = QGroupBox(self.tr("Now"), self)
        form = QFormLayout(readout)
        self.readout: dict[str, QLabel] = {}
        for key, label in (
            ("voltage", self.tr("Voltages (meter)")),
            ("frequency", self.tr("Frequency (meter)")),
            ("meter", self.tr("Meter currents")),
            ("power", self.tr("Power meter / socket")),
            ("mode3", self.tr("Mode 3")),
            ("limit", self.tr("Limit in force")),
            ("alb", self.tr("Active load balancing")),
            ("link", self.tr("Meter link")),
            ("polls", self.tr("Sampling")),
        ):
            value = QLabel("—", readout)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.readout[key] = value
        return readout

    def _layout(self, head: QHBoxLayout, readout: QGroupBox) -> None:
        side = QVBoxLayout()
        side.addWidget(readout)
        side.addWidget(self.hair_dryer)
        self.phase_id = PhaseIdControl(self.services, self)
        side.addWidget(self.phase_id)
        side.addStretch(1)
        panel = QWidget(self)
        panel.setLayout(side)
        panel.setMaximumWidth(SIDE_WIDTH)
        side.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        body.addWidget(self.plot, 1)
        body.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(body, 1)

    # --- following the selection --------------------------------------------------------------

    def select(self, key: str) -> None:
        self._key = key
        self.service.monitor(key or None)
        if not self.service.running:
            self._stopped()

    def follow_selection(self) -> None:
        key = self._key
        if key and not self.service.running:
            self.service.monitor(key)

    def _started(self, key: str) -> None:
        client = self.services.sessions.shared_client(key)
        self.sockets = client.identity.sockets if client else 1
        self.plot.set_table(self.service.table, self.sockets)
        self.title.setText(self.tr("Live currents of {key}").format(key=key))
        self.hair_dryer.set_key(key)
        self.phase_id.set_key(key)
        for button in (self.pause_button, self.follow_button, self.export_button):
            button.setEnabled(True)

    def _stopped(self) -> None:
        self.plot.set_table(None, 1)
        self.window_drawn = None
        self.title.setText(self.tr("Log in to a charger to see its live currents."))
        self.hair_dryer.set_key("")
        self.phase_id.set_key("")
        for button in (self.pause_button, self.follow_button, self.export_button):
            button.setEnabled(False)
        for label in self.readout.values():
            label.setText("—")

    def _pause(self, paused: bool) -> None:
        self.service.set_paused(paused)
        self.pause_button.setText(self.tr("&Resume") if paused else self.tr("&Pause"))

    # --- drawing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        window = self.plot.refresh()
        if window is None:
            return
        self.window_drawn = window
        self.repaints += 1
        settings = self.service.settings
        self.plot.set_limit("max_meter", settings.get("max_meter", math.nan))
        self.plot.set_limit("safe", settings.get("safe", math.nan))
        self.plot.set_limit("active", latest_finite(window, ch.socket_active(1)))
        self._readout(window, settings)

    def _readout(self, window: Window, settings: dict[str, float]) -> None:
        def last(name: str) -> float:
            return latest_finite(window, name)

        def triple(name: Callable[[int], str], unit: str) -> str:
            values = [last(name(k)) for k in ch.PHASES]
            return " / ".join(_num(v) for v in values) + f" {unit}"

        self.readout["voltage"].setText(triple(ch.meter_voltage, "V"))
        frequency = last(ch.METER_FREQUENCY)
        self.readout["frequency"].setText(
            f"{frequency:.2f} Hz" if math.isfinite(frequency) else "—"
        )
        self.readout["meter"].setText(triple(ch.meter_current, "A"))
        meter_power = sum(last(ch.meter_power(k)) for k in ch.PHASES)
        socket_power = sum(last(ch.socket_power(n)) for n in range(1, self.sockets + 1))
        self.readout["power"].setText(f"{_num(meter_power)} W / {_num(socket_power)} W")
        states = []
        for n in range(1, self.sockets + 1):
            code = last(ch.socket_mode3(n))
            word = texts.mode3(int(code)) if math.isfinite(code) else "—"
            states.append(self.tr("socket {n}: {state}").format(n=n, state=word))
        self.readout["mode3"].setText(", ".join(states))
        self.readout["limit"].setText(f"{_num(last(ch.socket_active(1)))} A")
        self.readout["alb"].setText(_alb_text(self, last(ch.socket_alb_limit(1)), settings))
        self.readout["link"].setText(meter_link_text(last(ch.METER_LINK)))
        stats = self.service.stats
        if stats is not None:
            text = self.tr("{polls} polls, {gaps} gaps").format(polls=stats.polls, gaps=stats.gaps)
            if stats.stale:
                text += self.tr(" — no answer: {error}").format(error=stats.last_error)
            self.readout["polls"].setText(text)

    # --- export -------------------------------------------------------------------------------

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the visible window"), "live.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_visible(Path(name))

    def export_visible(self, path: Path) -> int:
        """Write the rows of the visible time range to `path`; returns how many."""
        table = self.service.table
        if table is None:
            return 0
        t0, t1 = self.plot.visible_seconds()
        return export_csv(table.window(t0, t1), path)


def _num(value: float) -> str:
    return f"{value:.1f}" if math.isfinite(value) else "—"


def _alb_text(widget: QWidget, alb_limit: float, settings: dict[str, float]) -> str:
    text = QCoreApplication.translate("MonitoringTab", "limit {amps} A").format(
        amps=_num(alb_limit)
    )
    flags = settings.get("alb_status", math.nan)
    if math.isfinite(flags):
        text += QCoreApplication.translate("MonitoringTab", ", status flags 0x{flags:X}").format(
            flags=int(flags)
        )
    return text
