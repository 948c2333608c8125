"""Where icons and translations live, and icons drawn in the palette's text colour."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QWidget

# Icons are drawn in this colour; it is replaced by the palette's text colour when loaded.
_INK = "#1f1f1f"
_SIZES = (16, 24, 32, 48)


def resource_dir() -> Path:
    """`resources/` next to the `app` package, or inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resource_dir() / "translations"


def help_dir() -> Path:
    """The user guide's HTML pages."""
    return resource_dir() / "help"


# The languages the program speaks, each named in its own language (never translated).
LANGUAGES = (
    ("en", "English"),
    ("fr", "Français"),
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("es", "Español"),
)
_installed: list[QTranslator] = []


def language_locale(code: str) -> QLocale:
    """The locale of a language code; the system's for "" or a language we do not have."""
    if code in dict(LANGUAGES):
        return QLocale(code)
    return QLocale.system()


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Our strings and Qt's own (dialog buttons) in the locale's language, when we have them."""
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (("commissioner", str(translations_dir())), ("qtbase", qt_dir)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def use_language(code: str) -> QLocale:
    """Switch the whole program to a language ("" for the system's): its translations replace
    the ones installed before, and numbers and dates follow its locale from now on."""
    app = QCoreApplication.instance()
    assert app is not None
    while _installed:
        app.removeTranslator(_installed.pop())
    locale = language_locale(code)
    QLocale.setDefault(locale)
    _installed.extend(install_translators(app, locale))
    return locale


def icon(name: str, *, colour: QColor | None = None) -> QIcon:
    """A themed icon from resources/icons/<name>.svg, in the current text colour."""
    if colour is None:
        app = QGuiApplication.instance()
        palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
        colour = palette.color(QPalette.ColorRole.WindowText)
    return _icon(name, colour.name())


@functools.cache
def _svg(name: str) -> str:
    return (resource_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


@functools.cache
def _icon(name: str, colour: str) -> QIcon:
    data = QByteArray(_svg(name).replace(_INK, colour).encode())
    renderer = QSvgRenderer(data)
    result = QIcon()
    ratio = _device_pixel_ratio()
    for size in _SIZES:
        pixmap = QPixmap(QSize(size, size) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


THEMED = "themedIcon"  # dynamic property: the icon name to redraw when the palette changes


def set_themed_icon(target: QAbstractButton | QAction, name: str) -> None:
    """Give a button or action an icon that follows the palette's text colour."""
    target.setProperty(THEMED, name)
    target.setIcon(icon(name))


def refresh_themed_icons(root: QWidget) -> None:
    """Redraw every themed icon under `root` (after a light/dark palette change)."""
    for target in root.findChildren(QObject):
        name = target.property(THEMED)
        if name and isinstance(target, QAbstractButton | QAction):
            target.setIcon(icon(str(name)))


def _device_pixel_ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return max(1.0, screen.devicePixelRatio()) if screen is not None else 1.0


def app_icon() -> QIcon:
    """The program's own icon (its colours are fixed)."""
    return QIcon(str(resource_dir() / "icons" / "commissioner.svg"))
