"""The main window over the demo site: the list, the overview, logout on close, layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.services.context import build_services
from app.services.devices import LinkState
from app.sim.alfen.charger import LICENCE_BITS, SimCharger
from app.ui.charger_list import KEY_ROLE, ChargerListModel
from app.ui.main_window import MainWindow
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import log_in, wait_for

pytestmark = pytest.mark.gui


def row_texts(window: MainWindow, key: str) -> dict[int, str]:
    model = window.charger_list.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(KEY_ROLE) == key:
            role = Qt.ItemDataRole.AccessibleTextRole  # the link column's words (icons shown)
            return {
                c: str(model.index(row, c).data(role) or "") for c in range(model.columnCount())
            }
    raise AssertionError(f"{key} is not listed")


async def test_the_list_shows_every_simulated_charger_with_its_identity(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        state = await ctx.demo.fetch_state()
        assert len(state["chargers"]) == 3 and len(state["trydans"]) == 1
        assert ctx.window.charger_list.model.rowCount() == 4
        for charger in state["chargers"]:
            row = row_texts(ctx.window, charger["serial"].upper())
            assert row[ChargerListModel.SERIAL] == charger["serial"]
            assert row[ChargerListModel.MODEL] == charger["model"]
            assert row[ChargerListModel.FIRMWARE] == charger["firmware"]
            port = charger["api"]["url"].rsplit(":", 1)[1]
            assert row[ChargerListModel.ADDRESS] == f"127.0.0.1:{port}"
            assert row[ChargerListModel.LINK] == "LAN"
            assert row[ChargerListModel.STATE] == "not logged in"
        trydan = ctx.demo.site.endpoints()["chargers"][3]
        row = row_texts(ctx.window, "V2C0100004")
        assert (row[ChargerListModel.MODEL], row[ChargerListModel.LINK]) == ("Trydan", "LAN")
        assert row[ChargerListModel.ADDRESS] == str(trydan["http"]).removeprefix("http://")
        assert "Chargers found: 4" in ctx.window.activity.background.text()


async def test_search_filters_the_list(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        panel = ctx.window.charger_list
        panel.search.setText("NG920")
        assert panel.proxy.rowCount() == 1
        assert panel.proxy.index(0, 0).data(KEY_ROLE) == "ACE0100003"
        panel.search.clear()
        assert panel.proxy.rowCount() == 4


async def test_overview_shows_what_the_simulator_holds(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        await log_in(window, "ACE0100001")
        charger = ctx.demo.site.node("ace0100001").charger
        overview = window.overview.overview
        assert overview is not None
        assert overview.identity.model == charger.model == "NG910-60027"
        assert set(overview.features) == {f for f in Feature if charger.licence_bits & f}
        features = window.overview.features_label.text()
        assert "✔ Active load balancing" in features
        assert "✔ Smart Charging Network" in features
        assert "✘ RFID reader" in features
        limits = window.overview.limits_table
        assert limits.item(0, 0).text() == "Station maximum current"
        assert limits.item(0, 1).text() == "25.0 A"  # 2062_0 in demo.toml
        assert limits.isColumnHidden(2)  # one socket
        sockets = window.overview.sockets_table
        assert sockets.item(0, 2).text() == "A: no vehicle"
        await wait_for(
            lambda: "S1 available" in row_texts(window, "ACE0100001")[ChargerListModel.STATE],
            "the live state in the list",
        )

        await ctx.demo.plug("ace0100001", 1, 3).wait()
        await wait_for(lambda: sockets.item(0, 2).text()[0] in "BC", "the EV in the overview")
        state = await ctx.demo.fetch_state()
        socket = state["chargers"][0]["sockets"][0]
        assert socket["ev"]["phases"] == 3
        await wait_for(
            lambda: (
                sockets.item(0, 2).text().split(":")[0] == socket["mode3"]
                or socket["mode3"] != ctx.demo.site.node("ace0100001").charger.sockets[0].mode3.name
            ),
            "the overview to agree with the simulator",
        )


async def test_two_socket_charger_shows_both_sockets(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        await log_in(ctx.window, "ACE0100003")
        assert ctx.window.overview.sockets_table.rowCount() == 2
        assert not ctx.window.overview.limits_table.isColumnHidden(2)
        assert "✘ Active load balancing" in ctx.window.overview.features_label.text()


async def test_closing_the_window_logs_out_of_every_charger(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        await log_in(ctx.window, "ACE0100002")
        assert (await ctx.demo.fetch_state())["chargers"][1]["api"]["session"] is True
        ctx.window.close()
        await ctx.services.sessions.shutdown()
        assert ctx.services.sessions.logged_in() == []
        assert (await ctx.demo.fetch_state())["chargers"][1]["api"]["session"] is False
        entry = ctx.services.directory.entry("ACE0100002")
        assert entry is not None and entry.state is LinkState.READY


async def test_window_geometry_is_remembered(
    qtbot: QtBot, demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        ctx.window.resize(1100, 650)
        ctx.window.splitter.setSizes([300, 800])
        left = ctx.window.splitter.sizes()[0]
        ctx.window.close()
    again = MainWindow(build_services(tmp_path))
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (1100, 650)
    assert again.splitter.sizes()[0] == left


async def test_enter_on_a_row_opens_the_login(qtbot: QtBot, demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        ctx.window.charger_list.select("ACE0100002")
        ctx.window.charger_list.view.setFocus()
        qtbot.keyClick(ctx.window.charger_list.view, Qt.Key.Key_Return)
        dialog = ctx.window.login_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.entry.key == "ACE0100002"
        dialog.reject()


def ink(icon: QIcon) -> QColor:
    """The colour of the most opaque pixel of an icon drawn at its first size."""
    image = icon.pixmap(icon.availableSizes()[0]).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return max(pixels, key=lambda c: c.alpha())


async def test_icons_follow_a_light_to_dark_palette_switch(demo_window: OpenDemo) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    async with demo_window() as ctx:
        button = ctx.window.charger_list.add_button
        assert ink(button.icon()).lightness() < 100
        dark = QPalette(light)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
        dark.setColor(QPalette.ColorRole.Base, QColor("#2b2c2f"))
        dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
        try:
            app.setPalette(dark)
            await wait_for(lambda: ink(button.icon()).lightness() > 180, "a light icon")
            index = ctx.window.charger_list.model.index(0, ChargerListModel.LINK)
            link_icon = index.data(Qt.ItemDataRole.DecorationRole)
            assert ink(link_icon).lightness() > 180
        finally:
            app.setPalette(light)
        await wait_for(lambda: ink(button.icon()).lightness() < 100, "a dark icon again")


async def test_the_window_renders_to_png_at_1366_by_768(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        await log_in(ctx.window, "ACE0100003")
        ctx.window.setGeometry(0, 0, 1366, 768)
        path = tmp_path / "main_window.png"
        assert ctx.window.grab().save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768)
        colours = {image.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 23)}
        assert len(colours) > 10  # text, tables and icons, not a blank surface


def test_keyboard_shortcuts_reach_search_and_address(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(build_services(tmp_path))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.charger_list.address.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.charger_list.search.hasFocus()
    qtbot.keyClick(window.charger_list.search, Qt.Key.Key_Tab)
    assert window.charger_list.view.hasFocus()
    for widget in (window.charger_list.search, window.charger_list.view):
        assert widget.accessibleName()


def unlock_alb(charger: SimCharger) -> None:
    charger.values[LICENCE_BITS] = charger.licence_bits | Feature.ALB


@pytest.mark.parametrize("source", ["commissioning", "scn"])
async def test_the_overview_is_read_again_when_a_run_changed_the_charger(
    demo_window: OpenDemo, source: str
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        await log_in(window, "ACE0100003")
        assert "✘ Active load balancing" in window.overview.features_label.text()
        unlock_alb(ctx.demo.site.node("ace0100003").charger)  # what a licence run leaves
        page = window.commissioning if source == "commissioning" else window.scn
        page.chargerChanged.emit("ACE0100003")
        await wait_for(
            lambda: "✔ Active load balancing" in window.overview.features_label.text(),
            "the overview to show the unlocked feature",
        )


async def test_log_out_clears_the_overview_and_a_new_login_reads_it_again(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        await log_in(window, "ACE0100003")
        operation = window.logout_current()
        assert operation is not None
        await operation.wait()
        assert window.overview.overview is None
        assert not window.overview.scroll.isVisible()
        unlock_alb(ctx.demo.site.node("ace0100003").charger)
        await log_in(window, "ACE0100003")
        assert "✔ Active load balancing" in window.overview.features_label.text()


def test_a_mapping_chosen_on_live_monitoring_goes_into_the_plan(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(build_services(tmp_path))
    qtbot.addWidget(window)
    used: list[tuple[str, int, PhaseMapping]] = []
    monkeypatch.setattr(
        window.commissioning,
        "use_phase_mapping",
        lambda key, socket, mapping: used.append((key, socket, mapping)),
        raising=False,
    )
    window.tabs.setCurrentWidget(window.monitoring)
    window.monitoring.mappingChosen.emit("ACE0100001", 1, PhaseMapping("L2L3L1"))
    assert used == [("ACE0100001", 1, PhaseMapping("L2L3L1"))]
    assert window.tabs.currentWidget() is window.commissioning


async def test_a_charger_changed_in_the_background_is_read_again_when_selected(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        await log_in(window, "ACE0100003")
        await log_in(window, "ACE0100001")
        unlock_alb(ctx.demo.site.node("ace0100003").charger)
        window.commissioning.chargerChanged.emit("ACE0100003")
        window.charger_list.select("ACE0100003")
        await wait_for(
            lambda: "✔ Active load balancing" in window.overview.features_label.text(),
            "the overview of the charger changed meanwhile",
        )
