"""Checking an Alfen firmware image before anything is sent to a charger (no I/O).

What the vendor's upload dialog checks, in our words:

- **Family and extension.** The charger's model decides the family: a model starting with
  `AHP` or `AHWP` takes AHP images (`.tfw` core, `.tcf` configuration); every other model
  (NG9xx, Eve, Twin, Tube) takes NG images (`.fwi` core, `.fwu` display package).
- **Version from the file name.** Release names look like `NG9xx 7.4.5-4415.fwi` or
  `NG9xx 5.8.1-4123-A.fwi`: product code, a space or underscore, `major.minor.patch`, then an
  optional `-build` and `-variant`. Like the vendor, the lower-cased name is searched for a
  space or underscore, three dotted numbers, then `_`, `.` or `-`. Old names such as
  `ng910v1.2.5-1737.fwi` give no version, and are refused here (the upgrade rules need it).
- **Container header.** 160 bytes, little-endian: u32 CRC-32 at offset 0 over header bytes
  4–159; u32 header length at offset 4 (160); u32 magic at offset 8 whose upper three bytes are
  `0xA1FE00`, the low byte giving the image type. A file with the magic but a wrong CRC is
  corrupt. ASSUMED (not public): the CRC is the common CRC-32 (zlib's, reflected 0x04C11DB7);
  the image types are `0x21` NG core and `0x13` NG display package (both known), `0x31` AHP
  core and `0x33` AHP configuration (our guess; no AHP image was at hand).
- **Upgrade rules.** An NG charger below 6.6 must first go to 6.6.2 before any 7.x (the
  stepping stone). Crossing major version 5 (from 4.x or older to 5 or newer) on NG requires a
  new unique per-charger password right after the commit: `UpgradeCheck.new_password_required`
  says so; asking for it and keeping it is the caller's job. A downgrade is refused unless the
  caller allows it explicitly.
- **Version inside the image.** The real header's version field is not public. The simulator's
  test images carry an ASCII line `FWVersion=<version>` right after the header;
  `embedded_version` reads it (None for vendor images, which have no such line).
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from enum import StrEnum

from app.core.errors import InvalidInput

HEADER_SIZE = 160
MAGIC_BASE = 0xA1FE0000
MAGIC_MASK = 0xFFFFFF00
STEPPING_STONE = "6.6.2"
VERSION_LINE = b"FWVersion="

_NAME_VERSION = re.compile(r"[ _](\d+)\.(\d+)\.(\d+)(?=[_.\-])")
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-(\d+))?(?:-([A-Za-z0-9]+))?$")


class Family(StrEnum):
    """Which image family a charger takes."""

    NG = "NG9xx"
    AHP = "AHP"


class ImageKind(StrEnum):
    CORE = "core"
    DISPLAY = "display package"
    CONFIGURATION = "configuration"


EXTENSIONS: dict[Family, dict[str, ImageKind]] = {
    Family.NG: {".fwi": ImageKind.CORE, ".fwu": ImageKind.DISPLAY},
    Family.AHP: {".tfw": ImageKind.CORE, ".tcf": ImageKind.CONFIGURATION},
}

# Low byte of the header magic → (family, kind). 0x31 and 0x33 are assumptions (see above).
IMAGE_TYPES: dict[int, tuple[Family, ImageKind]] = {
    0x21: (Family.NG, ImageKind.CORE),
    0x13: (Family.NG, ImageKind.DISPLAY),
    0x31: (Family.AHP, ImageKind.CORE),
    0x33: (Family.AHP, ImageKind.CONFIGURATION),
}


def family_for_model(model: str) -> Family:
    """The image family of a charger model (`AHP…`/`AHWP…` → AHP, anything else → NG)."""
    upper = model.strip().upper()
    return Family.AHP if upper.startswith(("AHP", "AHWP")) else Family.NG


@dataclass(frozen=True, order=True)
class FirmwareVersion:
    """`major.minor.patch[-build][-variant]`; ordered by the numbers, then build, then variant."""

    major: int
    minor: int
    patch: int
    build: int = 0
    variant: str = ""

    @classmethod
    def parse(cls, text: str) -> FirmwareVersion:
        """A version as a charger reports it (`7.4.5-4415`); InvalidInput otherwise."""
        match = _VERSION.match(text.strip())
        if match is None:
            raise InvalidInput(
                f"'{text}' is not a firmware version; it should look like 7.4.5-4415."
            )
        major, minor, patch, build, variant = match.groups()
        return cls(int(major), int(minor), int(patch), int(build or 0), variant or "")

    @property
    def release(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.build:
            text += f"-{self.build}"
        return f"{text}-{self.variant}" if self.variant else text


def version_from_name(name: str) -> FirmwareVersion | None:
    """The version in a release file name, by the vendor's pattern; None when there is none."""
    base = name.replace("\\", "/").rsplit("/", maxsplit=1)[-1].lower()
    match = _NAME_VERSION.search(base)
    if match is None:
        return None
    rest = base[match.end() :]
    build = re.match(r"-(\d+)(?:-([a-z0-9]+))?(?=\.)", rest)
    number, variant = (build.group(1), build.group(2) or "") if build else ("0", "")
    major, minor, patch = (int(g) for g in match.groups())
    return FirmwareVersion(major, minor, patch, int(number), variant.upper())


@dataclass(frozen=True)
class ImageHeader:
    """The 160-byte container header of an image."""

    crc: int
    length: int
    magic: int

    @property
    def image_type(self) -> int:
        return self.magic & 0xFF


def header_crc(header: bytes) -> int:
    """The CRC-32 the header must carry at offset 0: over header bytes 4–159."""
    return zlib.crc32(header[4:HEADER_SIZE]) & 0xFFFFFFFF


def parse_header(data: bytes) -> ImageHeader:
    """The checked header at the start of `data`; InvalidInput when it is not a valid one."""
    if len(data) < HEADER_SIZE:
        raise InvalidInput(
            f"The file is too short to be a firmware image ({len(data)} bytes); "
            "it may have been cut off while downloading. Download it again."
        )
    crc, length, magic = struct.unpack_from("<III", data, 0)
    if magic & MAGIC_MASK != MAGIC_BASE:
        raise InvalidInput(
            "This file is not an Alfen firmware image (its first bytes do not match). "
            "Choose the image file from the vendor's release."
        )
    if length != HEADER_SIZE:
        raise InvalidInput(
            "The firmware image is damaged (its header length is wrong). Download it again."
        )
    if crc != header_crc(data):
        raise InvalidInput(
            "The firmware image is damaged (its checksum does not match). Download it again."
        )
    return ImageHeader(crc, length, magic)


def embedded_version(data: bytes) -> FirmwareVersion | None:
    """The `FWVersion=<version>` line right after the header (the simulator's test images);
    None when there is none or it does not hold a version."""
    rest = data[HEADER_SIZE : HEADER_SIZE + 80]
    if not rest.startswith(VERSION_LINE):
        return None
    line = rest[len(VERSION_LINE) :].split(b"\n", maxsplit=1)[0].strip()
    try:
        return FirmwareVersion.parse(line.decode("ascii"))
    except (UnicodeDecodeError, InvalidInput):
        return None


@dataclass(frozen=True)
class FirmwareImage:
    """An image file that passed the checks for a charger model."""

    name: str
    size: int
    family: Family
    kind: ImageKind
    version: FirmwareVersion
    header: ImageHeader
    embedded: FirmwareVersion | None


def read_image(name: str, data: bytes, model: str) -> FirmwareImage:
    """Check an image file (its name and bytes) for a charger of `model`.

    Raises InvalidInput with a sentence an electrician can act on when the extension, the
    family, the version in the name or the header is wrong.
    """
    family = family_for_model(model)
    extension = "." + name.rsplit(".", maxsplit=1)[-1].lower() if "." in name else ""
    kind = EXTENSIONS[family].get(extension)
    if kind is None:
        wanted = " or ".join(EXTENSIONS[family])
        raise InvalidInput(
            f"A {model} charger takes {wanted} firmware files; '{name}' is not one of them."
        )
    version = version_from_name(name)
    if version is None:
        raise InvalidInput(
            f"The file name '{name}' does not say which version it holds. Use the file under "
            "the name the vendor released it with, e.g. 'NG9xx 7.4.5-4415.fwi'."
        )
    header = parse_header(data)
    image_family, image_kind = IMAGE_TYPES.get(header.image_type, (None, None))
    if image_family is not family or image_kind is not kind:
        raise InvalidInput(
            f"'{name}' is not firmware for a {model} charger (the file holds another kind "
            "of image). Choose the image made for this model."
        )
    return FirmwareImage(name, len(data), family, kind, version, header, embedded_version(data))


@dataclass(frozen=True)
class UpgradeCheck:
    """What the upgrade from `current` to the image's version means."""

    image: FirmwareImage
    current: FirmwareVersion
    target: FirmwareVersion
    downgrade: bool
    same_version: bool
    new_password_required: bool


def check_upgrade(
    image: FirmwareImage, current: str | FirmwareVersion, *, allow_downgrade: bool = False
) -> UpgradeCheck:
    """Apply the upgrade rules to a checked image and the charger's current version.

    InvalidInput when the stepping stone is skipped, or on a downgrade not allowed explicitly.
    Only core images change the version; the rules apply to them only.
    """
    now = current if isinstance(current, FirmwareVersion) else FirmwareVersion.parse(current)
    target = image.version
    core = image.kind is ImageKind.CORE
    ng = image.family is Family.NG
    if core and ng and now.release < (6, 6, 0) and target.major >= 7:
        raise InvalidInput(
            f"The charger runs {now}; it must first be upgraded to {STEPPING_STONE} before "
            f"it can take {target}. Install {STEPPING_STONE} first, then this image."
        )
    downgrade = core and target < now
    if downgrade and not allow_downgrade:
        raise InvalidInput(
            f"The charger runs {now}, newer than {target} in '{image.name}'. Installing an "
            "older version is refused unless you ask for a downgrade explicitly."
        )
    crossing = core and ng and now.major < 5 <= target.major
    return UpgradeCheck(image, now, target, downgrade, core and target == now, crossing)
