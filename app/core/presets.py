"""Meter presets: which register holds which measurand, how to decode it, and where that came from.

A preset file (presets/meters/*.toml or .json) is parsed from text here; reading files is the
protocol layer's job (app/store/presets.py). Every problem becomes one `InvalidPreset`
naming the file and the field, never a traceback. The same object converts 1:1 to the charger's
custom register map (app/drivers/alfen/meter_map.py).

Schema (version 1)::

    schema_version = 1
    maker = "Eastron"
    model = "SDM630"
    phases = 3                     # 1 or 3
    note = "shown to the installer" # optional
    source = "document name"       # default `source` of every entry
    [transport]
    function_code = 4              # 3 holding, 4 input registers
    unit_id = 1                    # 1..247
    word_order = "high-low"        # or "low-high"
    baud = 9600                    # RTU only
    parity = "none"                # none, even, odd (RTU only)
    max_registers = 80             # optional: longest read the meter accepts
    max_gap = 0                    # optional: unmapped registers a read may span
    [measurands]
    v_l1n = { register = 0, type = "F32", scale = 0, source = "…" }

`scale` is a power of ten: value = raw × 10^scale, in V, A, W, VA, var, Hz and Wh.
`invert = true` flips the sign; the charger's register map cannot express it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from difflib import get_close_matches
from pathlib import PurePath
from typing import Any

from app.core.errors import InvalidInput
from app.core.measurands import DataType, Kind, Measurand, Parity, WordOrder
from app.core.text_input import parse_json, parse_toml

SCHEMA_VERSION = 1
SCALE_MIN, SCALE_MAX = -9, 9
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
MODBUS_MAX_READ = 125

_TOP_KEYS = (
    "schema_version",
    "maker",
    "model",
    "phases",
    "note",
    "source",
    "transport",
    "measurands",
)
_TRANSPORT_KEYS = (
    "function_code",
    "unit_id",
    "word_order",
    "baud",
    "parity",
    "max_registers",
    "max_gap",
)
_ENTRY_KEYS = ("register", "type", "scale", "source", "invert")


class InvalidPreset(InvalidInput):
    """A preset file or text that does not follow the schema; the message names file and field."""


@dataclass(frozen=True)
class Transport:
    """How to reach the meter's registers."""

    function_code: int = 4
    unit_id: int = 1
    word_order: WordOrder = WordOrder.HIGH_LOW
    baud: int = 9600
    parity: Parity = Parity.NONE
    max_registers: int = 100
    max_gap: int = 0


@dataclass(frozen=True)
class PresetEntry:
    """Where one measurand lives and how to turn its registers into charger units."""

    measurand: Measurand
    register: int
    type: DataType
    scale: int = 0
    source: str = ""
    invert: bool = False

    @property
    def last_register(self) -> int:
        return self.register + self.type.registers - 1

    @property
    def factor(self) -> float:
        """Multiply the decoded raw number by this to get charger units."""
        return (-1.0 if self.invert else 1.0) * 10.0**self.scale


@dataclass(frozen=True)
class MeterPreset:
    """A validated preset; `entries` are sorted by measurand index."""

    name: str
    maker: str
    model: str
    phases: int
    transport: Transport
    entries: tuple[PresetEntry, ...]
    note: str = ""
    source: str = ""
    schema_version: int = SCHEMA_VERSION
    _by_measurand: dict[Measurand, PresetEntry] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._by_measurand.update({e.measurand: e for e in self.entries})

    @property
    def title(self) -> str:
        return f"{self.maker} {self.model}"

    def entry(self, measurand: Measurand) -> PresetEntry | None:
        return self._by_measurand.get(measurand)

    def with_entries(self, entries: Iterable[PresetEntry]) -> MeterPreset:
        """A copy whose entries are `entries` (sorted by measurand)."""
        return replace(self, entries=tuple(sorted(entries, key=lambda e: e.measurand)))

    def with_transport(self, **changes: Any) -> MeterPreset:
        return replace(self, transport=replace(self.transport, **changes))


def parse_preset(text: str, filename: str) -> MeterPreset:
    """Parse preset text; the format comes from the file name's suffix (.toml or .json)."""
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".toml":
        try:
            data: object = parse_toml(text, filename)
        except InvalidInput as exc:
            raise InvalidPreset(str(exc)) from None
    elif suffix == ".json":
        try:
            data = parse_json(text, filename)
        except InvalidInput as exc:
            raise InvalidPreset(str(exc)) from None
    else:
        raise InvalidPreset(f"{filename}: a preset file must end in .toml or .json.")
    return preset_from_dict(data, filename)


def preset_from_dict(data: object, filename: str) -> MeterPreset:
    """Validate decoded preset data (TOML or JSON) and build the preset."""
    top = _Fields(data, filename, "")
    top.only(_TOP_KEYS)
    version = top.integer("schema_version", 1, 10**6)
    if version > SCHEMA_VERSION:
        raise top.error(
            "schema_version",
            f"version {version} is newer than this tool understands ({SCHEMA_VERSION}); "
            "update Commissioner.",
        )
    maker, model = top.text("maker"), top.text("model")
    phases = top.integer("phases", 1, 3)
    if phases == 2:
        raise top.error("phases", "must be 1 or 3.")
    source = top.text("source", required=False)
    transport = _transport(_Fields(top.get("transport", {}), filename, "transport"))
    entries = _entries(_Fields(top.get("measurands"), filename, "measurands"), source)
    preset = MeterPreset(
        name=PurePath(filename).stem,
        maker=maker,
        model=model,
        phases=phases,
        transport=transport,
        entries=tuple(sorted(entries, key=lambda e: e.measurand)),
        note=top.text("note", required=False),
        source=source,
        schema_version=version,
    )
    check_preset(preset, filename)
    return preset


def check_preset(preset: MeterPreset, filename: str) -> None:
    """Rules across fields: phases, currents present, no overlapping registers."""
    where = f"{filename}: measurands"
    if preset.phases == 1:
        extra = [e.measurand.key for e in preset.entries if e.measurand.phase in (2, 3)]
        extra += [e.measurand.key for e in preset.entries if e.measurand.kind is Kind.VOLTAGE_LL]
        if extra:
            raise InvalidPreset(
                f"{where}: {', '.join(extra)} cannot be used in a 1-phase preset (phases = 1)."
            )
    needed = [f"i_l{p}" for p in range(1, preset.phases + 1)]
    missing = [k for k in needed if preset.entry(Measurand[k.upper()]) is None]
    if missing:
        raise InvalidPreset(
            f"{where}: {', '.join(missing)} missing; load balancing needs the current of "
            "every phase."
        )
    ordered = sorted(preset.entries, key=lambda e: e.register)
    for before, after in itertools.pairwise(ordered):
        if after.register <= before.last_register:
            raise InvalidPreset(
                f"{where}.{after.measurand.key}: register {after.register} overlaps "
                f"{before.measurand.key} ({before.register}…{before.last_register})."
            )


def _transport(fields: _Fields) -> Transport:
    fields.only(_TRANSPORT_KEYS)
    function_code = fields.integer("function_code", 3, 4)
    order_text = fields.text("word_order", required=False) or "high-low"
    order = WordOrder.parse(order_text)
    if order is None:
        raise fields.error("word_order", f"'{order_text}' is not high-low or low-high.")
    baud = fields.integer("baud", 1, 10**7, default=9600)
    if baud not in BAUD_RATES:
        raise fields.error("baud", f"{baud} is not one of {', '.join(map(str, BAUD_RATES))}.")
    parity_text = fields.text("parity", required=False) or "none"
    parity = Parity.parse(parity_text)
    if parity is None:
        raise fields.error("parity", f"'{parity_text}' is not none, even or odd.")
    return Transport(
        function_code=function_code,
        unit_id=fields.integer("unit_id", 1, 247, default=1),
        word_order=order,
        baud=baud,
        parity=parity,
        max_registers=fields.integer("max_registers", 4, MODBUS_MAX_READ, default=100),
        max_gap=fields.integer("max_gap", 0, 100, default=0),
    )


def _entries(fields: _Fields, default_source: str) -> list[PresetEntry]:
    if not fields.data:
        raise InvalidPreset(f"{fields.where('')}: no measurands; map at least the currents.")
    entries = []
    for key in fields.data:
        measurand = Measurand.from_key(key)
        if measurand is None:
            known = [m.key for m in Measurand]
            close = get_close_matches(key.lower(), known, n=1)
            hint = f" Did you mean {close[0]}?" if close else f" Known: {', '.join(known)}."
            raise fields.error(key, f"unknown measurand.{hint}")
        entries.append(
            _entry(
                _Fields(fields.data[key], fields.file, fields.where(key)), measurand, default_source
            )
        )
    return entries


def _entry(fields: _Fields, measurand: Measurand, default_source: str) -> PresetEntry:
    fields.only(_ENTRY_KEYS)
    type_text = fields.text("type").upper()
    if type_text not in DataType.__members__:
        raise fields.error(
            "type", f"'{type_text}' is not one of {', '.join(DataType.__members__)}."
        )
    data_type = DataType[type_text]
    register = fields.integer("register", 0, 65536 - data_type.registers)
    source = fields.text("source", required=False) or default_source
    if not source:
        raise fields.error("source", "missing: name the public register map this entry is from.")
    invert = fields.get("invert", False)
    if not isinstance(invert, bool):
        raise fields.error("invert", f"expected true or false, got {invert!r}.")
    return PresetEntry(
        measurand=measurand,
        register=register,
        type=data_type,
        scale=fields.integer("scale", SCALE_MIN, SCALE_MAX, default=0),
        source=source,
        invert=invert,
    )


class _Fields:
    """A table of a preset being validated; errors name the file and the dotted field path."""

    _MISSING = object()

    def __init__(self, data: object, file: str, path: str) -> None:
        if not isinstance(data, Mapping):
            what = path if path else "the file"
            raise InvalidPreset(f"{file}: {what}: expected a table, got {_kind(data)}.")
        self.data: Mapping[str, object] = data
        self.file = file
        self.path = path

    def where(self, key: str) -> str:
        dotted = f"{self.path}.{key}" if self.path and key else self.path or key
        return f"{self.file}: {dotted}" if dotted else self.file

    def error(self, key: str, problem: str) -> InvalidPreset:
        return InvalidPreset(f"{self.where(key)}: {problem}")

    def only(self, allowed: tuple[str, ...]) -> None:
        for key in self.data:
            if key not in allowed:
                close = get_close_matches(key, allowed, n=1)
                hint = f" Did you mean {close[0]}?" if close else f" Allowed: {', '.join(allowed)}."
                raise self.error(key, f"unknown field.{hint}")

    def get(self, key: str, default: object = _MISSING) -> Any:
        value = self.data.get(key, default)
        if value is _Fields._MISSING:
            raise self.error(key, "missing.")
        return value

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.get(key) if required else self.get(key, "")
        if not isinstance(value, str):
            raise self.error(key, f"expected text, got {_kind(value)}.")
        if required and not value.strip():
            raise self.error(key, "is empty.")
        return value.strip()

    def integer(self, key: str, low: int, high: int, *, default: int | None = None) -> int:
        value = self.get(key) if default is None else self.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"expected a whole number, got {_kind(value)}.")
        if not low <= value <= high:
            raise self.error(key, f"{value} is out of range {low}…{high}.")
        return value


def _kind(value: object) -> str:
    names = {
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a decimal number",
        list: "a list",
        dict: "a table",
    }
    return next((n for t, n in names.items() if type(value) is t), repr(value))
