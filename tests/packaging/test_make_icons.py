"""The icon tool writes .ico and .icns files that Qt's own image plugins read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader
from pytestqt.qtbot import QtBot

from tests.packaging.conftest import load_tool

icons = load_tool("make_icons")
pytestmark = pytest.mark.gui


def _sizes(path: Path, fmt: bytes) -> set[int]:
    reader = QImageReader(str(path), fmt)
    assert reader.canRead(), reader.errorString()
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull() and image.width() == image.height()
        sizes.add(image.width())
    return sizes


def test_ico_and_icns_hold_every_size(qtbot: QtBot, tmp_path: Path) -> None:
    written = icons.make_icons(tmp_path)
    assert _sizes(written["ico"], b"ico") == set(icons.ICO_SIZES)
    assert {16, 32, 128, 256, 512, 1024} <= _sizes(written["icns"], b"icns")
    for size in icons.PNG_SIZES:
        image = QImageReader(str(written[f"png{size}"])).read()
        assert (image.width(), image.height()) == (size, size)


def test_the_icon_is_not_blank(qtbot: QtBot, tmp_path: Path) -> None:
    written = icons.make_icons(tmp_path)
    image = QImageReader(str(written["png64"])).read()
    opaque = sum(image.pixelColor(x, y).alpha() > 0 for x in range(64) for y in range(64))
    assert opaque > 64 * 64 // 4


@pytest.mark.qt_log_ignore("Cannot read file")
def test_an_invalid_svg_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text("<svg", encoding="utf-8")
    with pytest.raises(ValueError, match="not a valid SVG"):
        icons.render_png(bad, 16)
