"""Modbus register encoding: integers, floats and strings over 16-bit words, and read planning.

Bytes inside a word are always big-endian (the Modbus rule); the order of the words of a
multi-word value varies by device, so every function takes a `WordOrder`. Qt-free and
asyncio-free: the Alfen slave-map client, the meter reader and the simulators share it.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.core.errors import InvalidInput, ProtocolError
from app.core.measurands import DataType, WordOrder

__all__ = [
    "MAX_READ_COUNT",
    "DataType",
    "RegisterImage",
    "Span",
    "WordOrder",
    "decode",
    "decode_float",
    "decode_int",
    "decode_string",
    "encode",
    "encode_string",
    "plan_reads",
]

MAX_READ_COUNT = 125  # registers in one FC3/FC4 request (Modbus application protocol §6.3)


# struct format (big-endian) and size in bytes of each type
_LAYOUT: dict[DataType, tuple[str, int]] = {
    DataType.S16: (">h", 2),
    DataType.U16: (">H", 2),
    DataType.S32: (">i", 4),
    DataType.U32: (">I", 4),
    DataType.S64: (">q", 8),
    DataType.U64: (">Q", 8),
    DataType.F32: (">f", 4),
    DataType.F64: (">d", 8),
}


def _words_from_bytes(data: bytes, order: WordOrder) -> list[int]:
    words = [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]
    return words[::-1] if order is WordOrder.LOW_HIGH else words


def _bytes_from_words(registers: Sequence[int], order: WordOrder) -> bytes:
    for word in registers:
        if not 0 <= word <= 0xFFFF:
            raise ProtocolError(f"Register value {word} is not a 16-bit word.")
    words = list(registers)[::-1] if order is WordOrder.LOW_HIGH else list(registers)
    return b"".join(w.to_bytes(2, "big") for w in words)


def encode(kind: DataType, value: float, order: WordOrder = WordOrder.HIGH_LOW) -> list[int]:
    """The registers that hold `value` as `kind`; InvalidInput when it does not fit."""
    fmt, _ = _LAYOUT[kind]
    if kind.is_float:
        if isinstance(value, bool):
            raise InvalidInput(f"Expected a number for {kind.name}, got {value!r}.")
        try:
            data = struct.pack(fmt, float(value))
        except (OverflowError, struct.error):
            raise InvalidInput(f"{value!r} does not fit in {kind.name}.") from None
        return _words_from_bytes(data, order)
    if isinstance(value, bool) or not float(value).is_integer():
        raise InvalidInput(f"Expected a whole number for {kind.name}, got {value!r}.")
    number = int(value)
    low, high = kind.int_range
    if not low <= number <= high:
        raise InvalidInput(f"{number} is outside the {kind.name} range {low}…{high}.")
    return _words_from_bytes(struct.pack(fmt, number), order)


def _unpack(kind: DataType, registers: Sequence[int], order: WordOrder) -> int | float:
    if len(registers) != kind.words:
        raise ProtocolError(f"{kind.name} needs {kind.words} register(s), got {len(registers)}.")
    fmt, _ = _LAYOUT[kind]
    value: int | float = struct.unpack(fmt, _bytes_from_words(registers, order))[0]
    return value


def decode_int(
    kind: DataType, registers: Sequence[int], order: WordOrder = WordOrder.HIGH_LOW
) -> int:
    """An integer type from its registers."""
    if kind.is_float:
        raise ValueError(f"{kind.name} is not an integer type")
    return int(_unpack(kind, registers, order))


def decode_float(
    kind: DataType, registers: Sequence[int], order: WordOrder = WordOrder.HIGH_LOW
) -> float:
    """Any numeric type from its registers, as a float (integers converted)."""
    return float(_unpack(kind, registers, order))


def decode(
    kind: DataType, registers: Sequence[int], order: WordOrder = WordOrder.HIGH_LOW
) -> int | float:
    """A numeric type from its registers: int for integer types, float for F32/F64."""
    return _unpack(kind, registers, order)


def encode_string(text: str, words: int) -> list[int]:
    """UTF-8 text in `words` registers, 2 bytes each, high byte first, padded with NULs."""
    data = text.encode("utf-8")
    if len(data) > 2 * words:
        raise InvalidInput(f"'{text}' is longer than {2 * words} bytes ({words} registers).")
    if b"\x00" in data:
        raise InvalidInput("Text for a register string must not contain NUL characters.")
    data = data.ljust(2 * words, b"\x00")
    return _words_from_bytes(data, WordOrder.HIGH_LOW)


def decode_string(registers: Sequence[int]) -> str:
    """Text from registers, 2 bytes each, high byte first; ends at the first NUL."""
    data = _bytes_from_words(registers, WordOrder.HIGH_LOW).split(b"\x00", 1)[0]
    return data.decode("utf-8", errors="replace")


@dataclass(frozen=True, slots=True)
class Span:
    """`count` registers from `address`: one read request."""

    address: int
    count: int

    @property
    def end(self) -> int:
        return self.address + self.count


def plan_reads(
    fields: Iterable[tuple[int, int]], *, max_count: int = MAX_READ_COUNT, max_gap: int = 0
) -> list[Span]:
    """As few read requests as cover `fields` ((address, words) pairs) without splitting one.

    Fields closer than `max_gap` unread registers share a request (use 0 for devices that refuse
    reads of unmapped registers, such as the Alfen slave map).
    """
    spans: list[Span] = []
    for address, words in sorted(set(fields)):
        if words < 1 or words > max_count:
            raise ValueError(f"field at {address} has {words} words; 1…{max_count} allowed")
        if spans:
            last = spans[-1]
            end = max(last.end, address + words)
            if address - last.end <= max_gap and end - last.address <= max_count:
                spans[-1] = Span(last.address, end - last.address)
                continue
        spans.append(Span(address, words))
    return spans


class RegisterImage:
    """Registers read in several spans, addressed by register number, decoded on demand."""

    def __init__(
        self, blocks: Mapping[int, Sequence[int]], order: WordOrder = WordOrder.HIGH_LOW
    ) -> None:
        self._words: dict[int, int] = {}
        for start, registers in blocks.items():
            for offset, word in enumerate(registers):
                self._words[start + offset] = word
        self.order = order

    def words(self, address: int, count: int) -> list[int]:
        """Registers [address, address+count); ProtocolError when one was not read."""
        try:
            return [self._words[address + i] for i in range(count)]
        except KeyError:
            raise ProtocolError(
                f"Registers {address}…{address + count - 1} were not in the reply."
            ) from None

    def integer(self, kind: DataType, address: int) -> int:
        return decode_int(kind, self.words(address, kind.words), self.order)

    def real(self, kind: DataType, address: int) -> float:
        return decode_float(kind, self.words(address, kind.words), self.order)

    def f32(self, address: int) -> float:
        return self.real(DataType.F32, address)

    def f64(self, address: int) -> float:
        return self.real(DataType.F64, address)

    def u16(self, address: int) -> int:
        return self.integer(DataType.U16, address)

    def string(self, address: int, words: int) -> str:
        return decode_string(self.words(address, words))
