"""Photos for the report: only JPEG and PNG files that really are pictures are taken.

The check reads the file's own header (not its name): a text file renamed `.jpg` is refused,
as is a picture Qt cannot decode or one too large to put in a report. Each refusal is one
sentence naming the file. Thumbnails are scaled here so the tab only shows them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from app.core.errors import InvalidInput

PHOTO_FORMATS = ("jpeg", "png")
MAX_PHOTO_BYTES = 25 * 1024 * 1024  # a phone's largest JPEG is far below this
MAX_PIXELS = 60_000_000


def file_filter() -> str:
    """The file dialog's filter, in the UI language."""
    return QCoreApplication.translate("ReportPhotos", "Photos (*.jpg *.jpeg *.png)")


def check_photo(path: Path) -> QSize:
    """The picture's size in pixels, or InvalidInput in one sentence naming the file."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError:
        raise InvalidInput(
            QCoreApplication.translate("ReportPhotos", "{file} cannot be read.").format(file=name)
        ) from None
    if size > MAX_PHOTO_BYTES:
        raise InvalidInput(
            QCoreApplication.translate(
                "ReportPhotos", "{file} is larger than {mb} MB; take a smaller picture."
            ).format(file=name, mb=MAX_PHOTO_BYTES // (1024 * 1024))
        )
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if kind not in PHOTO_FORMATS or not reader.canRead():
        raise InvalidInput(
            QCoreApplication.translate(
                "ReportPhotos", "{file} is not a JPEG or PNG picture."
            ).format(file=name)
        )
    pixels = reader.size()
    if pixels.width() * pixels.height() > MAX_PIXELS:
        raise InvalidInput(
            QCoreApplication.translate(
                "ReportPhotos", "{file} has too many pixels for a report."
            ).format(file=name)
        )
    return pixels


def thumbnail(path: Path, edge: int) -> QImage:
    """The picture scaled to fit `edge`×`edge` (read scaled, so a 12 MP photo stays cheap);
    a null image when it cannot be read."""
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # a phone's portrait photo stands upright
    size = reader.size()
    if size.isValid() and (size.width() > edge or size.height() > edge):
        reader.setScaledSize(size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()
