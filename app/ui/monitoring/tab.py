"""The Live monitoring tab: currents plot, readout, pause, follow, CSV export of the view, the
hair-dryer test and the automatic phase identification."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
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

SIDE_WIDTH = 360
READOUT_COLUMNS = 3
NO_METER_DATA = (0, 4)  # meter link idle (how a lost meter shows) or in error
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

    mappingChosen = Signal(str, int, object)  # charger key, socket, PhaseMapping ("Use this")

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
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause)
        self.follow_button = QPushButton(self.tr("Follow &latest"), self)
        self.plot = CurrentsPlot(self)
        self.follow_button.clicked.connect(self.plot.follow_latest)
        self.export_button = QPushButton(self.tr("&Export view as CSV…"), self)
        self.export_button.clicked.connect(self._ask_export)
        self.hair_dryer = HairDryerControl(self.services, self)
        self.phase_id = PhaseIdControl(self.services, self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.hair_dryer.button)
        head.addWidget(self.phase_id.button)
        self.actions_row = QHBoxLayout()
        self.actions_row.addStretch(1)
        for button in (self.pause_button, self.follow_button, self.export_button):
            self.actions_row.addWidget(button)
        self.phase_id.mappingChosen.connect(self.mappingChosen)
        self._layout(head, self._build_readout())

    def _build_readout(self) -> QWidget:
        """The values now, in a strip above the plot: meter and socket kept apart."""
        readout = QFrame(self)
        readout.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(readout)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.readout: dict[str, QLabel] = {}
        self.readout_names: dict[str, QLabel] = {}
        self.meter_words = {
            "voltage": self.tr("Voltages (meter)"),
            "meter": self.tr("Meter currents"),
            "mode3": self.tr("Mode 3"),
            "frequency": self.tr("Frequency (meter)"),
            "power": self.tr("Power meter / socket"),
            "limit": self.tr("Limit in force"),
            "link": self.tr("Meter link"),
            "alb": self.tr("Active load balancing"),
            "polls": self.tr("Sampling"),
        }
        # a charger that reads the house power with a CT clamp (dynamic power control)
        self.clamp_words = {
            **self.meter_words,
            "voltage": self.tr("Voltages (charger)"),
            "meter": self.tr("House / grid power"),
            "frequency": self.tr("Contracted power"),
            "power": self.tr("Charging power"),
            "limit": self.tr("Charging current set"),
            "link": self.tr("CT clamp link"),
            "alb": self.tr("Dynamic power control"),
        }
        self.clamp = False
        for index, (key, label) in enumerate(self.meter_words.items()):
            row, column = divmod(index, READOUT_COLUMNS)
            name = QLabel(label + ":", readout)
            name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            value = QLabel("—", readout)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 2 * column)
            grid.addWidget(value, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
            self.readout[key] = value
            self.readout_names[key] = name
        return readout

    def _layout(self, head: QHBoxLayout, readout: QWidget) -> None:
        """Plot and readout take the room; the tests' panels appear beside the plot when used."""
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hair_dryer)
        column.addWidget(self.phase_id)
        column.addStretch(1)
        self.side = QScrollArea(self)
        self.side.setWidget(side)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setStyleSheet("QScrollArea { background: transparent; }")
        self.side.viewport().setAutoFillBackground(False)
        side.setAutoFillBackground(False)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setFixedWidth(SIDE_WIDTH)
        for control in (self.hair_dryer, self.phase_id):
            control.shownChanged.connect(self._side_shown)
            control.questions.asked.connect(
                lambda _key, c=control: QTimer.singleShot(0, lambda: self._show_question(c))
            )
        self._side_shown()
        plot_column = QVBoxLayout()
        plot_column.addWidget(self.plot, 1)
        plot_column.addLayout(self.actions_row)
        body = QHBoxLayout()
        body.addLayout(plot_column, 1)
        body.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(readout)
        layout.addLayout(body, 1)

    def _show_question(self, control: HairDryerControl | PhaseIdControl) -> None:
        """Scroll the side column so that the question's Continue is in sight."""
        self.side.ensureWidgetVisible(control.questions.continue_button)

    def _side_shown(self, _shown: bool = False) -> None:
        """The side column is there only while a test panel has something to show."""
        self.side.setVisible(not (self.hair_dryer.isHidden() and self.phase_id.isHidden()))

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
        table = self.service.table
        names = table.names if table is not None else ()
        self.clamp = ch.has_house_power(names) and not ch.has_grid_phases(names)
        words = self.clamp_words if self.clamp else self.meter_words
        for name, text in words.items():
            self.readout_names[name].setText(text + ":")
        self.plot.set_limit_words(self.clamp)
        self.phase_id.button.setVisible(self.hair_dryer.service.phase_probe_applies(key))
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
        maximum = settings.get("max_meter", math.nan)
        in_watts = self.service.units.get("max_meter") == "W"  # a contracted power
        self.plot.set_limit("max_meter", math.nan if in_watts else maximum)
        self.plot.set_limit("contracted", maximum if in_watts else math.nan)
        self.plot.set_limit("safe", settings.get("safe", math.nan))
        self.plot.set_limit("active", latest_finite(window, ch.socket_active(1)))
        if self.clamp:
            self._clamp_readout(window, settings)
        else:
            self._readout(window, settings)
        self._polls()

    def _readout(self, window: Window, settings: dict[str, float]) -> None:
        link = latest_finite(window, ch.METER_LINK)
        no_meter = math.isfinite(link) and int(link) in NO_METER_DATA

        def last(name: str) -> float:
            return latest_finite(window, name)

        def meter(name: Callable[[int], str]) -> list[float]:
            """The meter's values; none while the charger gets no meter data (it reports 0)."""
            values = [last(name(k)) for k in ch.PHASES]
            return [math.nan] * 3 if no_meter or not any(values) else values

        def triple(values: list[float], unit: str) -> str:
            if not any(math.isfinite(v) for v in values):
                return texts.MISSING
            return " / ".join(texts.number(v, 1) for v in values) + f" {unit}"

        self.readout["voltage"].setText(triple(meter(ch.meter_voltage), "V"))
        frequency = last(ch.METER_FREQUENCY)
        if no_meter or frequency == 0.0:  # no grid runs at 0 Hz: not read
            frequency = math.nan
        self.readout["frequency"].setText(texts.number(frequency, 2, "Hz"))
        currents = [last(ch.meter_current(k)) for k in ch.PHASES]
        self.readout["meter"].setText(triple([math.nan] * 3 if no_meter else currents, "A"))
        meter_power = math.nan if no_meter else sum(last(ch.meter_power(k)) for k in ch.PHASES)
        socket_power = sum(last(ch.socket_power(n)) for n in range(1, self.sockets + 1))
        self.readout["power"].setText(
            f"{texts.number(meter_power, 0, 'W')} / {texts.number(socket_power, 0, 'W')}"
        )
        self._mode3(last)
        self.readout["limit"].setText(texts.amps(last(ch.socket_active(1))))
        self._alb(last(ch.socket_alb_limit(1)), settings)
        link = last(ch.METER_LINK)
        self.readout["link"].setText(meter_link_text(link))
        self.readout["link"].setToolTip(
            self.tr("Link state code {code}").format(code=int(link)) if math.isfinite(link) else ""
        )

    def _polls(self) -> None:
        stats = self.service.stats
        if stats is not None:
            text = self.tr("{polls} polls, {gaps} gaps").format(polls=stats.polls, gaps=stats.gaps)
            if stats.stale:
                text += self.tr(" — the charger does not answer")
            self.readout["polls"].setText(text)
            self.readout["polls"].setToolTip(stats.last_error if stats.stale else "")

    def _clamp_readout(self, window: Window, settings: dict[str, float]) -> None:
        """A charger with a CT clamp: its own voltages, the house and grid power, the
        contracted power, and dynamic power control in words."""

        def last(name: str) -> float:
            return latest_finite(window, name)

        volts = [last(ch.socket_voltage(1, k)) for k in ch.PHASES]
        shown = [v for v in volts if math.isfinite(v) and v > 0.0]  # 0 V: a phase not wired
        self.readout["voltage"].setText(
            " / ".join(texts.number(v, 0) for v in shown) + " V" if shown else texts.MISSING
        )
        house, grid = (
            texts.number(last(ch.HOUSE_POWER), 0, "W"),
            texts.number(last(ch.GRID_POWER), 0, "W"),
        )
        self.readout["meter"].setText(f"{house} / {grid}")
        self.readout["frequency"].setText(texts.number(settings.get("max_meter"), 0, "W"))
        self.readout["power"].setText(texts.number(last(ch.socket_power(1)), 0, "W"))
        self._mode3(last)
        self.readout["limit"].setText(texts.amps(last(ch.socket_active(1))))
        link = settings.get("link", math.nan)
        self.readout["link"].setText(meter_link_text(link))
        self.readout["link"].setToolTip("")
        on = settings.get("control_on", math.nan)
        minimum = texts.amps(settings.get("safe"))
        if not math.isfinite(on):
            word = texts.MISSING
        elif on:
            word = self.tr("on, never below {minimum}").format(minimum=minimum)
        else:
            word = self.tr("off: the contracted power is not kept")
        self.readout["alb"].setText(word)
        code = settings.get("alb_status", math.nan)
        self.readout["alb"].setToolTip(
            self.tr("Meter link code {code}").format(code=int(code)) if math.isfinite(code) else ""
        )

    def _mode3(self, last: Callable[[str], float]) -> None:
        states = []
        for n in range(1, self.sockets + 1):
            code = last(ch.socket_mode3(n))
            word = texts.mode3(int(code)) if math.isfinite(code) else texts.MISSING
            states.append(self.tr("socket {n}: {state}").format(n=n, state=word))
        self.readout["mode3"].setText(", ".join(states))

    def _alb(self, alb_limit: float, settings: dict[str, float]) -> None:
        """The ALB limit in words; the raw status flags only in the tooltip."""
        label = self.readout["alb"]
        if math.isfinite(alb_limit):
            label.setText(self.tr("limit {amps}").format(amps=texts.amps(alb_limit)))
        else:
            label.setText(texts.MISSING)
        flags = settings.get("alb_status", math.nan)
        label.setToolTip(
            self.tr("Status flags 0x{flags:X}").format(flags=int(flags))
            if math.isfinite(flags)
            else ""
        )

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
