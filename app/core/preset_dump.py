"""Preset text out: the plain data of a preset and its TOML or JSON form (export, proposals)."""

from __future__ import annotations

import json
from typing import Any

from app.core.errors import InvalidInput
from app.core.presets import MeterPreset, PresetEntry


def preset_to_dict(preset: MeterPreset) -> dict[str, Any]:
    """The plain data of a preset in file order; entry sources equal to `source` are left out."""
    t = preset.transport
    data: dict[str, Any] = {
        "schema_version": preset.schema_version,
        "maker": preset.maker,
        "model": preset.model,
        "phases": preset.phases,
    }
    if preset.note:
        data["note"] = preset.note
    if preset.source:
        data["source"] = preset.source
    data["transport"] = {
        "function_code": t.function_code,
        "unit_id": t.unit_id,
        "word_order": t.word_order.text,
        "baud": t.baud,
        "parity": t.parity.text,
        "max_registers": t.max_registers,
        "max_gap": t.max_gap,
    }
    data["measurands"] = {e.measurand.key: _entry_dict(e, preset.source) for e in preset.entries}
    return data


def _entry_dict(entry: PresetEntry, default_source: str) -> dict[str, Any]:
    item: dict[str, Any] = {"register": entry.register, "type": entry.type.name}
    if entry.scale:
        item["scale"] = entry.scale
    if entry.invert:
        item["invert"] = True
    if entry.source != default_source:
        item["source"] = entry.source
    return item


def dump_preset(preset: MeterPreset, fmt: str = "toml") -> str:
    """Preset text in `toml` or `json`; parsing it back gives an equal preset."""
    data = preset_to_dict(preset)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt != "toml":
        raise InvalidInput(f"Preset format '{fmt}': use toml or json.")
    lines = [f"{k} = {_toml_value(v)}" for k, v in data.items() if not isinstance(v, dict)]
    lines += ["", "[transport]"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in data["transport"].items()]
    lines += ["", "[measurands]"]
    for key, item in data["measurands"].items():
        inner = ", ".join(f"{k} = {_toml_value(v)}" for k, v in item.items())
        lines.append(f"{key} = {{ {inner} }}")
    return "\n".join(lines) + "\n"


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # A JSON string is a valid TOML basic string (same escapes).
    return json.dumps(str(value), ensure_ascii=False)
