"""The demo panel (demo mode only): plug EVs, rewire sockets, switch loads and the hair dryer,
inject faults, buy licence keys from the simulated vendor, and steer a charger with a simulated
energy manager (app/ui/demo_ems.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.services.context import AppServices
from app.services.demo import HAIR_DRYER, DemoSite, start_demo
from app.services.demo_process import SiteProcess
from app.services.operations import Operation
from app.ui import texts
from app.ui.demo_ems import EmsBox

# Fault kinds of the simulator's control API, with what the installer would see: an Alfen
# charger's (app/sim/control.py) and a Trydan's (its field quirks, app/sim/v2c/control.py).
Fault = tuple[str, str, dict[str, object]]
FAULTS: list[Fault] = [
    ("phantom", QT_TRANSLATE_NOOP("DemoPanel", "Another client holds the session"), {}),
    ("phantom", QT_TRANSLATE_NOOP("DemoPanel", "Release the other client"), {"hold": False}),
    ("drop", QT_TRANSLATE_NOOP("DemoPanel", "Drop every connection"), {}),
    ("delay", QT_TRANSLATE_NOOP("DemoPanel", "Slow replies (8 s)"), {"seconds": 8.0}),
    ("delay", QT_TRANSLATE_NOOP("DemoPanel", "Normal replies"), {"seconds": 0.0}),
    ("reboot", QT_TRANSLATE_NOOP("DemoPanel", "Reboot now"), {}),
    ("new_certificate", QT_TRANSLATE_NOOP("DemoPanel", "New TLS certificate"), {}),
    ("meter_silent", QT_TRANSLATE_NOOP("DemoPanel", "Grid meter goes silent"), {"on": True}),
    ("meter_silent", QT_TRANSLATE_NOOP("DemoPanel", "Grid meter answers again"), {"on": False}),
    ("meter_inverted", QT_TRANSLATE_NOOP("DemoPanel", "Grid meter sign inverted"), {"on": True}),
    ("meter_inverted", QT_TRANSLATE_NOOP("DemoPanel", "Grid meter sign right"), {"on": False}),
]
TRYDAN_FAULTS: list[Fault] = [
    ("stall", QT_TRANSLATE_NOOP("DemoPanel", "Slow replies (5 s)"), {"seconds": 5.0}),
    ("stall", QT_TRANSLATE_NOOP("DemoPanel", "Normal replies"), {"seconds": 0.0}),
    ("refuse_write", QT_TRANSLATE_NOOP("DemoPanel", "Refuse the next setting change"), {}),
    (
        "misspelt_l1",
        QT_TRANSLATE_NOOP("DemoPanel", "Current of phase 1 under a misspelt name"),
        {"on": True},
    ),
    (
        "misspelt_l1",
        QT_TRANSLATE_NOOP("DemoPanel", "Current of phase 1 under its right name"),
        {"on": False},
    ),
    ("missing_comma", QT_TRANSLATE_NOOP("DemoPanel", "Replies with a missing comma"), {"on": True}),
    ("missing_comma", QT_TRANSLATE_NOOP("DemoPanel", "Well-formed replies"), {"on": False}),
    (
        "stuck_contracted_power",
        QT_TRANSLATE_NOOP("DemoPanel", "Contracted power stuck at 4.6 kW"),
        {"on": True},
    ),
    (
        "stuck_contracted_power",
        QT_TRANSLATE_NOOP("DemoPanel", "Contracted power follows changes"),
        {"on": False},
    ),
    (
        "odd_voltage",
        QT_TRANSLATE_NOOP("DemoPanel", "Installation voltage reads 298 V"),
        {"on": True},
    ),
    (
        "odd_voltage",
        QT_TRANSLATE_NOOP("DemoPanel", "Installation voltage reads right"),
        {"on": False},
    ),
]
FAULTS_BY_DRIVER = {"alfen": FAULTS, "v2c": TRYDAN_FAULTS}
# Features the licence shop offers in the panel (the ones commissioning needs).
SHOP = (Feature.ALB, Feature.SCN, Feature.SOCKET_32A)


class DemoPanel(QWidget):
    """Three groups side by side, fit for a dock under the main window."""

    def __init__(self, demo: DemoSite, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.demo = demo
        self.operations: list[Operation] = []
        # A wiring picked with the mouse and not yet applied: the state refresh keeps it.
        self.wiring_pending = False
        layout = QHBoxLayout(self)
        layout.addWidget(self._vehicles_box())
        layout.addWidget(self._loads_box())
        layout.addWidget(self._faults_box())
        self.ems = EmsBox(demo, self)
        layout.addWidget(self.ems)
        demo.stateChanged.connect(self.show_state)
        for serial, socket in demo.sockets():
            if demo.driver(serial) == "alfen":
                text = self.tr("{serial} socket {socket}").format(serial=serial, socket=socket)
            else:  # one socket: the charger's name says it
                text = self.tr("{serial} (Trydan)").format(serial=serial)
            self.socket_choice.addItem(text, f"{serial}/{socket}")
        if demo.state:
            self.show_state(demo.state)

    # --- layout ---------------------------------------------------------------------------

    def _vehicles_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vehicles"), self)
        self.socket_choice = QComboBox(box)
        self.socket_choice.setAccessibleName(self.tr("Charger and socket"))
        self.phases_choice = QComboBox(box)
        self.phases_choice.addItem(self.tr("3-phase EV"), 3)
        self.phases_choice.addItem(self.tr("1-phase EV"), 1)
        self.plug_button = QPushButton(self.tr("&Plug in"), box)
        self.unplug_button = QPushButton(self.tr("&Unplug"), box)
        self.plug_button.clicked.connect(self.plug)
        self.unplug_button.clicked.connect(self.unplug)
        self.sockets_label = QLabel(box)
        self.sockets_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.phases_choice)
        row.addWidget(self.plug_button)
        row.addWidget(self.unplug_button)
        column = QVBoxLayout(box)
        column.addWidget(self.socket_choice)
        column.addLayout(row)
        column.addLayout(self._wiring_row(box))
        column.addWidget(self.sockets_label)
        return box

    def _wiring_row(self, box: QWidget) -> QHBoxLayout:
        """The socket's TRUE supply-cable order; unlike its phase-rotation setting, the charger
        cannot see it."""
        self.wiring_choice = QComboBox(box)
        self.wiring_choice.setAccessibleName(self.tr("True wiring of the socket"))
        self.wiring_choice.setToolTip(
            self.tr("How the socket is really wired; choose another order to miswire it.")
        )
        for mapping in PhaseMapping:
            self.wiring_choice.addItem(mapping.value, mapping.value)
        self.rewire_button = QPushButton(self.tr("Re&wire"), box)
        self.rewire_button.clicked.connect(self.rewire)
        self.wiring_choice.activated.connect(self._wiring_picked)
        self.socket_choice.currentIndexChanged.connect(lambda _i: self._socket_changed())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Wired as"), box))
        row.addWidget(self.wiring_choice, 1)
        row.addWidget(self.rewire_button)
        return row

    def _loads_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Loads"), self)
        self.household = QCheckBox(self.tr("&Household loads on"), box)
        self.household.toggled.connect(
            lambda on: self._track(self.demo.switch_load("household", on))
        )
        self.dryer_phase = QComboBox(box)
        self.dryer_phase.setAccessibleName(self.tr("Hair dryer phase"))
        for phase in (1, 2, 3):
            self.dryer_phase.addItem(f"L{phase}", phase)
        self.dryer_phase.setCurrentIndex(1)
        self.dryer = QCheckBox(self.tr("Hair &dryer 9 A on"), box)
        self.dryer.toggled.connect(self.switch_dryer)
        self.grid_label = QLabel(box)
        self.meters_label = QLabel(self._meters_text(), box)
        self.meters_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meters_label.setToolTip(self.tr("Type these on the ALB data source page."))
        row = QHBoxLayout()
        row.addWidget(self.dryer)
        row.addWidget(self.dryer_phase)
        column = QVBoxLayout(box)
        column.addWidget(self.household)
        column.addLayout(row)
        column.addWidget(self.grid_label)
        column.addWidget(self.meters_label)
        return box

    def _meters_text(self) -> str:
        lines = [f"{what}: {where}" for what, where in self.demo.meter_endpoints()]
        return self.tr("Grid meter") + "\n" + "\n".join(lines) if lines else ""

    def _faults_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Faults and licences"), self)
        self.fault_charger = QComboBox(box)
        self.fault_charger.setAccessibleName(self.tr("Charger"))
        for serial in self.demo.serials():
            self.fault_charger.addItem(serial)
        self.fault_kind = QComboBox(box)
        self.fault_kind.setAccessibleName(self.tr("Fault"))
        self.fault_charger.currentIndexChanged.connect(lambda _i: self._charger_changed())
        self.inject_button = QPushButton(self.tr("&Inject"), box)
        self.inject_button.clicked.connect(self.inject)
        row = QHBoxLayout()
        row.addWidget(self.fault_kind, 1)
        row.addWidget(self.inject_button)
        column = QVBoxLayout(box)
        column.addWidget(self.fault_charger)
        column.addLayout(row)
        column.addLayout(self._shop_row(box))
        column.addWidget(self.key_text)
        column.addStretch(1)
        self._charger_changed()
        return box

    def faults(self) -> list[Fault]:
        """The faults offered for the chosen charger (a Trydan has its own)."""
        return FAULTS_BY_DRIVER[self.demo.driver(self.fault_charger.currentText())]

    def _charger_changed(self) -> None:
        """Offer the chosen charger's faults; licence keys only where licences exist."""
        self.fault_kind.clear()
        for index, (_kind, text, _extra) in enumerate(self.faults()):
            self.fault_kind.addItem(QCoreApplication.translate("DemoPanel", text), index)
        alfen = self.demo.driver(self.fault_charger.currentText()) == "alfen"
        for widget in (self.feature_choice, self.buy_button, self.key_text):
            widget.setVisible(alfen)

    def _shop_row(self, box: QWidget) -> QHBoxLayout:
        """The simulated vendor's licence shop: the key for a feature on the chosen charger."""
        self.feature_choice = QComboBox(box)
        self.feature_choice.setAccessibleName(self.tr("Licence to buy"))
        for feature in SHOP:
            self.feature_choice.addItem(texts.feature(feature), feature.name)
        self.buy_button = QPushButton(self.tr("&Buy key"), box)
        self.buy_button.clicked.connect(self.buy_key)
        self.key_text = QLineEdit(box)
        self.key_text.setReadOnly(True)
        self.key_text.setAccessibleName(self.tr("Licence key"))
        self.key_text.setPlaceholderText(self.tr("Licence key: type it on the Licences page"))
        row = QHBoxLayout()
        row.addWidget(self.feature_choice, 1)
        row.addWidget(self.buy_button)
        return row

    # --- actions --------------------------------------------------------------------------

    def _track(self, operation: Operation) -> Operation:
        self.operations.append(operation)
        operation.ended.connect(lambda: self.operations.remove(operation))
        return operation

    def _socket(self) -> tuple[str, int]:
        serial, socket = str(self.socket_choice.currentData()).split("/")
        return serial, int(socket)

    def plug(self) -> Operation:
        serial, socket = self._socket()
        return self._track(self.demo.plug(serial, socket, int(self.phases_choice.currentData())))

    def unplug(self) -> Operation:
        serial, socket = self._socket()
        return self._track(self.demo.unplug(serial, socket))

    def switch_dryer(self, on: bool) -> Operation:
        return self._track(self.demo.hair_dryer(int(self.dryer_phase.currentData()), on))

    def _wiring_picked(self, _index: int) -> None:
        self.wiring_pending = True

    def _socket_changed(self) -> None:
        self.wiring_pending = False
        self._show_wiring()

    def rewire(self) -> Operation:
        """Miswire the chosen socket as picked; the refresh shows the wiring again once done."""
        serial, socket = self._socket()
        operation = self.demo.wiring(serial, socket, str(self.wiring_choice.currentData()))
        operation.ended.connect(self._rewired)
        return self._track(operation)

    def _rewired(self) -> None:
        self.wiring_pending = False
        self._show_wiring()

    def buy_key(self) -> Operation:
        serial = self.fault_charger.currentText()
        self.key_text.clear()
        operation = self.demo.licence_key(serial, [str(self.feature_choice.currentData())])
        operation.succeeded.connect(self._show_key)
        return self._track(operation)

    def _show_key(self, key: object) -> None:
        self.key_text.setText(str(key))
        self.key_text.selectAll()

    def inject(self) -> Operation:
        kind, text, extra = self.faults()[int(self.fault_kind.currentData())]
        label = QCoreApplication.translate("DemoPanel", text)
        serial = self.fault_charger.currentText()
        return self._track(self.demo.fault(serial, kind, label=label, **extra))

    # --- state ----------------------------------------------------------------------------

    def show_state(self, state: dict[str, Any]) -> None:
        """Reflect GET /state: who is plugged in, which loads are on, grid currents."""
        plugged = []
        for charger in state.get("chargers", []):
            for socket in charger.get("sockets", []):
                ev = socket.get("ev")
                if ev:
                    amps = sum(socket.get("currents", [])) / max(1, ev["phases"])
                    plugged.append(
                        self.tr("{serial} socket {socket}: {phases}-phase EV, {amps}").format(
                            serial=charger["serial"],
                            socket=socket["number"],
                            phases=ev["phases"],
                            amps=texts.amps(amps),
                        )
                    )
        for trydan in state.get("trydans", []):
            ev = trydan.get("ev")
            if ev:
                amps = sum(trydan.get("currents", [])) / max(1, ev["phases"])
                plugged.append(
                    self.tr("{serial}: {phases}-phase EV, {amps}").format(
                        serial=trydan["serial"], phases=ev["phases"], amps=texts.amps(amps)
                    )
                )
        self.sockets_label.setText("\n".join(plugged) or self.tr("No EV plugged in."))
        self._show_wiring()
        loads = {load["name"]: load for load in state.get("loads", [])}
        for box, name in ((self.household, "household"), (self.dryer, HAIR_DRYER)):
            if name in loads and box.isChecked() != bool(loads[name]["on"]):
                box.blockSignals(True)
                box.setChecked(bool(loads[name]["on"]))
                box.blockSignals(False)
        currents = state.get("grid", {}).get("currents", [])
        self.grid_label.setText(
            self.tr("Grid: {currents} A").format(
                currents=" / ".join(texts.number(a, 1) for a in currents)
            )
        )

    def _show_wiring(self) -> None:
        """Point the wiring choice at the chosen socket's true wiring, unless the installer is
        choosing another one (its list is open) or picked one that Rewire has not applied."""
        if self.socket_choice.currentData() is None or self.wiring_pending:
            return
        if self.wiring_choice.view().isVisible():
            return
        serial, number = self._socket()
        rewirable = self.demo.driver(serial) == "alfen"  # the control API rewires Alfen only
        self.rewire_button.setEnabled(rewirable)
        self.wiring_choice.setEnabled(rewirable)
        for trydan in self.demo.state.get("trydans", []):
            if trydan["serial"] == serial:
                self.wiring_choice.setCurrentIndex(self.wiring_choice.findData(trydan["wiring"]))
        for charger in self.demo.state.get("chargers", []):
            for socket in charger.get("sockets", []) if charger["serial"] == serial else []:
                if socket["number"] == number:
                    self.wiring_choice.setCurrentIndex(
                        self.wiring_choice.findData(socket["wiring"])
                    )


def demo_startup(
    site_path: Path, process: SiteProcess | None = None
) -> tuple[Callable[[AppServices], Any], Callable[[AppServices], QWidget]]:
    """What `commissioner --demo` runs before the window opens, and the panel it adds;
    `process`: the site already started in a process of its own (the services own it then)."""

    async def prepare(services: AppServices) -> DemoSite:
        return await start_demo(services, site_path, process=process)

    def panel(services: AppServices) -> QWidget:
        assert isinstance(services.demo, DemoSite)
        return DemoPanel(services.demo)

    return prepare, panel
