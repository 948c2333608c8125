"""Photos the installer adds as evidence: the meter, the CT clamps' direction, the board, the
charger's label. Thumbnails with a caption each; a file that is not a JPEG or PNG picture is
refused in one line and nothing is added.

The file choice goes through `choose_open` (a QFileDialog by default), so tests give paths
instead of opening a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import InvalidInput
from app.services.report_session_photos import check_photo, file_filter, thumbnail

THUMB = 96
ChooseOpen = Callable[[], list[Path]]
CAPTIONS = (
    QT_TRANSLATE_NOOP("ReportPhotos", "Grid meter"),
    QT_TRANSLATE_NOOP("ReportPhotos", "CT clamps and their direction"),
    QT_TRANSLATE_NOOP("ReportPhotos", "Distribution board"),
    QT_TRANSLATE_NOOP("ReportPhotos", "Charger label"),
    QT_TRANSLATE_NOOP("ReportPhotos", "Installation"),
)


@dataclass(frozen=True, slots=True)
class Photo:
    path: Path
    caption: str


class PhotoPanel(QGroupBox):
    """Add, caption and remove photos; `photos()` in the order shown."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Photos"))
        self.choose_open: ChooseOpen = self._open_dialog
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 64, THUMB + 40))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setFixedHeight(THUMB + 52)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setAccessibleName(self.tr("Photos of the report"))
        self.list.currentItemChanged.connect(self._current)
        self.add_button = QPushButton(self.tr("&Add photos…"), self)
        self.add_button.clicked.connect(self.add_from_dialog)
        self.caption = QComboBox(self)
        self.caption.setEditable(True)
        self.caption.setMinimumContentsLength(22)
        self.caption.addItems([QCoreApplication.translate("ReportPhotos", c) for c in CAPTIONS])
        self.caption.setToolTip(self.tr("What the selected photo shows"))
        self.caption.setEnabled(False)
        self.caption.currentTextChanged.connect(self._caption_edited)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_current)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(QLabel(self.tr("Shows:"), self))
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(self.list)
        column.addWidget(self.status)

    def _open_dialog(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos to the report"), "", file_filter()
        )
        return [Path(n) for n in names]

    def add_from_dialog(self) -> int:
        """Ask for files and add the pictures; the number added."""
        return self.add_files(self.choose_open())

    def add_files(self, paths: list[Path]) -> int:
        """Add every picture of `paths`; a refused file is named in the status line."""
        refused: list[str] = []
        added = 0
        for path in paths:
            try:
                check_photo(path)
            except InvalidInput as exc:
                refused.append(str(exc))
                continue
            self._add(Photo(path, self._default_caption()))
            added += 1
        if refused:
            self.status.setText(
                self.tr("Not added: {why}").format(why=refused[0])
                if len(refused) == 1
                else self.tr("Not added: {why} (and {more} more)").format(
                    why=refused[0], more=len(refused) - 1
                )
            )
        elif added:
            self.status.setText(self.tr("{count} photo(s) added.").format(count=added))
        if added:
            self.list.setCurrentRow(self.list.count() - 1)
            self.changed.emit()
        return added

    def _default_caption(self) -> str:
        index = min(self.list.count(), len(CAPTIONS) - 1)
        return QCoreApplication.translate("ReportPhotos", CAPTIONS[index])

    def _add(self, photo: Photo) -> None:
        item = QListWidgetItem(photo.caption)
        picture = thumbnail(photo.path, THUMB)
        if not picture.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(picture)))
        item.setToolTip(str(photo.path))
        item.setData(Qt.ItemDataRole.UserRole, photo)
        self.list.addItem(item)

    def set_photos(self, photos: list[Photo]) -> None:
        """Show saved photos (a draft read back) without emitting `changed`; a photo whose
        file has gone since is named in the status line."""
        self.list.clear()
        gone = [p.path.name for p in photos if not p.path.is_file()]
        for photo in photos:
            if photo.path.is_file():
                self._add(photo)
        self.status.setText(
            self.tr("Photos no longer found: {files}").format(files=", ".join(gone)) if gone else ""
        )

    def photos(self) -> list[Photo]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def _current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.remove_button.setEnabled(item is not None)
        self.caption.setEnabled(item is not None)
        if item is not None:
            self.caption.blockSignals(True)
            self.caption.setCurrentText(item.data(Qt.ItemDataRole.UserRole).caption)
            self.caption.blockSignals(False)

    def _caption_edited(self, text: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        photo: Photo = item.data(Qt.ItemDataRole.UserRole)
        item.setData(Qt.ItemDataRole.UserRole, Photo(photo.path, text.strip()))
        item.setText(text.strip())
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.status.setText("")
            self.changed.emit()
