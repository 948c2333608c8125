"""Meter values through a preset entry: the shared register codec plus scale and clamping.

Decoding and encoding of the register types live in app/transports/registers.py; this module adds
what meters need on top: a preset entry's power-of-ten factor, and (for simulated meters)
rounding and clamping of out-of-range values instead of refusing them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from app.core.errors import InvalidInput, ProtocolError
from app.core.measurands import DataType, WordOrder
from app.core.presets import PresetEntry
from app.transports import registers


def decode(words: Sequence[int], data_type: DataType, order: WordOrder) -> float:
    """The number held in `words` (as many as the type needs)."""
    try:
        return float(registers.decode(data_type, words, order))
    except ProtocolError as exc:
        raise InvalidInput(str(exc)) from None


def encode(value: float, data_type: DataType, order: WordOrder) -> list[int]:
    """The registers holding `value`; integers are rounded and clamped to the type's range."""
    if data_type.is_float:
        return registers.encode(data_type, value, order)
    low, high = data_type.int_range
    number = 0 if math.isnan(value) else round(min(max(value, low), high))
    return registers.encode(data_type, number, order)


def decode_entry(words: Sequence[int], entry: PresetEntry, order: WordOrder) -> float:
    """The value of `entry` in charger units (scale and sign applied)."""
    return decode(words, entry.type, order) * entry.factor


def encode_entry(value: float, entry: PresetEntry, order: WordOrder) -> list[int]:
    """The registers a meter holds for a value in charger units, under `entry`'s scale."""
    return encode(value / entry.factor, entry.type, order)
