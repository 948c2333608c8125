"""The SCN tab over the demo site: pick, edit and see the sentences change, apply, overview.

Set SCN_SCREENSHOTS=DIR to keep the pictures of the set-up page and the overview there.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QWidget

from app.core.phases import PhaseMapping
from app.drivers.alfen.properties import PropertyId
from app.services.operations import Operation, OperationState
from app.ui.main_window import MainWindow
from app.ui.scn.page import ScnPage
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import wait_for

pytestmark = pytest.mark.gui

P = PropertyId.parse
KEYS = ["ACE0100001", "ACE0100002", "ACE0100003"]


def scn_page(window: MainWindow) -> ScnPage:
    page = window.scn  # made on first need
    window.show_tab(page)
    assert window.tabs.currentWidget() is page, "no SCN tab"
    return page


def confirm_apply(page: ScnPage) -> Operation:
    """Apply to every member and answer the restart question with yes."""
    question = page.setup.apply()
    assert question is not None and question.isVisible()
    question.restart.click()
    assert page.setup.operation is not None
    return page.setup.operation


def sentences(page: ScnPage) -> list[str]:
    return list(page.setup.sentence_list)


def picture(widget: QWidget, tmp_path: Path, name: str) -> None:
    image = widget.grab()
    assert not image.isNull()
    keep = os.environ.get("SCN_SCREENSHOTS")
    image.save(str(Path(keep) / name if keep else tmp_path / name))


async def test_sentences_follow_the_edits(demo_window: OpenDemo, tmp_path: Path) -> None:
    async with demo_window() as ctx:
        page = scn_page(ctx.window)
        page.setup.pick(KEYS)
        reading = page.setup.read_members()
        assert reading is not None
        assert await reading.wait() is OperationState.SUCCEEDED, reading.error
        await wait_for(lambda: page.setup.table.rowCount() == 4, "the rotation table")
        assert any(s.startswith("ACE0100003:") and "SCN licence" in s for s in sentences(page))
        assert not page.setup.apply_button.isEnabled()
        page.setup.name.setText("bad name")
        assert any("SCN name 'bad name'" in s for s in sentences(page))
        page.setup.name.setText("PARK")
        assert not any("SCN name" in s for s in sentences(page))
        combo = page.setup.table.cellWidget(0, 3)
        assert isinstance(combo, QComboBox)
        assert combo.currentText() == "L1L2L3"
        combo.setCurrentText("L2L3L1")
        assert page.setup.proposal is not None
        assert page.setup.proposal.rotation["ace0100001"] == (PhaseMapping.L2L3L1,)
        picture(ctx.window, tmp_path, "scn_setup.png")


async def test_apply_then_overview_shows_alternation(demo_window: OpenDemo, tmp_path: Path) -> None:
    async with demo_window(time_scale=40.0) as ctx:
        page = scn_page(ctx.window)
        setup = page.setup
        setup.pick(KEYS[:2])
        reading = setup.read_members()
        assert reading is not None and await reading.wait() is OperationState.SUCCEEDED
        setup.name.setText("PARK")
        setup.total.setValue(6)
        setup.total_safe.setValue(6)
        assert sentences(page)[0] == "The plan breaks no rule.", sentences(page)
        assert setup.apply_button.isEnabled()
        applying = confirm_apply(page)
        assert await applying.wait() is OperationState.SUCCEEDED, applying.error
        assert setup.progress.rowCount() == 2
        held = [ctx.demo.site.node(s).charger.values for s in ("ace0100001", "ace0100002")]
        assert [v[P("2180_1")] for v in held] == ["PARK", "PARK"]
        assert [v[P("2180_5")] for v in held] == [6, 6]
        for serial in ("ace0100001", "ace0100002"):
            plug = ctx.demo.plug(serial, 1, 3)
            assert await plug.wait() is OperationState.SUCCEEDED, plug.error
        page.setCurrentWidget(page.overview)
        overview = page.overview

        async def paused() -> bool:
            reading = overview.refresh() or overview.operation
            assert reading is not None
            await reading.wait()
            status = overview.status
            if status is None or len(status.paused) != 1:
                return False
            return sum(status.totals) > 5.0  # the other socket charges meanwhile

        deadline = time.monotonic() + 30.0
        while not await paused():
            assert time.monotonic() < deadline, "not one socket paused, one charging within 30 s"
        assert overview.status is not None and overview.status.paused
        assert overview.status.limit == 6
        texts = [overview.table.item(r, 7).text() for r in range(overview.table.rowCount())]
        assert any(t.startswith("paused until about") for t in texts), texts
        picture(ctx.window, tmp_path, "scn_overview.png")
