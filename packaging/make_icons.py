"""Render the app icon (resources/icons/commissioner.svg) to PNG, Windows .ico and macOS .icns.

The SVG is the one the GUI uses for its windows (app/ui/resources.py), so the installers, the
Dock/taskbar and the windows all show the same picture.

Build-time tool, run by the PyInstaller spec (and usable by hand):
    python packaging/make_icons.py [OUT_DIR]        (default: build/icons)

Qt's own SVG renderer draws the PNGs, so no image library beyond PySide6 is needed. Both
container formats accept PNG payloads (ICO since Windows Vista, ICNS since macOS 10.7), so they
are packed here with `struct` rather than through a converter tool that exists on one OS only.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SVG = ROOT / "resources" / "icons" / "commissioner.svg"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that carry PNG data, and the pixel size each holds (Apple's icns format).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def pack_ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding one PNG-compressed image per size (little-endian ICONDIR)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def pack_icns(pngs: dict[int, bytes]) -> bytes:
    """An .icns file: big-endian 'icns' header, then (type, length, PNG) elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path, svg: Path = SOURCE_SVG) -> dict[str, Path]:
    """Write commissioner.ico, commissioner.icns and commissioner-<size>.png; return the paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    sizes = sorted(set(ICO_SIZES) | {s for _, s in ICNS_TYPES} | set(PNG_SIZES))
    pngs = {size: render_png(svg, size) for size in sizes}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {
        "ico": out_dir / "commissioner.ico",
        "icns": out_dir / "commissioner.icns",
    }
    written["ico"].write_bytes(pack_ico({s: pngs[s] for s in ICO_SIZES}))
    written["icns"].write_bytes(pack_icns(pngs))
    for size in PNG_SIZES:
        path = out_dir / f"commissioner-{size}.png"
        path.write_bytes(pngs[size])
        written[f"png{size}"] = path
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in make_icons(target).values():
        sys.stdout.write(f"{path}\n")
