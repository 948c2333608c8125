"""The About dialog: version, log folder, and the bundled libraries with their licences."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

import app
from app.ui.about import AboutDialog

pytestmark = pytest.mark.gui

# The libraries the issue names, each of which must be listed with a licence.
KEY_LIBRARIES = ("PySide6_Essentials", "qasync", "pyqtgraph", "pymodbus", "zeroconf", "bleak")


def _rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }


def test_shows_name_version_and_log_folder(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "logs")
    qtbot.addWidget(dialog)
    assert f"{app.APP_NAME} {app.__version__}" in dialog.heading.text()
    assert str(tmp_path / "logs") in dialog.log_label.text()
    assert app.APP_NAME in dialog.windowTitle()


def test_lists_python_qt_and_bundled_libraries_with_licences(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert rows["Qt"][1] == "LGPL-3.0-only"
    assert rows["Python"][1] == "PSF-2.0"
    for name in KEY_LIBRARIES:
        version, licence = rows[name]
        assert version and licence and licence != "see the licence file", name
    assert rows["zeroconf"][1] == "LGPL-2.1-or-later"


def test_selecting_a_library_shows_its_licence_text(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    dialog.table.setCurrentCell(names.index("qasync"), 0)
    assert "Redistribution and use in source and binary forms" in (
        dialog.licence_view.toPlainText()
    )
    dialog.table.setCurrentCell(names.index("Qt"), 0)
    assert "its licence is LGPL-3.0-only" in dialog.licence_view.toPlainText()


def test_open_log_folder_creates_and_opens_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    log_dir = tmp_path / "nested" / "logs"
    dialog = AboutDialog(log_dir)
    qtbot.addWidget(dialog)
    dialog.open_logs.click()
    assert log_dir.is_dir()
    assert [url.toLocalFile() for url in opened] == [str(log_dir)]
