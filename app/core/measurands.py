"""What a meter measures, in the measurand numbering of the charger's custom register map
(indices 0..43), and meter readings.

The charger's custom register map (device-protocols.md §2.5) addresses each quantity by an index
in this order: V L1N..L3L1, I N..sum, cosφ L1..sum, frequency, P, S, Q (L1..sum each), then
delivered, consumed, apparent and reactive energy (L1..sum each). For a grid meter we read
"delivered" as energy delivered *to* the installation (import, DSMR 1.8.x) and "consumed" as
energy the installation delivers back (export, DSMR 2.8.x); the keys say import/export.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


class Kind(enum.Enum):
    """The physical quantity of a measurand."""

    VOLTAGE = "voltage"
    VOLTAGE_LL = "line voltage"
    CURRENT = "current"
    POWER_FACTOR = "power factor"
    FREQUENCY = "frequency"
    POWER = "power"
    APPARENT_POWER = "apparent power"
    REACTIVE_POWER = "reactive power"
    ENERGY_IMPORT = "import energy"
    ENERGY_EXPORT = "export energy"
    ENERGY_APPARENT = "apparent energy"
    ENERGY_REACTIVE = "reactive energy"

    @property
    def unit(self) -> str:
        """The unit the charger expects this quantity in."""
        return _UNITS[self]


_UNITS = {
    Kind.VOLTAGE: "V",
    Kind.VOLTAGE_LL: "V",
    Kind.CURRENT: "A",
    Kind.POWER_FACTOR: "",
    Kind.FREQUENCY: "Hz",
    Kind.POWER: "W",
    Kind.APPARENT_POWER: "VA",
    Kind.REACTIVE_POWER: "var",
    Kind.ENERGY_IMPORT: "Wh",
    Kind.ENERGY_EXPORT: "Wh",
    Kind.ENERGY_APPARENT: "VAh",
    Kind.ENERGY_REACTIVE: "varh",
}


class Measurand(enum.IntEnum):
    """One quantity of the charger's register map; the value is its index in the map."""

    V_L1N = 0
    V_L2N = 1
    V_L3N = 2
    V_L1L2 = 3
    V_L2L3 = 4
    V_L3L1 = 5
    I_N = 6
    I_L1 = 7
    I_L2 = 8
    I_L3 = 9
    I_SUM = 10
    PF_L1 = 11
    PF_L2 = 12
    PF_L3 = 13
    PF_TOTAL = 14
    FREQUENCY = 15
    P_L1 = 16
    P_L2 = 17
    P_L3 = 18
    P_TOTAL = 19
    S_L1 = 20
    S_L2 = 21
    S_L3 = 22
    S_TOTAL = 23
    Q_L1 = 24
    Q_L2 = 25
    Q_L3 = 26
    Q_TOTAL = 27
    E_IMPORT_L1 = 28
    E_IMPORT_L2 = 29
    E_IMPORT_L3 = 30
    E_IMPORT_TOTAL = 31
    E_EXPORT_L1 = 32
    E_EXPORT_L2 = 33
    E_EXPORT_L3 = 34
    E_EXPORT_TOTAL = 35
    E_APPARENT_L1 = 36
    E_APPARENT_L2 = 37
    E_APPARENT_L3 = 38
    E_APPARENT_TOTAL = 39
    E_REACTIVE_L1 = 40
    E_REACTIVE_L2 = 41
    E_REACTIVE_L3 = 42
    E_REACTIVE_TOTAL = 43

    @property
    def key(self) -> str:
        """The name used in preset files, e.g. `i_l1`, `p_total`."""
        return self.name.lower()

    @property
    def kind(self) -> Kind:
        return _KIND[self]

    @property
    def phase(self) -> int:
        """Grid phase 1..3 of a per-phase quantity; 0 for totals, sums, N and frequency."""
        return _PHASE[self]

    @property
    def label(self) -> str:
        """Short human label, e.g. `V L1-N`, `I L2`, `P total`, `E import total`."""
        return _LABELS[self]

    @property
    def unit(self) -> str:
        return self.kind.unit

    @classmethod
    def from_key(cls, key: str) -> Measurand | None:
        return _BY_KEY.get(key.strip().lower())


def _kind_of(m: Measurand) -> Kind:
    name = m.name
    if name == "FREQUENCY":
        return Kind.FREQUENCY
    if name.startswith("V_"):
        return Kind.VOLTAGE if name.endswith("N") else Kind.VOLTAGE_LL
    prefixes = {
        "I_": Kind.CURRENT,
        "PF_": Kind.POWER_FACTOR,
        "P_": Kind.POWER,
        "S_": Kind.APPARENT_POWER,
        "Q_": Kind.REACTIVE_POWER,
        "E_IMPORT": Kind.ENERGY_IMPORT,
        "E_EXPORT": Kind.ENERGY_EXPORT,
        "E_APPARENT": Kind.ENERGY_APPARENT,
        "E_REACTIVE": Kind.ENERGY_REACTIVE,
    }
    return next(kind for prefix, kind in prefixes.items() if name.startswith(prefix))


def _phase_of(m: Measurand) -> int:
    if m.kind is Kind.VOLTAGE_LL:
        return 0
    for digit in (1, 2, 3):
        if m.name.endswith(f"L{digit}") or m.name.endswith(f"L{digit}N"):
            return digit
    return 0


_KIND = {m: _kind_of(m) for m in Measurand}
_PHASE = {m: _phase_of(m) for m in Measurand}
_BY_KEY = {m.key: m for m in Measurand}
_HEADS = {
    Kind.CURRENT: "I",
    Kind.POWER_FACTOR: "cosφ",
    Kind.POWER: "P",
    Kind.APPARENT_POWER: "S",
    Kind.REACTIVE_POWER: "Q",
    Kind.ENERGY_IMPORT: "E import",
    Kind.ENERGY_EXPORT: "E export",
    Kind.ENERGY_APPARENT: "E apparent",
    Kind.ENERGY_REACTIVE: "E reactive",
}


def _label_of(m: Measurand) -> str:
    tail = m.name.rsplit("_", 1)[-1]
    if m.kind is Kind.VOLTAGE:
        return f"V L{m.phase}-N"
    if m.kind is Kind.VOLTAGE_LL:
        return f"V {tail[:2]}-{tail[2:]}"
    if m.kind is Kind.FREQUENCY:
        return "frequency"
    return f"{_HEADS[m.kind]} {tail if tail.startswith(('L', 'N')) else tail.lower()}"


_LABELS = {m: _label_of(m) for m in Measurand}

PER_PHASE_KINDS = (
    Kind.VOLTAGE,
    Kind.CURRENT,
    Kind.POWER_FACTOR,
    Kind.POWER,
    Kind.APPARENT_POWER,
    Kind.REACTIVE_POWER,
)


def phase_measurand(kind: Kind, phase: int) -> Measurand:
    """The measurand of `kind` on grid phase 1..3."""
    for m in Measurand:
        if m.kind is kind and m.phase == phase:
            return m
    raise KeyError((kind, phase))


def total_measurand(kind: Kind) -> Measurand | None:
    """The total/sum measurand of `kind`, if the charger's map has one."""
    for m in Measurand:
        if m.kind is kind and m.phase == 0 and m.name.endswith(("TOTAL", "SUM")):
            return m
    return None


class DataType(enum.IntEnum):
    """Register data types, numbered as the charger's register-map data-type codes."""

    S16 = 0
    U16 = 1
    S32 = 2
    U32 = 3
    S64 = 4
    U64 = 5
    F32 = 6
    F64 = 7

    @property
    def registers(self) -> int:
        """How many 16-bit registers one value occupies."""
        return {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 2, 7: 4}[int(self)]

    words = registers  # the name the register codec uses

    @property
    def int_range(self) -> tuple[int, int]:
        """Inclusive range of an integer type."""
        if self.is_float:
            raise ValueError(f"{self.name} is not an integer type")
        bits = 16 * self.registers
        if self.name.startswith("S"):
            return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
        return 0, 2**bits - 1

    @property
    def is_float(self) -> bool:
        return self in (DataType.F32, DataType.F64)

    @property
    def signed(self) -> bool:
        return self.is_float or self in (DataType.S16, DataType.S32, DataType.S64)


class WordOrder(enum.IntEnum):
    """Order of the 16-bit words of a multi-register value (as the register map codes it); bytes
    are always big-endian."""

    HIGH_LOW = 0
    LOW_HIGH = 1

    @property
    def text(self) -> str:
        return "high-low" if self is WordOrder.HIGH_LOW else "low-high"

    @property
    def swapped(self) -> WordOrder:
        return WordOrder.LOW_HIGH if self is WordOrder.HIGH_LOW else WordOrder.HIGH_LOW

    @classmethod
    def parse(cls, text: str) -> WordOrder | None:
        compact = text.strip().lower().replace("_", "-").replace(" ", "-")
        return {"high-low": cls.HIGH_LOW, "low-high": cls.LOW_HIGH}.get(compact)


class Parity(enum.IntEnum):
    """RS-485 parity as the charger numbers it in its serial settings."""

    NONE = 0
    EVEN = 1
    ODD = 2

    @property
    def text(self) -> str:
        return self.name.lower()

    @property
    def letter(self) -> str:
        """pyserial's letter: N, E, O."""
        return self.name[0]

    @classmethod
    def parse(cls, text: str) -> Parity | None:
        return {"none": cls.NONE, "even": cls.EVEN, "odd": cls.ODD}.get(text.strip().lower())


@dataclass(frozen=True)
class MeterReading:
    """One decoded reading of a meter, in the charger's units (V, A, W, VA, var, Hz, Wh)."""

    values: Mapping[Measurand, float]
    timestamp: float
    unit: int = 1
    requests: int = 0
    phases: int = 3
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def get(self, measurand: Measurand) -> float | None:
        return self.values.get(measurand)

    def _per_phase(self, kind: Kind) -> tuple[float | None, ...]:
        return tuple(self.values.get(phase_measurand(kind, p)) for p in range(1, self.phases + 1))

    @property
    def voltages(self) -> tuple[float | None, ...]:
        return self._per_phase(Kind.VOLTAGE)

    @property
    def currents(self) -> tuple[float | None, ...]:
        return self._per_phase(Kind.CURRENT)

    @property
    def powers(self) -> tuple[float | None, ...]:
        return self._per_phase(Kind.POWER)

    @property
    def power_total(self) -> float | None:
        """P total as read, else the sum of the phase powers when all are known."""
        total = self.values.get(Measurand.P_TOTAL)
        if total is not None:
            return total
        powers = self.powers
        if powers and all(p is not None for p in powers):
            return math.fsum(p for p in powers if p is not None)
        return None

    @property
    def frequency(self) -> float | None:
        return self.values.get(Measurand.FREQUENCY)
