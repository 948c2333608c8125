"""Photos the installer adds as evidence: the meter, the CT clamps' direction, the board, the
charger's label. Thumbnails with a caption each; a file that is not a JPEG or PNG picture is
refused in one line and nothing is added.

The file choice goes through `choose_open` (a QFileDialog by default), so tests give paths
instead of opening a dialog.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import InvalidInput
from app.core.report import Photo, PhotoKind
from app.services.report.words import qt_words
from app.services.report_session_photos import check_photo, file_filter, thumbnail

THUMB = 96
ChooseOpen = Callable[[], list[Path]]
KINDS = (PhotoKind.METER, PhotoKind.CT_DIRECTION, PhotoKind.BOARD, PhotoKind.CHARGER_LABEL)


class PhotoPanel(QGroupBox):
    """Add, caption and remove photos; `photos()` in the order shown."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Photos"))
        self.choose_open: ChooseOpen = self._open_dialog
        self.keep: Callable[[Photo], Photo] = lambda photo: photo  # where the photo is kept
        self.list = self._thumbnails()
        self.add_button = QPushButton(self.tr("Add p&hotos…"), self)
        self.add_button.clicked.connect(self.add_from_dialog)
        self.words = qt_words()
        self.kind = QComboBox(self)
        for kind in PhotoKind:
            self.kind.addItem(self.words.photo(kind), kind.value)
        self.kind.setToolTip(self.tr("What the selected photo shows"))
        self.kind.currentIndexChanged.connect(self._edited)
        self.caption = QLineEdit(self)
        self.caption.setPlaceholderText(self.tr("Caption, e.g. clamps point to the house"))
        self.caption.textEdited.connect(self._edited)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_current)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(QLabel(self.tr("Shows:"), self))
        buttons.addWidget(self.kind)
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(self.list)
        column.addWidget(self.status)
        self._current(None)
        self._fit()

    def _thumbnails(self) -> QListWidget:
        """Thumbnails left to right, wrapping; the list never scrolls (see `_fit`)."""
        thumbs = QListWidget(self)
        thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        thumbs.setIconSize(QSize(THUMB, THUMB))
        thumbs.setGridSize(QSize(THUMB + 64, THUMB + 40))
        thumbs.setResizeMode(QListWidget.ResizeMode.Adjust)
        thumbs.setMovement(QListWidget.Movement.Static)
        thumbs.setWordWrap(True)
        thumbs.setFlow(QListWidget.Flow.LeftToRight)
        thumbs.setWrapping(True)
        thumbs.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        thumbs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        thumbs.setAccessibleName(self.tr("Photos of the report"))
        thumbs.currentItemChanged.connect(self._current)
        return thumbs

    def _fit(self) -> None:
        """As tall as its rows of thumbnails: the page scrolls, never the list inside it."""
        grid = self.list.gridSize()
        per_row = max(1, (self.list.viewport().width() or self.width()) // grid.width())
        rows = max(1, -(-self.list.count() // per_row))
        self.list.setFixedHeight(rows * grid.height() + 2 * self.list.frameWidth() + 6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

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
                photo, picture = self._take(path)
            except InvalidInput as exc:
                refused.append(str(exc))
                continue
            self._add(photo, picture)
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

    def _take(self, path: Path) -> tuple[Photo, QImage]:
        """The photo as kept for the report and its thumbnail; InvalidInput in one line."""
        check_photo(path)
        picture = thumbnail(path, THUMB)
        if picture.isNull():
            raise InvalidInput(
                self.tr("{file} is damaged: it cannot be shown.").format(file=path.name)
            )
        try:
            return self.keep(Photo(str(path), "", self._default_kind())), picture
        except OSError as exc:
            raise InvalidInput(
                self.tr("{file} could not be copied ({why}).").format(
                    file=path.name, why=exc.strerror or exc
                )
            ) from None

    def _default_kind(self) -> PhotoKind:
        """The usual order of evidence: meter, clamps, board, label, then others."""
        count = self.list.count()
        return KINDS[count] if count < len(KINDS) else PhotoKind.OTHER

    def _add(self, photo: Photo, picture: QImage) -> None:
        item = QListWidgetItem(QIcon(QPixmap.fromImage(picture)), "")
        self._label(item, photo)
        self.list.addItem(item)
        self._fit()

    def _label(self, item: QListWidgetItem, photo: Photo) -> None:
        item.setData(Qt.ItemDataRole.UserRole, photo)
        item.setText(photo.caption or self.words.photo(photo.kind))
        item.setToolTip(Path(photo.path).name)

    def set_photos(self, photos: list[Photo]) -> None:
        """Show saved photos (a draft read back) without emitting `changed`; a photo whose
        file has gone since is named in the status line."""
        self.list.clear()
        gone = [Path(p.path).name for p in photos if not Path(p.path).is_file()]
        for photo in photos:
            if Path(photo.path).is_file():
                self._add(photo, thumbnail(Path(photo.path), THUMB))
        self.status.setText(
            self.tr("Photos no longer found: {files}").format(files=", ".join(gone)) if gone else ""
        )

    def photos(self) -> list[Photo]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def _current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        for widget in (self.remove_button, self.kind, self.caption):
            widget.setEnabled(item is not None)
        photo: Photo | None = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        for widget in (self.kind, self.caption):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(
            0 if photo is None else max(0, self.kind.findData(photo.kind.value))
        )
        self.caption.setText("" if photo is None else photo.caption)
        for widget in (self.kind, self.caption):
            widget.blockSignals(False)

    def _edited(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        photo: Photo = item.data(Qt.ItemDataRole.UserRole)
        kind = PhotoKind(self.kind.currentData())
        self._label(
            item, dataclasses.replace(photo, kind=kind, caption=self.caption.text().strip())
        )
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._fit()
            self.status.setText("")
            self.changed.emit()
