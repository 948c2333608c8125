"""Which Alfen properties the Overview tab and the live poll read, and how they become values.

One batched read serves the Overview tab (identity extras, licences, limits and the live
block); the live poll reads only the live block of each socket.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.identity import ChargerIdentity
from app.core.overview import LiveStatus, Overview, SocketLimits, SocketLive, StationLimits
from app.core.values import Value

# Per socket: main-state block, active maximum current in force, meter block (currents L1..L3).
_SOCKET_BLOCKS = {1: ("2501", "212C_0", "2221"), 2: ("2502", "312C_0", "3221")}
_CURRENT_SUBS = ("A", "B", "C")

# Station maximum, maximum smart-meter current, ALB safe current (StationLimits, in order).
STATION_LIMIT_KEYS = ("2062_0", "2067_0", "2068_0")
# (socket 1, socket 2): configured maximum, external, static LB, ALB, in force (SocketLimits).
SOCKET_LIMIT_KEYS = (
    ("2129_0", "3129_0"),
    ("212A_0", "312A_0"),
    ("212B_0", "312B_0"),
    ("212D_0", "312D_0"),
    ("212C_0", "312C_0"),
)
_NAME, _MAC, _PHASES = "1008_0", "2052_1", "2189_0"
_LICENCE_DEVICE_ID, _FEATURES = "21A0_0", "21A2_0"
_IDENTITY_KEYS = (_NAME, _MAC, "2060_0", _LICENCE_DEVICE_ID, _FEATURES, _PHASES)


def _sockets(sockets: int) -> range:
    return range(1, min(sockets, len(_SOCKET_BLOCKS)) + 1)


def live_keys(sockets: int) -> tuple[str, ...]:
    """The settings one live poll reads for a charger with this many sockets."""
    out: list[str] = []
    for number in _sockets(sockets):
        state, limit, meter = _SOCKET_BLOCKS[number]
        out += [f"{state}_1", f"{state}_4", limit]
        out += [f"{meter}_{sub}" for sub in _CURRENT_SUBS]
    return tuple(out)


def overview_keys(sockets: int) -> tuple[str, ...]:
    """Everything the Overview tab needs, in one batched read."""
    keys = [*_IDENTITY_KEYS, *STATION_LIMIT_KEYS, *live_keys(sockets)]
    for first, second in SOCKET_LIMIT_KEYS:
        keys += [first, second] if sockets >= 2 else [first]
    return tuple(dict.fromkeys(keys))


def _number(values: Mapping[str, Value], key: str) -> float | None:
    value = values.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _text(values: Mapping[str, Value], key: str) -> str:
    value = values.get(key)
    return "" if value is None else str(value)


def live_status(values: Mapping[str, Value], sockets: int) -> LiveStatus:
    """Socket states and currents out of a read of `live_keys(sockets)`."""

    def num(key: str) -> float:
        return _number(values, key) or 0.0

    out = []
    for number in _sockets(sockets):
        state, limit, meter = _SOCKET_BLOCKS[number]
        currents = tuple(num(f"{meter}_{sub}") for sub in _CURRENT_SUBS)
        main, mode3 = int(num(f"{state}_1")), int(num(f"{state}_4"))
        out.append(
            SocketLive(number, main, mode3, num(limit), (currents[0], currents[1], currents[2]))
        )
    return LiveStatus(tuple(out))


def overview(identity: ChargerIdentity, values: Mapping[str, Value]) -> Overview:
    """The Overview tab's values out of a read of `overview_keys(identity.sockets)`."""
    station = StationLimits(*(_number(values, k) for k in STATION_LIMIT_KEYS))
    columns = range(min(identity.sockets, 2))
    sockets = tuple(
        SocketLimits(*(_number(values, pair[column]) for pair in SOCKET_LIMIT_KEYS))
        for column in columns
    )
    return Overview(
        identity,
        live_status(values, identity.sockets),
        device_name=_text(values, _NAME),
        installation_phases=_text(values, _PHASES),
        mac_address=_text(values, _MAC),
        licence_device_id=_text(values, _LICENCE_DEVICE_ID),
        feature_bits=int(_number(values, _FEATURES) or 0),
        station=station,
        sockets=sockets,
    )
