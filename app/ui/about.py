"""The About dialog: version, where the logs are, and the licence of every bundled library.

The library list is read from the libraries' own metadata (app/bundle/licences.py), so it is
what the build really ships; the packaged build bundles that metadata for this dialog. Selecting a
library shows the licence text it ships with (LGPL and MPL ask for that).
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import app
from app.bundle import licences
from app.bundle.licences import Library

# Qt's own licence: the framework under PySide6, as its open-source distribution licenses it.
QT_LICENCE = "LGPL-3.0-only"


def about_libraries() -> list[Library]:
    """Python, Qt and every bundled distribution, in the order the dialog lists them."""
    qt = Library(name="Qt", version=qVersion(), licence=QT_LICENCE)
    return [licences.python_runtime(), qt, *licences.bundled_libraries()]


class AboutDialog(QDialog):
    """Modal About box; `log_dir` is the directory the GUI writes its log file into."""

    def __init__(self, log_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_dir = log_dir
        self.libraries = about_libraries()
        self.setWindowTitle(self.tr("About {name}").format(name=app.APP_NAME))
        self.setWindowIcon(QGuiApplication.windowIcon())
        self.resize(640, 560)

        layout = QVBoxLayout(self)
        self.heading = QLabel(f"<h2>{app.APP_NAME} {app.__version__}</h2>")
        self.summary = QLabel(
            self.tr(
                "Commission EV chargers on site: discovery, licences, load balancing, meters, "
                "charging networks and verification."
            )
        )
        self.summary.setWordWrap(True)
        self.runtime = QLabel(
            self.tr("Built with Qt {qt}, PySide6 {pyside} and Python {python}.").format(
                qt=qVersion(), pyside=PySide6.__version__, python=self.libraries[0].version
            )
        )
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.runtime)
        layout.addLayout(self._log_row())
        layout.addWidget(QLabel(self.tr("Libraries included and their licences:")))
        self.table = self._library_table()
        layout.addWidget(self.table, stretch=2)
        self.licence_view = QPlainTextEdit()
        self.licence_view.setReadOnly(True)
        self.licence_view.setPlaceholderText(self.tr("Select a library to read its licence."))
        layout.addWidget(self.licence_view, stretch=1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(self._show_licence)

    def _log_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.log_label = QLabel(self.tr("Logs: {path}").format(path=self.log_dir))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        self.open_logs = QPushButton(self.tr("Open log folder"))
        self.open_logs.clicked.connect(self.open_log_folder)
        row.addWidget(self.log_label, stretch=1)
        row.addWidget(self.open_logs)
        return row

    def _library_table(self) -> QTableWidget:
        headers = [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        table = QTableWidget(len(self.libraries), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row, library in enumerate(self.libraries):
            for column, text in enumerate((library.name, library.version, library.licence)):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def _show_licence(self, row: int, *_: int) -> None:
        if not 0 <= row < len(self.libraries):
            self.licence_view.clear()
            return
        library = self.libraries[row]
        text = licences.licence_text(library) if library.licence_files else ""
        if not text:
            text = self.tr(
                "{name} {version} ships no licence file here; its licence is {licence}."
            ).format(name=library.name, version=library.version, licence=library.licence)
        self.licence_view.setPlainText(text)

    def open_log_folder(self) -> None:
        """Show the log directory in the file manager (created first, so there is one)."""
        self.log_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))
