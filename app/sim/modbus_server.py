"""The one module that touches pymodbus's server API (3.16 `SimDevice`, `ModbusTcpServer`).

A `RegisterModel` answers reads and writes from live Python state; `ModbusServer` serves any
number of unit ids of such models on one TCP port, `SerialModbusServer` on one serial device
(an RS-485 line, app/sim/rtu_line.py). When pymodbus changes its server API, this file is the
only one to change.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Mapping
from typing import Any, Protocol

from pymodbus.constants import ExcCodes
from pymodbus.exceptions import NoSuchIdException
from pymodbus.server import ModbusSerialServer, ModbusTcpServer
from pymodbus.simulator import DataType, SimData, SimDevice

log = logging.getLogger(__name__)

REGISTER_SPACE = 65536
FC_READ_HOLDING = 3
FC_READ_INPUT = 4


class ModbusFault(Exception):
    """Raised by a model to answer a request with a Modbus exception code."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class ModbusSilent(Exception):
    """Raised by a model to send no answer at all (a rebooting device): the client times out."""


class RegisterModel(Protocol):
    """Live registers of one unit id."""

    def read(self, function_code: int, address: int, count: int) -> list[int]:
        """Registers [address, address+count) for FC3/FC4; raise ModbusFault to refuse."""

    def write(self, address: int, values: list[int]) -> None:
        """Apply a write of holding registers; raise ModbusFault to refuse."""


async def _action(
    model: RegisterModel,
    function_code: int,
    start_address: int,
    address: int,
    count: int,
    current_registers: list[int],
    set_values: list[int] | list[bool] | None,
) -> ExcCodes | None:
    try:
        if set_values is None:
            values = model.read(function_code, address, count)
            offset = address - start_address
            current_registers[offset : offset + len(values)] = values
        else:
            model.write(address, [int(v) for v in set_values])
    except ModbusFault as fault:
        return ExcCodes(fault.code)
    except ModbusSilent:
        # pymodbus drops the request without a reply when the device is "missing" and the
        # server runs with ignore_missing_devices (unknown unit ids still get an answer).
        raise NoSuchIdException("silent") from None
    except Exception:  # a model bug must not kill the server; answer "device failure"
        log.exception("Modbus model failed on fc=%s address=%s", function_code, address)
        return ExcCodes.DEVICE_FAILURE
    return None


class _BuiltOnce(SimDevice):
    """A SimDevice whose register space is built once per process and copied: building 65536
    registers takes about 20 ms of the loop, a site starts a server per charger and meter (and
    an RS-485 line per charger), and a car park reboots all its chargers at once. The contents
    never matter: `_action` fills them from the model on every read."""

    _space: Any = None  # the first space built, for every server of the process
    _built: Any = None

    def build_device(self):  # type: ignore[no-untyped-def]
        if self._built is None:
            if _BuiltOnce._space is None:
                _BuiltOnce._space = super().build_device()
            self._built = _copy(_BuiltOnce._space)
        return self._built


def _copy(space: Any) -> Any:
    """Every server its own registers (start, values, flags): a client's write stays its own."""
    start, values, flags = space
    return start, list(values), list(flags)


class ModbusServer:
    """Serves `models` (unit id → model) on host:port over Modbus TCP (or RTU framing)."""

    def __init__(
        self,
        models: Mapping[int, RegisterModel],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        rtu_over_tcp: bool = False,
    ) -> None:
        self._models = dict(models)
        self._host = host
        self._port = port
        self._rtu = rtu_over_tcp
        self._server: ModbusTcpServer | None = None
        self._built: list[SimDevice] | None = None

    @property
    def port(self) -> int:
        return self._port

    def _devices(self) -> list[SimDevice]:
        if self._built is not None:
            return self._built
        self._built = [
            _BuiltOnce(
                id=unit,
                simdata=[SimData(0, count=REGISTER_SPACE, datatype=DataType.REGISTERS)],
                action=functools.partial(_action, model),
            )
            for unit, model in self._models.items()
        ]
        return self._built

    async def start(self) -> None:
        """Bind and serve in the background; `port` is the bound port afterwards."""
        if self._port == 0:
            self._port = _free_port(self._host)
        kwargs: dict[str, object] = {
            "address": (self._host, self._port),
            "ignore_missing_devices": True,  # lets a model stay silent (ModbusSilent)
        }
        if self._rtu:
            from pymodbus import FramerType

            kwargs["framer"] = FramerType.RTU
        self._server = ModbusTcpServer(self._devices(), **kwargs)  # type: ignore[arg-type]
        await self._server.serve_forever(background=True)
        await _wait_listening(self._host, self._port)

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.shutdown()
            self._server = None


class _Nobody:
    """The unit ids no device on the line has: silence, as on a real RS-485 bus."""

    def read(self, function_code: int, address: int, count: int) -> list[int]:
        raise ModbusSilent

    def write(self, address: int, values: list[int]) -> None:
        raise ModbusSilent


class SerialModbusServer:
    """Serves `models` (unit id → model) with RTU framing on the serial device at `path`;
    any other unit id gets no answer."""

    def __init__(
        self,
        models: Mapping[int, RegisterModel],
        path: str,
        *,
        baud: int = 9600,
        parity: str = "N",
        stopbits: int = 1,
    ) -> None:
        self._devices = [
            _BuiltOnce(
                id=unit,
                simdata=[SimData(0, count=REGISTER_SPACE, datatype=DataType.REGISTERS)],
                action=functools.partial(_action, model),
            )
            for unit, model in {0: _Nobody(), **models}.items()
        ]
        self._settings = {"port": path, "baudrate": baud, "parity": parity, "stopbits": stopbits}
        self._server: ModbusSerialServer | None = None

    async def start(self) -> None:
        """Open the device and answer requests in the background (units not served: silence)."""
        from pymodbus import FramerType

        self._server = ModbusSerialServer(
            self._devices,  # type: ignore[arg-type]
            framer=FramerType.RTU,
            ignore_missing_devices=True,  # a unit nobody is on stays silent, as on a real bus
            reconnect_delay=0,
            **self._settings,  # type: ignore[arg-type]
        )
        await self._server.serve_forever(background=True)

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.shutdown()
            self._server = None


def _free_port(host: str) -> int:
    # Below the ephemeral range: the server listens again on it after a simulated reboot.
    from app.sim.ports import free_port

    return free_port(host)


async def _wait_listening(host: str, port: int, timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while True:
            try:
                _, writer = await asyncio.open_connection(host, port)
            except OSError:
                await asyncio.sleep(0.01)
                continue
            writer.close()
            await writer.wait_closed()
            return
