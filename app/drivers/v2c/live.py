"""Live samples from a Trydan: which keyword feeds each channel, and the two ways to read them.

Over HTTP one `/RealTimeData` request carries every channel. Over Modbus one read of
3010–3029 carries the charging power, the current set, the state and the house and solar
power; the per-phase currents and voltages and the grid power exist only over HTTP, so the
Modbus source is combined with an HTTP source for those (a stalled HTTP reply leaves only
them as gaps). Channel names are the neutral ones (app.core.channels), the house, grid and
solar totals of its CT clamp included (`house.P`, `grid.P`, `pv.P`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core import channels as ch
from app.core.channels import Channel, Sample, SampleSource, as_float
from app.core.errors import InvalidInput
from app.core.values import Value
from app.drivers.base import SettingsAccess
from app.drivers.sources import CombinedSource
from app.drivers.v2c import overview
from app.drivers.v2c.register_map import READ_ORDER

if TYPE_CHECKING:
    from app.drivers.v2c.modbus import TrydanModbus

HOUSE_POWER, GRID_POWER, SOLAR_POWER = ch.HOUSE_POWER, ch.GRID_POWER, ch.SOLAR_POWER
_STATE_KEYS = ("ChargeState", "Paused", "Locked")


@dataclass(frozen=True, slots=True)
class KeywordChannel:
    channel: Channel
    key: str  # the keyword it is read from ("ChargeState" for the Mode-3 state)


def _c(name: str, key: str, unit: str, label: str) -> KeywordChannel:
    return KeywordChannel(Channel(name, unit, label), key)


CHANNELS = (
    *(_c(ch.socket_current(1, p), f"IntensityMeasure_L{p}", "A", f"I L{p}") for p in ch.PHASES),
    *(_c(ch.socket_voltage(1, p), f"VoltageMeasure_L{p}", "V", f"V L{p}-N") for p in ch.PHASES),
    _c(ch.socket_power(1), "ChargePower", "W", "charging power"),
    _c(ch.socket_active(1), "Intensity", "A", "charging current set"),
    _c(ch.socket_mode3(1), "ChargeState", "", "Mode-3 state"),
    _c(HOUSE_POWER, "HousePower", "W", "house power (CT clamp)"),
    _c(GRID_POWER, "GridPower", "W", "grid power"),
    _c(SOLAR_POWER, "FVPower", "W", "solar power"),
    _c(ch.CONTRACTED_POWER, "ContractedPower", "W", "contracted power"),
)
_BY_NAME = {c.channel.name: c for c in CHANNELS}


def channels(sockets: int) -> tuple[Channel, ...]:
    if sockets != 1:
        raise InvalidInput(f"A Trydan has one socket, not {sockets}.")
    return tuple(c.channel for c in CHANNELS)


def _sample(names: Sequence[str], values: dict[str, Value]) -> Sample:
    out: Sample = {}
    for name in names:
        key = _BY_NAME[name].key
        if key == "ChargeState":
            mode3 = overview.states(values)[1] if key in values else 0
            out[name] = float(mode3) if mode3 else math.nan
        else:
            out[name] = as_float(values.get(key))
    return out


class HttpSource:
    """Channels from one `/RealTimeData` request per sample."""

    def __init__(self, client: SettingsAccess, channels: Sequence[Channel]) -> None:
        unknown = [c.name for c in channels if c.name not in _BY_NAME]
        if unknown:
            raise InvalidInput(f"A Trydan has no channel {', '.join(unknown)}.")
        self._client = client
        self._names = tuple(c.name for c in channels)
        keys = [_BY_NAME[n].key for n in self._names]
        self._keys = tuple(dict.fromkeys(k for key in keys for k in _expanded(key)))

    @property
    def names(self) -> tuple[str, ...]:
        return self._names

    async def sample(self) -> Sample:
        return _sample(self._names, await self._client.read(self._keys))


def _expanded(key: str) -> tuple[str, ...]:
    return _STATE_KEYS if key == "ChargeState" else (key,)


class ModbusSource:
    """The channels the Modbus read block carries, from one request per sample."""

    def __init__(self, modbus: TrydanModbus, channels: Sequence[Channel]) -> None:
        self._modbus = modbus
        self._names = tuple(
            c.name for c in channels if c.name in _BY_NAME and _BY_NAME[c.name].key in READ_ORDER
        )

    @property
    def names(self) -> tuple[str, ...]:
        return self._names

    async def sample(self) -> Sample:
        return _sample(self._names, await self._modbus.read_block())


def sample_source(
    client: SettingsAccess, chosen: Sequence[Channel], modbus: object = None
) -> SampleSource:
    """Everything over HTTP, or, with a connected `TrydanModbus`, what the map has over
    Modbus and only the rest (currents, voltages, grid power) over HTTP."""
    if modbus is None:
        return HttpSource(client, chosen)
    from app.drivers.v2c.modbus import TrydanModbus  # loaded already: a link was opened

    if not isinstance(modbus, TrydanModbus):
        raise InvalidInput("Live samples over Modbus need a Trydan Modbus client.")
    part = ModbusSource(modbus, chosen)
    rest = [c for c in chosen if c.name not in part.names]
    return CombinedSource(part, HttpSource(client, rest)) if rest else part
