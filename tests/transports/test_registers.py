"""Register encodings round-trip for every type, both word orders, edges and random values."""

from __future__ import annotations

import math
import random
import struct

import pytest

from app.core.errors import InvalidInput, ProtocolError
from app.transports.registers import (
    DataType,
    RegisterImage,
    Span,
    WordOrder,
    decode,
    decode_string,
    encode,
    encode_string,
    plan_reads,
)

INTS = [t for t in DataType if not t.is_float]
FLOATS = [DataType.F32, DataType.F64]
ORDERS = list(WordOrder)


def _random_ints(kind: DataType, rng: random.Random) -> list[int]:
    low, high = kind.int_range
    return [low, high, 0, *(rng.randint(low, high) for _ in range(300))]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("kind", INTS)
def test_integers_round_trip(kind: DataType, order: WordOrder) -> None:
    rng = random.Random(f"{kind.name}{order.value}")
    for value in _random_ints(kind, rng):
        words = encode(kind, value, order)
        assert len(words) == kind.words
        assert all(0 <= w <= 0xFFFF for w in words)
        assert decode(kind, words, order) == value


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("kind", FLOATS)
def test_floats_round_trip(kind: DataType, order: WordOrder) -> None:
    rng = random.Random(f"{kind.name}{order.value}")
    fmt = ">f" if kind is DataType.F32 else ">d"
    values = [0.0, -0.0, 1.5, -230.25, math.inf, -math.inf]
    values += [rng.uniform(-1e6, 1e6) for _ in range(300)]
    for value in values:
        expected = struct.unpack(fmt, struct.pack(fmt, value))[0]  # what the type can hold
        assert decode(kind, encode(kind, value, order), order) == expected
    assert math.isnan(decode(kind, encode(kind, math.nan, order), order))


def test_word_order_swaps_words_not_bytes() -> None:
    assert encode(DataType.U32, 0x12345678) == [0x1234, 0x5678]
    assert encode(DataType.U32, 0x12345678, WordOrder.LOW_HIGH) == [0x5678, 0x1234]
    assert encode(DataType.F32, 1.0) == [0x3F80, 0x0000]
    assert decode(DataType.S16, [0xFFFF]) == -1
    assert encode(DataType.U64, 1, WordOrder.LOW_HIGH) == [1, 0, 0, 0]


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (DataType.U16, -1),
        (DataType.U16, 65536),
        (DataType.S32, 2**31),
        (DataType.U32, 1.5),
        (DataType.F32, 1e39),
        (DataType.U16, True),
    ],
)
def test_values_that_do_not_fit_are_refused(kind: DataType, value: float) -> None:
    with pytest.raises(InvalidInput):
        encode(kind, value)


def test_decoding_checks_count_and_word_range() -> None:
    with pytest.raises(ProtocolError, match="needs 2"):
        decode(DataType.F32, [1])
    with pytest.raises(ProtocolError, match="16-bit"):
        decode(DataType.U16, [70000])


def test_strings_round_trip_and_pad_with_nuls() -> None:
    rng = random.Random(7)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-. éü"
    for _ in range(300):
        words = rng.randint(1, 17)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, words)))
        registers = encode_string(text, words)
        assert len(registers) == words
        assert decode_string(registers) == text
    assert encode_string("NG910", 4) == [0x4E47, 0x3931, 0x3000, 0x0000]


def test_strings_too_long_or_with_nul_are_refused() -> None:
    with pytest.raises(InvalidInput, match="longer than 4 bytes"):
        encode_string("ABCDE", 2)
    with pytest.raises(InvalidInput, match="NUL"):
        encode_string("A\x00B", 2)


def test_plan_reads_merges_contiguous_fields_within_the_limit() -> None:
    fields = [(300, 1), (301, 4), (305, 1), *((306 + 2 * i, 2) for i in range(28))]
    fields += [(362 + 4 * i, 4) for i in range(16)]  # 300…425: 126 registers
    assert plan_reads(fields) == [Span(300, 122), Span(422, 4)]
    assert plan_reads([(10, 2), (20, 2)]) == [Span(10, 2), Span(20, 2)]
    assert plan_reads([(10, 2), (20, 2)], max_gap=8) == [Span(10, 12)]
    assert plan_reads([(10, 2), (11, 2), (10, 2)]) == [Span(10, 3)]
    with pytest.raises(ValueError, match="words"):
        plan_reads([(0, 126)])


def test_register_image_reads_across_blocks_and_reports_gaps() -> None:
    image = RegisterImage({100: [0x3F80, 0], 200: encode(DataType.U32, 7, WordOrder.LOW_HIGH)})
    assert image.f32(100) == 1.0
    image_le = RegisterImage({200: encode(DataType.U32, 7, WordOrder.LOW_HIGH)}, WordOrder.LOW_HIGH)
    assert image_le.integer(DataType.U32, 200) == 7
    with pytest.raises(ProtocolError, match="101…102"):
        image.words(101, 2)
