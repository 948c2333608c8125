"""The Maintenance tab: firmware of the picked chargers on the left; the selected charger's
clock and name, settings backup, restore and support bundle on the right.

The tab follows the charger list's selection: the right-hand sections show the selected
charger's own results, and the firmware list ticks the selected charger until the installer
ticks chargers by hand (several for a whole network). One scroll for the whole tab; its tables
are as tall as their rows.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.services.context import AppServices
from app.services.maintenance import MaintenanceService
from app.services.maintenance_firmware import FirmwareService
from app.services.settings import DEFAULT_REBOOT_TIMEOUT, REBOOT_TIMEOUT
from app.ui.charger_list import ChargerListPanel
from app.ui.maintenance.clock_name import ClockNamePanel
from app.ui.maintenance.files_panel import FilesPanel
from app.ui.maintenance.firmware_panel import FirmwarePanel


class MaintenanceTab(QScrollArea):
    """Firmware, clock and name, backup and support, over the maintenance services.

    `chargerChanged(key)`: a run or an upgrade ended on that charger (the window may read its
    overview again)."""

    chargerChanged = Signal(str)

    def __init__(
        self, services: AppServices, charger_list: ChargerListPanel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.charger_list = charger_list
        self.service = MaintenanceService(services, self)
        self.firmware_service = FirmwareService(services, self.service, self)
        page = QWidget()
        self.firmware = FirmwarePanel(services, self.firmware_service, page)
        self.clock = ClockNamePanel(services, self.service, page)
        self.files = FilesPanel(services, self.service, page)
        right = QVBoxLayout()
        right.addWidget(self.clock)
        right.addWidget(self.files)
        right.addStretch(1)
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(self.firmware)
        left.addStretch(1)  # the boxes end where their contents do
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        for panel in (self.clock, self.files):
            panel.chargerChanged.connect(self.chargerChanged)
        self.firmware.chargerUpgraded.connect(self.chargerChanged)
        charger_list.selectionChanged.connect(self.set_key)
        self.set_key(charger_list.current_key())

    def set_key(self, key: str) -> None:
        """Follow the selected charger."""
        self.service.reboot_timeout = self._services.settings.preference(
            REBOOT_TIMEOUT, DEFAULT_REBOOT_TIMEOUT
        )
        self.clock.set_key(key)
        self.files.set_key(key)
        if self.firmware.follows_selection and not self.firmware.running:
            self.firmware.pick([key] if key else [])
