"""Render the main window on the demo site, its Overview, the login dialog's states, Settings and
the user guide to PNG files, each at 1366×768 and 1920×1080.

    python tests/screenshots/render.py [OUT_DIR]      (default: tests/screenshots)

Runs under Xvfb (DISPLAY set: the xcb platform, as on a Linux desktop) or offscreen with a
1366×768 screen. Pictures (`<name>-1366x768.png`, `<name>-1920x1080.png`): the main window
(English light, dark, French), the Overview tab, the login dialog refusing a password, finding
the session busy and seeing a new certificate, the Settings dialog and the user guide; dialogs
are drawn centred over the window, as the installer sees them.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    screen = ROOT / "tests" / "offscreen_1366x768.json"
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screen}")

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

# isort: split
import qasync  # noqa: E402

from app.services.context import AppServices, build_services  # noqa: E402
from app.services.demo import DemoSite, start_demo  # noqa: E402
from app.ui.application import install_translations, remove_translations  # noqa: E402
from app.ui.demo_panel import DemoPanel  # noqa: E402
from app.ui.login_dialog import LoginDialog  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

DEMO_SITE = ROOT / "presets" / "sites" / "demo.toml"
SIZE = (1366, 768)
SIZES = ((1366, 768), (1920, 1080))


async def settle(condition: object = None, seconds: float = 10.0) -> None:
    """Let the loop run until `condition()` holds (or a short pause when there is none)."""
    end = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < end:
        if condition is not None and condition():  # type: ignore[operator]
            break
        await asyncio.sleep(0.05)
        if condition is None:
            break


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def sized(name: str, size: tuple[int, int]) -> str:
    return f"{name}-{size[0]}x{size[1]}.png"


async def resize(window: MainWindow, size: tuple[int, int]) -> None:
    window.setGeometry(0, 0, *size)
    await settle()
    await asyncio.sleep(0.3)  # a repaint or two at the new size


def save_over(window: MainWindow, dialog: QWidget, path: Path) -> None:
    """The window with `dialog` drawn centred over it (a dialog is its own top-level window)."""
    picture = window.grab()
    shot = dialog.grab()
    painter = QPainter(picture)
    x = max(0, (picture.width() - shot.width()) // 2)
    y = max(0, (picture.height() - shot.height()) // 2)
    painter.drawPixmap(x, y, shot)
    painter.end()
    picture.save(str(path))
    print(f"wrote {path}")


async def open_window(data_dir: Path) -> tuple[MainWindow, AppServices, DemoSite]:
    services = build_services(data_dir, poll_interval=0.5)
    demo = await start_demo(services, DEMO_SITE, discovery=True)
    window = MainWindow(services, demo_panel=DemoPanel(demo))
    window.setGeometry(0, 0, *SIZE)
    window.show()
    await settle(lambda: all(len(e.transports) == 2 for e in services.directory.entries()), 15)
    return window, services, demo


async def logged_in_view(window: MainWindow, demo: DemoSite) -> None:
    await demo.plug("ace0100001", 1, 3).wait()
    await demo.plug("ace0100003", 2, 1).wait()
    window.charger_list.select("ACE0100001")
    dialog = window.open_login()
    assert dialog is not None
    operation = dialog.start_login()
    assert operation is not None
    await operation.wait()
    await settle(lambda: window.overview.overview is not None)
    await asyncio.sleep(3.0)  # a few polls: the EV starts drawing current


async def dialogs(window: MainWindow, demo: DemoSite, out: Path) -> None:
    """The login dialog's three refusals, each over the window at both sizes."""
    window.charger_list.select("ACE0100002")
    dialog = window.open_login()
    assert isinstance(dialog, LoginDialog)
    dialog.password.setText("demo-Evel-pass")
    await login(dialog)
    await save_dialog(window, dialog, out, "login_lookalike")
    dialog.reject()
    await demo.fault("ace0100002", "phantom").wait()
    dialog = window.open_login()
    assert dialog is not None
    await login(dialog)
    await save_dialog(window, dialog, out, "login_busy")
    dialog.reject()
    await demo.fault("ace0100002", "phantom", hold=False).wait()
    await demo.fault("ace0100002", "new_certificate").wait()
    dialog = window.open_login()
    assert dialog is not None
    await login(dialog)
    await save_dialog(window, dialog, out, "login_certificate")
    dialog.reject()
    window.charger_list.select("ACE0100001")


async def save_dialog(
    window: MainWindow, dialog: QWidget, out: Path, name: str, *, fit: bool = True
) -> None:
    for size in SIZES:
        await resize(window, size)
        if fit:
            dialog.adjustSize()
        await settle()
        save_over(window, dialog, out / sized(name, size))


async def settings_and_help(window: MainWindow, out: Path) -> None:
    settings = window.open_settings()
    await save_dialog(window, settings, out, "settings")
    settings.close()
    guide = window.open_help()
    await save_dialog(window, guide, out, "help", fit=False)
    guide.close()


async def login(dialog: LoginDialog) -> None:
    operation = dialog.start_login()
    if operation is not None:
        await operation.wait()
    dialog.adjustSize()
    await settle()


def dark_palette(light: QPalette) -> QPalette:
    dark = QPalette(light)
    colours = {
        QPalette.ColorRole.Window: "#26272b",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#2a2b2f",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#32333a",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.ToolTipBase: "#32333a",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
    }
    for role, colour in colours.items():
        dark.setColor(role, QColor(colour))
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6f7378"))
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6f7378"))
    return dark


async def main(out: Path, app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    window, services, demo = await open_window(data / "en")
    try:
        await logged_in_view(window, demo)
        light = app.palette()
        for size in SIZES:
            await resize(window, size)
            save(window, out / sized("main_window", size))
            save(window.overview, out / sized("overview", size))
            app.setPalette(dark_palette(light))
            await settle()
            save(window, out / sized("main_window_dark", size))
            app.setPalette(light)
            await settle()
        await dialogs(window, demo, out)
        await settings_and_help(window, out)
    finally:
        window.close()
        await services.shutdown()
    french = install_translations(app, QLocale(QLocale.Language.French))
    window, services, demo = await open_window(data / "fr")
    try:
        await logged_in_view(window, demo)
        for size in SIZES:
            await resize(window, size)
            save(window, out / sized("main_window_fr", size))
    finally:
        window.close()
        await services.shutdown()
        remove_translations(app, french)


def run_script(main: Callable[[Path, QApplication], Coroutine[Any, Any, None]]) -> None:
    """Run `main(OUT_DIR, app)` on a qasync loop; OUT_DIR is argv[1] or this folder."""
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    target.mkdir(parents=True, exist_ok=True)
    application = QApplication(sys.argv[:1])
    application.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(application)
    with asyncio.Runner(loop_factory=lambda: loop) as runner:
        runner.run(main(target, application))


if __name__ == "__main__":
    run_script(main)
