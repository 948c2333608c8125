"""A meter preset as the charger stores it: the custom register map of the smart meter.

device-protocols.md §2.5: four parallel arrays — measurand index `2570_0` (bytes, 0xFF unused),
register `2571_0` (u16), data-type code `2572_0` (bytes, 0..7) and power-of-ten scale `2573_0`
(signed bytes) — plus word order `2574_0`, function code `2574_3`, RTU baud/parity/address
`2575_0..2` and the unit id `2523_6`. Maker, model, notes and sources are not stored on the
charger; `from_register_map(..., like=preset)` takes them back from a known preset.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from app.core.errors import InvalidInput
from app.core.measurands import DataType, Measurand, Parity, WordOrder
from app.core.presets import (
    BAUD_RATES,
    SCALE_MAX,
    SCALE_MIN,
    InvalidPreset,
    MeterPreset,
    PresetEntry,
    Transport,
    check_preset,
)
from app.core.values import Value

UNUSED = 0xFF
DEFAULT_SLOTS = 16
CHARGER_SOURCE = "register map read from the charger (2570_0…2573_0)"
MAP_IDS = (
    "2570_0",
    "2571_0",
    "2572_0",
    "2573_0",
    "2574_0",
    "2574_3",
    "2575_0",
    "2575_1",
    "2575_2",
    "2523_6",
)


@dataclass(frozen=True)
class ChargerRegisterMap:
    """The charger's custom register map; `scales` are signed, as the charger means them."""

    measurands: tuple[int, ...]
    registers: tuple[int, ...]
    data_types: tuple[int, ...]
    scales: tuple[int, ...]
    word_order: int = 0
    function_code: int = 4
    baud: int = 9600
    parity: int = 0
    unit_id: int = 1

    def __post_init__(self) -> None:
        lengths = {
            len(self.measurands),
            len(self.registers),
            len(self.data_types),
            len(self.scales),
        }
        if len(lengths) != 1:
            raise InvalidInput(
                "Register map: 2570_0, 2571_0, 2572_0 and 2573_0 must have the same length "
                f"(got {len(self.measurands)}, {len(self.registers)}, {len(self.data_types)}, "
                f"{len(self.scales)})."
            )

    def to_properties(self) -> dict[str, Value]:
        """Property id → value, ready for a charger write (scales as two's-complement bytes)."""
        return {
            "2570_0": self.measurands,
            "2571_0": self.registers,
            "2572_0": self.data_types,
            "2573_0": tuple(s & 0xFF for s in self.scales),
            "2574_0": self.word_order,
            "2574_3": self.function_code,
            "2575_0": self.baud,
            "2575_1": self.parity,
            "2575_2": self.unit_id,
            "2523_6": self.unit_id,
        }

    @classmethod
    def from_properties(cls, values: Mapping[str, Value]) -> ChargerRegisterMap:
        """Build from property values read from a charger (ids as in `MAP_IDS`)."""
        arrays = [_array(values, pid) for pid in ("2570_0", "2571_0", "2572_0", "2573_0")]
        scales = tuple(s - 256 if s > 127 else s for s in arrays[3])
        unit = values.get("2523_6", values.get("2575_2", 1))
        return cls(
            measurands=arrays[0],
            registers=arrays[1],
            data_types=arrays[2],
            scales=scales,
            word_order=_number(values, "2574_0", 0),
            function_code=_number(values, "2574_3", 4),
            baud=_number(values, "2575_0", 9600),
            parity=_number(values, "2575_1", 0),
            unit_id=int(unit) if isinstance(unit, int | float) else 1,
        )


def _array(values: Mapping[str, Value], pid: str) -> tuple[int, ...]:
    if pid not in values:
        raise InvalidInput(f"Register map: property {pid} was not read from the charger.")
    raw = values[pid]
    if not isinstance(raw, tuple):
        raise InvalidInput(f"Register map: {pid} should be an array, got {raw!r}.")
    return raw


def _number(values: Mapping[str, Value], pid: str, default: int) -> int:
    raw = values.get(pid, default)
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise InvalidInput(f"Register map: {pid} should be a number, got {raw!r}.")
    return int(raw)


# What load balancing needs first when a preset maps more than the charger's slots: currents,
# real powers, voltages, then neutral, sum, frequency and power factors (Measurand indexes).
MAP_PRIORITY = (7, 8, 9, 16, 17, 18, 19, 0, 1, 2, 6, 10, 15, 11, 12, 13, 14, 3, 4, 5)


def fit_to_slots(preset: MeterPreset, slots: int = DEFAULT_SLOTS) -> MeterPreset:
    """`preset` cut to the `slots` entries load balancing needs most (unchanged if it fits)."""
    if len(preset.entries) <= slots:
        return preset
    rank = {m: i for i, m in enumerate(MAP_PRIORITY)}
    kept = sorted(preset.entries, key=lambda e: rank.get(int(e.measurand), len(rank)))[:slots]
    entries = tuple(e for e in preset.entries if e in kept)
    return dataclasses.replace(preset, entries=entries)


def to_register_map(
    preset: MeterPreset, *, slots: int = DEFAULT_SLOTS, max_slots: int | None = None
) -> ChargerRegisterMap:
    """The charger's form of `preset`, padded with unused slots to at least `slots`."""
    inverted = [e.measurand.key for e in preset.entries if e.invert]
    if inverted:
        raise InvalidInput(
            f"Preset {preset.title}: {', '.join(inverted)} invert the sign, which the charger's "
            "register map cannot do.",
            hint="Fix it at the meter instead: turn the CT clamps round (arrow towards the "
            "load) or swap the meter's supply and load wiring, then use the preset without "
            "`invert`.",
        )
    if max_slots is not None and len(preset.entries) > max_slots:
        raise InvalidInput(
            f"Preset {preset.title} maps {len(preset.entries)} measurands; the charger holds "
            f"at most {max_slots}. Remove the ones load balancing does not need (energies, "
            "S, Q)."
        )
    pad = max(0, slots - len(preset.entries))
    t = preset.transport
    return ChargerRegisterMap(
        measurands=tuple(int(e.measurand) for e in preset.entries) + (UNUSED,) * pad,
        registers=tuple(e.register for e in preset.entries) + (0,) * pad,
        data_types=tuple(int(e.type) for e in preset.entries) + (int(DataType.F32),) * pad,
        scales=tuple(e.scale for e in preset.entries) + (0,) * pad,
        word_order=int(t.word_order),
        function_code=t.function_code,
        baud=t.baud,
        parity=int(t.parity),
        unit_id=t.unit_id,
    )


def from_register_map(
    rmap: ChargerRegisterMap,
    *,
    like: MeterPreset | None = None,
    maker: str = "Custom",
    model: str = "register map",
    source: str = CHARGER_SOURCE,
) -> MeterPreset:
    """The preset a charger's register map describes; metadata from `like` when given."""
    where = "charger register map"
    entries = [
        _slot_entry(rmap, i, where)
        for i in range(len(rmap.measurands))
        if rmap.measurands[i] != UNUSED
    ]
    seen: set[Measurand] = set()
    for entry in entries:
        if entry.measurand in seen:
            raise InvalidPreset(f"{where}: {entry.measurand.key} appears in two slots.")
        seen.add(entry.measurand)
    transport = _map_transport(rmap, where, like.transport if like else Transport())
    if like is not None:
        entries = [_with_source(e, like) for e in entries]
    phases = like.phases if like else (3 if any(e.measurand.phase > 1 for e in entries) else 1)
    preset = MeterPreset(
        name=like.name if like else "charger",
        maker=like.maker if like else maker,
        model=like.model if like else model,
        phases=phases,
        transport=transport,
        entries=tuple(sorted(entries, key=lambda e: e.measurand)),
        note=like.note if like else "",
        source=like.source if like else source,
    )
    check_preset(preset, where)
    return preset


def _slot_entry(rmap: ChargerRegisterMap, slot: int, where: str) -> PresetEntry:
    index, register = rmap.measurands[slot], rmap.registers[slot]
    code, scale = rmap.data_types[slot], rmap.scales[slot]
    if not 0 <= index < len(Measurand):
        raise InvalidPreset(f"{where}: slot {slot}: measurand index {index} is not 0…43 or 255.")
    if not 0 <= code <= 7:
        raise InvalidPreset(f"{where}: slot {slot}: data type code {code} is not 0…7.")
    if not SCALE_MIN <= scale <= SCALE_MAX:
        raise InvalidPreset(f"{where}: slot {slot}: scale {scale} is not {SCALE_MIN}…{SCALE_MAX}.")
    data_type = DataType(code)
    if not 0 <= register <= 65536 - data_type.registers:
        raise InvalidPreset(f"{where}: slot {slot}: register {register} is out of range.")
    return PresetEntry(Measurand(index), register, data_type, scale, CHARGER_SOURCE)


def _map_transport(rmap: ChargerRegisterMap, where: str, base: Transport) -> Transport:
    if rmap.word_order not in (0, 1):
        raise InvalidPreset(f"{where}: word order (2574_0) {rmap.word_order} is not 0 or 1.")
    if rmap.function_code not in (3, 4):
        raise InvalidPreset(f"{where}: function code (2574_3) {rmap.function_code} is not 3 or 4.")
    if rmap.baud not in BAUD_RATES:
        raise InvalidPreset(f"{where}: baud rate (2575_0) {rmap.baud} is not a standard rate.")
    if rmap.parity not in (0, 1, 2):
        raise InvalidPreset(f"{where}: parity (2575_1) {rmap.parity} is not 0, 1 or 2.")
    if not 1 <= rmap.unit_id <= 247:
        raise InvalidPreset(f"{where}: unit id {rmap.unit_id} is not 1…247.")
    return Transport(
        function_code=rmap.function_code,
        unit_id=rmap.unit_id,
        word_order=WordOrder(rmap.word_order),
        baud=rmap.baud,
        parity=Parity(rmap.parity),
        max_registers=base.max_registers,
        max_gap=base.max_gap,
    )


def _with_source(entry: PresetEntry, like: MeterPreset) -> PresetEntry:
    known = like.entry(entry.measurand)
    if known is not None and (known.register, known.type, known.scale) == (
        entry.register,
        entry.type,
        entry.scale,
    ):
        return known
    return entry


def matches(rmap: ChargerRegisterMap, preset: MeterPreset) -> bool:
    """Whether the charger's map is exactly `preset` (ignoring unused slots and metadata)."""
    try:
        return to_register_map(preset, slots=0) == to_register_map(
            from_register_map(rmap, like=preset), slots=0
        )
    except InvalidInput:
        return False
