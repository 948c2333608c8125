"""The SCN tab: the set-up page and the overview, over one `ScnService`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from app.services.context import AppServices
from app.services.scn import ScnService
from app.ui.scn.overview import ScnOverviewPage
from app.ui.scn.setup import ScnSetupPage


class ScnPage(QTabWidget):
    """Set-up and overview; the overview watches the members the set-up picked.

    `chargerChanged(key)` says, with its charger-list key, that an SCN apply or roll-back
    ended for a member, so the window can refresh that charger's Overview.
    """

    chargerChanged = Signal(str)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ScnService(services, self)
        self.setup = ScnSetupPage(services, self.service, self)
        self.overview = ScnOverviewPage(self.service, self)
        self.setup.memberFinished.connect(self.chargerChanged)
        scroll = QScrollArea(self)  # the one scroll of the page: its tables never scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.setup)
        self.addTab(scroll, self.tr("Set-up"))
        self.addTab(self.overview, self.tr("Network overview"))
        self.currentChanged.connect(self._shown)

    def _shown(self, index: int) -> None:
        if self.widget(index) is self.overview:
            self.overview.watch([c.serial.upper() for c in self.setup.candidates])
            self.overview.refresh()
