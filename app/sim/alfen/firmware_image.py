"""Test firmware images for the simulated charger, tests and benchmarks (never a vendor file).

An image is the 160-byte container header of app.core.firmware (CRC-32 over bytes 4–159,
length 160, magic `0xA1FE00xx` with the image type in the low byte), then the ASCII line
`FWVersion=<version>\\n` (the simulator's convention: the real header's version field is not
public), then filler bytes up to the size asked for. The filler is deterministic, so a test
run is reproducible.

`make_image(version)` makes a valid NG core image; `bad_image(defect, version)` makes one
with one defect (`DEFECTS`). `release_name(version)` is the vendor-style file name a client
checks before sending.
"""

from __future__ import annotations

import hashlib
import struct

from app.core.firmware import (
    EXTENSIONS,
    HEADER_SIZE,
    MAGIC_BASE,
    VERSION_LINE,
    Family,
    ImageKind,
    header_crc,
)

CORE_TYPES = {Family.NG: 0x21, Family.AHP: 0x31}
DEFECTS = ("wrong_family", "wrong_crc", "no_version", "truncated", "not_an_image")


def release_name(version: str, family: Family = Family.NG, kind: ImageKind = ImageKind.CORE) -> str:
    """A vendor-style release file name, e.g. `NG9xx 7.5.0-4500.fwi`."""
    extension = next(ext for ext, k in EXTENSIONS[family].items() if k is kind)
    product = "NG9xx" if family is Family.NG else "AHP"
    return f"{product} {version}{extension}"


def header(image_type: int, *, crc: int | None = None) -> bytes:
    """A 160-byte header for `image_type`; its CRC is right unless `crc` is given."""
    body = bytearray(HEADER_SIZE)
    struct.pack_into("<II", body, 4, HEADER_SIZE, MAGIC_BASE | image_type)
    body[12:44] = hashlib.sha256(bytes([image_type])).digest()  # stands in for real fields
    struct.pack_into("<I", body, 0, header_crc(bytes(body)) if crc is None else crc)
    return bytes(body)


def _filler(size: int) -> bytes:
    block = hashlib.sha256(b"commissioner test image").digest() * 64
    return (block * (size // len(block) + 1))[:size]


def make_image(
    version: str | None,
    *,
    size: int = 64 * 1024,
    image_type: int = CORE_TYPES[Family.NG],
) -> bytes:
    """A valid image of `size` bytes (at least header + version line); `version` None leaves
    the `FWVersion=` line out (the simulator then keeps the charger's old version)."""
    line = b"" if version is None else VERSION_LINE + version.encode("ascii") + b"\n"
    start = header(image_type) + line
    return start + _filler(max(0, size - len(start)))


def bad_image(defect: str, version: str = "7.5.0-4500", *, size: int = 64 * 1024) -> bytes:
    """An image with one defect: one of `DEFECTS`.

    - wrong_family: a valid AHP core image (an NG charger refuses it);
    - wrong_crc: the header's checksum does not match;
    - no_version: valid, but without the `FWVersion=` line;
    - truncated: cut inside the header;
    - not_an_image: no magic at all.
    """
    if defect == "wrong_family":
        return make_image(version, size=size, image_type=CORE_TYPES[Family.AHP])
    if defect == "no_version":
        return make_image(None, size=size)
    good = make_image(version, size=size)
    if defect == "wrong_crc":
        crc = struct.unpack_from("<I", good)[0] ^ 0x5A5A5A5A
        return struct.pack("<I", crc) + good[4:]
    if defect == "truncated":
        return good[: HEADER_SIZE // 2]
    if defect == "not_an_image":
        return b"PK\x03\x04" + bytes(8) + good[12:]  # a zip file's start, no magic
    raise ValueError(f"unknown defect {defect!r}; known: {', '.join(DEFECTS)}")
