"""Trydan replies, read with suspicion: keep what can be trusted, say in one line what was odd.

Field quirks (device-protocols.md §3.2) this tolerates: the `IntensityMeasure_L1y` spelling,
JSON with a missing comma (firmware 1.7.20: the body is then read field by field), values that
cannot be right (`VoltageInstallation` 298), numbers sent as text. Any bytes at all end either
in a `Parsed` or in one `ProtocolError`; nothing else escapes.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from app.core.errors import ProtocolError
from app.core.text_input import shown
from app.core.values import Value
from app.drivers.v2c.keywords import ALIASES, BY_KEY, Keyword, Kind, in_range

REALTIME_PATH = "/RealTimeData"  # the page every reply here comes from
MAX_BODY = 64 * 1024
MAX_TEXT = 200
_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")
# One `"Key": value` pair, for a body that is not valid JSON.
_PAIR = re.compile(
    r'"([A-Za-z][A-Za-z0-9_]{0,63})"\s*:\s*'
    r'("(?:[^"\\\n]|\\.){0,200}"|-?\d{1,20}(?:\.\d{1,20})?(?:[eE][+-]?\d{1,3})?|true|false|null)'
)


@dataclass(frozen=True, slots=True)
class Parsed:
    """Trusted values by canonical keyword, unknown scalar fields as sent, and what was odd."""

    values: dict[str, Value]
    notes: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        """What was odd, in one line ("" when nothing was)."""
        return "; ".join(self.notes)


def _text(body: bytes | str) -> str:
    if isinstance(body, str):
        return body[:MAX_BODY]
    return body[:MAX_BODY].decode("utf-8", errors="replace")


def _fields(text: str, notes: list[str]) -> dict[str, object]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        data = None
    else:
        if not isinstance(data, dict):
            raise ProtocolError(f"RealTimeData is {shown(data)}, not a JSON object.")
        return data
    pairs: dict[str, object] = {}
    for key, raw in _PAIR.findall(text):
        try:
            pairs[key] = json.loads(raw)
        except ValueError:
            continue
    if not pairs:
        raise ProtocolError("RealTimeData is not JSON and holds no readable field.")
    notes.append(f"the reply was not valid JSON (a missing comma?); {len(pairs)} fields read")
    return pairs


def parse_realtime(body: bytes | str) -> Parsed:
    """The fields of a `/RealTimeData` body; ProtocolError when nothing in it is usable."""
    notes: list[str] = []
    values: dict[str, Value] = {}
    for raw_key, raw in _fields(_text(body), notes).items():
        if not isinstance(raw_key, str) or not _KEY.match(raw_key):
            continue
        key = ALIASES.get(raw_key, raw_key)
        if key != raw_key:
            notes.append(f"{raw_key} read as {key}")
        known = BY_KEY.get(key)
        value = _trusted(known, raw, notes, key) if known else _scalar(raw)
        if value is not None:
            values[key] = value
    if not values:
        raise ProtocolError("RealTimeData holds no field this driver can use.")
    return Parsed(values, tuple(notes))


def parse_scalar(key: str, body: bytes | str) -> Parsed:
    """A `/read/<Keyword>` reply: a plain-text scalar (or, tolerated, `{"Keyword": value}`)."""
    known = BY_KEY[key]
    text = _text(body).strip()
    notes: list[str] = []
    raw: object = text
    if text.startswith("{"):
        fields = _fields(text, notes)
        raw = fields.get(key, next(iter(fields.values()), None))
    value = _trusted(known, raw, notes, key)
    return Parsed({} if value is None else {key: value}, tuple(notes))


def _scalar(raw: object) -> Value | None:
    """An unknown field kept as sent when it is a plain scalar."""
    if isinstance(raw, bool):
        return int(raw)
    if isinstance(raw, int) and abs(raw) < 2**63:
        return raw
    if isinstance(raw, float) and math.isfinite(raw):
        return raw
    if isinstance(raw, str) and len(raw) <= MAX_TEXT:
        return raw
    return None


def _number(raw: object) -> float | None:
    if isinstance(raw, bool):
        return float(raw)
    if isinstance(raw, int) and abs(raw) < 2**63:
        return float(raw)
    if isinstance(raw, float):
        return raw if math.isfinite(raw) else None
    if isinstance(raw, str) and len(raw) <= 40:
        try:
            number = float(raw.strip())
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _trusted(known: Keyword, raw: object, notes: list[str], key: str) -> Value | None:
    if known.kind is Kind.TEXT:
        if isinstance(raw, str | int | float) and not isinstance(raw, bool):
            text = str(raw)
            if len(text) <= MAX_TEXT:
                return text
        notes.append(f"{key} is {shown(raw)}, not text; ignored")
        return None
    number = _number(raw)
    if number is None:
        notes.append(f"{key} is {shown(raw)}, not a number; ignored")
        return None
    if not in_range(known, number):
        unit = f" {known.unit}" if known.unit else ""
        notes.append(f"{key} {number:g}{unit} cannot be right; ignored")
        return None
    if known.kind is Kind.WHOLE:
        if number != int(number):
            notes.append(f"{key} {number:g} is not a whole number; ignored")
            return None
        return int(number)
    return number
