"""SCN apply asks before restarting the members; progress, words and the meter-reading member.

On the demo site: Cancel writes nothing to any member, Restart applies; each member's bar
ends full; the page names the member that reads the meter; no raw value reaches the screen.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.drivers.alfen.properties import PropertyId
from app.services.operations import OperationState
from app.services.scn import MemberProgress
from app.ui.scn.page import ScnPage
from app.ui.scn.progress import ApplyProgress
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import wait_for
from tests.ui.test_scn_page import KEYS, scn_page

pytestmark = pytest.mark.gui
P = PropertyId.parse
SERIALS = ("ace0100001", "ace0100002")
# What must never be on screen: property ids, step names, outcome codes, reprs, run ids.
RAW = re.compile(
    r"\b[0-9A-F]{4}_[0-9A-F]\b|alb-off|alb-on|register-map|meter-link|rolled-back|\bTrue\b|"
    r"\bFalse\b|\bNone\b|PhaseMapping\.|MemberProgress\(|\b\d{8}T\d{6}|^done$|^finished"
)


def shown_texts(root: QWidget) -> list[str]:
    """Every text a person reads on the page: labels, buttons, list rows and table cells."""
    out = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root)]
    out += [w.text() for w in root.findChildren(QPushButton) if w.isVisibleTo(root)]
    for box in root.findChildren(QListWidget):
        out += [box.item(n).text() for n in range(box.count())]
    for table in root.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    out.append(item.text())
    return out


async def read_two(page: ScnPage) -> None:
    page.setup.pick(KEYS[:2])
    reading = page.setup.read_members()
    assert reading is not None and await reading.wait() is OperationState.SUCCEEDED
    page.setup.name.setText("PARK")
    assert page.setup.apply_button.isEnabled()


async def test_cancel_writes_nothing_and_restart_applies_with_full_bars(
    demo_window: OpenDemo,
) -> None:
    async with demo_window(time_scale=40.0) as ctx:
        page = scn_page(ctx.window)
        await read_two(page)
        changed: list[str] = []
        page.chargerChanged.connect(changed.append)
        before = [dict(ctx.demo.site.node(s).charger.values) for s in SERIALS]
        question = page.setup.apply()
        assert question is not None and question.isVisible() and not question.isModal()
        heading = question.findChildren(QLabel)[0].text()
        assert "Applying the network restarts 2 charger(s)" in heading
        names = question.lines.text()
        assert all(page.service.display_name(s) in names for s in SERIALS), names
        assert not page.setup.apply_button.isEnabled()  # disabled while the question is open
        assert page.setup.apply() is None  # a second click asks nothing more
        question.reject()
        assert page.setup.operation is None and page.service.last_journal is None
        after = [dict(ctx.demo.site.node(s).charger.values) for s in SERIALS]
        assert after == before
        assert all(not ctx.demo.site.node(s).charger.pending for s in SERIALS)
        assert page.setup.apply_button.isEnabled()
        question = page.setup.apply()
        assert question is not None
        question.restart.click()
        applying = page.setup.operation
        assert applying is not None
        assert await applying.wait() is OperationState.SUCCEEDED, applying.error
        held = [ctx.demo.site.node(s).charger.values for s in SERIALS]
        assert [v[P("2180_1")] for v in held] == ["PARK", "PARK"]
        assert [page.setup.progress.percent(s) for s in SERIALS] == [100, 100]
        words = [page.setup.progress.item(r, 2).text() for r in range(2)]
        assert words == ["✔ done", "✔ done"], words
        await wait_for(lambda: sorted(changed) == KEYS[:2], "a refresh asked for each member")
        question = page.setup.rollback()  # rolling back restarts them too: asked, answered no
        assert question is not None and not page.setup.rollback_button.isEnabled()
        question.reject()
        assert [v[P("2180_1")] for v in held] == ["PARK", "PARK"]
        assert page.setup.rollback_button.isEnabled()


async def test_the_page_names_the_member_that_reads_the_meter(demo_window: OpenDemo) -> None:
    async with demo_window(time_scale=40.0) as ctx:
        page = scn_page(ctx.window)
        await read_two(page)
        name = page.service.display_name("ace0100001")
        page.setup.with_alb.setChecked(True)
        page.setup.meter_member.setCurrentIndex(0)
        assert page.setup.meter_note.text().startswith(f"{name} reads the meter")
        assert "whole network" in page.setup.meter_note.text()
        question = page.setup.apply()
        assert question is not None
        question.restart.click()
        assert page.setup.operation is not None
        assert await page.setup.operation.wait() is OperationState.SUCCEEDED
        page.setCurrentWidget(page.overview)
        reading = page.overview.refresh() or page.overview.operation
        assert reading is not None and await reading.wait() is OperationState.SUCCEEDED
        text = page.overview.meter.text()
        assert text.startswith(f"Meter-reading member: {name}."), text
        assert "whole network" in text
        for root in (page.setup, page.overview):
            raw = [t for t in shown_texts(root) if RAW.search(t)]
            assert not raw, raw


def test_a_member_that_ended_well_stands_at_100_percent(qtbot: QtBot) -> None:
    table = ApplyProgress()
    qtbot.addWidget(table)
    steps = [
        MemberProgress("ace1", "ACE1", "as-found", 0, 0, "reading the settings as found"),
        MemberProgress("ace1", "ACE1", "scn", 0, 2, "writing scn (2180_1, 2180_2)"),
        MemberProgress("ace1", "ACE1", "scn", 1, 2, "done"),
        MemberProgress("ace1", "ACE1", "reboot", 1, 2, "rebooting if needed"),
        MemberProgress("ace1", "ACE1", "waiting", 1, 2, "rebooting, waiting 3.0 s", None, 3.0),
        MemberProgress("ace1", "ACE1", "reboot", 2, 2, "done"),
        MemberProgress("ace1", "ACE1", "as-left", 2, 2, "reading the settings as left"),
    ]
    for step in steps:
        table.show_progress(step, "Garage")
    assert table.percent("ace1") == 100
    assert table.item(0, 2).text() == "reading the settings back"
    table.show_progress(MemberProgress("ace1", "ACE1", "finished", 2, 2, "done", "done"), "Garage")
    assert table.percent("ace1") == 100
    assert table.item(0, 2).text() == "✔ done"
    table.show_progress(steps[4], "Garage")
    assert table.item(0, 2).text() == "restarting, waiting 3 s"
    assert table.item(0, 2).toolTip() == "rebooting, waiting 3.0 s"  # the raw words: a tooltip
