"""Property reads and writes of the simulated Alfen API: reply shapes and batch validation.

Reads answer in the version-2 shape (device-protocols.md §2.3):
`{"version": 2, "total": N, "offset": n, "properties": [{"id", "access", "type", "len", "cat",
"value"}]}`. Writes are validated as a whole batch before any value is applied, so a bad
batch changes nothing.
"""

from __future__ import annotations

import math
from urllib.parse import parse_qsl

from app.core.errors import InvalidInput, ReadOnlyProperty, UnknownProperty
from app.core.licence import LicenceKey
from app.core.values import Value
from app.drivers.alfen.catalogue import CATALOGUE, PropertySpec
from app.drivers.alfen.properties import PropertyId, WireType, coerce, encode_for_write
from app.sim.alfen.charger import LICENCE_DEVICE, LICENCE_KEY, SimCharger, bits_from_key

PAGE_DEFAULT = 32  # page size when the client sends no `limit` (alfen-cli, alfeneve)
IDS_MAX = 32  # more ids in one `ids=` read is refused with 400
TEXT_LEN = 64  # the `len` of text properties, and the longest text a write may carry


def empty_page() -> dict[str, object]:
    return {"version": 2, "total": 0, "offset": 0, "properties": []}


def wire_value(wire_type: WireType, value: Value) -> object:
    """A value as the simulated charger puts it in a read reply (arrays as hex text)."""
    if wire_type in (WireType.BYTES, WireType.U16_ARRAY):
        return encode_for_write(wire_type, value)
    return value


def _entry(charger: SimCharger, pid: PropertyId) -> dict[str, object]:
    spec = CATALOGUE[pid]
    return {
        "id": pid.wire,
        "access": int(spec.access),
        "type": int(spec.type),
        "len": TEXT_LEN if spec.type.is_text else 0,
        "cat": spec.category or "",
        "value": wire_value(spec.type, charger.get(pid)),
    }


def _whole(params: dict[str, str], name: str, default: int, low: int) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    try:
        number = int(raw)
    except ValueError:
        raise InvalidInput(f"{name} must be a whole number, got {raw!r}.") from None
    if number < low:
        raise InvalidInput(f"{name} must be at least {low}, got {number}.")
    return number


def read_category(charger: SimCharger, query: str, default_limit: int) -> dict[str, object]:
    """One page of a category walk; ids-only properties never appear in it."""
    params: dict[str, str] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        params.setdefault(name, value)
    category = params.get("cat", "")
    limit = _whole(params, "limit", default_limit, 1)
    offset = _whole(params, "offset", 0, 0)
    members = [pid for pid in charger.values if CATALOGUE[pid].category == category]
    page = members[offset : offset + limit]
    return {
        "version": 2,
        "total": len(members),
        "offset": offset,
        "properties": [_entry(charger, pid) for pid in page],
    }


def read_ids(charger: SimCharger, text: str) -> dict[str, object]:
    """The named properties, split on a LITERAL comma; unknown or unparsable ids are absent.

    `2062_0%2C2221_16` is one unparsable id to a real charger, so it answers an empty page.
    """
    pieces = [piece for piece in text.split(",") if piece]
    if len(pieces) > IDS_MAX:
        raise InvalidInput(f"At most {IDS_MAX} ids per read, got {len(pieces)}.")
    found: list[PropertyId] = []
    for piece in pieces:
        try:
            pid = PropertyId.parse(piece)
        except UnknownProperty:
            continue
        if pid in charger.values and pid not in found:
            found.append(pid)
    return {
        "version": 2,
        "total": len(found),
        "offset": 0,
        "properties": [_entry(charger, pid) for pid in found],
    }


def _check_range(spec: PropertySpec, value: Value) -> None:
    if spec.type.is_text and isinstance(value, str) and len(value) > TEXT_LEN:
        raise InvalidInput(f"{spec.id}: text longer than {TEXT_LEN} characters.")
    if not (spec.type.is_real or spec.type.is_integer) or isinstance(value, bool):
        return
    assert isinstance(value, int | float)
    low = spec.minimum
    if low is None:
        low = 0.0 if spec.type.is_real and spec.maximum is not None else -math.inf
    high = math.inf if spec.maximum is None else spec.maximum
    if not low <= value <= high:
        raise InvalidInput(f"{spec.id} ({spec.name}): {value} is outside {low:g}…{high:g}.")


def _validate_one(charger: SimCharger, key: object, item: object) -> tuple[PropertyId, Value]:
    if not isinstance(key, str) or not isinstance(item, dict) or "value" not in item:
        raise InvalidInput(f'Each entry must be "<id>": {{"id": "<id>", "value": …}}: {key!r}.')
    pid = PropertyId.parse(key)
    if "id" in item and (not isinstance(item["id"], str) or PropertyId.parse(item["id"]) != pid):
        raise InvalidInput(f"Entry {key} carries a different id {item['id']!r}.")
    spec = charger.spec(pid)
    if not spec.access.writable:
        raise ReadOnlyProperty(f"Property {pid} ({spec.name}) is read-only.")
    value = coerce(spec.type, item["value"], name=pid.wire)
    _check_range(spec, value)
    if pid == LICENCE_KEY:
        key_value = LicenceKey.parse(str(value))
        if bits_from_key(str(charger.values[LICENCE_DEVICE]), key_value) is None:
            raise InvalidInput(f"Licence key {key_value} is not valid for this charger.")
    return pid, value


def write_batch(charger: SimCharger, body: object) -> tuple[list[dict[str, object]], bool]:
    """Validate every entry, then apply them all; returns the reply entries and whether the
    charger reboots by itself afterwards (a valid licence key)."""
    if not isinstance(body, dict) or not body:
        raise InvalidInput('A property write needs a JSON object {"<id>": {"id", "value"}, …}.')
    checked = [_validate_one(charger, key, item) for key, item in body.items()]
    reboot = False
    written: list[dict[str, object]] = []
    for pid, value in checked:
        reboot = charger.write(pid, value) or reboot
        written.append({"id": pid.wire, "value": wire_value(CATALOGUE[pid].type, value)})
    return written, reboot
