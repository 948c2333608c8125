"""Property ids and typed property values, as the Alfen local API puts them on the wire."""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass

from app.core.errors import InvalidInput, UnknownProperty
from app.core.text_input import shown
from app.core.values import Value

_ID_RE = re.compile(r"^\s*([0-9A-Fa-f]{1,4})[_.]([0-9A-Fa-f]{1,2})\s*$")


@dataclass(frozen=True, order=True, slots=True)
class PropertyId:
    """`2062_0`: object index and sub-index, both hex; printed without padding like the wire."""

    index: int
    sub: int

    @classmethod
    def parse(cls, text: str) -> PropertyId:
        """Parse `2062_0`, `2062_00` or `2062.0`; raise UnknownProperty on anything else."""
        match = _ID_RE.match(text)
        if not match:
            raise UnknownProperty(
                f"'{text}' is not a property id: expected hex object and sub, like 2062_0."
            )
        return cls(int(match.group(1), 16), int(match.group(2), 16))

    @property
    def wire(self) -> str:
        """The form the charger expects: upper-case hex, no padding (`2221_A`)."""
        return f"{self.index:X}_{self.sub:X}"

    def __str__(self) -> str:
        return self.wire


class WireType(enum.IntEnum):
    """CANopen/SDT data-type codes the charger sends in each property's `type`."""

    BOOL = 1
    I8 = 2
    I16 = 3
    I32 = 4
    U8 = 5
    U16 = 6
    U32 = 7
    F32 = 8
    STRING = 9
    OCTETS = 10
    USTRING = 11
    DOMAIN = 15
    F64 = 17
    I64 = 21
    U64 = 27
    BYTES = 64
    U16_ARRAY = 65

    @property
    def is_integer(self) -> bool:
        return self in _INT_RANGES

    @property
    def is_real(self) -> bool:
        return self in (WireType.F32, WireType.F64)

    @property
    def is_text(self) -> bool:
        return self in (WireType.STRING, WireType.USTRING, WireType.OCTETS, WireType.DOMAIN)


_INT_RANGES: dict[WireType, tuple[int, int]] = {
    WireType.I8: (-(2**7), 2**7 - 1),
    WireType.I16: (-(2**15), 2**15 - 1),
    WireType.I32: (-(2**31), 2**31 - 1),
    WireType.I64: (-(2**63), 2**63 - 1),
    WireType.U8: (0, 2**8 - 1),
    WireType.U16: (0, 2**16 - 1),
    WireType.U32: (0, 2**32 - 1),
    WireType.U64: (0, 2**64 - 1),
}


class Access(enum.IntEnum):
    """`access` on the wire: 1 is read-only, 0 and 2 are writable."""

    READ_WRITE_0 = 0
    READ_ONLY = 1
    READ_WRITE = 2

    @property
    def writable(self) -> bool:
        return self is not Access.READ_ONLY


@dataclass(frozen=True, slots=True)
class PropertyValue:
    """One property as read from a charger."""

    id: PropertyId
    value: Value
    type: WireType
    access: Access = Access.READ_ONLY
    category: str = ""


def int_range(wire_type: WireType) -> tuple[int, int]:
    """Inclusive range of an integer wire type."""
    return _INT_RANGES[wire_type]


def coerce(wire_type: WireType, raw: object, *, name: str = "value") -> Value:
    """Turn text typed by a person, or a decoded JSON value, into the Python value of a type."""
    if wire_type is WireType.BOOL:
        return _coerce_bool(raw, name)
    if wire_type.is_integer:
        return _coerce_int(wire_type, raw, name)
    if wire_type.is_real:
        return _coerce_real(raw, name)
    if wire_type in (WireType.BYTES, WireType.U16_ARRAY):
        return _coerce_array(wire_type, raw, name)
    if isinstance(raw, str):
        return raw
    raise InvalidInput(f"{name}: expected text, got {shown(raw)}.")


def _coerce_bool(raw: object, name: str) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    text = raw.strip().lower() if isinstance(raw, str) else ""
    if text in ("true", "1", "on", "yes"):
        return True
    if text in ("false", "0", "off", "no"):
        return False
    raise InvalidInput(f"{name}: expected true or false, got {shown(raw)}.")


def _coerce_int(wire_type: WireType, raw: object, name: str) -> int:
    if isinstance(raw, bool):
        raise InvalidInput(f"{name}: expected a whole number, got {shown(raw)}.")
    try:
        if isinstance(raw, float):
            if not raw.is_integer():
                raise ValueError
            number = int(raw)
        else:
            number = int(str(raw).strip(), 0)
    except ValueError:
        raise InvalidInput(f"{name}: expected a whole number, got {shown(raw)}.") from None
    low, high = _INT_RANGES[wire_type]
    if not low <= number <= high:
        raise InvalidInput(f"{name}: {number} is out of range {low}…{high}.")
    return number


def _coerce_real(raw: object, name: str) -> float:
    if isinstance(raw, bool):
        raise InvalidInput(f"{name}: expected a number, got {shown(raw)}.")
    try:
        number = float(raw) if isinstance(raw, int | float) else float(str(raw).strip())
    except (ValueError, OverflowError):  # OverflowError: a 400-digit whole number
        number = math.nan
    if not math.isfinite(number):
        raise InvalidInput(f"{name}: {shown(raw)} is not a finite number.")
    return number


def _coerce_array(wire_type: WireType, raw: object, name: str) -> tuple[int, ...]:
    limit = 0xFF if wire_type is WireType.BYTES else 0xFFFF
    if isinstance(raw, str):
        parts = [p for p in raw.replace(" ", "").split(",") if p]
        try:
            items = tuple(int(p, 16) for p in parts)
        except ValueError:
            raise InvalidInput(f"{name}: expected comma-separated hex, got {shown(raw)}.") from None
    elif isinstance(raw, list | tuple) and all(_whole(v) for v in raw):
        items = tuple(int(v) for v in raw)
    else:
        raise InvalidInput(f"{name}: expected comma-separated hex, got {shown(raw)}.")
    if any(not 0 <= v <= limit for v in items):
        raise InvalidInput(f"{name}: an element is outside 0…{limit:X} (hex).")
    return items


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def encode_for_write(wire_type: WireType, value: Value) -> object:
    """The JSON value the vendor app sends for a write (device-protocols.md §2.3)."""
    if wire_type is WireType.BOOL:
        return "True" if value else "False"
    if wire_type is WireType.BYTES and isinstance(value, tuple):
        return ",".join(f"{v:02X}" for v in value)
    if wire_type is WireType.U16_ARRAY and isinstance(value, tuple):
        return ",".join(f"{v:04X}" for v in value)
    if wire_type.is_real and isinstance(value, int | float):
        return float(value)
    return value


def decode_from_wire(wire_type: WireType, raw: object) -> Value:
    """The Python value of a property value as the charger sends or receives it."""
    if wire_type is WireType.BOOL and isinstance(raw, str):
        return raw.strip().lower() == "true"
    return coerce(wire_type, raw)
