"""Coalescing preset registers into as few Modbus read requests as possible."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.presets import MODBUS_MAX_READ, PresetEntry


@dataclass(frozen=True)
class ReadBlock:
    """One read request: registers [start, start+count) answering `entries`."""

    start: int
    count: int
    entries: tuple[PresetEntry, ...]

    @property
    def end(self) -> int:
        return self.start + self.count

    def words(self, entry: PresetEntry, registers: list[int]) -> tuple[int, ...]:
        """The registers of `entry` out of this block's answer."""
        offset = entry.register - self.start
        return tuple(registers[offset : offset + entry.type.registers])


def plan_reads(
    entries: Iterable[PresetEntry], *, max_registers: int = 100, max_gap: int = 0
) -> list[ReadBlock]:
    """Group entries by register into blocks no longer than `max_registers`.

    Entries whose registers touch are always merged; `max_gap` allows a block to span that many
    unmapped registers too (only for meters known to answer unmapped addresses).
    """
    limit = min(max_registers, MODBUS_MAX_READ)
    blocks: list[ReadBlock] = []
    current: list[PresetEntry] = []
    start = end = 0
    for entry in sorted(entries, key=lambda e: e.register):
        width = entry.type.registers
        if current and entry.register - end <= max_gap and entry.register + width - start <= limit:
            current.append(entry)
            end = max(end, entry.register + width)
            continue
        if current:
            blocks.append(ReadBlock(start, end - start, tuple(current)))
        current, start, end = [entry], entry.register, entry.register + width
    if current:
        blocks.append(ReadBlock(start, end - start, tuple(current)))
    return blocks


def one_per_entry(entries: Iterable[PresetEntry]) -> list[ReadBlock]:
    """The naive plan: one request per measurand (the benchmark's baseline)."""
    return [ReadBlock(e.register, e.type.registers, (e,)) for e in entries]
