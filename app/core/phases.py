"""Phase mapping: its string form (`L1L2L3`) and its SCN numeric code (0–9, in member order)."""

from __future__ import annotations

import enum

from app.core.errors import InvalidInput


class PhaseMapping(enum.Enum):
    """Which grid phases the charger's L1(, L2, L3) land on, in supply-cable order."""

    NONE = ""
    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
    L1L2L3 = "L1L2L3"
    L1L3L2 = "L1L3L2"
    L2L1L3 = "L2L1L3"
    L2L3L1 = "L2L3L1"
    L3L1L2 = "L3L1L2"
    L3L2L1 = "L3L2L1"

    @classmethod
    def parse(cls, text: str) -> PhaseMapping:
        """Accept `L1L2L3`, `L1,L2,L3` (Home Assistant spelling) and `l1 l2 l3`."""
        compact = text.upper().replace(",", "").replace(" ", "").replace("-", "")
        for member in cls:
            if member.value == compact and member is not cls.NONE:
                return member
        names = ", ".join(m.value for m in cls if m is not cls.NONE)
        raise InvalidInput(f"Phase mapping '{text}' is not one of {names}.")

    @classmethod
    def from_scn_code(cls, code: int) -> PhaseMapping:
        """The mapping for an SCN code 0..9."""
        try:
            return _BY_CODE[code]
        except KeyError:
            raise InvalidInput(f"SCN phase code {code} is not in 0…9.") from None

    @property
    def scn_code(self) -> int:
        return _CODES[self]

    @property
    def phases(self) -> int:
        """Number of phases: 0 for NONE, 1 or 3."""
        return len(self.value) // 2

    @property
    def grid_phases(self) -> tuple[int, ...]:
        """Grid phase (1..3) of the charger's L1, L2, L3 in order."""
        return tuple(int(self.value[i + 1]) for i in range(0, len(self.value), 2))

    @classmethod
    def from_grid_phases(cls, phases: tuple[int, ...]) -> PhaseMapping:
        """The mapping whose charger phases land on these grid phases."""
        return cls.parse("".join(f"L{p}" for p in phases))


_ORDER = list(PhaseMapping)
_CODES = {member: index for index, member in enumerate(_ORDER)}
_BY_CODE = {index: member for member, index in _CODES.items()}
