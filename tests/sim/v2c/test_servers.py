"""The simulated Trydan's HTTP API and Modbus map, spoken to by plain clients (no driver)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from pymodbus.client import AsyncModbusTcpClient

from app.sim.v2c.server import SimulatedTrydan


@pytest.fixture
async def trydan() -> AsyncIterator[SimulatedTrydan]:
    async with SimulatedTrydan() as simulated:
        yield simulated


@pytest.fixture
async def http(trydan: SimulatedTrydan) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=trydan.url, timeout=5, trust_env=False) as client:
        yield client


async def test_realtime_data_is_one_json_object(http: httpx.AsyncClient) -> None:
    reply = await http.get("/RealTimeData")
    assert reply.status_code == 200
    fields = reply.json()
    assert fields["ID"] == "V2C0012345" and fields["Intensity"] == 16


async def test_read_answers_a_plain_scalar_or_404(http: httpx.AsyncClient) -> None:
    assert (await http.get("/read/LogoLED")).text == "60"
    assert (await http.get("/read/Intensity")).text == "16"
    assert (await http.get("/read/Nothing")).status_code == 404
    assert (await http.get("/elsewhere")).status_code == 404


async def test_write_answers_ok_only_for_documented_keywords(
    trydan: SimulatedTrydan, http: httpx.AsyncClient
) -> None:
    ok = await http.get("/write/Intensity=10")
    assert (ok.status_code, ok.text) == (200, "OK") and trydan.model.settings["Intensity"] == 10
    for path in ("/write/ChargePower=10", "/write/Intensity=99", "/write/Intensity=abc"):
        reply = await http.get(path)
        assert reply.status_code in (400, 404) and reply.text != "OK", path
    trydan.model.faults.refuse_next_write = "ERROR"
    refused = await http.get("/write/Intensity=12")
    assert refused.text == "ERROR" and trydan.model.settings["Intensity"] == 10
    assert (await http.get("/write/Intensity=12")).text == "OK"  # only the next one


async def test_a_stalled_reply_comes_late(trydan: SimulatedTrydan) -> None:
    trydan.model.faults.stall_seconds = 2.0
    async with httpx.AsyncClient(base_url=trydan.url, timeout=0.3, trust_env=False) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get("/RealTimeData")
        assert (await http.get("/read/Intensity")).text == "16"  # only RealTimeData stalls


async def test_the_modbus_map_is_served_from_the_same_model(trydan: SimulatedTrydan) -> None:
    port = int(trydan.modbus_address.rsplit(":", 1)[1])
    client = AsyncModbusTcpClient("127.0.0.1", port=port, timeout=2, retries=0)
    assert await client.connect()
    try:
        block = await client.read_holding_registers(3010, count=20, device_id=1)
        assert not block.isError() and block.registers[11] == 16  # Intensity
        assert (await client.write_register(6013, 12, device_id=1)).isError() is False
        assert trydan.model.settings["Intensity"] == 12
        outside = await client.read_holding_registers(3009, count=2, device_id=1)
        assert outside.isError() and outside.exception_code == 2
        wrong_value = await client.write_register(6013, 50, device_id=1)
        assert wrong_value.isError() and wrong_value.exception_code == 3
        by_input = await client.read_input_registers(3010, count=1, device_id=1)
        assert by_input.isError() and by_input.exception_code == 1
    finally:
        client.close()
