"""The Live monitoring tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.context import AppServices
from app.ui.charger_list import ChargerListPanel
from app.ui.monitoring.tab import MonitoringTab


def monitoring_tab(
    services: AppServices, charger_list: ChargerListPanel, parent: QWidget
) -> MonitoringTab:
    """The tab, following the charger list's selection (the one made before it, too: the main
    window makes it when first needed)."""
    tab = MonitoringTab(services, parent)
    charger_list.selectionChanged.connect(tab.select)
    if charger_list.current_key():
        tab.select(charger_list.current_key())
    return tab
