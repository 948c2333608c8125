"""GUI fixtures: services over the demo site on 127.0.0.1, and the main window on them.

Everything asynchronous starts and stops inside the test's own coroutine (`async with
demo_window(...)`): pytest-qt processes Qt events between fixtures, and qasync would then run
asyncio callbacks outside a running loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.context import AppServices, build_services
from app.services.demo import DemoSite, start_demo
from app.ui.demo_panel import DemoPanel
from app.ui.main_window import MainWindow
from tests.ui.helpers import wait_for

DEMO_SITE = Path(__file__).resolve().parents[2] / "presets" / "sites" / "demo.toml"


@dataclass
class DemoWindow:
    window: MainWindow
    services: AppServices
    demo: DemoSite


OpenDemo = Callable[..., AbstractAsyncContextManager[DemoWindow]]


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path) -> OpenDemo:
    """`async with demo_window() as ctx:` the window over a running demo site."""

    @asynccontextmanager
    async def open_demo(*, discovery: bool = False, **options: object) -> AsyncIterator[DemoWindow]:
        services = build_services(tmp_path, poll_interval=0.25, timeout=3.0)
        try:
            demo = await start_demo(
                services, DEMO_SITE, discovery=discovery, state_interval=0.2, **options
            )
            window = MainWindow(services, demo_panel=DemoPanel(demo))
            qtbot.addWidget(window)
            window.show()
            await wait_for(
                lambda: all(e.firmware for e in services.directory.entries()), "the probes"
            )
            yield DemoWindow(window, services, demo)
        finally:
            await services.shutdown()

    return open_demo
