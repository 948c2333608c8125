"""The Qt half of `--self-check`: platform plugins, image plugins, and the Qt-based libraries."""

from __future__ import annotations

import asyncio
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

from app.bundle.outcome import FAIL, OK, Outcome, bundle_root

# The platform plugin a desktop session uses on each OS; a build without it opens no window.
NATIVE_PLATFORM_PLUGIN = {"linux": "libqxcb", "darwin": "libqcocoa", "win32": "qwindows"}
OTHER_BINDINGS = ("PyQt5", "PyQt6", "PySide2")
ICON = Path("resources") / "icons" / "commissioner.svg"


def _choose_platform() -> str | None:
    """Without a display on Linux, Qt would abort; use the offscreen plugin and say so."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return "offscreen (no display found)"
    return None


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0]])


def check_qt() -> Outcome:
    """A QApplication starts on a platform plugin; native and image plugins are bundled."""
    chosen = _choose_platform()
    import PySide6
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtGui import QIcon, QImageReader

    application = _application()
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platforms = sorted(p.name for p in (plugins / "platforms").glob("*")) if plugins else []
    native = NATIVE_PLATFORM_PLUGIN.get(sys.platform, "")
    formats = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    icon = QIcon(str(bundle_root() / ICON))
    other = [name for name in OTHER_BINDINGS if importlib.util.find_spec(name) is not None]
    detail: dict[str, object] = {
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "platform": application.platformName(),
        "platform_forced": chosen,
        "platform_plugins": platforms,
        "native_plugin_bundled": any(name.startswith(native) for name in platforms),
        "image_formats": formats,
        "icon_renders": not icon.pixmap(64, 64).isNull(),
        "other_qt_bindings": other,
    }
    problems = [
        text
        for text, bad in (
            (f"native platform plugin {native} missing", not detail["native_plugin_bundled"]),
            ("the SVG app icon does not render", not detail["icon_renders"]),
            ("svg/png image plugins missing", not {"svg", "png"} <= set(formats)),
            (f"other Qt bindings are importable: {other}", bool(other)),
        )
        if bad
    ]
    if problems:
        detail["reason"] = "; ".join(problems)
        return FAIL, detail
    return OK, detail


async def _probe_loop() -> int:
    await asyncio.sleep(0.01)
    return await asyncio.get_running_loop().run_in_executor(None, sum, [1, 2, 3])


def check_qt_libraries() -> Outcome:
    """qasync and pyqtgraph chose PySide6; a coroutine runs on the qasync loop; a plot draws."""
    application = _application()
    import pyqtgraph
    import qasync
    from pyqtgraph.Qt import QT_LIB

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(application)) as runner:
        loop_result = runner.run(asyncio.wait_for(_probe_loop(), timeout=5))
    plot = pyqtgraph.PlotWidget()
    plot.plot([0.0, 1.0, 2.0], [1.0, 3.0, 2.0])
    plot.resize(200, 120)
    drawn = not plot.grab().isNull()
    plot.deleteLater()
    detail: dict[str, object] = {
        "qasync_binding": qasync.QtModuleName,
        "pyqtgraph_binding": QT_LIB,
        "pyqtgraph": pyqtgraph.__version__,
        "qasync_loop_result": loop_result,
        "plot_drawn": drawn,
    }
    good = qasync.QtModuleName == "PySide6" and QT_LIB == "PySide6" and loop_result == 6 and drawn
    return (OK if good else FAIL), detail
