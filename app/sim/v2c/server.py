"""A standalone simulated Trydan: one model served over HTTP and Modbus TCP on 127.0.0.1.

    async with SimulatedTrydan() as trydan:
        trydan.url            # http://127.0.0.1:P  — /RealTimeData, /read/…, /write/…=…
        trydan.modbus_address # 127.0.0.1:P         — unit 1, 3010–3029 / 6010–6021
        trydan.model.faults.missing_comma = True

On the shared site (app/sim/runner.py) the same servers speak for a `driver = "v2c"` charger,
over a model the site's physics moves (app/sim/v2c/site_node.py).
"""

from __future__ import annotations

from types import TracebackType

from app.sim.modbus_server import ModbusServer
from app.sim.v2c.api import TrydanApi
from app.sim.v2c.model import TrydanModel
from app.sim.v2c.registers import TrydanRegisters, modbus_server


class SimulatedTrydan:
    def __init__(
        self, model: TrydanModel | None = None, *, http_port: int = 0, modbus_port: int = 0
    ) -> None:
        self.model = model if model is not None else TrydanModel()
        self.api = TrydanApi(self.model, port=http_port)
        self.registers = TrydanRegisters(self.model)
        self.modbus: ModbusServer = modbus_server(self.registers, modbus_port)

    @property
    def url(self) -> str:
        return self.api.url

    @property
    def modbus_address(self) -> str:
        return f"127.0.0.1:{self.modbus.port}"

    async def start(self) -> None:
        await self.api.server.start()
        try:
            await self.modbus.start()
        except BaseException:
            await self.api.server.stop()
            raise

    async def stop(self) -> None:
        await self.api.server.stop()
        await self.modbus.stop()

    async def __aenter__(self) -> SimulatedTrydan:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()
