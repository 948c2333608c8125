"""A charger's settings backup on disk: a versioned JSON file, written and read back checked.

The file (`format` = `commissioner-settings-backup`, `version` 1) holds who the charger was
(driver, model, serial, firmware), when it was taken (UTC), and every setting it could read:
key as the brand spells it, name, unit, value, the value's type (`bool`, `int`, `float`,
`text`, `array`: a list of whole numbers) and whether the charger lets it be written (`null`
when the driver does not say). Secrets are never in it: the settings left out are listed by
key and name only, without value (`excluded`). Reading a file checks every part and names the
first thing wrong; nothing in a file is trusted to be what its type says.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import InvalidInput
from app.core.values import Value
from app.store.text_files import read_text_file

FORMAT = "commissioner-settings-backup"
VERSION = 1
TYPES = ("bool", "int", "float", "text", "array")
MAX_BACKUP_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class BackupSetting:
    """One setting as it was read: key, value, and what the driver knew of it."""

    key: str
    value: Value
    name: str = ""
    unit: str = ""
    writable: bool | None = None


@dataclass(frozen=True, slots=True)
class Backup:
    """Every readable setting of one charger at one moment, without its secrets."""

    driver: str
    model: str
    serial: str
    firmware: str
    taken: dt.datetime
    settings: tuple[BackupSetting, ...] = ()
    excluded: tuple[tuple[str, str], ...] = field(default=())  # (key, name) of each secret

    def values(self) -> dict[str, Value]:
        return {s.key: s.value for s in self.settings}


def type_of(value: Value) -> str:
    """The file's name for a value's type."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "text"
    return "array"


def backup_to_dict(backup: Backup) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "driver": backup.driver,
        "model": backup.model,
        "serial": backup.serial,
        "firmware": backup.firmware,
        "taken": backup.taken.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "excluded": [{"key": key, "name": name} for key, name in backup.excluded],
        "settings": [
            {
                "key": s.key,
                "name": s.name,
                "unit": s.unit,
                "type": type_of(s.value),
                "value": list(s.value) if isinstance(s.value, tuple) else s.value,
                "writable": s.writable,
            }
            for s in backup.settings
        ],
    }


def dumps_backup(backup: Backup) -> str:
    return json.dumps(backup_to_dict(backup), indent=1, ensure_ascii=False) + "\n"


def write_backup(path: Path, backup: Backup) -> Path:
    """Write the file whole or not at all (a temporary file renamed over it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(dumps_backup(backup), encoding="utf-8")
    os.replace(temporary, path)
    return path


def default_name(backup: Backup) -> str:
    """`<serial>-settings-<UTC time>.json`."""
    return f"{backup.serial}-settings-{backup.taken.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}.json"


def read_backup(path: Path) -> Backup:
    """A backup file read and checked; InvalidInput naming the file and what is wrong."""
    text = read_text_file(path, "backup file", max_bytes=MAX_BACKUP_BYTES)
    try:
        return loads_backup(text)
    except InvalidInput as exc:
        raise InvalidInput(f"Backup file {path.name}: {exc}") from None


def loads_backup(text: str) -> Backup:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InvalidInput(f"not a settings backup (not JSON: {str(exc)[:80]}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInput("not a settings backup of this program.")
    version = data.get("version")
    if version != VERSION:
        raise InvalidInput(
            f"backup format version {version!r}; this program reads version {VERSION}."
        )
    settings = _list(data, "settings")
    return Backup(
        driver=_text(data, "driver"),
        model=_text(data, "model"),
        serial=_text(data, "serial"),
        firmware=_text(data, "firmware"),
        taken=_time(data.get("taken")),
        settings=tuple(_setting(item, i) for i, item in enumerate(settings)),
        excluded=tuple(_excluded(item, i) for i, item in enumerate(_list(data, "excluded"))),
    )


def _list(data: dict[str, Any], name: str) -> list[Any]:
    found = data.get(name, [])
    if not isinstance(found, list):
        raise InvalidInput(f"'{name}' must be a list.")
    return found


def _text(data: dict[str, Any], name: str, *, empty: bool = False) -> str:
    found = data.get(name, "" if empty else None)
    if not isinstance(found, str) or not (found or empty):
        raise InvalidInput(f"'{name}' must be a text{'' if empty else ', not empty'}.")
    return found


def _time(raw: object) -> dt.datetime:
    try:
        taken = dt.datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        taken = None
    if taken is None or taken.tzinfo is None:
        raise InvalidInput("'taken' must be a date and time with its UTC offset.")
    return taken


def _setting(item: object, index: int) -> BackupSetting:
    where = f"setting {index + 1}"
    if not isinstance(item, dict):
        raise InvalidInput(f"{where} must be an object.")
    try:
        key = _text(item, "key")
        name, unit = _text(item, "name", empty=True), _text(item, "unit", empty=True)
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc}") from None
    writable = item.get("writable")
    if writable is not None and not isinstance(writable, bool):
        raise InvalidInput(f"{where} ({key}): 'writable' must be true, false or null.")
    return BackupSetting(key, _value(item, f"{where} ({key})"), name, unit, writable)


def _value(item: dict[str, Any], where: str) -> Value:
    kind, raw = item.get("type"), item.get("value")
    ok = {
        "bool": isinstance(raw, bool),
        "int": isinstance(raw, int) and not isinstance(raw, bool),
        "float": isinstance(raw, int | float) and not isinstance(raw, bool),
        "text": isinstance(raw, str),
        "array": isinstance(raw, list)
        and all(isinstance(v, int) and not isinstance(v, bool) for v in raw),
    }
    if not isinstance(kind, str) or kind not in ok:
        raise InvalidInput(f"{where}: unknown type {str(kind)[:20]!r} (one of {', '.join(TYPES)}).")
    if not ok[kind]:
        raise InvalidInput(f"{where}: the value is not of its type '{kind}'.")
    if kind == "float":
        assert isinstance(raw, int | float)
        return float(raw)
    if isinstance(raw, list):
        return tuple(raw)
    assert isinstance(raw, bool | int | str)
    return raw


def _excluded(item: object, index: int) -> tuple[str, str]:
    if not isinstance(item, dict):
        raise InvalidInput(f"excluded setting {index + 1} must be an object.")
    return _text(item, "key"), _text(item, "name", empty=True)


__all__ = [
    "FORMAT",
    "VERSION",
    "Backup",
    "BackupSetting",
    "default_name",
    "dumps_backup",
    "loads_backup",
    "read_backup",
    "write_backup",
]
