"""Client of the Alfen NG9xx Modbus TCP slave map (device-protocols.md §2.6).

Unit 200 is the station, units 1 and 2 the sockets; everything is a holding register (FC3 reads,
FC16 writes), big-endian. Blocks are read in as few requests as the 125-register limit allows
without touching unmapped registers (the charger refuses those). Every request is bounded by
the timeout; every failure is an error from `app.core.errors`.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from types import TracebackType

from pymodbus.client import AsyncModbusTcpClient
from pymodbus.exceptions import ConnectionException, ModbusIOException
from pymodbus.pdu import ModbusPDU

from app.core.errors import DeviceTimeout, InvalidInput, ProtocolError, Unreachable, WriteRejected
from app.drivers.alfen.catalogue import spec
from app.drivers.alfen.modbus_blocks import (
    SOCKET_FIELDS,
    STATION_FIELDS,
    SocketBlock,
    StationBlock,
    decode_socket,
    decode_station,
)
from app.transports.modbus_tcp import GRACE, connect_tcp
from app.transports.registers import (
    MAX_READ_COUNT,
    DataType,
    RegisterImage,
    decode_float,
    decode_string,
    encode,
    plan_reads,
)

log = logging.getLogger(__name__)

DEFAULT_PORT = 502
STATION_UNIT = 200
SETPOINT_TOLERANCE = 0.3  # A; what alfen-eve-modbus-tcp accepts as "applied"
SOCKET_MAX_AMPS = float(spec("2129_0").maximum or 32.0)  # socket maximum current range
REG_APPLIED_MAX = 1206
REG_SETPOINT = 1210
REG_PHASES = 1215
REG_MODE3 = 1201
REG_SCN_MAX = 1417

_EXCEPTION_WORDS = {
    1: "illegal function (the charger does not support this request)",
    2: "illegal data address (the register is not in the charger's Modbus map)",
    3: "illegal data value (the charger does not accept this value)",
    4: "server device failure (the charger could not carry out the request)",
    5: "acknowledge (the charger needs more time)",
    6: "server device busy (try again shortly)",
    10: "gateway path unavailable",
    11: "gateway target did not respond (check the unit id)",
}

_MODBUS_HINT = (
    " The charger's Modbus TCP slave (port 502) must be enabled, which needs its licence "
    "and the EMS / Modbus setting in the installer app."
)


def exception_words(code: int) -> str:
    """A Modbus exception code in words, e.g. 2 → 'illegal data address (…)'."""
    return _EXCEPTION_WORDS.get(code, f"exception code {code}")


@dataclass(frozen=True, slots=True)
class SetpointResult:
    """Outcome of a setpoint write: what the charger applies (1206) after it."""

    requested: float
    applied: float
    confirmed: bool  # applied within SETPOINT_TOLERANCE of requested
    writes: int


def _socket_unit(socket: int) -> int:
    if socket not in (1, 2):
        raise InvalidInput(f"Socket {socket} does not exist: an Alfen charger has socket 1 or 2.")
    return socket


def _check_amps(amps: float, high: float, what: str) -> float:
    if isinstance(amps, bool) or not isinstance(amps, int | float) or not math.isfinite(amps):
        raise InvalidInput(f"{what}: {amps!r} is not a number of amperes.")
    if not 0.0 <= amps <= high:
        raise InvalidInput(f"{what}: {amps} A is outside 0…{high:g} A.")
    return float(amps)


class AlfenModbusClient:
    """One Modbus TCP connection to one charger; use `async with` or connect()/close()."""

    def __init__(
        self,
        host: str,
        port: int = DEFAULT_PORT,
        *,
        timeout: float = 3.0,
        settle_timeout: float = 3.0,
        poll_interval: float = 0.25,
    ) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self.settle_timeout = settle_timeout
        self.poll_interval = poll_interval
        self._client: AsyncModbusTcpClient | None = None

    @property
    def where(self) -> str:
        return f"charger {self.host}:{self.port}"

    async def __aenter__(self) -> AlfenModbusClient:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # --- connection -----------------------------------------------------------------------

    async def connect(self) -> None:
        """Open the connection (again); Unreachable when it cannot be made in time."""
        if self._client is not None and self._client.connected:
            return
        await self.close()
        self._client = await connect_tcp(
            self.host, self.port, self.timeout, self.where, hint=_MODBUS_HINT
        )

    async def close(self) -> None:
        """Close the connection; safe to call twice."""
        client, self._client = self._client, None
        if client is not None:
            client.close()

    async def _execute(
        self, what: str, request: Callable[[AsyncModbusTcpClient], Awaitable[ModbusPDU]]
    ) -> ModbusPDU:
        await self.connect()
        assert self._client is not None
        try:
            async with asyncio.timeout(self.timeout + GRACE):
                return await request(self._client)
        except (TimeoutError, ModbusIOException):
            # pymodbus raises ModbusIOException when no answer came within its timeout.
            # A late answer would confuse the next request: start afresh on a new connection.
            await self.close()
            raise DeviceTimeout(
                f"{self.where} did not answer {what} within {self.timeout:g} s."
            ) from None
        except ConnectionException:
            await self.close()
            raise Unreachable(f"The Modbus connection to {self.where} was lost ({what}).") from None

    # --- raw registers --------------------------------------------------------------------

    async def read_registers(self, unit: int, address: int, count: int) -> list[int]:
        """Holding registers [address, address+count) of a unit (FC3)."""
        if not 1 <= count <= MAX_READ_COUNT:
            raise InvalidInput(f"A read takes 1…{MAX_READ_COUNT} registers, not {count}.")
        what = f"reading unit {unit} registers {address}…{address + count - 1}"
        response = await self._execute(
            what, lambda c: c.read_holding_registers(address, count=count, device_id=unit)
        )
        if response.isError():
            raise ProtocolError(
                f"{self.where} refused {what}: {exception_words(response.exception_code)}."
            )
        registers = list(response.registers)
        if len(registers) != count:
            raise ProtocolError(f"{self.where} sent {len(registers)} registers {what}.")
        return registers

    async def write_registers(
        self, unit: int, address: int, values: Sequence[int], *, what: str = ""
    ) -> None:
        """Write holding registers from `address` (FC16); WriteRejected when refused."""
        what = what or f"registers {address}…{address + len(values) - 1}"
        response = await self._execute(
            f"writing {what}",
            lambda c: c.write_registers(address, list(values), device_id=unit),
        )
        if response.isError():
            raise WriteRejected(
                f"{self.where} unit {unit} refused {what}: "
                f"{exception_words(response.exception_code)}."
            )

    async def _read_image(self, unit: int, fields: Sequence[tuple[int, int]]) -> RegisterImage:
        blocks = {
            span.address: await self.read_registers(unit, span.address, span.count)
            for span in plan_reads(fields)
        }
        return RegisterImage(blocks)

    # --- blocks ---------------------------------------------------------------------------

    async def read_station(self) -> StationBlock:
        """The station block (unit 200): identity, clock, limits, SCN."""
        return decode_station(await self._read_image(STATION_UNIT, STATION_FIELDS))

    async def read_socket(self, socket: int) -> SocketBlock:
        """The block of socket 1 or 2: meter, state, limits, setpoint."""
        unit = _socket_unit(socket)
        return decode_socket(await self._read_image(unit, SOCKET_FIELDS))

    # --- writes ---------------------------------------------------------------------------

    async def write_setpoint(self, socket: int, amps: float) -> SetpointResult:
        """Write the EMS setpoint (1210), then wait until the charger applies it (1206).

        Like the known EMS client: poll 1206 until it is within 0.3 A of the setpoint, write
        once more if it is not within `settle_timeout`. A charger may apply less than asked
        when another limit is lower; the result says so (`confirmed` False) instead of failing.
        """
        unit = _socket_unit(socket)
        amps = _check_amps(amps, SOCKET_MAX_AMPS, f"Setpoint of socket {socket}")
        applied = math.nan
        for attempt in (1, 2):
            await self.write_registers(
                unit, REG_SETPOINT, encode(DataType.F32, amps), what=f"setpoint {amps:g} A"
            )
            applied = await self._await_applied(unit, amps)
            if abs(applied - amps) <= SETPOINT_TOLERANCE:
                return SetpointResult(amps, applied, True, attempt)
        log.warning(
            "%s socket %s applies %.1f A after a setpoint of %.1f A",
            self.where,
            socket,
            applied,
            amps,
        )
        return SetpointResult(amps, applied, False, 2)

    async def _await_applied(self, unit: int, amps: float) -> float:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settle_timeout
        while True:
            words = await self.read_registers(unit, REG_APPLIED_MAX, 2)
            applied = decode_float(DataType.F32, words)
            if abs(applied - amps) <= SETPOINT_TOLERANCE or loop.time() >= deadline:
                return applied
            await asyncio.sleep(self.poll_interval)

    async def write_phases(self, socket: int, phases: int) -> bool:
        """Charge on 1 or 3 phases (1215); returns True when charging was paused (0 A) first.

        A charging socket (Mode-3 C2/D2) is paused with a 0 A setpoint before the switch, as the
        known EMS client does; the EMS's next setpoint resumes it.
        """
        unit = _socket_unit(socket)
        if isinstance(phases, bool) or phases not in (1, 3):
            raise InvalidInput(f"Phases of socket {socket}: {phases!r}; only 1 or 3 are allowed.")
        mode3 = decode_string(await self.read_registers(unit, REG_MODE3, 5))
        pause = mode3 in ("C2", "D2")
        if pause:
            zero = encode(DataType.F32, 0.0)
            await self.write_registers(unit, REG_SETPOINT, zero, what="pause (setpoint 0 A)")
        await self.write_registers(unit, REG_PHASES, [phases], what=f"{phases}-phase charging")
        return pause

    async def write_scn_limits(self, l1: float, l2: float, l3: float) -> None:
        """The SCN maximum current per grid phase (1417/1419/1421), in one write."""
        words: list[int] = []
        for phase, amps in enumerate((l1, l2, l3), start=1):
            value = _check_amps(amps, 65535.0, f"SCN maximum current L{phase}")
            words += encode(DataType.F32, value)
        await self.write_registers(
            STATION_UNIT, REG_SCN_MAX, words, what=f"SCN maximum currents {l1:g}/{l2:g}/{l3:g} A"
        )
