"""Turning 16-bit Modbus registers into numbers and back (S16…F64, either word order).

Bytes inside a register are always big-endian (Modbus); `WordOrder` says whether the most
significant register comes first. The lead may fold this into app/protocol/registers.py.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Sequence

from app.core.errors import InvalidInput
from app.core.measurands import DataType, WordOrder
from app.core.presets import PresetEntry

_FORMATS = {
    DataType.S16: ">h",
    DataType.U16: ">H",
    DataType.S32: ">i",
    DataType.U32: ">I",
    DataType.S64: ">q",
    DataType.U64: ">Q",
    DataType.F32: ">f",
    DataType.F64: ">d",
}


def decode(words: Sequence[int], data_type: DataType, order: WordOrder) -> float:
    """The number held in `words` (as many as the type needs)."""
    if len(words) != data_type.registers:
        raise InvalidInput(
            f"{data_type.name} needs {data_type.registers} register(s), got {len(words)}."
        )
    ordered = list(words) if order is WordOrder.HIGH_LOW else list(reversed(words))
    raw = b"".join((w & 0xFFFF).to_bytes(2, "big") for w in ordered)
    return float(struct.unpack(_FORMATS[data_type], raw)[0])


def encode(value: float, data_type: DataType, order: WordOrder) -> list[int]:
    """The registers holding `value`; integers are rounded and clamped to the type's range."""
    if data_type.is_float:
        raw = struct.pack(_FORMATS[data_type], value)
    else:
        bits = 16 * data_type.registers
        low, high = (
            (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if data_type.signed else (0, 2**bits - 1)
        )
        number = 0 if math.isnan(value) else round(min(max(value, low), high))
        raw = struct.pack(_FORMATS[data_type], number)
    words = [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)]
    return words if order is WordOrder.HIGH_LOW else list(reversed(words))


def decode_entry(words: Sequence[int], entry: PresetEntry, order: WordOrder) -> float:
    """The value of `entry` in charger units (scale and sign applied)."""
    return decode(words, entry.type, order) * entry.factor


def encode_entry(value: float, entry: PresetEntry, order: WordOrder) -> list[int]:
    """The registers a meter holds for a value in charger units, under `entry`'s scale."""
    return encode(value / entry.factor, entry.type, order)
