"""Plans as data: TOML text ↔ `Plan`, dict ↔ `Plan` (for journals), one field at a time.

The conversion is generic over the plan dataclasses, so a field added to `app.core.plan` is
read, written and settable from a wizard with no change here. Every error names the field.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from app.core.errors import InvalidInput
from app.core.licence import LicenceKey
from app.core.phases import PhaseMapping
from app.core.plan import (
    PLAN_SCHEMA_VERSION,
    SECTIONS,
    ChargerPlan,
    Plan,
    PlanFieldError,
    RegisterMap,
    label,
)
from app.core.text_input import parse_toml, shown

D = TypeVar("D")
NO_PHASE_MAPPING = "none"
MAX_NUMBER = 1e9


def loads_plan(text: str) -> Plan:
    """Parse a plan file's TOML text; InvalidInput naming the field on any problem."""
    return plan_from_dict(parse_toml(text, "The plan file"))


def plan_from_dict(data: Mapping[str, Any]) -> Plan:
    """A plan from plain data (a parsed TOML file or a journal record)."""
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidInput("The plan has no schema_version: add `schema_version = 1` at the top.")
    if version > PLAN_SCHEMA_VERSION:
        raise InvalidInput(
            f"The plan has schema_version {version}; this version of Commissioner reads "
            f"up to {PLAN_SCHEMA_VERSION}. Update Commissioner."
        )
    chargers = data.get("chargers", [])
    if not isinstance(chargers, list):
        raise InvalidInput("The plan's chargers must be a list of [[chargers]] tables.")
    built = tuple(_charger_from_dict(item, index) for index, item in enumerate(chargers, start=1))
    rest = {k: v for k, v in data.items() if k != "chargers"}
    return dataclasses.replace(_build(Plan, rest, ""), chargers=built)


def _charger_from_dict(item: object, index: int) -> ChargerPlan:
    if not isinstance(item, dict):
        raise InvalidInput(f"Charger {index} of the plan is not a table of settings.")
    try:
        return _build(ChargerPlan, item, "")
    except PlanFieldError as exc:
        who = item.get("serial") or f"number {index}"
        raise PlanFieldError(exc.field, f"Charger {who}: {exc}") from None


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """Plain data for JSON or TOML; unset (None) fields are left out."""
    out = _to_data(plan)
    assert isinstance(out, dict)
    return out


def dumps_plan(plan: Plan) -> str:
    """The plan as TOML text that `loads_plan` reads back to an equal plan."""
    data = plan_to_dict(plan)
    head = {"schema_version": data.pop("schema_version"), **data}
    lines = [f"{key} = {_toml_value(value)}" for key, value in head.items() if key != "chargers"]
    for charger in data.get("chargers", []):
        lines.append("")
        lines.extend(_toml_table(charger, "chargers", array=True))
    return "\n".join(lines) + "\n"


def dataclass_from_dict(cls: type[D], data: object, path: str = "") -> D:
    """Any plan-like dataclass from plain data, converted like a plan (errors name the field)."""
    return _build(cls, data, path)


def with_field(plan: ChargerPlan, path: str, raw: object) -> ChargerPlan:
    """A copy of `plan` with the field at `path` set from `raw` (typed value or text)."""
    out: ChargerPlan = _set(plan, path.split("."), raw, "")
    return out


def resolve_presets(plan: Plan, lookup: Callable[[str], RegisterMap]) -> Plan:
    """Fill in the register map of every meter that names a preset and has no map yet."""
    chargers = []
    for item in plan.chargers:
        meter = item.alb.meter if item.alb else None
        if meter is not None and meter.preset and meter.register_map is None:
            item = with_field(item, "alb.meter.register_map", lookup(meter.preset))  # noqa: PLW2901
        chargers.append(item)
    return dataclasses.replace(plan, chargers=tuple(chargers))


# --- generic conversion ---------------------------------------------------------------------


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _build(cls: type[D], data: object, path: str) -> D:
    if not isinstance(data, dict):
        raise PlanFieldError(path, f"{label(path)}: expected a table of settings.")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    for key in data:
        if key not in names:
            where = f" in {SECTIONS.get(path, path)}" if path else ""
            raise PlanFieldError(_join(path, key), f"Unknown setting '{key}'{where}.")
    kwargs = {
        name: _convert(hints[name], data[name], _join(path, name)) for name in names & set(data)
    }
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name not in kwargs and f.default is dataclasses.MISSING:
            raise PlanFieldError(_join(path, f.name), f"{label(_join(path, f.name))}: missing.")
    return cls(**kwargs)


def _convert(hint: Any, raw: object, path: str) -> Any:
    """Turn plain data into the type a plan field declares; PlanFieldError naming the field."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return None if raw is None else _convert(options[0], raw, path)
    if origin is tuple:
        return _convert_tuple(typing.get_args(hint)[0], raw, path)
    if dataclasses.is_dataclass(hint) and hint is not LicenceKey:
        return raw if isinstance(raw, hint) else _build(hint, raw, path)  # type: ignore[arg-type]
    try:
        return _convert_scalar(hint, raw)
    except (InvalidInput, ValueError) as exc:
        raise PlanFieldError(path, f"{label(path)}: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text.split(": ", 1)[1] if text.startswith("Licence key: ") else text


def _convert_tuple(item: Any, raw: object, path: str) -> tuple[Any, ...]:
    if not isinstance(raw, list | tuple):
        raise PlanFieldError(path, f"{label(path)}: expected a list.")
    return tuple(_convert(item, value, path) for value in raw)


def _convert_scalar(hint: Any, raw: object) -> object:
    if hint is LicenceKey:
        return raw if isinstance(raw, LicenceKey) else LicenceKey.parse(str(raw))
    if hint is PhaseMapping:
        return raw if isinstance(raw, PhaseMapping) else _phase_mapping(str(raw))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _convert_enum(hint, raw)
    if hint is bool:
        return _convert_bool(raw)
    if hint is int or hint is float:
        return _convert_number(hint, raw)
    if hint is str:
        if not isinstance(raw, str):
            raise InvalidInput(f"expected text, got {shown(raw)}.")
        return raw.strip()
    raise InvalidInput(f"cannot be set from {shown(raw)}.")


def _phase_mapping(text: str) -> PhaseMapping:
    """`none` (an SCN socket on a 1-phase grid, code 0) or a mapping such as `L1L2L3`."""
    if text.strip().lower() == NO_PHASE_MAPPING:
        return PhaseMapping.NONE
    return PhaseMapping.parse(text)


def _convert_enum(kind: type[enum.Enum], raw: object) -> enum.Enum:
    if isinstance(raw, kind):
        return raw
    text = str(raw).strip().lower()
    for member in kind:
        if member.value == text:
            return member
    choices = ", ".join(str(m.value) for m in kind)
    raise InvalidInput(f"'{raw}' is not one of {choices}.")


def _convert_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "on", "yes"):
        return True
    if text in ("false", "off", "no"):
        return False
    raise InvalidInput(f"expected true or false, got {shown(raw)}.")


def _convert_number(kind: type[int] | type[float], raw: object) -> int | float:
    if isinstance(raw, bool):
        raise InvalidInput(f"expected a number, got {shown(raw)}.")
    try:
        number = float(raw) if isinstance(raw, int | float) else float(str(raw).strip())
    except OverflowError:  # a 400-digit whole number
        number = math.inf
    except ValueError:
        number = math.nan
    # No setting of a charger or a network goes near a billion; beyond that (or NaN) is a typo.
    if math.isnan(number):
        raise InvalidInput(f"expected a number, got {shown(raw)}.")
    if not abs(number) <= MAX_NUMBER:
        raise InvalidInput(f"{shown(raw)} is far beyond any usable value.")
    if kind is int:
        if not number.is_integer():
            raise InvalidInput(f"expected a whole number, got {shown(raw)}.")
        return int(number)
    return number


def _set(obj: Any, parts: list[str], raw: object, path: str) -> Any:
    head, rest = parts[0], parts[1:]
    here = _join(path, head)
    fields = {f.name for f in dataclasses.fields(obj)}
    if head not in fields:
        raise PlanFieldError(here, f"Unknown setting '{here}'.")
    hint = typing.get_type_hints(type(obj))[head]
    if not rest:
        return dataclasses.replace(obj, **{head: _convert(hint, raw, here)})
    child = getattr(obj, head)
    if child is None:
        kind = next(a for a in typing.get_args(hint) if a is not type(None))
        child = kind()
    return dataclasses.replace(obj, **{head: _set(child, rest, raw, here)})


def _to_data(value: object) -> object:
    if isinstance(value, LicenceKey):
        return value.text
    if value is PhaseMapping.NONE:
        return NO_PHASE_MAPPING
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        pairs = ((f.name, getattr(value, f.name)) for f in dataclasses.fields(value))
        return {name: _to_data(item) for name, item in pairs if item is not None}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_to_data(item) for item in value]
    return value


# --- a small TOML writer for the shapes above -------------------------------------------------


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # JSON string escapes are valid TOML basic-string escapes
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise InvalidInput(f"Cannot write {value!r} to a plan file.")


def _toml_table(table: Mapping[str, object], name: str, *, array: bool = False) -> list[str]:
    lines = [f"[[{name}]]" if array else f"[{name}]"]
    nested = []
    for key, value in table.items():
        if isinstance(value, dict):
            nested.append((key, value))
        else:
            lines.append(f"{key} = {_toml_value(value)}")
    for key, value in nested:
        lines.extend(["", *_toml_table(value, f"{name}.{key}")])
    return lines
