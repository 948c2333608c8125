"""The Trydan Modbus map through the driver: the read block, every write register, the
encoding assumed (one 16-bit integer per register, powers signed), refusals before sending."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput, WriteRejected
from app.drivers.v2c.modbus import (
    READ_ORDER,
    WRITE_ORDER,
    TrydanModbus,
    decode_block,
    encode_word,
)
from app.sim.v2c.server import SimulatedTrydan


@pytest.fixture
async def modbus(trydan: SimulatedTrydan):
    host, port = trydan.modbus_address.split(":")
    async with TrydanModbus(host, int(port), timeout=2) as client:
        yield client


def test_the_map_has_the_documented_length_and_order() -> None:
    assert len(READ_ORDER) == 3029 - 3010 + 1 and len(WRITE_ORDER) == 6021 - 6010 + 1
    assert (READ_ORDER[0], READ_ORDER[11], READ_ORDER[-1]) == (
        "ChargeState",
        "Intensity",
        "ContractedPower",
    )
    assert (WRITE_ORDER[0], WRITE_ORDER[3], WRITE_ORDER[-1]) == (
        "Paused",
        "Intensity",
        "ContractedPower",
    )


def test_powers_are_signed_and_the_rest_unsigned() -> None:
    words = [0] * len(READ_ORDER)
    words[READ_ORDER.index("HousePower")] = 0xFF38  # -200 W: the house exports
    words[READ_ORDER.index("ChargeTime")] = 0xFF38
    block = decode_block(words)
    assert (block["HousePower"], block["ChargeTime"]) == (-200, 0xFF38)
    assert encode_word("ContractedPower", -500) == 0xFE0C
    with pytest.raises(InvalidInput):
        encode_word("ContractedPower", 40000)


async def test_the_read_block_agrees_with_the_http_api(
    trydan: SimulatedTrydan, modbus: TrydanModbus
) -> None:
    trydan.model.house_watts = -200.0
    block = await modbus.read_block()
    http = trydan.model.realtime()
    assert modbus.requests == 1
    for key in READ_ORDER:
        if key in http:
            assert block[key] == round(http[key]), key  # type: ignore[arg-type]
    assert block["HousePower"] == -200


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("Paused", 1),
        ("Locked", 1),
        ("Timer", 1),
        ("Intensity", 10),
        ("Dynamic", 1),
        ("Payment", 1),
        ("OCPP", 1),
        ("MinIntensity", 8),
        ("MaxIntensity", 20),
        ("PauseDynamic", 1),
        ("DynamicPowerMode", 4),
        ("ContractedPower", -3000),
    ],
)
async def test_every_write_register_lands_in_its_setting(
    key: str, value: int, trydan: SimulatedTrydan, modbus: TrydanModbus
) -> None:
    await modbus.write_keyword(key, value)
    assert trydan.model.settings[key] == value
    assert (await modbus.read_block())[key] == value


async def test_keywords_outside_the_write_map_are_refused_before_sending(
    modbus: TrydanModbus,
) -> None:
    for key, value in (("ChargeMode", 1), ("LogoLED", 5), ("ChargePower", 1), ("Intensity", 99)):
        with pytest.raises(InvalidInput):  # ReadOnlyProperty, or out of range
            await modbus.write_keyword(key, value)
    assert modbus.requests == 0


async def test_a_value_the_charger_refuses_is_a_write_rejected(
    trydan: SimulatedTrydan, modbus: TrydanModbus
) -> None:
    with pytest.raises(WriteRejected, match="Payment=2"):
        await modbus.write_keyword("Payment", 2)
    assert trydan.model.settings["Payment"] == 0
