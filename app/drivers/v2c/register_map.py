"""The Trydan Modbus TCP map (device-protocols.md §3.2): port 502, unit 1, holding registers.

The map only, with no client (the driver loads pymodbus when a Modbus link is opened; the
simulated Trydan serves the same map).

Registers 3010–3029 are read in one request, 6010–6021 written one value per register.

The encoding the code assumes (the public package is ambiguous: it decodes a float32 over two
registers although the addresses step by one): ONE 16-BIT INTEGER PER REGISTER, the value as
the HTTP API gives it rounded to a whole number. The powers (ChargePower, HousePower, FVPower,
ContractedPower) are signed (two's complement, W; a house exporting power reads negative,
and 1.0.x allows a negative contracted power); every other register is unsigned. So
ChargeEnergy arrives in whole kWh only, and powers beyond ±32767 W cannot be told apart.
"""

from __future__ import annotations

from app.core.errors import InvalidInput, ProtocolError
from app.core.values import Value

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
