"""Site templates (presets/sites/*.toml): grid, loads, chargers, meter; validated on load.

Every error names the file and the field, e.g.
`demo.toml: chargers[2].wiring[1]: Phase mapping 'L4' is not one of …`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.text_input import parse_toml, shown
from app.core.values import Value
from app.drivers.alfen.catalogue import spec as catalogue_spec
from app.drivers.alfen.properties import coerce
from app.sim.alfen.charger import SimCharger, SimClock
from app.sim.site_groups import group_tables
from app.sim.tic_site import TicSpec, tic_spec
from app.sim.v2c.site_spec import TrydanSpec, trydan_spec
from app.store.text_files import read_text_file

SCHEMA_VERSION = 1
ALB_SOURCES = ("meter", "p1", "tic", "rtu")
DRIVERS = ("alfen", "v2c")  # a charger table's `driver`; "alfen" when absent
_SERIAL_RE = re.compile(r"^[a-z0-9]{4,20}$")


@dataclass(frozen=True)
class GridSpec:
    phases: int = 3
    voltage: float = 230.0
    main_fuse: float = 25.0


@dataclass(frozen=True)
class LoadSpec:
    name: str
    amps: tuple[float, float, float]
    on: bool = True


@dataclass(frozen=True)
class ChargerSpec:
    serial: str
    password: str
    model: str = "NG910-60027"
    firmware: str = "7.4.5-4415"
    sockets: int = 1
    session: str = "token"
    licence: int = 0
    phases: int = 3
    wiring: tuple[PhaseMapping, ...] = ()
    properties: dict[str, Value] = field(default_factory=dict)
    reboot_seconds: float = 3.0
    https_port: int = 0
    modbus_port: int = 0
    alb_source: str = ""  # "meter", "p1", "tic" or "rtu": pre-configured to read that meter


@dataclass(frozen=True)
class SiteTemplate:
    name: str
    source: str
    grid: GridSpec
    loads: tuple[LoadSpec, ...]
    chargers: tuple[ChargerSpec, ...]  # the Alfen chargers
    session_idle_seconds: float = 60.0
    meter: object = None  # kept as written, for the simulated meters
    trydans: tuple[TrydanSpec, ...] = ()  # the `driver = "v2c"` chargers (app/sim/v2c/site_spec.py)
    tic: TicSpec | None = None  # the `[tic]` meter (app/sim/tic_site.py)


class _Fields:
    """Reads one TOML table, turning every problem into an InvalidInput naming file and field."""

    def __init__(self, source: str, where: str, table: object) -> None:
        self.source = source
        self.where = where
        if not isinstance(table, dict):
            raise self.error("", "expected a table")
        self.table: dict[str, object] = table

    def error(self, name: str, problem: str) -> InvalidInput:
        path = ".".join(part for part in (self.where, name) if part) or "(top level)"
        return InvalidInput(f"{self.source}: {path}: {problem}")

    def only(self, *allowed: str) -> None:
        unknown = sorted(set(self.table) - set(allowed))
        if unknown:
            raise self.error(unknown[0], f"unknown field (allowed: {', '.join(allowed)})")

    def get(self, name: str, kind: type | tuple[type, ...], default: object = ...) -> object:
        if name not in self.table:
            if default is ...:
                raise self.error(name, "missing")
            return default
        value = self.table[name]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            raise self.error(name, f"expected {_kind_text(kinds)}, got {shown(value)}")
        if not isinstance(value, kinds):
            raise self.error(name, f"expected {_kind_text(kinds)}, got {shown(value)}")
        return value

    def number(self, name: str, default: float, low: float, high: float) -> float:
        raw = self.get(name, (int, float), default)
        assert isinstance(raw, int | float)
        try:
            value = float(raw)
        except OverflowError:  # a 400-digit whole number
            value = math.inf
        if not low <= value <= high:
            shown = f"{value:g}" if math.isfinite(value) else "a huge number"
            raise self.error(name, f"{shown} is outside {low:g}…{high:g}")
        return value

    def entries(self, name: str, default: list[object] | None = None) -> list[object]:
        value = self.get(name, list, ... if default is None else default)
        assert isinstance(value, list)
        return value

    def choice(self, name: str, default: str | int, allowed: tuple[str | int, ...]) -> str | int:
        value = self.table.get(name, default)
        if value not in allowed or isinstance(value, bool) or not isinstance(value, str | int):
            raise self.error(
                name, f"must be one of {', '.join(map(str, allowed))}, got {shown(value)}"
            )
        return value

    def whole(self, name: str, default: int, allowed: tuple[int, ...]) -> int:
        return int(self.choice(name, default, allowed))


def _kind_text(kinds: tuple[type, ...]) -> str:
    names = {
        str: "text",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        list: "a list",
        dict: "a table",
    }
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def load_site(path: str | Path) -> SiteTemplate:
    """Read and validate a site template; InvalidInput names file and field on any problem."""
    file = Path(path)
    data = parse_toml(read_text_file(file, "site template"), file.name)
    return parse_site(data, file.name)


def parse_site(data: dict[str, object], source: str) -> SiteTemplate:
    """Validate an already-parsed template (`source` names it in errors)."""
    top = _Fields(source, "", data)
    top.only(
        *("schema_version", "name", "session_idle_seconds", "grid", "loads", "chargers"),
        *("charger_groups", "meter", "tic"),
    )
    if top.get("schema_version", int) != SCHEMA_VERSION:
        raise top.error("schema_version", f"this version reads schema_version = {SCHEMA_VERSION}")
    grid = _grid(_Fields(source, "grid", top.get("grid", dict, {})))
    loads = tuple(
        _load(_Fields(source, f"loads[{n}]", item))
        for n, item in enumerate(top.entries("loads", []))
    )
    tables = [(f"chargers[{n}]", item) for n, item in enumerate(top.entries("chargers", []))]
    tables += group_tables(top.entries("charger_groups", []), source, grid.phases)
    alfen, trydans = _chargers(source, tables)
    chargers = tuple(alfen.values())
    if not chargers and not trydans:
        raise top.error("chargers", "a site needs at least one charger")
    _unique(top, "loads", [load.name for load in loads])
    _unique(top, "chargers", [c.serial for c in chargers] + [t.serial for t in trydans])
    tic = tic_spec(data.get("tic"), source)
    _check_alb_sources(top, alfen, data.get("meter"), tic)
    return SiteTemplate(
        name=str(top.get("name", str, Path(source).stem)),
        source=source,
        grid=grid,
        loads=loads,
        chargers=chargers,
        session_idle_seconds=top.number("session_idle_seconds", 60.0, 1.0, 3600.0),
        meter=data.get("meter"),
        trydans=trydans,
        tic=tic,
    )


def _chargers(
    source: str, tables: list[tuple[str, object]]
) -> tuple[dict[str, ChargerSpec], tuple[TrydanSpec, ...]]:
    """Each charger table by its `driver`: the Alfen chargers by where they are written, then
    the Trydans."""
    alfen: dict[str, ChargerSpec] = {}
    v2c: list[TrydanSpec] = []
    for where, item in tables:
        f = _Fields(source, where, item)
        if f.choice("driver", "alfen", DRIVERS) == "v2c":
            v2c.append(trydan_spec(f))
        else:
            alfen[where] = _charger(f)
    return alfen, tuple(v2c)


def _unique(top: _Fields, name: str, keys: list[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise top.error(name, f"{key!r} appears twice")
        seen.add(key)


def _check_alb_sources(
    top: _Fields, chargers: dict[str, ChargerSpec], meter: object, tic: TicSpec | None
) -> None:
    """A charger can only be pre-configured to read a meter the site actually has."""
    for table, charger in chargers.items():
        if not charger.alb_source:
            continue
        where = f"{table}.alb_source"
        if charger.alb_source == "tic":
            if tic is None:
                raise top.error(where, "is 'tic' but the site has no [tic] meter")
            continue
        if not isinstance(meter, dict):
            raise top.error(where, "needs a [meter] table (the site's grid meter) to read")
        if charger.alb_source == "p1" and meter.get("p1", True) is False:
            raise top.error(where, "is 'p1' but the [meter] table has p1 = false")
        if charger.alb_source == "rtu" and not meter.get("rtu"):
            raise top.error(where, "is 'rtu' but the [meter] table has no [meter.rtu] meter")


def _grid(f: _Fields) -> GridSpec:
    f.only("phases", "voltage", "main_fuse")
    return GridSpec(
        phases=f.whole("phases", 3, (1, 3)),
        voltage=f.number("voltage", 230.0, 100.0, 300.0),
        main_fuse=f.number("main_fuse", 25.0, 1.0, 1000.0),
    )


def _load(f: _Fields) -> LoadSpec:
    f.only("name", "amps", "on")
    name = str(f.get("name", str)).strip()
    if not name:
        raise f.error("name", "must not be empty")
    raw = f.entries("amps")
    amps = [a for a in raw if isinstance(a, int | float) and not isinstance(a, bool)]
    if len(raw) != 3 or len(amps) != 3 or not all(0 <= a <= 1000 for a in amps):
        raise f.error("amps", f"expected three currents 0…1000 A (L1, L2, L3), got {shown(raw)}")
    a1, a2, a3 = (float(a) for a in amps)
    return LoadSpec(name, (a1, a2, a3), bool(f.get("on", bool, True)))


def _charger(f: _Fields) -> ChargerSpec:
    f.only(
        "driver",
        "serial",
        "password",
        "model",
        "firmware",
        "sockets",
        "session",
        "licence",
        "phases",
        "wiring",
        "properties",
        "reboot_seconds",
        "https_port",
        "modbus_port",
        "alb_source",
    )
    serial = str(f.get("serial", str))
    if not _SERIAL_RE.match(serial):
        raise f.error("serial", f"expected 4–20 lower-case letters and digits, got {serial!r}")
    password = str(f.get("password", str))
    if not password:
        raise f.error("password", "must not be empty")
    sockets = f.whole("sockets", 1, (1, 2))
    phases = f.whole("phases", 3, (1, 3))
    return ChargerSpec(
        serial=serial,
        password=password,
        model=str(f.get("model", str, "NG910-60027")),
        firmware=str(f.get("firmware", str, "7.4.5-4415")),
        sockets=sockets,
        session=str(f.choice("session", "token", ("token", "cookie"))),
        licence=_licence(f),
        phases=phases,
        wiring=_wiring(f, sockets, phases),
        properties=_properties(f, sockets),
        reboot_seconds=f.number("reboot_seconds", 3.0, 0.01, 600.0),
        https_port=int(f.number("https_port", 0, 0, 65535)),
        modbus_port=int(f.number("modbus_port", 0, 0, 65535)),
        alb_source=str(f.choice("alb_source", "", ALB_SOURCES)) if "alb_source" in f.table else "",
    )


def _licence(f: _Fields) -> int:
    names = f.entries("licence", [])
    bits = 0
    for n, name in enumerate(names):
        try:
            bits |= Feature[str(name).upper()]
        except KeyError:
            allowed = ", ".join(m.name for m in Feature if m.name)
            raise f.error(
                f"licence[{n}]", f"unknown feature {shown(name)} (known: {allowed})"
            ) from None
    return bits


def _wiring(f: _Fields, sockets: int, phases: int) -> tuple[PhaseMapping, ...]:
    default = [("L1L2L3" if phases == 3 else "L1")] * sockets
    texts = f.entries("wiring", list(default))
    if len(texts) != sockets:
        raise f.error("wiring", f"expected one mapping per socket ({sockets}), got {len(texts)}")
    result = []
    for n, text in enumerate(texts):
        try:
            result.append(PhaseMapping.parse(str(text)))
        except InvalidInput as exc:
            raise f.error(f"wiring[{n}]", str(exc)) from None
    return tuple(result)


def _properties(f: _Fields, sockets: int) -> dict[str, Value]:
    table = f.get("properties", dict, {})
    assert isinstance(table, dict)
    values: dict[str, Value] = {}
    for key, raw in table.items():
        try:
            spec = catalogue_spec(key)
            values[key] = coerce(spec.type, raw, name=key)
        except InvalidInput as exc:
            raise f.error(f"properties.{key}", str(exc)) from None
        if spec.dual_only and sockets < 2:
            raise f.error(f"properties.{key}", "exists only on chargers with two sockets")
    return values


def build_charger(spec: ChargerSpec, clock: SimClock) -> SimCharger:
    """A simulated charger as the template describes it."""
    return SimCharger(
        serial=spec.serial,
        model=spec.model,
        firmware=spec.firmware,
        sockets=spec.sockets,
        password=spec.password,
        licence_bits=spec.licence,
        phases=spec.phases,
        wiring=list(spec.wiring),
        initial=dict(spec.properties),
        reboot_seconds=spec.reboot_seconds,
        clock=clock,
    )
