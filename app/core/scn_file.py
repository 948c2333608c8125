"""The SCN request file: the network's settings and its chargers, as an installer writes them.

    schema_version = 1
    name = "PARK1"              # A–Z, 0–9, at most 7
    total_current = 63          # A per phase at the grid connection
    total_safe_current = 24
    socket_safe_current = 6
    alternating_period = 900    # s, 60–36000
    station_max_current = 32.0
    socket_max_current = 16.0
    grid_phases = 3
    meter_member = "ace0100001" # optional: the member on the meter (with [alb])

    [alb]                       # optional: that member's ALB settings, as in a plan
    source = "meter"

    [[chargers]]
    serial = "ace0100001"
    address = "192.168.1.21"
    sockets = 1                 # facts: read from the chargers with `scn plan --read`
    phases = 3
    firmware = "7.4.5-4415"
    licence = ["SCN", "ALB"]
    # first_socket_id = 0       # keep the ID of a member already in the network
    # phase_mappings = ["L3L1L2"]  # override the recommended rotation

`commissioner scn plan` turns it into a plan file (app.core.scn).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.plan_file import dataclass_from_dict
from app.core.scn import ScnCandidate, ScnSettings
from app.core.scn_rules import MAX_SOCKETS
from app.core.text_input import parse_toml

REQUEST_SCHEMA_VERSION = 1


def loads_request(text: str) -> tuple[ScnSettings, list[ScnCandidate]]:
    """Parse an SCN request file; InvalidInput naming the field on any problem."""
    return request_from_dict(parse_toml(text, "The SCN request"))


def request_from_dict(data: Mapping[str, Any]) -> tuple[ScnSettings, list[ScnCandidate]]:
    """Settings and candidates from plain data."""
    version = data.get("schema_version")
    if version != REQUEST_SCHEMA_VERSION:
        raise InvalidInput(
            f"The SCN request needs `schema_version = {REQUEST_SCHEMA_VERSION}` at the top."
        )
    chargers = data.get("chargers", [])
    if not isinstance(chargers, list):
        raise InvalidInput("The SCN request's chargers must be a list of [[chargers]] tables.")
    rest = {k: v for k, v in data.items() if k not in ("schema_version", "chargers")}
    settings = dataclass_from_dict(ScnSettings, rest, "scn")
    return settings, [_candidate(item, n) for n, item in enumerate(chargers, start=1)]


def _candidate(item: object, index: int) -> ScnCandidate:
    if not isinstance(item, dict):
        raise InvalidInput(f"Charger {index} of the SCN request is not a table.")
    fields = dict(item)
    names = fields.pop("licence", [])
    if not isinstance(names, list):
        raise InvalidInput(f'Charger {index}: licence must be a list such as ["SCN", "ALB"].')
    bits = 0
    for name in names:
        try:
            bits |= Feature[str(name).upper()]
        except KeyError:
            known = ", ".join(str(m.name) for m in Feature)
            raise InvalidInput(
                f"Charger {index}: unknown licence feature {name!r} (known: {known})."
            ) from None
    fields.setdefault("licence_bits", bits)
    who = fields.get("serial") or f"number {index}"
    try:
        candidate = dataclass_from_dict(ScnCandidate, fields, "")
    except InvalidInput as exc:
        raise InvalidInput(f"Charger {who}: {exc}") from None
    # Bounded before planning counts out socket IDs one by one (10^12 would fill memory).
    if not 1 <= candidate.sockets <= MAX_SOCKETS:
        raise InvalidInput(f"Charger {who}: sockets must be 1–{MAX_SOCKETS}.")
    first = candidate.first_socket_id
    if first is not None and not 0 <= first < 10 * MAX_SOCKETS:
        raise InvalidInput(f"Charger {who}: first_socket_id must be 0–{10 * MAX_SOCKETS - 1}.")
    return candidate
