"""OCPP configuration exports: the file a back office imports, written and read back.

The export (app/workflows/ocpp_export.py makes it from a plan) lists, per charge point
identity, the ChangeConfiguration key/value pairs in order and whether a Reset follows. JSON:
`{"schema_version": 1, "kind": "ocpp-1.6 configuration", "plan", "charge_points": [{"identity",
"serial", "change_configuration": [{"key", "value", "source"}], "reset": "Soft" | null,
"notes"}]}`. CSV: one row per change, columns `identity, serial, order, key, value, source,
reset_after` (`reset_after` "Soft" on a charger's last row when it needs one).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import InvalidInput

EXPORT_SCHEMA = 1
KIND = "ocpp-1.6 configuration"
SOURCES = ("ocpp", "vendor", "tool")


@dataclass(frozen=True, slots=True)
class KeyChange:
    key: str
    value: str
    source: str  # "ocpp", "vendor" or "tool"


@dataclass
class ChargerExport:
    identity: str
    serial: str
    changes: list[KeyChange] = field(default_factory=list)
    reset: bool = False
    notes: list[str] = field(default_factory=list)


def to_json(plan_name: str, exports: list[ChargerExport]) -> str:
    body = {
        "schema_version": EXPORT_SCHEMA,
        "kind": KIND,
        "plan": plan_name,
        "charge_points": [
            {
                "identity": e.identity,
                "serial": e.serial,
                "change_configuration": [
                    {"key": c.key, "value": c.value, "source": c.source} for c in e.changes
                ],
                "reset": "Soft" if e.reset else None,
                "notes": e.notes,
            }
            for e in exports
        ],
    }
    return json.dumps(body, indent=1) + "\n"


CSV_FIELDS = ("identity", "serial", "order", "key", "value", "source", "reset_after")


def to_csv(exports: list[ChargerExport]) -> str:
    """One row per ChangeConfiguration; `reset_after` is "Soft" on each charger's last row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # CRLF rows: a lone CR in a value gets quoted
    writer.writerow(CSV_FIELDS)
    for e in exports:
        for n, c in enumerate(e.changes, start=1):
            reset = "Soft" if e.reset and n == len(e.changes) else ""
            writer.writerow((e.identity, e.serial, n, c.key, c.value, c.source, reset))
    return buffer.getvalue()


def parse_export(text: str) -> list[ChargerExport]:
    """An export as `to_json` or `to_csv` wrote it; InvalidInput names what is wrong."""
    if text.lstrip().startswith("{"):
        return _from_json(text)
    return _from_csv(text)


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidInput(f"Export: {what} must be non-empty text, got {value!r:.40}.")
    return value


def _from_json(text: str) -> list[ChargerExport]:
    try:
        body = json.loads(text)
    except ValueError as exc:
        raise InvalidInput(f"Export: not valid JSON ({exc}).") from None
    if not isinstance(body, dict) or body.get("schema_version") != EXPORT_SCHEMA:
        raise InvalidInput(f"Export: schema_version {EXPORT_SCHEMA} expected.")
    points = body.get("charge_points")
    if not isinstance(points, list):
        raise InvalidInput("Export: charge_points must be a list.")
    return _unique([_point(item) for item in points])


def _point(item: Any) -> ChargerExport:
    if not isinstance(item, dict) or not isinstance(item.get("change_configuration"), list):
        raise InvalidInput("Export: each charge point needs change_configuration (a list).")
    out = ChargerExport(_text(item.get("identity"), "identity"), str(item.get("serial") or ""))
    for change in item["change_configuration"]:
        if not isinstance(change, dict) or not isinstance(change.get("value"), str):
            raise InvalidInput(f"Export: {out.identity}: each change needs a key and a value.")
        source = change.get("source", "tool")
        out.changes.append(KeyChange(_text(change.get("key"), "key"), change["value"], source))
    out.reset = item.get("reset") is not None
    return out


def _from_csv(text: str) -> list[ChargerExport]:
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise InvalidInput(f"Export: not a readable CSV ({exc}).") from None
    if not rows or set(CSV_FIELDS) - set(rows[0]):
        raise InvalidInput(f"Export: a CSV needs the columns {', '.join(CSV_FIELDS)}.")
    found: dict[str, ChargerExport] = {}
    for row in rows:
        identity = _text(row["identity"], "identity")
        point = found.setdefault(identity, ChargerExport(identity, row["serial"] or ""))
        point.changes.append(KeyChange(_text(row["key"], "key"), row["value"] or "", row["source"]))
        point.reset = point.reset or bool((row["reset_after"] or "").strip())
    return list(found.values())


def _unique(points: list[ChargerExport]) -> list[ChargerExport]:
    seen: set[str] = set()
    for point in points:
        if point.identity in seen:
            raise InvalidInput(f"Export: identity {point.identity} appears twice.")
        seen.add(point.identity)
    return points
