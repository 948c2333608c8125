"""The demo panel's energy-manager group: a simulated EMS steering one charger over Modbus TCP.

Start it with a setpoint and a period, make it go quiet (it stays connected and writes
nothing), let it speak again, or switch it off. The charger keeps the last setpoint for its
EMS validity time, then falls back to its safe current: the Vehicles group shows the current.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from app.services.demo import DemoSite
from app.services.operations import Operation
from app.ui import texts


class EmsBox(QGroupBox):
    """Start, quiet and stop the simulated EMS of the chosen charger."""

    def __init__(self, demo: DemoSite, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Energy manager"), parent)
        self.demo = demo
        self.operations: list[Operation] = []
        self.charger = QComboBox(self)
        self.charger.setAccessibleName(self.tr("Charger steered by the energy manager"))
        self.charger.addItems(demo.alfen_serials())
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("What the energy manager sets"))
        self.mode.addItem(self.tr("Socket current"), "socket")
        self.mode.addItem(self.tr("Network current per phase"), "scn")
        self.amps = self._spin(0.0, 80.0, 10.0, " A", self.tr("Setpoint"))
        self.period = self._spin(1.0, 600.0, 10.0, " s", self.tr("Every"))
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.quiet_button = QPushButton(self.tr("Go &quiet"), self)
        self.speak_button = QPushButton(self.tr("Speak a&gain"), self)
        self.stop_button = QPushButton(self.tr("Switch &off"), self)
        self.start_button.clicked.connect(self.start)
        self.quiet_button.clicked.connect(lambda: self.quiet(True))
        self.speak_button.clicked.connect(lambda: self.quiet(False))
        self.stop_button.clicked.connect(self.stop)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._lay_out()
        demo.stateChanged.connect(self.show_state)
        self.charger.currentIndexChanged.connect(lambda _i: self.show_state(demo.state))
        self.show_state(demo.state)

    def _spin(
        self, low: float, high: float, value: float, suffix: str, name: str
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.addWidget(self.charger, 0, 0, 1, 2)
        grid.addWidget(self.mode, 1, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Setpoint"), self), 2, 0)
        grid.addWidget(self.amps, 2, 1)
        grid.addWidget(QLabel(self.tr("Every"), self), 3, 0)
        grid.addWidget(self.period, 3, 1)
        grid.addWidget(self.start_button, 4, 0)
        grid.addWidget(self.stop_button, 4, 1)
        grid.addWidget(self.quiet_button, 5, 0)
        grid.addWidget(self.speak_button, 5, 1)
        grid.addWidget(self.status, 6, 0, 1, 2)
        grid.setRowStretch(7, 1)

    # --- actions --------------------------------------------------------------------------

    def _track(self, operation: Operation) -> Operation:
        self.operations.append(operation)
        operation.ended.connect(lambda: self.operations.remove(operation))
        return operation

    def start(self) -> Operation:
        return self._track(
            self.demo.ems_start(
                self.charger.currentText(),
                str(self.mode.currentData()),
                self.amps.value(),
                self.period.value(),
            )
        )

    def quiet(self, on: bool) -> Operation:
        return self._track(self.demo.ems_quiet(self.charger.currentText(), on))

    def stop(self) -> Operation:
        return self._track(self.demo.ems_stop(self.charger.currentText()))

    # --- state ----------------------------------------------------------------------------

    def show_state(self, state: dict[str, Any]) -> None:
        """What the chosen charger's EMS does now, from GET /state."""
        ems = state.get("ems", {}).get(self.charger.currentText())
        running = ems is not None and ems["state"] != "stopped"
        self.quiet_button.setEnabled(running and ems["state"] == "running")
        self.speak_button.setEnabled(running and ems["state"] == "quiet")
        self.stop_button.setEnabled(running)
        self.status.setText(self._describe(ems, state.get("time")))

    def _describe(self, ems: dict[str, Any] | None, now: float | None) -> str:
        if ems is None or ems["state"] == "stopped":
            return self.tr("Off.")
        amps = texts.number(ems["amps"], 1, "A")
        if ems["state"] == "running":
            return self.tr("Writing {amps} every {period}.").format(
                amps=amps, period=texts.number(ems["period"], 0, "s")
            )
        last = ems.get("last_write")
        if last is None or now is None:
            return self.tr("Quiet: nothing written yet.")
        return self.tr("Quiet: last setpoint {seconds} ago.").format(
            seconds=texts.number(max(0.0, now - last), 0, "s")
        )
