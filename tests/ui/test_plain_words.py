"""No raw value on screen: every visible text of every page of the window, on the demo site and
logged in to a charger, is checked against the known raw values (property ids, Python reprs,
step names and option values, hex flags). Raw values may only be in tooltips."""

from __future__ import annotations

import asyncio
import enum
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import app.core.plan as plan_module
from app.services.operations import Operation, OperationRunner
from app.store import journal_model
from app.ui.activity import ActivityBar, plain
from app.ui.commissioning.tab import PAGE_NAMES
from app.ui.main_window import MainWindow
from tests.ui.conftest import DemoWindow, OpenDemo
from tests.ui.helpers import log_in, wait_for

pytestmark = pytest.mark.gui

KEY = "ACE0100001"
STEPS_SOURCE = Path(plan_module.__file__).parents[1] / "drivers" / "alfen" / "plan_steps.py"


def raw_tokens() -> set[str]:
    """Option values, outcomes and step names as the code spells them (`dsmr-p1`, `meter+ems`,
    `rolled-back`, `alb-off`): the hyphenated or joined ones, which no sentence contains."""
    tokens = set()
    for module in (plan_module, journal_model):
        for kind in vars(module).values():
            if isinstance(kind, type) and issubclass(kind, enum.Enum):
                tokens |= {str(m.value) for m in kind if re.search(r"[-+_]", str(m.value))}
    source = STEPS_SOURCE.read_text(encoding="utf-8")
    tokens |= set(re.findall(r'Step\(\s*"([a-z0-9+-]+)"', source))
    return {t for t in tokens if re.search(r"[-+_]", t)}


RAW = raw_tokens()
PATTERNS = (
    ("property id", re.compile(r"\b[0-9A-F]{4}_[0-9A-F]{1,2}\b")),
    ("Python value", re.compile(r"\b(?:True|False|None)\b")),
    ("Python list", re.compile(r"\[\d+, \d+")),
    ("Python object", re.compile(r"<app\.")),
    ("hex flags", re.compile(r"\b0x[0-9A-Fa-f]+\b")),
)
TOKEN = re.compile(r"(?<![\w.])[a-z0-9]+(?:[-+_][a-z0-9]+)+(?![\w.])")


def problems(text: str) -> list[str]:
    found = [f"{what} {m.group(0)!r}" for what, rx in PATTERNS for m in rx.finditer(text)]
    found += [f"internal name {t!r}" for t in TOKEN.findall(text) if t in RAW]
    return found


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header:
            yield str(header)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            value = index.data(Qt.ItemDataRole.DisplayRole)
            if value is not None:
                yield str(value)
            if column == 0 and model.rowCount(index) > 0:
                yield from model_texts(model, index)


def widget_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())


def visible_problems(window: MainWindow, page: str) -> list[str]:
    """`page: text → problem` for every visible widget of the window."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        for text in widget_texts(widget):
            found += [f"{page}: {text!r} → {p}" for p in problems(text or "")]
    return sorted(set(found))


async def walk(ctx: DemoWindow) -> list[str]:
    window = ctx.window
    found = []
    await ctx.demo.plug("ace0100001", 1, 3).wait()
    await log_in(window, KEY)
    window.tabs.setCurrentWidget(window.overview)
    found += visible_problems(window, "Overview and demo panel")
    window.tabs.setCurrentWidget(window.commissioning)
    tab = window.commissioning
    await wait_for(lambda: tab.service.key == KEY and tab.service.plan is not None, "as found")
    tab.edit("station_max_current", "20")  # changes for the Review page to list
    tab.edit("alb.source", "meter+ems")
    for name in PAGE_NAMES:
        tab.show_page(name)
        found += visible_problems(window, f"Commissioning {name}")
    preview = tab.preview()
    assert preview is not None
    await preview.wait()
    found += visible_problems(window, "Commissioning Review after Preview")
    window.tabs.setCurrentWidget(window.monitoring)
    await wait_for(lambda: window.monitoring.repaints >= 3, "the live plot")
    found += visible_problems(window, "Live monitoring")
    window.tabs.setCurrentWidget(window.scn)
    window.scn.setCurrentIndex(0)
    window.scn.setup.pick(["ACE0100001", "ACE0100002", "ACE0100003"])
    reading = window.scn.setup.read_members()
    if reading is not None:
        await reading.wait()
    found += visible_problems(window, "SCN set-up")
    window.scn.setCurrentWidget(window.scn.overview)
    await wait_for(lambda: not ctx.services.runner.running, "the SCN overview", timeout=20)
    found += visible_problems(window, "SCN overview")
    return found


async def test_no_page_shows_a_raw_value(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        found = await walk(ctx)
    assert not found, "raw values on screen:\n" + "\n".join(found)


def test_the_checks_catch_what_the_issue_saw() -> None:
    seen = [
        "Source: meter+ems",
        "Protocol: dsmr-p1",
        "Maximum current (2069_0)",
        "Step alb-off done",
        "Outcome: rolled-back",
        "Enabled: True",
        "Register map [0, 1, 2, 6]",
        "status flags 0x0",
        "<app.core.plan.Plan object>",
    ]
    assert all(problems(text) for text in seen)
    fine = ["3-phase EV", "Hair-dryer test", "Maximum smart-meter current", "L2L3L1", "16,0 A"]
    assert not any(problems(text) for text in fine)


async def test_the_status_bar_shows_no_run_id_or_step_name(qtbot: QtBot) -> None:
    assert plain("Rolling back run 20260124-101502-3fa9") == "Rolling back"
    assert plain("alb-off: switching active load balancing off") == (
        "switching active load balancing off"
    )
    runner = OperationRunner()
    bar = ActivityBar(runner)
    qtbot.addWidget(bar)
    release = asyncio.Event()

    async def body(operation: Operation) -> None:
        operation.report("register-map: writing the meter's registers", 1, 4)
        await release.wait()

    operation = runner.start("Applying run 20260124-101502-3fa9", body)
    await wait_for(lambda: "registers" in bar.current.text(), "the report in the status bar")
    assert bar.current.text() == "writing the meter's registers"
    assert "register-map" in bar.current.toolTip()  # the raw text stays reachable
    release.set()
    await operation.wait()


def test_a_long_status_message_is_elided_to_the_bar_and_whole_in_the_tooltip(
    qtbot: QtBot,
) -> None:
    bar = ActivityBar(OperationRunner())
    qtbot.addWidget(bar)
    bar.show()
    bar.resize(1920, 30)
    message = "Logging in to ACE0100002: " + "another client holds its only session. " * 12
    bar.show_long_message(message, 15000)
    wide = bar.currentMessage()
    assert wide.endswith("…") and bar.toolTip() == message
    bar.resize(900, 30)
    assert len(bar.currentMessage()) < len(wide)  # cut again to the narrower bar
    assert bar.fontMetrics().horizontalAdvance(bar.currentMessage()) < 900
    bar.clearMessage()
    assert bar.toolTip() == ""
