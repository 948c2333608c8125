"""Charger identity: who a charger is, as its driver reads it without a password."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChargerIdentity:
    """Serial, model, firmware, sockets, phases."""

    serial: str
    model: str
    firmware: str
    sockets: int = 1
    phases: int = 3
    name: str = ""

    @property
    def firmware_tuple(self) -> tuple[int, ...]:
        """`7.4.5-4415` → (7, 4, 5); unknown parts become 0."""
        head = self.firmware.split("-")[0]
        parts: list[int] = []
        for piece in head.split("."):
            # ASCII and short: "²" is a digit to isdigit() but not to int(), and so is a
            # 5000-digit piece past Python's conversion limit.
            usable = piece.isascii() and piece.isdigit() and len(piece) <= 9
            parts.append(int(piece) if usable else 0)
        return tuple(parts)

    @property
    def generation(self) -> str:
        """`new` (HTTPS, firmware ≥ 5) or `old` (plain HTTP)."""
        fw = self.firmware_tuple
        return "new" if fw and fw[0] >= 5 else "old"
