"""No internal name on any Commissioning page (issue 15 item 10): walk the widget tree of every
page on the demo site, after an apply and a roll back, and check each text shown against the
raw values the plan and the journal hold (option values, property ids, step names, outcomes,
Python reprs)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.plan import AlbSource, MeterProtocol, P1Interface
from app.services.operations import OperationState
from app.ui.commissioning.pages import Page
from app.ui.commissioning.tab import CommissioningTab
from tests.ui.conftest import OpenDemo
from tests.ui.test_commissioning_pages import fast_reboots, tab_for
from tests.ui.test_commissioning_tab import confirm_restart, type_into

pytestmark = pytest.mark.gui

RAW_VALUES = {
    *(v.value for v in (*AlbSource, *MeterProtocol, *P1Interface)),
    *("alb-off", "alb-on", "register-map", "meter-link", "alb-settings", "alb-restore"),
    *("rolled-back", "mismatch", "as-found", "as-left", "True", "False", "None"),
}
REPRS = {"True", "False", "None"}
PATTERNS = (
    re.compile(r"\b[0-9A-F]{4}_[0-9A-F]{1,2}\b"),  # a property id like 2069_0
    re.compile(r"\[\d+, \d+"),  # a register-map array
    re.compile(r"\b(?:done|finished|waiting|reboot):"),  # a progress report as sent
    re.compile(r"<\w+\.\w+"),  # a Python repr
)


def shown_texts(page: QWidget) -> list[str]:
    """Every text a person sees on the page (labels, buttons, combos, tables, lists)."""
    out: list[str] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            out.append(widget.text())
        elif isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            cells = [(r, c) for r in range(widget.rowCount()) for c in range(widget.columnCount())]
            out += [item.text() for r, c in cells if (item := widget.item(r, c)) is not None]
        elif isinstance(widget, QListWidget):
            out += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly():
            continue  # what the installer typed is theirs
    return out


def raw_on(tab: CommissioningTab, name: str) -> list[str]:
    tab.show_page(name)
    bad = []
    for text in shown_texts(tab.page(name)):
        plain = re.sub(r"<[^>]+>", " ", text)
        words = set(re.split(r"[\s,;:()]+", plain))
        spelled = [raw for raw in RAW_VALUES if ("-" in raw or "+" in raw) and raw in plain]
        alone = plain.strip() in RAW_VALUES  # `meter` as a whole text, not in "Smart meter"
        if spelled or alone or words & REPRS or any(p.search(text) for p in PATTERNS):
            bad.append(text)
    return bad


async def test_no_page_shows_an_internal_name(qtbot: QtBot, demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, "ACE0100001")
        fast_reboots(ctx, tab, "ace0100001")
        names = ("Licences", "ALB data source", "Meter", "Phases", "Power", "Connectivity")
        for source in ("meter+ems", "ems"):  # every ALB field shown once
            tab.edit("alb.source", source)
            assert raw_on(tab, "ALB data source") == []
        tab.edit("alb.source", "meter")
        tab.edit("alb.protocol", "dsmr-p1")
        assert raw_on(tab, "ALB data source") == []
        tab.reset_button.click()
        connectivity = tab.show_page("Connectivity")
        assert isinstance(connectivity, Page)
        type_into(qtbot, connectivity, "back_office.url", "wss://cpo.example/ocpp")
        tab.edit("station_max_current", "20")
        for name in names:
            assert raw_on(tab, name) == [], name
        review = tab.show_page("Review")
        review.apply_button.click()
        await confirm_restart(tab)
        operation = tab.operation
        assert operation is not None
        assert await operation.wait() is OperationState.SUCCEEDED, operation.error
        assert raw_on(tab, "Review") == []
        review.rollback_button.click()
        await confirm_restart(tab)
        back = tab.operation
        assert back is not None and back is not operation
        assert await back.wait() is OperationState.SUCCEEDED, back.error
        assert review.steps.count() > 3
        assert raw_on(tab, "Review") == []
        for name in names:
            assert raw_on(tab, name) == [], name
