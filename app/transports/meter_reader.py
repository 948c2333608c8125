"""Reading an energy meter through a preset: Modbus TCP, RTU over TCP, or RTU on a serial port.

`ModbusLink` is one bounded client connection that turns pymodbus answers into our errors;
`MeterReader` reads a preset's registers in as few requests as the preset allows
(app/transports/read_blocks.py) and decodes them into a `MeterReading`.
"""

from __future__ import annotations

import asyncio
import enum
import gc
import logging
import time
from dataclasses import dataclass
from typing import Any

from pymodbus import FramerType
from pymodbus.client import AsyncModbusSerialClient, AsyncModbusTcpClient
from pymodbus.exceptions import ModbusException

from app.core.errors import DeviceError, DeviceTimeout, InvalidInput, ProtocolError, Unreachable
from app.core.measurands import Kind, Measurand, MeterReading, Parity
from app.core.presets import MeterPreset, PresetEntry
from app.transports.meter_registers import decode_entry
from app.transports.read_blocks import ReadBlock, plan_reads

log = logging.getLogger(__name__)

try:  # a serial port refusing a setting (pyserial lets termios' error through on POSIX)
    from termios import error as _SettingRefused  # noqa: N812
except ImportError:  # Windows
    _SettingRefused = OSError  # type: ignore[misc,assignment]

DEFAULT_PORT = 502
ILLEGAL_ADDRESS = 0x02

_EXCEPTION_TEXT = {
    0x01: (
        "the meter does not support function code {fc}",
        "The preset may use the wrong register type: try function code 3 (holding) or 4 (input).",
    ),
    0x02: (
        "registers {start}…{end} do not exist on this meter",
        "The preset probably does not match this meter model; run `commissioner meter check`.",
    ),
    0x03: (
        "the meter refused the read of {count} registers at {start}",
        "The meter may accept shorter reads; lower max_registers in the preset.",
    ),
    0x04: ("the meter reported an internal failure", "Power-cycle the meter and try again."),
    0x06: ("the meter is busy", "Wait a few seconds and try again."),
    0x0A: (
        "the gateway has no path to unit {unit}",
        "Check the gateway's serial port settings and that unit {unit} is configured on it.",
    ),
    0x0B: (
        "the RS-485 gateway got no answer from unit {unit}",
        "Check the meter's Modbus address (unit id), the RS-485 wiring (A/B, termination), "
        "and that baud rate and parity match the meter; `commissioner meter check` scans "
        "unit ids.",
    ),
}


class Framing(enum.Enum):
    """How Modbus frames travel: MBAP over TCP, RTU frames over TCP, or RTU on a serial port."""

    TCP = "tcp"
    RTU_OVER_TCP = "rtu-over-tcp"
    RTU = "rtu"


class ModbusExceptionError(DeviceError):
    """The meter (or its gateway) answered with a Modbus exception code."""

    def __init__(self, code: int, message: str, hint: str) -> None:
        super().__init__(f"Modbus exception {code:#04x}: {message}.", hint=hint)
        self.code = code


class WrongUnit(ModbusExceptionError):
    """A gateway answered for a unit id behind which no meter responds (codes 0x0A, 0x0B)."""


class NoAnswer(DeviceTimeout):
    """Connected, but nothing answered the request in time."""


@dataclass(frozen=True)
class MeterAddress:
    """Where a meter is: host and port (with a framing), or a serial port."""

    host: str = ""
    port: int = DEFAULT_PORT
    framing: Framing = Framing.TCP
    serial_port: str = ""

    @classmethod
    def parse(cls, text: str, framing: Framing = Framing.TCP) -> MeterAddress:
        """`192.168.1.5`, `192.168.1.5:5020`, or a serial port (`/dev/ttyUSB0`, `COM3`)."""
        raw = text.strip()
        if not raw:
            raise InvalidInput("Meter address: empty. Type host, host:port or a serial port.")
        if raw.startswith("/dev/") or raw.upper().startswith("COM"):
            return cls(serial_port=raw, framing=Framing.RTU)
        if framing is Framing.RTU:
            raise InvalidInput(
                f"Meter address '{text}': RTU needs a serial port like /dev/ttyUSB0."
            )
        host, sep, port_text = raw.rpartition(":")
        if not sep:
            host, port_text = raw, str(DEFAULT_PORT)
        if not host or " " in host or "/" in host:
            raise InvalidInput(f"Meter address '{text}': '{host}' is not a host name or IP.")
        if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
            raise InvalidInput(f"Meter address '{text}': the port is not a number 1–65535.")
        return cls(host=host, port=int(port_text), framing=framing)

    def __str__(self) -> str:
        if self.framing is Framing.RTU:
            return f"{self.serial_port} (RTU)"
        suffix = " (RTU over TCP)" if self.framing is Framing.RTU_OVER_TCP else ""
        return f"{self.host}:{self.port}{suffix}"


class ModbusLink:
    """One client connection to a meter or gateway; every request bounded and counted."""

    def __init__(
        self,
        address: MeterAddress,
        *,
        timeout: float = 1.0,
        retries: int = 1,
        baud: int = 9600,
        parity: Parity = Parity.NONE,
    ) -> None:
        self.address = address
        self.timeout = timeout
        self.retries = retries
        self.requests = 0
        self._client = _client(address, timeout, retries, baud, parity)

    async def __aenter__(self) -> ModbusLink:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    async def connect(self) -> None:
        refused = False
        try:
            async with asyncio.timeout(self.timeout + 2.0):
                connected = await self._client.connect()
        except (TimeoutError, OSError, ModbusException):
            connected = False
        except _SettingRefused:
            connected, refused = False, True
        if refused:
            # The port refused a setting after pyserial had opened and locked it; that port
            # object is left in a reference cycle, still locked, so the next attempt on the
            # port (another baud rate or parity) would find it locked: collect it now.
            gc.collect()
        _reraise_swallowed_cancel()
        if not connected:
            self.close()
            raise Unreachable(
                f"No connection to the meter at {self.address}.",
                hint=_unreachable_hint(self.address),
            )

    def close(self) -> None:
        self._client.close()

    async def read(self, function_code: int, start: int, count: int, unit: int) -> list[int]:
        """Registers [start, start+count) of `unit` with FC3 or FC4."""
        if function_code not in (3, 4):
            raise InvalidInput(f"Function code {function_code}: only 3 and 4 read registers.")
        method = (
            self._client.read_holding_registers
            if function_code == 3
            else self._client.read_input_registers
        )
        self.requests += 1
        try:
            async with asyncio.timeout(self.timeout * (self.retries + 1) + 1.0):
                response: Any = await method(start, count=count, device_id=unit)
        except (TimeoutError, ModbusException) as exc:
            _reraise_swallowed_cancel()
            log.debug("no answer from unit %s at %s: %s", unit, self.address, exc)
            raise NoAnswer(
                f"Connected to {self.address}, but unit {unit} did not answer within "
                f"{self.timeout:g} s.",
                hint=_silence_hint(self.address),
            ) from None
        _reraise_swallowed_cancel()
        if response.isError():
            raise _exception_error(int(response.exception_code), function_code, start, count, unit)
        registers = list(response.registers)
        if len(registers) != count:
            raise ProtocolError(f"Asked unit {unit} for {count} registers, got {len(registers)}.")
        return registers


def _reraise_swallowed_cancel() -> None:
    """Stop a task that was asked to stop even if pymodbus lost the request.

    pymodbus awaits replies and connections with `asyncio.wait_for`, which on Python 3.11 drops
    a cancellation that arrives together with the reply (fixed in 3.12); a polling loop would
    then never end and its owner would wait for it forever.
    """
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


def _client(
    address: MeterAddress, timeout: float, retries: int, baud: int, parity: Parity
) -> AsyncModbusTcpClient | AsyncModbusSerialClient:
    if address.framing is Framing.RTU:
        return AsyncModbusSerialClient(
            address.serial_port,
            framer=FramerType.RTU,
            baudrate=baud,
            parity=parity.letter,
            bytesize=8,
            stopbits=1,
            timeout=timeout,
            retries=retries,
            reconnect_delay=0,
        )
    framer = FramerType.RTU if address.framing is Framing.RTU_OVER_TCP else FramerType.SOCKET
    return AsyncModbusTcpClient(
        address.host,
        port=address.port,
        framer=framer,
        timeout=timeout,
        retries=retries,
        reconnect_delay=0,
    )


def _exception_error(code: int, fc: int, start: int, count: int, unit: int) -> DeviceError:
    message, hint = _EXCEPTION_TEXT.get(code, ("the meter refused the request", ""))
    fields = {"fc": fc, "start": start, "end": start + count - 1, "count": count, "unit": unit}
    cls = WrongUnit if code in (0x0A, 0x0B) else ModbusExceptionError
    return cls(code, message.format(**fields), hint.format(**fields))


def _unreachable_hint(address: MeterAddress) -> str:
    if address.framing is Framing.RTU:
        return (
            "Check that the USB/RS-485 adapter is plugged in and the port name is right "
            "(ls /dev/ttyUSB*)."
        )
    return (
        "Check that the meter or its Modbus TCP gateway is powered, on the same subnet as "
        "the laptop, and that the port is right (502 unless changed)."
    )


def _silence_hint(address: MeterAddress) -> str:
    if address.framing is Framing.RTU:
        return (
            "Check the RS-485 wiring (A/B not swapped), baud rate and parity, and the "
            "meter's Modbus address."
        )
    return (
        "Check the unit id (the meter's Modbus address), and whether the gateway speaks "
        "Modbus TCP or RTU over TCP; `commissioner meter check` tries both."
    )


class MeterReader:
    """Reads one meter through a preset."""

    def __init__(self, link: ModbusLink, preset: MeterPreset, *, unit: int | None = None) -> None:
        self.link = link
        self.preset = preset
        self.unit = unit or preset.transport.unit_id
        t = preset.transport
        self.plan = plan_reads(preset.entries, max_registers=t.max_registers, max_gap=t.max_gap)
        self.skipped: dict[Measurand, str] = {}

    async def read_words(self) -> dict[PresetEntry, tuple[int, ...]]:
        """The raw registers of every entry, one request per planned block."""
        words: dict[PresetEntry, tuple[int, ...]] = {}
        for block in self.plan:
            await self._read_block(block, words)
        return words

    async def read(self) -> MeterReading:
        """One decoded reading in charger units."""
        before = self.link.requests
        words = await self.read_words()
        order = self.preset.transport.word_order
        values = {e.measurand: decode_entry(w, e, order) for e, w in words.items()}
        notes = tuple(f"{m.label}: {why}" for m, why in self.skipped.items())
        return MeterReading(
            values,
            time.time(),
            unit=self.unit,
            requests=self.link.requests - before,
            phases=self.preset.phases,
            notes=notes,
        )

    async def _read_block(self, block: ReadBlock, out: dict[PresetEntry, tuple[int, ...]]) -> None:
        fc = self.preset.transport.function_code
        try:
            registers = await self.link.read(fc, block.start, block.count, self.unit)
        except ModbusExceptionError as exc:
            if exc.code != ILLEGAL_ADDRESS:
                raise
            await self._split(block, out, exc)
            return
        for entry in block.entries:
            out[entry] = block.words(entry, registers)

    async def _split(
        self, block: ReadBlock, out: dict[PresetEntry, tuple[int, ...]], error: ModbusExceptionError
    ) -> None:
        """A span the meter refuses: read its parts; skip entries the meter does not have."""
        parts = plan_reads(block.entries, max_registers=block.count, max_gap=0)
        if len(parts) == 1 and len(block.entries) > 1:
            parts = [ReadBlock(e.register, e.type.registers, (e,)) for e in block.entries]
        if len(parts) == 1:
            entry = block.entries[0]
            if entry.measurand.kind is Kind.CURRENT and entry.measurand.phase:
                raise error
            self.skipped[entry.measurand] = f"register {entry.register} not on this meter"
            return
        for part in parts:
            await self._read_block(part, out)


async def read_meter(
    address: MeterAddress, preset: MeterPreset, *, unit: int | None = None, timeout: float = 1.0
) -> MeterReading:
    """Connect, take one reading, close."""
    t = preset.transport
    async with ModbusLink(address, timeout=timeout, baud=t.baud, parity=t.parity) as link:
        return await MeterReader(link, preset, unit=unit).read()
