"""Opening a Modbus TCP connection to a charger's slave map, bounded in time.

pymodbus's own connect can outlive its timeout on a dead address; the connection is cut a
little later by us, and either failure is one `Unreachable` that names the charger.
"""

from __future__ import annotations

import asyncio

from pymodbus.client import AsyncModbusTcpClient
from pymodbus.exceptions import ConnectionException

from app.core.errors import Unreachable

GRACE = 1.0  # s beyond pymodbus's own timeout before we cut a request ourselves


async def connect_tcp(
    host: str, port: int, timeout: float, where: str, *, hint: str = ""
) -> AsyncModbusTcpClient:
    """A connected client (no retries, no reconnecting), or `Unreachable` naming `where`."""
    client = AsyncModbusTcpClient(host, port=port, timeout=timeout, retries=0, reconnect_delay=0)
    try:
        async with asyncio.timeout(timeout + GRACE):
            connected = await client.connect()
    except (TimeoutError, OSError, ConnectionException):
        connected = False
    if not connected:
        client.close()
        message = f"No Modbus TCP connection to {where}."
        raise Unreachable(message, hint=Unreachable.hint + hint) if hint else Unreachable(message)
    return client
