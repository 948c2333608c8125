"""The Alfen NG9xx Modbus TCP slave map (device-protocols.md §2.6), served from a SimCharger.

Unit 200 is the station, units 1 and 2 the sockets. Every register is a holding register (FC3
reads, FC16/FC6 writes), big-endian, strings 2 bytes per register padded with NULs. Values are
computed on every request from the live charger state; each unit is one declarative table.

Choices where the sources are silent (written down as §2 asks):
- A rebooting charger (`charger.online` False) does not answer at all (`ModbusSilent`), so a
  client times out as it would against real hardware; no exception code is sent.
- FC4 reads get exception 1 (illegal function); reads touching an unmapped register and writes
  to anything but 1210/1215 (socket) or 1417/1419/1421 (station) get 2 (illegal address); a
  write must cover whole writable values. Out-of-range values get 3 (illegal value).
- Date and time (168–173) are the wall clock in UTC shifted by the time zone (206E_0).
- Meter state/age (300/301): sub 1 of the socket's meter block (2221_1 / 3221_1) is taken as
  the site time of the last measurement; while it is 0 the meter reports "initialised" only and
  the age is the uptime.
- 1100 "station active maximum" is the station maximum current 2062_0.
- SCN consumption (1405–1409) is this charger's own load per grid phase (the SCN simulation
  may feed the network total later); 1431 is 1 when the EMS mode 2530_3 is SCN (1).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.drivers.alfen.catalogue import CATALOGUE
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimCharger, SimSocket
from app.sim.modbus_server import (
    FC_READ_HOLDING,
    ModbusFault,
    ModbusSilent,
    RegisterModel,
)
from app.transports.registers import (
    DataType,
    decode_float,
    encode,
    encode_string,
)

P = PropertyId.parse
T = DataType
STATION_UNIT = 200
MANUFACTURER = "Alfen NV"
TABLE_VERSION = 1
METER_TYPE_RTU = 0  # the built-in socket meter sits on the internal RS-485 bus
SOCKET_MAX_AMPS = float(CATALOGUE[P("2129_0")].maximum or 32.0)
SCN_MAX_AMPS = 65535.0  # same range as the SCN total maximum 2180_5 (u16 A)

ILLEGAL_FUNCTION = 1
ILLEGAL_ADDRESS = 2
ILLEGAL_VALUE = 3


@dataclass(frozen=True, slots=True)
class Text:
    """A string of `words` registers."""

    words: int


Format = DataType | Text


@dataclass(frozen=True, slots=True)
class Unit:
    """What a getter sees: the charger, the socket of a socket unit, and the request's time."""

    charger: SimCharger
    socket: SimSocket | None
    wall: dt.datetime

    def real(self, pid: str) -> float:
        return float(self.charger.get(P(pid)))  # type: ignore[arg-type]

    def integer(self, pid: str) -> int:
        return int(self.charger.get(P(pid)))  # type: ignore[arg-type]

    @property
    def sock(self) -> SimSocket:
        assert self.socket is not None, "socket register read on the station unit"
        return self.socket

    def meter(self, sub: int) -> float:
        """Sub of this socket's meter block (2221 / 3221); 0 for subs the catalogue omits."""
        block = 0x2221 if self.sock.number == 1 else 0x3221
        return float(self.charger.values.get(PropertyId(block, sub), 0.0))  # type: ignore[arg-type]


Getter = Callable[[Unit], "float | int | str"]
Setter = Callable[[Unit, float], None]
Check = Callable[[float], bool]


@dataclass(frozen=True, slots=True)
class Entry:
    """One value of the map: where, how encoded, where its value comes from and goes to."""

    address: int
    fmt: Format
    get: Getter
    set: Setter | None = None
    accepts: Check | None = None

    @property
    def words(self) -> int:
        return self.fmt.words

    def encode(self, unit: Unit) -> list[int]:
        value = self.get(unit)
        if isinstance(self.fmt, Text):
            return encode_string(str(value), self.fmt.words)
        return encode(self.fmt, value)  # type: ignore[arg-type]

    def decode(self, words: Sequence[int]) -> float:
        assert isinstance(self.fmt, DataType)
        return decode_float(self.fmt, words)


class Table:
    """Entries indexed by every register they cover; overlaps are a bug caught at import."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = tuple(entries)
        self.covering: dict[int, Entry] = {}
        for entry in self.entries:
            for address in range(entry.address, entry.address + entry.words):
                if address in self.covering:
                    raise RuntimeError(f"register {address} mapped twice")
                self.covering[address] = entry


# --- station (unit 200) ---------------------------------------------------------------------


def _with(getter: Callable[[Unit, Any], float | int | str], arg: object) -> Getter:
    """A getter with its second argument (a phase, a meter sub, a clock field) bound."""
    return lambda unit: getter(unit, arg)


def _scn_written(unit: Unit, phase: int) -> float:
    return unit.charger.scn_modbus_limits[phase - 1] or 0.0


def _scn_load(unit: Unit, phase: int) -> float:
    """This charger's current on grid phase 1..3, summed over its sockets' true wiring."""
    total = 0.0
    for socket in unit.charger.sockets:
        for current, grid in zip(socket.currents, socket.wiring.grid_phases, strict=False):
            if grid == phase:
                total += current
    return total


def _scn_actual_max(unit: Unit, phase: int) -> float:
    limit = unit.charger.scn_modbus_limit(phase)
    return limit if limit is not None else unit.real("2180_5")


def _scn_remaining(unit: Unit, phase: int) -> int:
    ch = unit.charger
    if ch.scn_modbus_limits[phase - 1] is None:
        return 0
    return _remaining(ch, ch.scn_modbus_limits_at[phase - 1])


def _remaining(charger: SimCharger, written_at: float) -> int:
    validity = float(charger.values[P("2530_4")])  # type: ignore[arg-type]
    return max(0, math.ceil(validity - (charger.clock.now() - written_at)))


def _set_scn_limit(phase: int) -> Setter:
    def apply(unit: Unit, value: float) -> None:
        unit.charger.scn_modbus_limits[phase - 1] = value
        unit.charger.scn_modbus_limits_at[phase - 1] = unit.charger.clock.now()

    return apply


def _amps_in(high: float) -> Check:
    return lambda value: math.isfinite(value) and 0.0 <= value <= high


def _local(unit: Unit) -> dt.datetime:
    return unit.wall + dt.timedelta(minutes=unit.integer("206E_0"))


_CLOCK_FIELDS = ("year", "month", "day", "hour", "minute", "second")

STATION = Table(
    [
        Entry(100, Text(17), lambda u: str(u.charger.get(P("1008_0")))),
        Entry(117, Text(5), lambda u: MANUFACTURER),
        Entry(122, T.S16, lambda u: TABLE_VERSION),
        Entry(123, Text(17), lambda u: u.charger.firmware),
        Entry(140, Text(17), lambda u: u.charger.model.split("-")[0]),
        Entry(157, Text(11), lambda u: u.charger.serial),
        *(
            Entry(168 + i, T.S16, _with(lambda u, f: getattr(_local(u), f), name))
            for i, name in enumerate(_CLOCK_FIELDS)
        ),
        Entry(174, T.U64, lambda u: u.integer("2060_0")),
        Entry(178, T.S16, lambda u: u.integer("206E_0")),
        Entry(1100, T.F32, lambda u: u.real("2062_0")),
        Entry(1102, T.F32, lambda u: u.real("2201_0")),
        Entry(1104, T.U16, lambda u: int(u.integer("3600_1") != 0)),
        Entry(1105, T.U16, lambda u: len(u.charger.sockets)),
        Entry(1400, Text(4), lambda u: str(u.charger.get(P("2180_1")))),
        Entry(1404, T.U16, lambda u: u.integer("2180_3")),
        *(Entry(1405 + 2 * i, T.F32, _with(_scn_load, i + 1)) for i in range(3)),
        *(Entry(1411 + 2 * i, T.F32, _with(_scn_actual_max, i + 1)) for i in range(3)),
        *(
            Entry(
                1417 + 2 * i,
                T.F32,
                _with(_scn_written, i + 1),
                set=_set_scn_limit(i + 1),
                accepts=_amps_in(SCN_MAX_AMPS),
            )
            for i in range(3)
        ),
        *(Entry(1423 + 2 * i, T.U32, _with(_scn_remaining, i + 1)) for i in range(3)),
        Entry(1429, T.F32, lambda u: u.charger.scn_safe_current()),
        Entry(1431, T.U16, lambda u: int(u.integer("2530_3") == 1)),
    ]
)


# --- sockets (units 1, 2) -------------------------------------------------------------------


def _measured_at(unit: Unit) -> float:
    return unit.meter(0x1)


def _meter_state(unit: Unit) -> int:
    return 3 if _measured_at(unit) > 0 else 1  # bit 1 initialised, bit 2 updated


def _meter_age_ms(unit: Unit) -> int:
    at = _measured_at(unit)
    if at <= 0:
        return unit.integer("2060_0")
    return max(0, int((unit.charger.clock.now() - at) * 1000))


def _available(unit: Unit) -> int:
    bits = unit.integer("205F_0")
    return int(not bits & (1 | 1 << unit.sock.number))


def _seconds_to_fallback(unit: Unit) -> int:
    socket = unit.sock
    if socket.setpoint is None:
        return 0
    return _remaining(unit.charger, socket.setpoint_at)


def _accounted(unit: Unit) -> int:
    socket = unit.sock
    return int(socket.setpoint is not None and _seconds_to_fallback(unit) > 0)


def _set_setpoint(unit: Unit, value: float) -> None:
    unit.sock.setpoint = value
    unit.sock.setpoint_at = unit.charger.clock.now()


def _set_phases(unit: Unit, value: float) -> None:
    unit.sock.phases_setting = int(value)


SOCKET = Table(
    [
        Entry(300, T.U16, _meter_state),
        Entry(301, T.U64, _meter_age_ms),
        Entry(305, T.U16, lambda u: METER_TYPE_RTU),
        # V L1N … Q sum: subs 3..1E, consecutive f32 from 306
        *(Entry(306 + 2 * (sub - 0x3), T.F32, _with(Unit.meter, sub)) for sub in range(0x3, 0x1F)),
        # energies delivered, consumed, apparent, reactive (L1..sum): subs 1F..2E, f64 from 362
        *(
            Entry(362 + 4 * (sub - 0x1F), T.F64, _with(Unit.meter, sub))
            for sub in range(0x1F, 0x2F)
        ),
        Entry(1200, T.U16, _available),
        Entry(1201, Text(5), lambda u: u.sock.mode3.name),
        Entry(1206, T.F32, lambda u: u.sock.limit),
        Entry(1208, T.U32, _seconds_to_fallback),
        Entry(
            1210,
            T.F32,
            lambda u: u.sock.setpoint or 0.0,
            set=_set_setpoint,
            accepts=_amps_in(SOCKET_MAX_AMPS),
        ),
        Entry(1212, T.F32, lambda u: u.real("2068_0")),
        Entry(1214, T.U16, _accounted),
        Entry(
            1215,
            T.U16,
            lambda u: u.sock.phases_setting,
            set=_set_phases,
            accepts=lambda value: value in (1, 3),
        ),
    ]
)


class AlfenUnitModel:
    """One unit id of the slave map: answers from `table` with live values of the charger."""

    def __init__(self, table: Table, charger: SimCharger, socket: SimSocket | None) -> None:
        self._table = table
        self._charger = charger
        self._socket = socket

    def _unit(self) -> Unit:
        now = dt.datetime.fromtimestamp(self._charger.clock_ms() / 1000, dt.UTC)
        return Unit(self._charger, self._socket, now.replace(tzinfo=None))

    def read(self, function_code: int, address: int, count: int) -> list[int]:
        if not self._charger.online:
            raise ModbusSilent
        if function_code != FC_READ_HOLDING:
            raise ModbusFault(ILLEGAL_FUNCTION)
        unit = self._unit()
        out: list[int] = []
        position, end = address, address + count
        while position < end:
            entry = self._table.covering.get(position)
            if entry is None:
                raise ModbusFault(ILLEGAL_ADDRESS)
            words = entry.encode(unit)
            offset = position - entry.address
            taken = words[offset : offset + end - position]
            out.extend(taken)
            position += len(taken)
        return out

    def write(self, address: int, values: list[int]) -> None:
        if not self._charger.online:
            raise ModbusSilent
        unit = self._unit()
        accepted: list[tuple[Entry, float]] = []
        position = 0
        while position < len(values):
            entry = self._table.covering.get(address + position)
            if entry is None or entry.set is None or entry.address != address + position:
                raise ModbusFault(ILLEGAL_ADDRESS)
            chunk = values[position : position + entry.words]
            if len(chunk) < entry.words:
                raise ModbusFault(ILLEGAL_ADDRESS)
            value = entry.decode(chunk)
            if entry.accepts is not None and not entry.accepts(value):
                raise ModbusFault(ILLEGAL_VALUE)
            accepted.append((entry, value))
            position += entry.words
        for entry, value in accepted:  # all checked first: a refused write changes nothing
            assert entry.set is not None
            entry.set(unit, value)


def charger_models(charger: SimCharger) -> dict[int, RegisterModel]:
    """Unit id → register model of the charger: 200 the station, 1 (and 2) the sockets."""
    models: dict[int, RegisterModel] = {STATION_UNIT: AlfenUnitModel(STATION, charger, None)}
    for socket in charger.sockets:
        models[socket.number] = AlfenUnitModel(SOCKET, charger, socket)
    return models
