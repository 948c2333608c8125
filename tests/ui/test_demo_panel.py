"""The demo panel keeps a wiring the installer picked until Rewire applies it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.demo_panel import DemoPanel
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import next_emission, wait_for

pytestmark = pytest.mark.gui


async def test_a_picked_wiring_survives_the_refresh_and_rewire_applies_it(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        panel = ctx.window.demo_dock.widget() if ctx.window.demo_dock else None
        assert isinstance(panel, DemoPanel)
        panel.socket_choice.setCurrentIndex(panel.socket_choice.findData("ace0100003/2"))
        assert panel.wiring_choice.currentText() == "L2L3L1"  # the true wiring, shown
        panel.wiring_choice.setFocus()
        qtbot.keyClick(panel.wiring_choice, Qt.Key.Key_Down)  # the installer picks another
        picked = panel.wiring_choice.currentData()
        assert picked != "L2L3L1"
        for _ in range(3):  # several refreshes of the site's state
            await next_emission(ctx.demo.stateChanged)
        assert panel.wiring_choice.currentData() == picked
        await panel.rewire().wait()
        socket = (await ctx.demo.fetch_state())["chargers"][2]["sockets"][1]
        assert socket["wiring"] == picked
        await next_emission(ctx.demo.stateChanged)
        assert panel.wiring_choice.currentData() == picked


async def test_choosing_another_socket_shows_its_true_wiring_again(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        panel = ctx.window.demo_dock.widget() if ctx.window.demo_dock else None
        assert isinstance(panel, DemoPanel)
        panel.socket_choice.setCurrentIndex(panel.socket_choice.findData("ace0100003/2"))
        qtbot.keyClick(panel.wiring_choice, Qt.Key.Key_Down)
        assert panel.wiring_pending
        panel.socket_choice.setCurrentIndex(panel.socket_choice.findData("ace0100003/1"))
        await wait_for(lambda: not panel.wiring_pending, "the pick to be dropped")
        state = await ctx.demo.fetch_state()
        assert panel.wiring_choice.currentData() == state["chargers"][2]["sockets"][0]["wiring"]
