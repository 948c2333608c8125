"""Replaces PyInstaller's QtGui hook: the same Qt plugins, minus the GTK 3 platform theme.

That plugin links the build machine's own GTK 3 (libgtk-3, gdk, pango, atk… about 20 MB), so a
build would ship whatever GTK the builder happened to have, or warn when it has none. Without
it Qt draws its own style and uses the xdg-desktop-portal theme plugin for file dialogs.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import get_qt_library_info

_DROPPED = ("libqgtk3",)

hiddenimports, binaries, datas = get_qt_library_info("PySide6").collect_module("PySide6.QtGui")
binaries = [(src, dst) for src, dst in binaries if not Path(src).name.startswith(_DROPPED)]
