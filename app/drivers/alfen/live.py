"""Live samples from an Alfen charger: channels read by property id over HTTPS, or the
socket channels from the Modbus slave map (lighter, when the installer enabled it)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.core import channels as ch
from app.core.channels import Channel, Sample, SampleSource, as_float
from app.core.errors import InvalidInput
from app.drivers.alfen.channels import property_of
from app.drivers.base import SettingsAccess
from app.drivers.sources import CombinedSource

if TYPE_CHECKING:
    from app.drivers.alfen.modbus import AlfenModbusClient


class HttpsSource:
    """Channels read by property id over the local HTTPS API (25 ids per request)."""

    def __init__(self, client: SettingsAccess, channels: Sequence[Channel]) -> None:
        self._client = client
        self._names = tuple(c.name for c in channels)
        keys = {name: property_of(name) for name in self._names}
        unknown = [name for name, pid in keys.items() if pid is None]
        if unknown:
            raise InvalidInput(f"An Alfen charger has no channel {', '.join(unknown)}.")
        self._keys = {name: pid.wire for name, pid in keys.items() if pid is not None}

    @property
    def names(self) -> tuple[str, ...]:
        return self._names

    async def sample(self) -> Sample:
        values = await self._client.read(self._keys.values())
        return {name: as_float(values.get(key)) for name, key in self._keys.items()}


_MODBUS_FIELDS = ("I1", "I2", "I3", "V1", "V2", "V3", "P", "active", "mode3")


class ModbusSocketSource:
    """Socket channels from the Modbus slave map."""

    def __init__(self, client: AlfenModbusClient, sockets: int) -> None:
        self._client = client
        self._sockets = tuple(range(1, sockets + 1))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f"s{n}.{f}" for n in self._sockets for f in _MODBUS_FIELDS)

    async def sample(self) -> Sample:
        out: Sample = {}
        for n in self._sockets:
            block = await self._client.read_socket(n)
            meter = block.meter
            for k in ch.PHASES:
                out[ch.socket_current(n, k)] = meter.current[k - 1]
                out[ch.socket_voltage(n, k)] = meter.voltage_ln[k - 1]
            out[ch.socket_power(n)] = meter.real_power_total
            out[ch.socket_active(n)] = block.applied_max_current
            state = block.mode3_state
            out[ch.socket_mode3(n)] = float(state.value) if state is not None else math.nan
        return out


def sample_source(
    client: SettingsAccess, channels: Sequence[Channel], modbus: object = None
) -> SampleSource:
    """Everything over HTTPS, or, with the Modbus slave map, the sockets over Modbus and only
    the meter and the rest over HTTPS."""
    if modbus is None:
        return HttpsSource(client, channels)
    from app.drivers.alfen.modbus import AlfenModbusClient  # loaded already: a link was opened

    if not isinstance(modbus, AlfenModbusClient):
        raise InvalidInput("Live samples over Modbus need an Alfen Modbus client.")
    sockets = max((int(c.name[1]) for c in channels if c.name.startswith("s")), default=1)
    socket_part = ModbusSocketSource(modbus, sockets)
    rest = [c for c in channels if c.name not in socket_part.names]
    return CombinedSource(socket_part, HttpsSource(client, rest))
