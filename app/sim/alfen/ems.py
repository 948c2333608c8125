"""A simulated energy-management system (EMS): a Modbus TCP master steering chargers' currents.

An EMS on site writes a charger's setpoints over its Modbus TCP slave map again and again: the
charger only trusts a setpoint for its validity time (2530_4, seconds) and then falls back to
its safe current (2068_0), so an EMS that crashes or loses its cable cannot leave a charger
at a high current. Two ways to steer (the EMS mode 2530_3 of the ALB page):

- socket: the Modbus-slave maximum current of each socket, register 1210 of unit 1 (socket 1)
  or unit 2 (socket 2), a big-endian float in amperes; the charger shows the time left before
  it falls back in 1208;
- SCN: the smart-charging network's maximum current per grid phase, registers 1417 / 1419 /
  1421 of the station unit 200 (floats), valid for the same time (remaining in 1423–1427).

`SimEms` writes one setpoint every `period` seconds of site time. Switched off (`stop`) it
closes its connection; gone quiet (`quiet(True)`) it stays connected and writes nothing, as an
EMS whose program hung: either way the charger keeps the last setpoint until the validity time
runs out, then takes its safe current.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from typing import Any

from pymodbus.client import AsyncModbusTcpClient
from pymodbus.exceptions import ModbusException

from app.core.errors import InvalidInput
from app.sim.alfen.charger import SimClock
from app.transports.registers import DataType, encode

log = logging.getLogger(__name__)

STATION_UNIT = 200
SETPOINT_REGISTER = 1210
SCN_REGISTERS = (1417, 1419, 1421)
WRITE_TIMEOUT = 2.0  # real seconds per write


class EmsMode(enum.Enum):
    SOCKET = "socket"
    SCN = "scn"


class EmsState(enum.Enum):
    STOPPED = "stopped"
    RUNNING = "running"
    QUIET = "quiet"


def setpoint_writes(mode: EmsMode, amps: float, sockets: int) -> list[tuple[int, int, list[int]]]:
    """(unit, register, words) of one round of setpoints: every socket, or every grid phase."""
    words = encode(DataType.F32, amps)
    if mode is EmsMode.SCN:
        return [(STATION_UNIT, register, words) for register in SCN_REGISTERS]
    return [(socket, SETPOINT_REGISTER, words) for socket in range(1, sockets + 1)]


class SimEms:
    """An EMS steering one charger at 127.0.0.1:`port`."""

    def __init__(self, port: int, clock: SimClock, *, sockets: int = 1) -> None:
        self.port = port
        self.clock = clock
        self.sockets = sockets
        self.mode = EmsMode.SOCKET
        self.amps = 10.0
        self.period = 10.0  # site seconds between two rounds of setpoints
        self.state = EmsState.STOPPED
        self.writes = 0  # setpoints the charger accepted
        self.failures = 0  # rounds that did not get through (charger away, refused)
        self.last_write: float | None = None  # site time of the last accepted round
        self._task: asyncio.Task[None] | None = None

    def describe(self) -> dict[str, Any]:
        return {
            "state": self.state.value,
            "mode": self.mode.value,
            "amps": self.amps,
            "period": self.period,
            "writes": self.writes,
            "failures": self.failures,
            "last_write": self.last_write,
        }

    async def start(self, *, mode: EmsMode, amps: float, period: float) -> None:
        """Start (or restart with new settings) writing setpoints."""
        if not 0.0 <= amps <= 80.0:
            raise InvalidInput(f"EMS setpoint {amps:g} A is outside 0…80 A.")
        if not 0.1 <= period <= 3600.0:
            raise InvalidInput(f"EMS period {period:g} s is outside 0.1…3600 s.")
        await self.stop()
        self.mode, self.amps, self.period = mode, amps, period
        self.state = EmsState.RUNNING
        self._task = asyncio.get_running_loop().create_task(self._run())

    def quiet(self, on: bool) -> None:
        """Go quiet (keep the connection, write nothing) or speak again."""
        if self.state is EmsState.STOPPED:
            raise InvalidInput("The EMS is off: start it first.")
        self.state = EmsState.QUIET if on else EmsState.RUNNING

    async def stop(self) -> None:
        task, self._task = self._task, None
        self.state = EmsState.STOPPED
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _run(self) -> None:
        client: AsyncModbusTcpClient | None = None
        me = asyncio.current_task()
        try:
            # Not `while True`: a cancellation lost inside a round (a timeout firing with it,
            # a library catching it) must not keep a stopped EMS writing, nor `stop()` waiting.
            while self._task is me:
                if self.state is EmsState.RUNNING:
                    client = await self._round(client)
                await asyncio.sleep(max(0.01, self.clock.real_seconds(self.period)))
        finally:
            if client is not None:
                client.close()

    async def _round(self, client: AsyncModbusTcpClient | None) -> AsyncModbusTcpClient | None:
        """One round of setpoints; returns the client to keep (None after a failure)."""
        try:
            async with asyncio.timeout(WRITE_TIMEOUT):
                if client is None:
                    client = AsyncModbusTcpClient(
                        "127.0.0.1", port=self.port, timeout=1.0, retries=0, reconnect_delay=0
                    )
                    if not await client.connect():
                        raise ConnectionError("no connection")
                for unit, register, words in setpoint_writes(self.mode, self.amps, self.sockets):
                    reply = await client.write_registers(register, words, device_id=unit)
                    if reply.isError():
                        raise ConnectionError(f"refused: {reply}")
                    self.writes += 1
            self.last_write = self.clock.now()
            return client
        except (TimeoutError, OSError, ModbusException) as exc:
            self.failures += 1
            log.info("EMS: setpoints to 127.0.0.1:%s did not get through: %s", self.port, exc)
            if client is not None:
                client.close()
            return None


class SiteEms:
    """One EMS per Alfen charger of a site, all off until the control API starts one."""

    def __init__(self, chargers: dict[str, tuple[int, int]], clock: SimClock) -> None:
        """`chargers`: serial → (Modbus TCP port, number of sockets)."""
        self.systems = {
            serial: SimEms(port, clock, sockets=sockets)
            for serial, (port, sockets) in chargers.items()
        }

    def of(self, serial: str) -> SimEms:
        ems = self.systems.get(serial)
        if ems is None:
            known = ", ".join(self.systems) or "none"
            raise InvalidInput(f"No Alfen charger {serial!r} for an EMS (chargers: {known}).")
        return ems

    def state(self) -> dict[str, dict[str, Any]]:
        return {serial: ems.describe() for serial, ems in self.systems.items()}

    async def close(self) -> None:
        for ems in self.systems.values():
            with contextlib.suppress(Exception):
                await ems.stop()
