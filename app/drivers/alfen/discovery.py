"""How Alfen chargers show up: mDNS service types, BLE names, and the anonymous `/api/info`."""

from __future__ import annotations

from app.core.discovery import BleMatcher, MdnsServiceSpec, ProbeSpec
from app.core.errors import ProtocolError
from app.core.identity import ChargerIdentity

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


def identity_from_info(info: object) -> ChargerIdentity:
    """From the JSON of `/api/info` (`Type` `2.0.1` means two sockets); ProtocolError without
    an `ObjectId`, the one field every Alfen charger sends."""
    if not isinstance(info, dict) or not info.get("ObjectId"):
        raise ProtocolError("no ObjectId")
    kind = str(info.get("Type", "") or "")
    sockets = int(kind.split(".", maxsplit=1)[0]) if kind[:1].isdigit() else 1
    return ChargerIdentity(
        serial=str(info.get("ObjectId", "")),
        model=str(info.get("Model", "")),
        firmware=str(info.get("FWVersion", "")),
        sockets=sockets,
        name=str(info.get("Identity", "") or ""),
    )


ALFEN_PROBE = ProbeSpec("alfen", INFO_PATH, identity_from_info, _ANSWERS_WITHOUT_INFO)
