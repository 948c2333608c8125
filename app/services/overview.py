"""What the Overview tab and the live poll show, as frozen values built from property reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.core.identity import ChargerIdentity
from app.core.licence import Feature
from app.core.properties import PropertyId, PropertyValue, Value

P = PropertyId.parse

# Per socket: main state, Mode-3 state, active maximum current in force, currents L1..L3.
_SOCKET_BLOCKS = {1: ("2501", "212C_0", "2221"), 2: ("2502", "312C_0", "3221")}

STATION_LIMIT_IDS = tuple(P(x) for x in ("2062_0", "2067_0", "2068_0"))
# Per socket (socket 1 id, socket 2 id): configured maximum, external, static LB, ALB, in force.
SOCKET_LIMIT_IDS = tuple(
    (P(a), P(b))
    for a, b in (
        ("2129_0", "3129_0"),
        ("212A_0", "312A_0"),
        ("212B_0", "312B_0"),
        ("212D_0", "312D_0"),
        ("212C_0", "312C_0"),
    )
)
_IDENTITY_IDS = tuple(P(x) for x in ("1008_0", "2052_1", "2060_0", "21A0_0", "21A2_0", "2189_0"))


def live_ids(sockets: int) -> list[PropertyId]:
    """The ids one live poll reads for a charger with this many sockets."""
    out: list[PropertyId] = []
    for number in range(1, min(sockets, 2) + 1):
        state, limit, meter = _SOCKET_BLOCKS[number]
        out += [P(f"{state}_1"), P(f"{state}_4"), P(limit)]
        out += [PropertyId(int(meter, 16), sub) for sub in (0xA, 0xB, 0xC)]
    return out


def overview_ids(sockets: int) -> list[PropertyId]:
    """Everything the Overview tab needs, in one batched read."""
    ids = list(_IDENTITY_IDS) + list(STATION_LIMIT_IDS) + live_ids(sockets)
    for first, second in SOCKET_LIMIT_IDS:
        ids += [first, second] if sockets >= 2 else [first]
    return list(dict.fromkeys(ids))


@dataclass(frozen=True, slots=True)
class SocketLive:
    number: int
    main_state: int
    mode3: int
    limit: float
    currents: tuple[float, float, float]

    @property
    def charging(self) -> bool:
        return self.mode3 in (194, 210)


@dataclass(frozen=True, slots=True)
class LiveStatus:
    sockets: tuple[SocketLive, ...]


def live_status(values: Mapping[PropertyId, PropertyValue], sockets: int) -> LiveStatus:
    """Socket states and currents out of a read of `live_ids(sockets)`."""

    def num(pid: PropertyId) -> float:
        found = values.get(pid)
        value = found.value if found is not None else 0
        return float(value) if isinstance(value, int | float) else 0.0

    out = []
    for number in range(1, min(sockets, 2) + 1):
        state, limit, meter = _SOCKET_BLOCKS[number]
        block = int(meter, 16)
        currents = (
            num(PropertyId(block, 0xA)),
            num(PropertyId(block, 0xB)),
            num(PropertyId(block, 0xC)),
        )
        out.append(
            SocketLive(
                number,
                int(num(P(f"{state}_1"))),
                int(num(P(f"{state}_4"))),
                num(P(limit)),
                currents,
            )
        )
    return LiveStatus(tuple(out))


@dataclass(frozen=True, slots=True)
class Overview:
    """Identity, licences, socket states and the current limits in force, read in one go."""

    identity: ChargerIdentity
    values: Mapping[PropertyId, Value]
    live: LiveStatus

    @property
    def feature_bits(self) -> int:
        value = self.values.get(P("21A2_0"), 0)
        return int(value) if isinstance(value, int | float) else 0

    @property
    def features(self) -> tuple[Feature, ...]:
        return tuple(f for f in Feature if self.feature_bits & f)

    @property
    def device_name(self) -> str:
        return str(self.values.get(P("1008_0"), "") or "")

    def number(self, pid: PropertyId) -> float | None:
        value = self.values.get(pid)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value)

    def text(self, pid: PropertyId) -> str:
        value = self.values.get(pid)
        return "" if value is None else str(value)


def build_overview(
    identity: ChargerIdentity, values: Mapping[PropertyId, PropertyValue]
) -> Overview:
    plain = {pid: v.value for pid, v in values.items()}
    return Overview(identity, plain, live_status(values, identity.sockets))
