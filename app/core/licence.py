"""Licence features (a bitmask a charger reports) and licence keys."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from app.core.errors import InvalidInput


class Feature(enum.IntFlag):
    """Bits of the feature bitmask a charger reports (device-protocols.md, licences)."""

    SCN = 0x1
    STATIC_LB = 0x2
    ALB = 0x4
    SOCKET_32A = 0x10
    RFID = 0x100
    ISO15118 = 0x200
    DISPLAY = 0x1000
    MODEM = 0x10000
    PAYMENT = 0x100000
    SMART_METER_DATA = 0x1000000
    OBJECT_ID = 0x80000000


FEATURE_TEXT: dict[Feature, str] = {
    Feature.SCN: "Smart Charging Network",
    Feature.STATIC_LB: "Static load balancing",
    Feature.ALB: "Active load balancing",
    Feature.SOCKET_32A: "32 A per socket",
    Feature.RFID: "RFID reader",
    Feature.ISO15118: "ISO 15118",
    Feature.DISPLAY: "Personalised display",
    Feature.MODEM: "3G/4G modem",
    Feature.PAYMENT: "Payment terminals",
    Feature.SMART_METER_DATA: "Expose smart-meter data",
    Feature.OBJECT_ID: "Object ID",
}


def feature_names(bits: int) -> list[str]:
    """Readable names of the features set in a bitmask, in bit order."""
    return [text for flag, text in FEATURE_TEXT.items() if bits & flag]


_KEY_RE = re.compile(r"^[0-9A-F]{4}(\.[0-9A-F]{4}){5}$")


@dataclass(frozen=True, slots=True)
class LicenceKey:
    """Six dot-separated groups of four hex digits, e.g. `1A2B.3C4D.5E6F.7081.92A3.B4C5`."""

    text: str

    @classmethod
    def parse(cls, raw: str) -> LicenceKey:
        """Accept pasted keys: spaces, dashes, lower case and missing dots are tolerated."""
        digits = re.sub(r"[\s.\-]", "", raw).upper()
        if len(digits) != 24 or not re.fullmatch(r"[0-9A-F]{24}", digits):
            raise InvalidInput(
                "Licence key: expected six groups of four hex digits "
                f"(like 1A2B.3C4D.5E6F.7081.92A3.B4C5), got '{raw.strip()}'."
            )
        return cls(".".join(digits[i : i + 4] for i in range(0, 24, 4)))

    def __post_init__(self) -> None:
        if not _KEY_RE.match(self.text):
            raise InvalidInput(f"Licence key '{self.text}' is not in the dotted form.")

    def __str__(self) -> str:
        return self.text


def partial_key_problem(raw: str) -> str | None:
    """While typing: None if what is typed so far could still become a key, else why not."""
    digits = re.sub(r"[\s.\-]", "", raw).upper()
    bad = sorted({ch for ch in digits if ch not in "0123456789ABCDEF"})
    if bad:
        return f"'{''.join(bad)}' cannot appear in a key: only 0-9 and A-F."
    if len(digits) > 24:
        return "Too long: a key has 24 hex digits."
    return None
