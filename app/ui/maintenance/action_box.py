"""What the clock-and-name box and the backup box share: actions on the selected charger that
may restart it (asked first, with the triggering buttons disabled while the question is open),
the operation they follow, and one status line per charger."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from app.services.context import AppServices
from app.services.maintenance import MaintenanceService
from app.services.operations import Operation
from app.ui.reboot_confirm import RebootConfirmation, ask_before_reboot, reboot_targets


class ChargerActionBox(QGroupBox):
    """A box of actions on one charger (`key`); subclasses build `status` and the buttons and
    enable them in `_update_buttons` (reading `operation` and `_asking`)."""

    chargerChanged = Signal(str)  # a run ended on this charger-list key
    status: QLabel  # the status line, built by the subclass

    def __init__(
        self, services: AppServices, service: MaintenanceService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.service = service
        self.key = ""
        self.messages: dict[str, str] = {}  # the last status line, per charger
        self.operation: Operation | None = None
        self.confirmation: RebootConfirmation | None = None
        self._asking = False

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _ask(
        self, key: str, restarts: bool, action: str, start: Callable[[], None]
    ) -> RebootConfirmation | None:
        """Run `start` at once, or after the restart question when `restarts`."""
        if not restarts:
            start()
            return None
        self._asking = True
        self._update_buttons()

        def yes() -> None:
            self._answered()
            start()

        targets = reboot_targets(self._services, [key])
        self.confirmation = ask_before_reboot(
            self, self._services, targets, action, yes, self._answered
        )
        return self.confirmation

    def _answered(self) -> None:
        self._asking = False
        self.confirmation = None
        self._update_buttons()

    def _follow(self, operation: Operation) -> Operation:
        key = self.key
        self.operation = operation
        operation.ended.connect(self._update_buttons)
        operation.failed.connect(lambda error: self._say(key, str(error)))
        self._update_buttons()
        return operation

    def _say(self, key: str, text: str) -> None:
        self.messages[key] = text
        if key == self.key:
            self.status.setText(text)
