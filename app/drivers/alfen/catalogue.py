"""The property catalogue: every Alfen property the tool knows, declared once.

The simulator builds its chargers from it, the CLI checks types and ranges with it, and the
wizard pages label fields from it. Facts from device-protocols.md §2.5 (ids, wire types,
access); `category=None` marks ids a real NG910 answers only to `ids=` reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.core.errors import UnknownProperty
from app.core.values import Value
from app.drivers.alfen.catalogue_extra import EXTRA
from app.drivers.alfen.properties import Access, PropertyId, WireType

RO = Access.READ_ONLY
RW = Access.READ_WRITE
T = WireType


@dataclass(frozen=True, slots=True)
class PropertySpec:
    """What the tool knows of one property."""

    id: PropertyId
    name: str
    type: WireType
    access: Access
    category: str | None
    default: Value
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    reboot: bool = False
    dual_only: bool = False

    @property
    def ids_only(self) -> bool:
        return self.category is None


def _p(
    pid: str,
    name: str,
    wire_type: WireType,
    access: Access,
    category: str | None,
    default: Value,
    **extra: object,
) -> PropertySpec:
    return PropertySpec(PropertyId.parse(pid), name, wire_type, access, category, default, **extra)  # type: ignore[arg-type]


_AMPS = {"unit": "A", "minimum": 0.0, "maximum": 80.0}
_SOCKET_AMPS = {"unit": "A", "minimum": 0.0, "maximum": 32.0}

_IDENTITY = [
    _p("1008_0", "device name", T.STRING, RW, "generic", "Eve"),
    _p("100A_0", "firmware version", T.STRING, RO, "generic", ""),
    _p("2050_0", "model", T.STRING, RO, "generic", ""),
    _p("2051_0", "object id (serial)", T.STRING, RO, "generic", ""),
    _p("205E_0", "number of sockets", T.U8, RO, "generic", 1),
    _p("204F_0", "charge point configuration bits", T.U8, RO, "generic", 2),
    _p("206E_0", "time zone (minutes)", T.I16, RW, "generic", 60),
    _p("2125_0", "socket 1 type", T.U8, RO, "generic", 1),
    _p("2126_0", "authorisation method", T.U8, RW, "generic", 0, minimum=0, maximum=3),
    _p("2060_0", "uptime (ms)", T.U64, RO, "generic", 0),
    _p("2056_0", "boot count", T.U32, RO, "generic", 1),
    _p("2059_0", "clock (ms since epoch)", T.U64, RW, None, 0),
    _p("205F_0", "inoperative bits", T.U8, RO, None, 0),
    _p("204D_1", "controller board revision", T.U8, RO, None, 3),
    _p("204D_2", "controller board assembly", T.U8, RO, None, 1),
    _p("204D_3", "power board revision", T.U8, RO, None, 2),
    _p("204D_4", "power board assembly", T.U8, RO, None, 1),
]

_LIMITS = [
    _p("2062_0", "station maximum current", T.F32, RW, "generic", 32.0, **_AMPS),
    _p("2129_0", "socket 1 maximum current", T.F32, RW, "generic", 16.0, **_SOCKET_AMPS),
    _p(
        "3129_0",
        "socket 2 maximum current",
        T.F32,
        RW,
        "generic",
        16.0,
        dual_only=True,
        **_SOCKET_AMPS,
    ),
    _p("2128_0", "socket 1 start maximum current", T.F32, RW, "generic", 16.0, **_SOCKET_AMPS),
    _p("2130_0", "simplified maximum current", T.F32, RW, "generic", 16.0, **_SOCKET_AMPS),
    _p("212A_0", "socket 1 external maximum current", T.F32, RW, "generic", 32.0, **_SOCKET_AMPS),
    _p(
        "312A_0",
        "socket 2 external maximum current",
        T.F32,
        RW,
        "generic",
        32.0,
        dual_only=True,
        **_SOCKET_AMPS,
    ),
    _p("212B_0", "socket 1 static load-balancing limit", T.F32, RO, "generic", 32.0, unit="A"),
    _p(
        "312B_0",
        "socket 2 static load-balancing limit",
        T.F32,
        RO,
        "generic",
        32.0,
        unit="A",
        dual_only=True,
    ),
    _p("212C_0", "socket 1 active maximum current", T.F32, RO, "generic", 16.0, unit="A"),
    _p(
        "312C_0",
        "socket 2 active maximum current",
        T.F32,
        RO,
        "generic",
        16.0,
        unit="A",
        dual_only=True,
    ),
    _p("212D_0", "socket 1 active load-balancing limit", T.F32, RO, "generic", 32.0, unit="A"),
    _p(
        "312D_0",
        "socket 2 active load-balancing limit",
        T.F32,
        RO,
        "generic",
        32.0,
        unit="A",
        dual_only=True,
    ),
    _p("206A_0", "Chameleon minimum current", T.F32, RW, "generic", 6.0, **_SOCKET_AMPS),
]

_ALB = [
    _p("2064_0", "load-balancing mode bits", T.I8, RW, "generic2", 0, minimum=0, maximum=3),
    _p("2065_1", "smart-charging mode enabled", T.U8, RW, "generic2", 0, minimum=0, maximum=1),
    _p("2066_0", "ALB status flags", T.U32, RO, "generic2", 0),
    _p("2067_0", "maximum smart-meter current", T.F32, RW, "generic2", 25.0, **_AMPS),
    _p("2068_0", "ALB safe current", T.F32, RW, "generic2", 6.0, **_AMPS),
    _p("2069_0", "phase rotation", T.STRING, RW, "generic2", "L1L2L3"),
    _p("206F_0", "meter includes charging EV", T.U8, RW, "generic2", 1, minimum=0, maximum=1),
    _p("2174_0", "maximum phase imbalance current", T.F32, RW, "generic2", 32.0, **_AMPS),
    _p("2185_0", "allow 1/3-phase switching", T.BOOL, RW, "generic2", False),
    _p(
        "2189_0",
        "installation maximum phases",
        T.U32,
        RW,
        "generic2",
        3,
        minimum=1,
        maximum=3,
        reboot=True,
    ),
    _p("312E_0", "socket 1 maximum phases", T.U8, RO, "generic2", 3),
    _p("5217_0", "smart-meter protocol", T.I8, RW, "generic2", -1, minimum=-1, maximum=7),
    _p("5218_0", "smart-meter brand", T.I8, RW, "generic2", 0, minimum=0, maximum=13),
    _p("2530_1", "ALB data source", T.I8, RW, "generic2", 0, minimum=0, maximum=3),
    _p("2530_2", "EMS socket balancing", T.U8, RW, "generic2", 0, minimum=0, maximum=1),
    _p("2530_3", "EMS mode", T.U8, RW, "generic2", 2, minimum=1, maximum=2),
    _p("2530_4", "EMS validity time", T.U16, RW, "generic2", 60, unit="s"),
    _p("2191_1", "P1 interface", T.U8, RW, "generic2", 0, minimum=0, maximum=2),
    _p("2191_2", "P1 server address", T.STRING, RW, "generic2", ""),
    _p("2191_3", "P1 server port", T.U16, RW, "generic2", 0),
    _p("212E_1", "P1 read status", T.U8, RO, "generic2", 0),
    _p("212E_2", "P1 DSMR version", T.STRING, RO, "generic2", ""),
    _p("212E_3", "P1 timestamp", T.U64, RO, "generic2", 0),
    _p("212F_1", "P1 current L1", T.F32, RO, "generic2", 0.0, unit="A"),
    _p("212F_2", "P1 current L2", T.F32, RO, "generic2", 0.0, unit="A"),
    _p("212F_3", "P1 current L3", T.F32, RO, "generic2", 0.0, unit="A"),
    _p("216C_0", "external suspend input", T.U8, RW, "generic2", 0, minimum=0, maximum=2),
]

_MBUS = [
    *(
        _p(f"{block}_{sub}", f"{label} Modbus meter {what}", wire, RW, "MbusTCP", default)
        for block, label in (("2522", "central"), ("2523", "smart"))
        for sub, what, wire, default in (
            (1, "enabled", T.U8, 0),
            (2, "slave type", T.U8, 1),
            (3, "connection type", T.U8, 0),
            (4, "IP address", T.STRING, "192.168.0.5"),
            (5, "port", T.U16, 502),
            (6, "unit id", T.U16, 1),
        )
    ),
    _p("2540_0", "Modbus TCP link state", T.U8, RO, "MbusTCP", 0),
    _p("2570_0", "register map: measurands", T.BYTES, RW, "MbusTCP", (0xFF,) * 16),
    _p("2571_0", "register map: registers", T.U16_ARRAY, RW, "MbusTCP", (0,) * 16),
    _p("2572_0", "register map: data types", T.BYTES, RW, "MbusTCP", (6,) * 16),
    _p("2573_0", "register map: scales", T.BYTES, RW, "MbusTCP", (0,) * 16),
    _p("2574_0", "meter word order", T.U8, RW, "MbusTCP", 0, minimum=0, maximum=1),
    _p("2574_1", "RTU update time", T.U16, RW, "MbusTCP", 1000, unit="ms"),
    _p("2574_2", "RTU read timeout", T.U16, RW, "MbusTCP", 500, unit="ms"),
    _p("2574_3", "meter function code", T.U8, RW, "MbusTCP", 4, minimum=3, maximum=4),
    _p("2575_0", "RTU baud rate", T.U32, RW, "MbusTCP", 9600),
    _p("2575_1", "RTU parity", T.U8, RW, "MbusTCP", 0, minimum=0, maximum=2),
    _p("2575_2", "RTU address", T.U8, RW, "MbusTCP", 1),
]

_SCN = [
    _p("2180_1", "SCN name", T.STRING, RW, None, ""),
    _p("2180_2", "SCN first socket id", T.U8, RW, None, 0),
    _p("2180_3", "SCN total sockets", T.U8, RW, None, 0, maximum=128),
    _p(
        "2180_4",
        "SCN alternating period",
        T.U16,
        RW,
        None,
        900,
        unit="s",
        minimum=60,
        maximum=36000,
    ),
    _p("2180_5", "SCN total maximum current", T.U16, RW, None, 0, unit="A"),
    _p("2180_6", "SCN socket safe current", T.U16, RW, None, 6, unit="A"),
    _p("2180_7", "SCN phase mapping socket 1", T.U8, RW, None, 4, maximum=9),
    # The only SCN property seen in a category walk (category `scn`); the rest need ids= reads.
    _p("2180_8", "SCN unlocked", T.U8, RO, "scn", 0),
    _p("2180_9", "SCN phase mapping socket 2", T.U8, RW, None, 4, maximum=9),
    _p("2180_A", "SCN total safe current", T.U16, RW, None, 6, unit="A"),
]

_LICENCE = [
    _p("21A0_0", "licence device id", T.STRING, RO, None, ""),
    _p("21A1_0", "licence key", T.STRING, RW, None, "", reboot=True),
    _p("21A2_0", "licence feature bits", T.U32, RO, None, 0),
    _p("2400_1", "master tag enabled", T.U8, RW, None, 0),
    _p("2400_2", "master tag", T.STRING, RW, None, ""),
]

_STATES = [
    *(
        _p(
            f"{block}_{sub}",
            f"socket {n} {what}",
            T.I16 if sub < 4 else T.U8,
            RO,
            "states",
            default,
            dual_only=n == 2,
        )
        for n, block in ((1, "2501"), (2, "2502"))
        for sub, what, default in (
            (1, "main state", 2),
            (2, "LED state", 0),
            (3, "relay state", 0),
            (4, "Mode-3 state", 160),
            (5, "CC state", 0),
        )
    ),
    *(
        _p(f"2511_{sub}", f"socket 1 {what}", T.F32, RO, "states", 0.0)
        for sub, what in (
            (0, "CP voltage high"),
            (1, "CP voltage low"),
            (2, "PP resistance"),
            (3, "PWM duty cycle"),
        )
    ),
    _p("3190_1", "display state socket 1", T.U8, RO, None, 0),
    _p("3190_2", "display error socket 1", T.U16, RO, None, 0),
    _p("3191_1", "display state socket 2", T.U8, RO, None, 0, dual_only=True),
    _p("3191_2", "display error socket 2", T.U16, RO, None, 0, dual_only=True),
    _p("3600_1", "OCPP boot-notification state", T.U8, RO, "ocpp", 0),
]

_TEMP_LED_COMM_OCPP = [
    _p("2201_0", "board temperature", T.F32, RO, "temp", 32.5, unit="°C"),
    _p("2202_0", "temperature alarm low", T.F32, RW, "temp", -25.0, unit="°C"),
    _p("2203_0", "temperature alarm high", T.F32, RW, "temp", 70.0, unit="°C"),
    _p("2061_2", "LED and display intensity", T.U8, RW, "leds", 80, unit="%", maximum=100),
    _p("2052_1", "Ethernet MAC address", T.STRING, RO, "comm", ""),
    _p("2077_0", "connect method", T.I16, RW, "comm", 1, minimum=0, maximum=99),
    _p("207B_1", "wired netmask", T.STRING, RW, "comm", "255.255.0.0"),
    _p("207C_1", "wired gateway", T.STRING, RW, "comm", "0.0.0.0"),
    _p("207D_1", "wired IP address", T.STRING, RW, "comm", "169.254.1.10"),
    _p("207D_2", "wired fixed IP", T.BOOL, RW, "comm", False),
    _p("2053_0", "charge-box identity", T.STRING, RW, "ocpp", ""),
    _p("2071_1", "back-office URL (wired)", T.STRING, RW, "ocpp", ""),
    _p("2071_2", "back-office path (wired)", T.STRING, RW, "ocpp", ""),
    _p("2076_0", "back-office preset", T.STRING, RW, "ocpp", ""),
    _p("2082_0", "OCPP protocol version", T.STRING, RW, "ocpp", "1.6"),
    _p("2085_0", "heartbeat interval", T.U32, RW, "ocpp", 300, unit="s"),
    _p("2086_0", "actual heartbeat interval", T.U32, RO, "ocpp", 300, unit="s"),
]

# Live measurement blocks (f32, read-only): sub -> name. Subs 0x21..0x2E exist on the wire but
# a real NG910's category walk stops at 0x20, so the lifetime energies need ids= reads.
METER_SUBS: dict[int, str] = {
    0x1: "timestamp",
    0x3: "V L1-N",
    0x4: "V L2-N",
    0x5: "V L3-N",
    0x6: "V L1-L2",
    0x7: "V L2-L3",
    0x8: "V L3-L1",
    0x9: "I N",
    0xA: "I L1",
    0xB: "I L2",
    0xC: "I L3",
    0xD: "I sum",
    0xE: "cos phi L1",
    0xF: "cos phi L2",
    0x10: "cos phi L3",
    0x11: "cos phi sum",
    0x12: "frequency",
    0x13: "P L1",
    0x14: "P L2",
    0x15: "P L3",
    0x16: "P total",
    0x17: "S L1",
    0x18: "S L2",
    0x19: "S L3",
    0x1A: "S sum",
    0x1B: "Q L1",
    0x1C: "Q L2",
    0x1D: "Q L3",
    0x1E: "Q sum",
    0x1F: "energy delivered L1",
    0x20: "energy delivered L2",
    0x21: "energy delivered L3",
    0x22: "energy delivered total",
    0x26: "energy consumed total",
}
METER_BLOCKS = {
    0x2221: ("socket 1 meter", "meter1"),
    0x3221: ("socket 2 meter", "meter1"),
    0x5221: ("smart meter", "meter4"),
}
WALK_STOPS_AT = 0x20


def _meter_specs() -> Iterator[PropertySpec]:
    for block, (label, cat) in METER_BLOCKS.items():
        for sub, what in METER_SUBS.items():
            unit = {"V": "V", "I": "A", "P": "W", "S": "VA", "Q": "var"}.get(what[0], "")
            if what.startswith("energy"):
                unit = "Wh"
            yield PropertySpec(
                PropertyId(block, sub),
                f"{label} {what}",
                T.F32,
                RO,
                cat if sub <= WALK_STOPS_AT else None,
                0.0,
                unit=unit,
                dual_only=block == 0x3221,
            )


_EXTRA = [_p(*entry) for entry in EXTRA]

CATALOGUE: dict[PropertyId, PropertySpec] = {}
for _spec in (
    *_IDENTITY,
    *_LIMITS,
    *_ALB,
    *_MBUS,
    *_SCN,
    *_LICENCE,
    *_STATES,
    *_TEMP_LED_COMM_OCPP,
    *_meter_specs(),
    *_EXTRA,
):
    if _spec.id in CATALOGUE:
        raise RuntimeError(f"property {_spec.id} declared twice")
    CATALOGUE[_spec.id] = _spec

CATEGORIES: tuple[str, ...] = tuple(
    dict.fromkeys(s.category for s in CATALOGUE.values() if s.category is not None)
)


def spec(pid: PropertyId | str) -> PropertySpec:
    """The catalogue entry of a property id; UnknownProperty when there is none."""
    key = PropertyId.parse(pid) if isinstance(pid, str) else pid
    try:
        return CATALOGUE[key]
    except KeyError:
        raise UnknownProperty(f"Property {key} is not in the catalogue.") from None


def specs_for(sockets: int) -> Iterable[PropertySpec]:
    """The properties a charger with this many sockets has."""
    return (s for s in CATALOGUE.values() if sockets >= 2 or not s.dual_only)
