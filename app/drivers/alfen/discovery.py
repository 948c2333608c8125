"""How Alfen chargers show up: mDNS service types, BLE names, and the anonymous `/api/info`."""

from __future__ import annotations

import re

from app.core.discovery import BleMatcher, DiscoveryPatterns, MdnsServiceSpec, ProbeSpec
from app.core.errors import ProtocolError
from app.core.identity import ChargerIdentity
from app.core.text_input import shown

# device-protocols.md §2.1: two service types browsed together; port from SRV, else 443 / 80.
ALFEN_MDNS = (
    MdnsServiceSpec("_alfen._tcp.local.", "https", 443, "new", "alfen"),
    MdnsServiceSpec("_lolo3._http._tcp.local.", "http", 80, "old", "alfen"),
)
# No public source documents the BLE names these chargers advertise. This pattern is our
# working assumption (it mirrors the mDNS host name `alfen-<objectid>`); learning the real
# format changes only this declaration.
ALFEN_BLE = (BleMatcher("alfen", r"^alfen[-_ ](?P<serial>[A-Za-z0-9]+)$"),)

INFO_PATH = "/api/info"
# Old firmware has no /api/info (device-protocols.md §2.4); a refusal means a login is needed.
_ANSWERS_WITHOUT_INFO = frozenset({401, 403, 404})
# Off the wire, checked before use: a serial names files (journals, pins), a Type gives sockets.
_SERIAL_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_TYPE_RE = re.compile(r"^([0-9]{1,3})(\.[0-9]{1,9})*$")
MAX_SOCKETS = 2


def identity_from_info(info: object) -> ChargerIdentity:
    """From the JSON of `/api/info` (`Type` `2.0.1` means two sockets); ProtocolError without
    an `ObjectId`, the one field every Alfen charger sends."""
    if not isinstance(info, dict) or not info.get("ObjectId"):
        raise ProtocolError("no ObjectId")
    serial = info["ObjectId"]
    if not isinstance(serial, str) or not _SERIAL_RE.match(serial):
        raise ProtocolError(f"field ObjectId is {shown(serial)}, not a serial number")
    return ChargerIdentity(
        serial=serial,
        model=_text(info, "Model"),
        firmware=_text(info, "FWVersion"),
        sockets=_sockets(info.get("Type")),
        name=_text(info, "Identity"),
    )


def _sockets(kind: object) -> int:
    """`Type` `2.0.1`: the first number is the socket count (1 or 2); absent means one."""
    if kind is None or kind == "":
        return 1
    match = _TYPE_RE.match(kind) if isinstance(kind, str) else None
    if match is None or not 1 <= int(match.group(1)) <= MAX_SOCKETS:
        raise ProtocolError(f"field Type is {shown(kind)}, not a charger type such as 2.0.1")
    return int(match.group(1))


def _text(info: dict[str, object], field: str) -> str:
    value = info.get(field)
    if value is None:
        return ""
    if not isinstance(value, str | int | float) or isinstance(value, bool) or len(str(value)) > 200:
        raise ProtocolError(f"field {field} is {shown(value)}, not text")
    return str(value)


ALFEN_PROBE = ProbeSpec("alfen", INFO_PATH, identity_from_info, _ANSWERS_WITHOUT_INFO)

PATTERNS = DiscoveryPatterns(mdns=ALFEN_MDNS, ble=ALFEN_BLE, probe=ALFEN_PROBE)
