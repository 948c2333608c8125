"""The Trydan Modbus TCP map (device-protocols.md §3.2): port 502, unit 1, holding registers.

Registers 3010–3029 are read in one request, 6010–6021 written one value per register.

The encoding the code assumes (the public package is ambiguous: it decodes a float32 over two
registers although the addresses step by one): ONE 16-BIT INTEGER PER REGISTER, the value as
the HTTP API gives it rounded to a whole number. The powers (ChargePower, HousePower, FVPower,
ContractedPower) are signed (two's complement, W; a house exporting power reads negative,
and 1.0.x allows a negative contracted power); every other register is unsigned. So
ChargeEnergy arrives in whole kWh only, and powers beyond ±32767 W cannot be told apart.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from types import TracebackType

from pymodbus.client import AsyncModbusTcpClient
from pymodbus.exceptions import ConnectionException, ModbusIOException
from pymodbus.pdu import ModbusPDU

from app.core.errors import (
    DeviceTimeout,
    InvalidInput,
    ProtocolError,
    ReadOnlyProperty,
    Unreachable,
    WriteRejected,
)
from app.core.values import Value
from app.drivers.v2c.keywords import writable
from app.transports.modbus_tcp import GRACE, connect_tcp

DEFAULT_PORT = 502
UNIT = 1
READ_START = 3010
READ_ORDER = (
    *("ChargeState", "ChargePower", "ChargeEnergy", "SlaveError", "ChargeTime", "PWM"),
    *("HousePower", "FVPower", "Paused", "Locked", "Timer", "Intensity", "Dynamic", "Payment"),
    *("OCPP", "MinIntensity", "MaxIntensity", "PauseDynamic", "DynamicPowerMode"),
    "ContractedPower",
)
WRITE_START = 6010
WRITE_ORDER = (
    *("Paused", "Locked", "Timer", "Intensity", "Dynamic", "Payment", "OCPP"),
    *("MinIntensity", "MaxIntensity", "PauseDynamic", "DynamicPowerMode", "ContractedPower"),
)
SIGNED = frozenset({"ChargePower", "HousePower", "FVPower", "ContractedPower"})
NOT_KEYWORDS = frozenset({"PWM", "Payment", "OCPP"})  # registers the HTTP API has no field for


def decode_block(words: list[int]) -> dict[str, Value]:
    """The read block 3010–3029 by keyword."""
    if len(words) != len(READ_ORDER):
        raise ProtocolError(f"The Trydan sent {len(words)} registers, not {len(READ_ORDER)}.")
    out: dict[str, Value] = {}
    for key, raw in zip(READ_ORDER, words, strict=True):
        word = raw & 0xFFFF
        out[key] = word - 0x10000 if key in SIGNED and word & 0x8000 else word
    return out


def encode_word(key: str, value: int) -> int:
    if key in SIGNED:
        if not -0x8000 <= value <= 0x7FFF:
            raise InvalidInput(f"{key}: {value} does not fit the Modbus register.")
        return value & 0xFFFF
    if not 0 <= value <= 0xFFFF:
        raise InvalidInput(f"{key}: {value} does not fit the Modbus register.")
    return value


class TrydanModbus:
    """One Modbus TCP connection to one Trydan; `requests` counts what went on the wire."""

    def __init__(self, host: str, port: int = DEFAULT_PORT, *, timeout: float = 3.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.requests = 0
        self._client: AsyncModbusTcpClient | None = None

    @property
    def where(self) -> str:
        return f"Trydan {self.host}:{self.port} (Modbus)"

    async def __aenter__(self) -> TrydanModbus:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def connect(self) -> None:
        if self._client is not None and self._client.connected:
            return
        await self.close()
        self._client = await connect_tcp(self.host, self.port, self.timeout, self.where)

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()

    async def _execute(
        self, what: str, request: Callable[[AsyncModbusTcpClient], Awaitable[ModbusPDU]]
    ) -> ModbusPDU:
        await self.connect()
        assert self._client is not None
        self.requests += 1
        try:
            async with asyncio.timeout(self.timeout + GRACE):
                return await request(self._client)
        except (TimeoutError, ModbusIOException):
            await self.close()
            raise DeviceTimeout(f"{self.where} did not answer {what}.") from None
        except ConnectionException:
            await self.close()
            raise Unreachable(f"The connection to {self.where} was lost ({what}).") from None

    async def read_block(self) -> dict[str, Value]:
        """Registers 3010–3029, one request, by keyword (PWM, Payment, OCPP under those names)."""
        count = len(READ_ORDER)
        reply = await self._execute(
            "the read of 3010–3029",
            lambda c: c.read_holding_registers(READ_START, count=count, device_id=UNIT),
        )
        if reply.isError():
            raise ProtocolError(f"{self.where} refused the read of 3010–3029.")
        return decode_block(list(reply.registers))

    async def write_keyword(self, key: str, value: Value) -> None:
        """One value into its register of 6010–6021; refused before sending when not there."""
        known, number = writable(key, value) if key not in NOT_KEYWORDS else (None, value)
        name = known.key if known is not None else key
        if name not in WRITE_ORDER or not isinstance(number, int):
            raise ReadOnlyProperty(f"{name} has no register in the Trydan's Modbus write map.")
        address = WRITE_START + WRITE_ORDER.index(name)
        word = encode_word(name, number)
        reply = await self._execute(
            f"writing {name}", lambda c: c.write_registers(address, [word], device_id=UNIT)
        )
        if reply.isError():
            raise WriteRejected(f"{self.where} refused {name}={number} (register {address}).")
