"""Register codec: every data type, both word orders, known bit patterns."""

from __future__ import annotations

import math

import pytest

from app.core.errors import InvalidInput
from app.core.measurands import DataType, Measurand, WordOrder
from app.core.presets import PresetEntry
from app.transports.meter_registers import decode, decode_entry, encode, encode_entry

HL, LH = WordOrder.HIGH_LOW, WordOrder.LOW_HIGH


@pytest.mark.parametrize(
    ("value", "data_type", "order", "words"),
    [
        (230.0, DataType.F32, HL, [0x4366, 0x0000]),
        (230.0, DataType.F32, LH, [0x0000, 0x4366]),
        (-2, DataType.S16, HL, [0xFFFE]),
        (65535, DataType.U16, HL, [0xFFFF]),
        (2300, DataType.S32, LH, [0x08FC, 0x0000]),
        (-1, DataType.S32, HL, [0xFFFF, 0xFFFF]),
        (0x0001020304050607, DataType.U64, HL, [0x0001, 0x0203, 0x0405, 0x0607]),
        (-0x0001020304050607, DataType.S64, LH, [0xF9F9, 0xFBFA, 0xFDFC, 0xFFFE]),
        (1.0, DataType.F64, HL, [0x3FF0, 0, 0, 0]),
    ],
)
def test_known_patterns(
    value: float, data_type: DataType, order: WordOrder, words: list[int]
) -> None:
    assert encode(value, data_type, order) == words
    assert decode(words, data_type, order) == value


@pytest.mark.parametrize("data_type", list(DataType))
@pytest.mark.parametrize("order", [HL, LH])
def test_round_trip_every_type(data_type: DataType, order: WordOrder) -> None:
    value = -1234.5 if data_type.is_float else (-1234 if data_type.signed else 1234)
    assert decode(encode(value, data_type, order), data_type, order) == value


def test_integers_are_rounded_and_clamped_not_wrapped() -> None:
    assert decode(encode(70000, DataType.U16, HL), DataType.U16, HL) == 65535
    assert decode(encode(-5, DataType.U32, HL), DataType.U32, HL) == 0
    assert decode(encode(2.6, DataType.S16, HL), DataType.S16, HL) == 3
    assert decode(encode(math.nan, DataType.S32, HL), DataType.S32, HL) == 0


def test_wrong_register_count_is_refused() -> None:
    with pytest.raises(InvalidInput, match="F32 needs 2 register"):
        decode([1], DataType.F32, HL)


def test_entries_apply_scale_and_sign() -> None:
    entry = PresetEntry(Measurand.P_L1, 0, DataType.S32, scale=1, source="t", invert=True)
    words = encode_entry(-1230.0, entry, LH)
    assert decode(words, DataType.S32, LH) == 123
    assert decode_entry(words, entry, LH) == -1230.0
