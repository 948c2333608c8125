"""How a Trydan shows up: no documented mDNS service, so by address (`/RealTimeData` on port
80, which answers without a login) and over BLE by the name pattern the registry announced."""

from __future__ import annotations

import re

from app.core.discovery import BleMatcher, DiscoveryPatterns, ProbeSpec
from app.core.errors import ProtocolError
from app.core.identity import ChargerIdentity
from app.core.text_input import shown
from app.drivers.v2c.replies import REALTIME_PATH, parse_realtime

MODEL = "Trydan"
# No public source documents the names a Trydan advertises; the registry's working guess:
# a name that starts with `V2C` or `Trydan` (`V2C Trydan`, `V2C_Trydan_…`). When the name goes
# on with the charger's ID (`Trydan-V2C0100004`, as the simulated site advertises it), the
# sighting carries that ID and merges with the LAN row of the same ID (`/RealTimeData` `ID`).
# A name without an ID gives a sighting without one: discovery keeps it unnamed (it cannot
# tell two Trydans apart, nor one from its LAN row), so it is not listed until its ID is
# known another way (on the LAN). The GATT protocol that could read the ID is not public.
V2C_BLE = (
    BleMatcher(
        "v2c",
        r"^(?:v2c|trydan)(?:[-_ ]trydan)?(?:[-_ ](?!trydan\b)(?P<serial>[A-Za-z0-9]{4,64}))?\b",
        model=MODEL,
    ),
)
# Off the wire, checked before use: the ID names files (journals), like a serial.
_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def identity_from_values(values: dict[str, object]) -> ChargerIdentity:
    """Who a RealTimeData reply says the charger is; ProtocolError without a usable `ID`."""
    serial = values.get("ID")
    if not isinstance(serial, str) or not _ID_RE.match(serial):
        raise ProtocolError(f"field ID is {shown(serial)}, not a Trydan ID")
    firmware = values.get("FirmwareVersion")
    phases = values.get("Phases")
    return ChargerIdentity(
        serial=serial,
        model=MODEL,
        firmware=firmware if isinstance(firmware, str) else "",
        sockets=1,
        phases=phases if isinstance(phases, int) and phases in (1, 3) else 3,
        name=serial,
    )


def identity_from_realtime(data: object) -> ChargerIdentity:
    """The probe's reader: the JSON (or text) found at /RealTimeData."""
    if isinstance(data, bytes | str):
        return identity_from_values(dict(parse_realtime(data).values))
    if not isinstance(data, dict):
        raise ProtocolError(f"RealTimeData is {shown(data)}, not a JSON object")
    return identity_from_values(data)


V2C_PROBE = ProbeSpec("v2c", REALTIME_PATH, identity_from_realtime)

PATTERNS = DiscoveryPatterns(mdns=(), ble=V2C_BLE, probe=V2C_PROBE)
