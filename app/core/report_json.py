"""A Report as plain JSON data and back, every field checked on the way in.

`report_to_data` gives what the JSON twin holds: the model's fields, plus a `findings` block
(judged measurements, verdicts, missing tests) that machines can read without judging again;
`report_from_data` ignores `findings` (it is derived) and refuses anything else it does not
know, naming the field. A report of a newer schema_version is refused rather than misread.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

from app.core.errors import InvalidInput
from app.core.report import REPORT_SCHEMA_VERSION, Report

T = TypeVar("T")
MAX_DEPTH = 8  # plain values nest at most this deep (a register map in a setting)


def report_to_data(value: Report) -> dict[str, Any]:
    """Plain data for JSON: enums as values, tuples as lists, unset fields kept as null."""
    from app.core.report_judge import findings

    data = _to_data(value)
    assert isinstance(data, dict)
    data["findings"] = findings(value)
    return data


def _to_data(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _to_data(v) for k, v in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def report_from_data(data: object) -> Report:
    """The Report plain data describes; InvalidInput naming the first wrong field."""
    if not isinstance(data, dict):
        raise InvalidInput("Report: expected a JSON object.")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidInput("Report: schema_version is missing or not a number.")
    if version > REPORT_SCHEMA_VERSION or version < 1:
        raise InvalidInput(
            f"Report: schema_version {version} is not one this version reads "
            f"(1 to {REPORT_SCHEMA_VERSION}); a newer Commissioner may read it."
        )
    body = {k: v for k, v in data.items() if k != "findings"}
    return build(Report, body, "report")


def build(cls: type[T], data: object, path: str) -> T:
    """A model dataclass from plain data; InvalidInput naming the field (`chargers[0].serial`)."""
    if not isinstance(data, dict):
        raise InvalidInput(f"Report: {path} should be an object.")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise InvalidInput(f"Report: {path} has an unknown field {str(unknown[0])[:40]!r}.")
    kwargs = {}
    for name, f in fields.items():
        if name in data:
            kwargs[name] = _convert(hints[name], data[name], f"{path}.{name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise InvalidInput(f"Report: {path}.{name} is missing.")
    return cls(**kwargs)


def _convert(hint: Any, raw: object, path: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if raw is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        return _convert(options[0], raw, path)
    if hint is Any:
        return _plain(raw, path, 0)
    if origin is tuple:
        return _tuple(hint, raw, path)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(raw)
        except ValueError:
            raise InvalidInput(f"Report: {path} has an unknown value {str(raw)[:40]!r}.") from None
    if dataclasses.is_dataclass(hint):
        return build(hint, raw, path)  # type: ignore[arg-type]
    return _scalar(hint, raw, path)


def _tuple(hint: Any, raw: object, path: str) -> tuple[Any, ...]:
    if not isinstance(raw, list):
        raise InvalidInput(f"Report: {path} should be a list.")
    args = typing.get_args(hint)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_convert(args[0], v, f"{path}[{i}]") for i, v in enumerate(raw))
    if len(raw) != len(args):
        raise InvalidInput(f"Report: {path} should hold {len(args)} items.")
    return tuple(
        _convert(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, raw, strict=True))
    )


def _scalar(hint: Any, raw: object, path: str) -> object:
    if hint is bool:
        if isinstance(raw, bool):
            return raw
    elif hint is int:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
    elif hint is float:
        if isinstance(raw, int | float) and not isinstance(raw, bool) and math.isfinite(raw):
            return float(raw)
    elif hint is str and isinstance(raw, str):
        return raw
    name = getattr(hint, "__name__", str(hint))
    raise InvalidInput(f"Report: {path} should be a {_KINDS.get(name, name)}.")


_KINDS = {"bool": "true or false", "int": "whole number", "float": "number", "str": "text"}


def _plain(raw: object, path: str, depth: int) -> object:
    """A setting's plain value: scalars, lists (as tuples) and objects of those."""
    if depth > MAX_DEPTH:
        raise InvalidInput(f"Report: {path} nests too deep.")
    if raw is None or isinstance(raw, bool | int | str):
        return raw
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise InvalidInput(f"Report: {path} is not a finite number.")
        return raw
    if isinstance(raw, list):
        return tuple(_plain(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(raw))
    if isinstance(raw, Mapping):
        return {str(k): _plain(v, f"{path}[{str(k)[:20]!r}]", depth + 1) for k, v in raw.items()}
    raise InvalidInput(f"Report: {path} is not a plain value.")
