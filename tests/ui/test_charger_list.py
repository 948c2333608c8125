"""The charger list does not jump: rows keep their place, the columns keep their width, and the
Bluetooth marker stays after a login."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.charger_list import KEY_ROLE, ChargerListModel
from app.ui.main_window import MainWindow
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import log_in, wait_for

pytestmark = pytest.mark.gui


def order(window: MainWindow) -> list[str]:
    proxy = window.charger_list.proxy
    return [str(proxy.index(row, 0).data(KEY_ROLE)) for row in range(proxy.rowCount())]


def shown(window: MainWindow, key: str, column: int) -> str:
    proxy = window.charger_list.proxy
    row = order(window).index(key)
    return str(proxy.index(row, column).data() or "")


async def test_rows_keep_their_place_and_columns_their_width_after_login(
    demo_window: OpenDemo,
) -> None:
    async with demo_window(discovery=True) as ctx:
        window = ctx.window
        alfen = [e for e in ctx.services.directory.entries() if e.driver == "alfen"]
        await wait_for(lambda: all("ble" in e.transports for e in alfen), "Bluetooth sightings")
        before = order(window)
        assert before == sorted(before), "the list is ordered by serial by default"
        header = window.charger_list.view.header()
        widths = [header.sectionSize(c) for c in range(header.count())]
        key = max(e.key for e in alfen)
        await log_in(window, key)
        await wait_for(lambda: "·" in shown(window, key, ChargerListModel.STATE), "a live poll")
        assert order(window) == before
        assert [header.sectionSize(c) for c in range(header.count())] == widths
        viewport = window.charger_list.view.viewport().width()
        for column in (ChargerListModel.ADDRESS, ChargerListModel.SERIAL, ChargerListModel.MODEL):
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert right <= viewport, f"column {column} pushed off the list"
        link = window.charger_list.proxy.index(order(window).index(key), ChargerListModel.LINK)
        assert "Bluetooth" in str(link.data(Qt.ItemDataRole.ToolTipRole))
        assert link.data(Qt.ItemDataRole.DecorationRole) is not None  # the icons, both
        state = window.charger_list.proxy.index(order(window).index(key), ChargerListModel.STATE)
        assert shown(window, key, ChargerListModel.STATE) in str(
            state.data(Qt.ItemDataRole.ToolTipRole)  # the whole state, even when the cell elides it
        )


async def test_the_user_can_still_sort_by_another_column(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        view = ctx.window.charger_list.view
        view.sortByColumn(ChargerListModel.MODEL, Qt.SortOrder.DescendingOrder)
        models = [shown(ctx.window, key, ChargerListModel.MODEL) for key in order(ctx.window)]
        assert models == sorted(models, key=str.casefold, reverse=True)
