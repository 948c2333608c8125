"""What live monitoring samples: named channels and the properties they come from.

Names are stable strings used as series columns, in reports and by the analyses:
`s1.I1` socket 1 current on the charger's L1, `m.I2` grid-meter current on grid phase L2,
`s1.active` the current limit in force on socket 1, and so on (device-protocols.md §2.5).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import InvalidInput
from app.core.properties import PropertyId

P = PropertyId.parse

SOCKET_METER_BLOCKS = {1: 0x2221, 2: 0x3221}
SMART_METER_BLOCK = 0x5221
_STATE_BLOCKS = {1: 0x2501, 2: 0x2502}
_LIMIT_PREFIX = {1: "2", 2: "3"}


@dataclass(frozen=True, slots=True)
class Channel:
    """One sampled quantity: series name, property, unit, words for a person."""

    name: str
    pid: PropertyId
    unit: str
    label: str


def socket_channels(socket: int) -> tuple[Channel, ...]:
    """Currents, voltages, power, limits and states of socket 1 or 2."""
    if socket not in SOCKET_METER_BLOCKS:
        raise InvalidInput(f"Socket {socket}: an Alfen charger has socket 1 or 2.")
    block, states, lim = SOCKET_METER_BLOCKS[socket], _STATE_BLOCKS[socket], _LIMIT_PREFIX[socket]
    s = f"s{socket}"
    out = [
        Channel(f"{s}.I{k}", PropertyId(block, 0x9 + k), "A", f"socket {socket} I L{k}")
        for k in (1, 2, 3)
    ]
    out += [
        Channel(f"{s}.V{k}", PropertyId(block, 0x2 + k), "V", f"socket {socket} V L{k}-N")
        for k in (1, 2, 3)
    ]
    out += [
        Channel(f"{s}.P", PropertyId(block, 0x16), "W", f"socket {socket} power"),
        Channel(f"{s}.static", P(f"{lim}12B_0"), "A", f"socket {socket} static LB limit"),
        Channel(f"{s}.active", P(f"{lim}12C_0"), "A", f"socket {socket} limit in force"),
        Channel(f"{s}.alb", P(f"{lim}12D_0"), "A", f"socket {socket} ALB limit"),
        Channel(f"{s}.main", PropertyId(states, 1), "", f"socket {socket} main state"),
        Channel(f"{s}.mode3", PropertyId(states, 4), "", f"socket {socket} Mode-3 state"),
    ]
    return tuple(out)


def meter_channels() -> tuple[Channel, ...]:
    """The smart/grid meter as the charger sees it, P1 currents and the Modbus link state."""
    b = SMART_METER_BLOCK
    out = [Channel(f"m.I{p}", PropertyId(b, 0x9 + p), "A", f"meter I L{p}") for p in (1, 2, 3)]
    out += [Channel(f"m.P{p}", PropertyId(b, 0x12 + p), "W", f"meter P L{p}") for p in (1, 2, 3)]
    out += [Channel(f"m.V{p}", PropertyId(b, 0x2 + p), "V", f"meter V L{p}-N") for p in (1, 2, 3)]
    out.append(Channel("m.f", PropertyId(b, 0x12), "Hz", "meter frequency"))
    out += [Channel(f"p1.I{p}", P(f"212F_{p}"), "A", f"P1 I L{p}") for p in (1, 2, 3)]
    out.append(Channel("m.link", P("2540_0"), "", "Modbus meter link state"))
    return tuple(out)


def charger_channels(sockets: int) -> tuple[Channel, ...]:
    """Everything one charger's poller samples: its sockets and the meter it reads."""
    if sockets not in (1, 2):
        raise InvalidInput(f"A charger with {sockets} sockets is not supported (1 or 2).")
    out: list[Channel] = []
    for socket in range(1, sockets + 1):
        out.extend(socket_channels(socket))
    out.extend(meter_channels())
    return tuple(out)


def names(channels: tuple[Channel, ...]) -> tuple[str, ...]:
    return tuple(c.name for c in channels)


def socket_current(socket: int, phase: int) -> str:
    """Series name of a socket's current on the charger's phase 1..3."""
    return f"s{socket}.I{phase}"


def meter_current(phase: int) -> str:
    """Series name of the grid meter's current on grid phase 1..3."""
    return f"m.I{phase}"
