"""Which Alfen property feeds each live channel (the names themselves are in app.core.channels).

Socket meters are the blocks 2221_* / 3221_*, the grid meter as the charger reads it 5221_*,
the load-balancing input currents 212F_1..3 and the meter link state 2540_0.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core import channels as ch
from app.core.channels import Channel
from app.core.errors import InvalidInput
from app.drivers.alfen.properties import PropertyId

P = PropertyId.parse

SOCKET_METER_BLOCKS = {1: 0x2221, 2: 0x3221}
SMART_METER_BLOCK = 0x5221
_STATE_BLOCKS = {1: 0x2501, 2: 0x2502}
_LIMIT_PREFIX = {1: "2", 2: "3"}


@dataclass(frozen=True, slots=True)
class PropertyChannel:
    """A channel and the property it is read from."""

    name: str
    pid: PropertyId
    unit: str
    label: str

    @property
    def channel(self) -> Channel:
        return Channel(self.name, self.unit, self.label)


def socket_channels(socket: int) -> tuple[PropertyChannel, ...]:
    """Currents, voltages, power, limits and states of socket 1 or 2."""
    if socket not in SOCKET_METER_BLOCKS:
        raise InvalidInput(f"Socket {socket}: an Alfen charger has socket 1 or 2.")
    block, states, lim = SOCKET_METER_BLOCKS[socket], _STATE_BLOCKS[socket], _LIMIT_PREFIX[socket]
    s = f"s{socket}"
    out = [
        PropertyChannel(
            ch.socket_current(socket, k), PropertyId(block, 0x9 + k), "A", f"socket {socket} I L{k}"
        )
        for k in ch.PHASES
    ]
    out += [
        PropertyChannel(
            ch.socket_voltage(socket, k),
            PropertyId(block, 0x2 + k),
            "V",
            f"socket {socket} V L{k}-N",
        )
        for k in ch.PHASES
    ]
    out += [
        PropertyChannel(
            ch.socket_power(socket), PropertyId(block, 0x16), "W", f"socket {socket} power"
        ),
        PropertyChannel(f"{s}.static", P(f"{lim}12B_0"), "A", f"socket {socket} static LB limit"),
        PropertyChannel(
            ch.socket_active(socket), P(f"{lim}12C_0"), "A", f"socket {socket} limit in force"
        ),
        PropertyChannel(
            ch.socket_alb_limit(socket), P(f"{lim}12D_0"), "A", f"socket {socket} ALB limit"
        ),
        PropertyChannel(f"{s}.main", PropertyId(states, 1), "", f"socket {socket} main state"),
        PropertyChannel(
            ch.socket_mode3(socket), PropertyId(states, 4), "", f"socket {socket} Mode-3 state"
        ),
    ]
    return tuple(out)


def meter_channels() -> tuple[PropertyChannel, ...]:
    """The smart/grid meter as the charger sees it, P1 currents and the Modbus link state."""
    b = SMART_METER_BLOCK
    out = [
        PropertyChannel(ch.meter_current(p), PropertyId(b, 0x9 + p), "A", f"meter I L{p}")
        for p in ch.PHASES
    ]
    out += [
        PropertyChannel(ch.meter_power(p), PropertyId(b, 0x12 + p), "W", f"meter P L{p}")
        for p in ch.PHASES
    ]
    out += [
        PropertyChannel(ch.meter_voltage(p), PropertyId(b, 0x2 + p), "V", f"meter V L{p}-N")
        for p in ch.PHASES
    ]
    out.append(PropertyChannel(ch.METER_FREQUENCY, PropertyId(b, 0x12), "Hz", "meter frequency"))
    out += [
        PropertyChannel(ch.balancing_current(p), P(f"212F_{p}"), "A", f"P1 I L{p}")
        for p in ch.PHASES
    ]
    out.append(PropertyChannel(ch.METER_LINK, P("2540_0"), "", "Modbus meter link state"))
    return tuple(out)


def charger_channels(sockets: int) -> tuple[PropertyChannel, ...]:
    """Everything one charger's poller samples: its sockets and the meter it reads."""
    if sockets not in (1, 2):
        raise InvalidInput(f"A charger with {sockets} sockets is not supported (1 or 2).")
    out: list[PropertyChannel] = []
    for socket in range(1, sockets + 1):
        out.extend(socket_channels(socket))
    out.extend(meter_channels())
    return tuple(out)


def property_of(name: str) -> PropertyId | None:
    """The property a channel name is read from (None: not a channel of this driver)."""
    return _BY_NAME.get(name)


_BY_NAME = {c.name: c.pid for c in charger_channels(2)}
