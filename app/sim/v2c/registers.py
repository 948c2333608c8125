"""The simulated Trydan's Modbus TCP map (device-protocols.md §3.2), from the same model.

Unit 1; holding registers 3010–3029 read (FC3), 6010–6021 written (FC6/FC16). Encoding, as
the driver assumes it: one 16-bit integer per register, the powers (ChargePower, HousePower,
FVPower, ContractedPower) signed two's complement in W, the rest unsigned. Choices where the
sources are silent: FC4 gets exception 1, a read or write outside those ranges exception 2, a
value the charger refuses exception 3.
"""

from __future__ import annotations

from app.drivers.v2c.register_map import (  # the one declaration of the map
    READ_ORDER,
    READ_START,
    SIGNED,
    UNIT,
    WRITE_ORDER,
    WRITE_START,
)
from app.sim.modbus_server import FC_READ_HOLDING, ModbusFault, ModbusServer
from app.sim.v2c.model import TrydanModel

ILLEGAL_FUNCTION, ILLEGAL_ADDRESS, ILLEGAL_VALUE = 1, 2, 3
FC_WRITE_ONE, FC_WRITE_MANY = 6, 16


def _word(key: str, value: int) -> int:
    if key in SIGNED:
        return max(-0x8000, min(0x7FFF, value)) & 0xFFFF
    return max(0, min(0xFFFF, value))


class TrydanRegisters:
    """A `RegisterModel` over a `TrydanModel`; `requests` counts the requests it answered."""

    def __init__(self, model: TrydanModel) -> None:
        self.model = model
        self.requests = 0

    def read(self, function_code: int, address: int, count: int) -> list[int]:
        if function_code in (FC_WRITE_ONE, FC_WRITE_MANY):  # pymodbus reads back to echo a write
            return self._written(address, count)
        self.requests += 1
        if function_code != FC_READ_HOLDING:
            raise ModbusFault(ILLEGAL_FUNCTION)
        end = READ_START + len(READ_ORDER)
        if address < READ_START or address + count > end or count < 1:
            raise ModbusFault(ILLEGAL_ADDRESS)
        values = self.model.registers()
        keys = READ_ORDER[address - READ_START : address - READ_START + count]
        return [_word(key, values[key]) for key in keys]

    def _written(self, address: int, count: int) -> list[int]:
        keys = WRITE_ORDER[address - WRITE_START : address - WRITE_START + count]
        return [_word(key, self.model.settings[key]) for key in keys]

    def write(self, address: int, values: list[int]) -> None:
        self.requests += 1
        offset = address - WRITE_START
        if offset < 0 or offset + len(values) > len(WRITE_ORDER):
            raise ModbusFault(ILLEGAL_ADDRESS)
        for key, word in zip(WRITE_ORDER[offset:], values, strict=False):
            value = word - 0x10000 if key in SIGNED and word & 0x8000 else word
            if not self.model.write(key, value):
                raise ModbusFault(ILLEGAL_VALUE)


def modbus_server(registers: TrydanRegisters, port: int = 0) -> ModbusServer:
    return ModbusServer({UNIT: registers}, port=port)
