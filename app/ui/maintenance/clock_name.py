"""The selected charger's clock next to the laptop's UTC, and its display name.

Both are plan fields: "Set to the laptop's time" and "Change the name" are journaled runs (as
`commissioner clock --set` and a plan with a name), so they can be rolled back; a charger that
restarts to take them asks first. A charger whose driver holds neither field (a V2C Trydan)
sees the section greyed with the reason. Readings belong to the charger they were read from.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.plan import ChargerPlan
from app.services.context import AppServices
from app.services.maintenance import ClockAndName, MaintenanceService, RunOutcome
from app.services.operations import Operation
from app.ui import texts
from app.ui.commissioning import words as plan_words
from app.ui.maintenance.action_box import ChargerActionBox
from app.ui.reboot_confirm import RebootConfirmation


class ClockNamePanel(ChargerActionBox):
    """Read; clock (charger, laptop, difference) and set; name and change; roll back."""

    def __init__(
        self, services: AppServices, service: MaintenanceService, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, service, parent)
        self.setTitle(self.tr("Clock and name"))
        self.readings: dict[str, ClockAndName] = {}
        self._build()
        self.set_key("")

    def _build(self) -> None:
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.charger_clock = QLabel("—")
        self.laptop_clock = QLabel("—")
        self.difference = QLabel("—")
        self.difference.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Charger name"))
        self.name.textChanged.connect(lambda _text: self._update_buttons())
        form = QFormLayout()
        form.addRow(self.tr("Charger's clock:"), self.charger_clock)
        form.addRow(self.tr("Laptop (UTC):"), self.laptop_clock)
        form.addRow(self.tr("Difference:"), self.difference)
        form.addRow(self.tr("Name:"), self.name)
        self.read_button = QPushButton(self.tr("&Read"))
        self.read_button.clicked.connect(self.read)
        self.set_clock_button = QPushButton(self.tr("Set to the &laptop's time"))
        self.set_clock_button.clicked.connect(self.set_clock)
        self.rename_button = QPushButton(self.tr("Change the &name"))
        self.rename_button.clicked.connect(self.rename)
        self.rollback_button = QPushButton(self.tr("Roll back the last clock or name change"))
        self.rollback_button.clicked.connect(self.rollback)
        buttons = QHBoxLayout()
        for button in (self.read_button, self.set_clock_button, self.rename_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("clock-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.rollback_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)

    # --- the selected charger -----------------------------------------------------------

    def _fields(self) -> frozenset[str]:
        capabilities = self.service.capabilities(self.key) if self.key else None
        return capabilities.plan_fields if capabilities is not None else frozenset()

    def set_key(self, key: str) -> None:
        """Show charger `key`'s own reading (or nothing) and what it can do."""
        self.key = key
        fields = self._fields()
        held = {"set_clock", "display_name"} & fields
        self.reason.setVisible(bool(key) and not held)
        if key and not held:
            self.reason.setText(
                self.tr("This charger keeps its own clock and name: this program cannot set them.")
            )
        self._show_reading(self.readings.get(key))
        self.status.setText(self.messages.get(key, ""))
        self._update_buttons()

    def _show_reading(self, reading: ClockAndName | None) -> None:
        clock = reading.clock if reading is not None else None
        if clock is None:
            for label in (self.charger_clock, self.laptop_clock, self.difference):
                label.setText("—")
        else:
            self.charger_clock.setText(_time(clock.charger))
            self.laptop_clock.setText(_time(clock.laptop))
            self.difference.setText(self._difference(clock.difference))
        self.name.setText(reading.name or "" if reading is not None else "")

    def _difference(self, seconds: float) -> str:
        if abs(seconds) < 0.5:
            return self.tr("in step with the laptop (within half a second)")
        amount = _amount(abs(seconds))
        if seconds > 0:
            return self.tr("{amount} ahead of the laptop").format(amount=amount)
        return self.tr("{amount} behind the laptop").format(amount=amount)

    def _update_buttons(self) -> None:
        busy = self._asking or (self.operation is not None and self.operation.running)
        fields = self._fields()
        reading = self.readings.get(self.key)
        held = {"set_clock", "display_name"} & fields
        self.read_button.setEnabled(bool(self.key) and bool(held) and not busy)
        self.set_clock_button.setEnabled("set_clock" in fields and not busy)
        current = reading.name if reading is not None else None
        new = self.name.text().strip()
        self.name.setEnabled("display_name" in fields and not busy)
        self.rename_button.setEnabled(
            "display_name" in fields and not busy and bool(new) and new != current
        )
        ran = (self.key, "clock-name") in self.service.last_runs
        self.rollback_button.setEnabled(not busy and ran)

    # --- actions ------------------------------------------------------------------------

    def read(self) -> Operation | None:
        if not self.key:
            return None
        operation = self.service.read_clock_and_name(self.key)
        operation.succeeded.connect(self._read_done)
        return self._follow(operation)

    def _read_done(self, reading: ClockAndName) -> None:
        self.readings[reading.key] = reading
        if reading.key == self.key:
            self._show_reading(reading)
            self._update_buttons()

    def set_clock(self) -> RebootConfirmation | None:
        plan = self.service.clock_plan(self.key, self.service.serial(self.key))
        return self._apply(plan, f"clock of {plan.serial}", self.tr("Setting the clock"))

    def rename(self) -> RebootConfirmation | None:
        try:
            plan = self.service.name_plan(self.key, self.service.serial(self.key), self.name.text())
        except CommissionerError as exc:
            self._say(self.key, str(exc))
            return None
        return self._apply(plan, f"name of {plan.serial}", self.tr("Changing the name"))

    def rollback(self) -> RebootConfirmation | None:
        key = self.key

        def start() -> None:
            self._follow(self.service.rollback(key)).succeeded.connect(self._run_finished)

        return self._ask(key, True, self.tr("Rolling back the last change"), start)

    def _apply(self, plan: ChargerPlan, title: str, action: str) -> RebootConfirmation | None:
        key = self.key

        def start() -> None:
            operation = self._follow(self.service.apply_plan(key, plan, title))
            operation.succeeded.connect(self._run_finished)

        return self._ask(key, self.service.restarts(key, plan), action, start)

    def _run_finished(self, outcome: RunOutcome) -> None:
        if outcome.ok:
            text = self.tr("{what}: {outcome}. It is in the journal and can be rolled back.")
        else:
            text = self.tr("{what}: {outcome}.") + " " + outcome.message
        self._say(
            outcome.key,
            text.format(
                what=self.service.display_name(outcome.key),
                outcome=plan_words.outcome(outcome.outcome),
            ),
        )
        self.chargerChanged.emit(outcome.key)
        operation = self.service.read_clock_and_name(outcome.key)
        operation.succeeded.connect(self._after_run)

    def _after_run(self, reading: ClockAndName) -> None:
        self._read_done(reading)
        if reading.name:
            self._services.directory.set_name(reading.key, reading.name)


def _time(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC"


def _amount(seconds: float) -> str:
    """`3.2 s`, `2 h 5 min` (units are symbols, the same in every language)."""
    if seconds < 60:
        return texts.number(seconds, 1, "s")
    days, rest = divmod(round(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{days} d" if days else "", f"{hours} h" if hours else ""]
    parts += [f"{minutes} min" if minutes else "", f"{secs} s" if secs else ""]
    return " ".join(p for p in parts if p)
