"""One Modbus TCP connection to a Trydan, over the map of app/drivers/v2c/register_map.py."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from types import TracebackType

from pymodbus.client import AsyncModbusTcpClient
from pymodbus.exceptions import ConnectionException, ModbusIOException
from pymodbus.pdu import ModbusPDU

from app.core.errors import (
    DeviceTimeout,
    ProtocolError,
    ReadOnlyProperty,
    Unreachable,
    WriteRejected,
)
from app.core.values import Value
from app.drivers.v2c.keywords import writable
from app.drivers.v2c.register_map import (
    DEFAULT_PORT,
    NOT_KEYWORDS,
    READ_ORDER,
    READ_START,
    UNIT,
    WRITE_ORDER,
    WRITE_START,
    decode_block,
    encode_word,
)
from app.transports.modbus_tcp import GRACE, connect_tcp


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
