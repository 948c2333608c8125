"""The desktop program's start-up: QApplication, translations, the qasync loop, the window.

One asyncio loop runs on the Qt main thread (qasync). `run_shell` keeps the window until it
is closed, then logs out of every charger and stops every task before the loop ends.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

# qasync and pyqtgraph pick their Qt binding from these; a value left in the user's environment
# (QT_API=pyqt5) must not matter: this program is PySide6 only (the frozen build's runtime
# hook does the same).
os.environ["QT_API"] = "pyside6"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"


# isort: split
import qasync  # after PySide6, so qasync binds to it rather than another Qt binding

from app.services import pyside_compat
from app.services.context import AppServices, build_services
from app.services.logs import log_dir, start_log_file
from app.services.settings import LANGUAGE, TIMEOUT, GuiSettings
from app.ui.crash import CrashReporter
from app.ui.main_window import MainWindow
from app.ui.resources import app_icon, install_translators, use_language

log = logging.getLogger(__name__)

# Start-up probe for tests/bench/bench_gui.py: when set, the program writes to this file the
# wall-clock times at which the shown window's list had rows and had every row probed, then
# closes itself.
READY_PROBE_ENV = "COMMISSIONER_READY_PROBE"

Prepare = Callable[[AppServices], Awaitable[object]]


async def real_discovery(services: AppServices) -> object:
    """The real program: mDNS on every interface of the laptop, and Bluetooth LE."""
    from app.services.discovery import start_discovery  # zeroconf and bleak: not for --demo

    return await start_discovery(services, interfaces=None, bluetooth=True)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with high-DPI scaling, names, icon and translations installed."""
    pyside_compat.install()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv or ["commissioner"])
    app.setApplicationName("Commissioner")
    app.setOrganizationName("Commissioner")
    app.setDesktopFileName("commissioner")
    app.setWindowIcon(app_icon())
    use_language("")
    return app


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Our strings and Qt's own in the locale's language (the screenshot scripts)."""
    return install_translators(app, locale)


def remove_translations(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


async def run_shell(
    services: AppServices,
    *,
    prepare: Prepare | None = None,
    demo_panel_factory: Callable[[AppServices], QWidget] | None = None,
    quit_after: float | None = None,
) -> int:
    """Show the window; when it closes, log out and stop every task. Returns the exit code.

    `quit_after` closes the window after that many seconds (the packaged-build smoke test).
    """
    closed = asyncio.Event()
    # Rows are listed at once, but probed (and the demo's discovery started) only once the
    # window has been painted: the installer sees the list before that work takes the loop.
    services.directory.hold()
    try:
        # The window is made first: meanwhile the demo's site starts in its own process.
        window = MainWindow(services)
        window.closing.connect(closed.set)
        if prepare is not None:
            await prepare(services)
            window.update_background()  # what `prepare` started: discovery, the demo site
        window.show()
        _watch_ready(window)
        await first_paint(window.charger_list.view.viewport())
        services.directory.release()
        if demo_panel_factory is not None:  # docked once the list shows
            window.add_demo_panel(demo_panel_factory(services))
        window.lazy_tabs.build_later()  # the other tabs' pages, once the list is up
        _close_on_sigint(window)
        if quit_after is not None:
            QTimer.singleShot(int(quit_after * 1000), window.close)
        await closed.wait()
    finally:
        await services.shutdown()  # work still held is dropped, never started
    return 0


async def first_paint(widget: QWidget, within: float = 1.0) -> None:
    """Wait until `widget` has been painted once (at most `within` seconds: a window opened
    minimised is not painted)."""
    painted = asyncio.get_running_loop().create_future()
    # set once this paint is done: the future's waiter runs at the loop's next turn
    watcher = PaintWatcher(widget, lambda: painted.done() or painted.set_result(None))
    try:
        async with asyncio.timeout(within):
            await painted
    except TimeoutError:
        log.info("The window was not painted within %g s; going on", within)
    finally:
        watcher.stop()


class PaintWatcher(QObject):
    """Calls `on_paint` at each paint event of `widget` until `stop()`."""

    def __init__(self, widget: QWidget, on_paint: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget, self.on_paint = widget, on_paint
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.on_paint()
        return False

    def stop(self) -> None:
        self.widget.removeEventFilter(self)
        self.deleteLater()


def run_application(
    folders: tuple[Path | None, GuiSettings | None],
    *,
    prepare: Prepare | None = None,
    demo_panel_factory: Callable[[AppServices], QWidget] | None = None,
    quit_after: float | None = None,
    remember_pins: bool = True,
) -> int:
    """Build everything, run the loop until the window is closed, and return the exit code.

    `folders`: the data folder and preferences of this start (`startup_folders`)."""
    app = make_application()
    app.setQuitOnLastWindowClosed(False)
    data_dir, preferences = folders
    logs = log_dir(data_dir)
    log_file = start_log_file(logs)
    loop = qasync.QEventLoop(app)
    crash = CrashReporter(log_file)
    crash.install(loop)
    try:
        with asyncio.Runner(loop_factory=lambda: loop) as runner:
            services = build_services(data_dir, remember_pins=remember_pins)
            if preferences is not None:
                # Without --data-dir the preferences stay in the platform's settings file, even
                # when Settings moved the data folder: that is where the next start reads them.
                services.settings = preferences
            apply_preferences(services)
            services.log_dir = logs
            shell = run_shell(
                services,
                prepare=prepare,
                demo_panel_factory=demo_panel_factory,
                quit_after=quit_after,
            )
            return runner.run(shell)
    finally:
        crash.uninstall()


def apply_preferences(services: AppServices) -> None:
    """At start: the language chosen in Settings (else the system's), the charger timeout."""
    use_language(services.settings.preference(LANGUAGE, ""))
    timeout = services.settings.preference(TIMEOUT, 0.0)
    if timeout > 0:
        services.sessions.timeout = timeout


def _close_on_sigint(window: MainWindow) -> None:
    """Ctrl+C in the terminal closes the window (and so logs out) instead of being lost."""
    signal.signal(signal.SIGINT, lambda *_: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)  # lets Python run its signal handlers
    timer.start(250)


def _watch_ready(window: MainWindow) -> None:
    """For the start-up benchmark: note when the list is painted with rows, and when every row
    is probed; then close the window."""
    probe = os.environ.get(READY_PROBE_ENV)
    if probe:
        _ReadyProbe(window, Path(probe))


class _ReadyProbe(QObject):
    """Watches the charger list's paint events (the moment rows are on screen, not merely in
    the model) and the rows' firmware (filled in by each row's probe)."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.window, self.path = window, path
        self.model = window.charger_list.model
        self.seen: dict[str, float] = {}
        PaintWatcher(window.charger_list.view.viewport(), self._painted)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._check_probed)
        self.timer.start(2)

    def _painted(self) -> None:
        if self.model.rowCount():
            self.seen.setdefault("rows", time.time())  # painted once this paint event is done

    def _check_probed(self) -> None:
        rows = [self.model.entry_at(r) for r in range(self.model.rowCount())]
        if "rows" in self.seen and rows and all(entry.firmware for entry in rows):
            self.seen["probed"] = time.time()
            lines = "".join(f"{name} {when:.6f}\n" for name, when in self.seen.items())
            self.path.write_text(lines, encoding="utf-8")
            self.timer.stop()
            QTimer.singleShot(0, self.window.close)
