"""The simulated Alfen slave map, served on 127.0.0.1 and read with the project's client."""

from __future__ import annotations

import math

import pytest
from pymodbus.client import AsyncModbusTcpClient

from app.core.errors import DeviceTimeout, ProtocolError, WriteRejected
from app.core.phases import PhaseMapping
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimClock, SimEV
from app.sim.alfen.modbus_map import SOCKET, STATION, charger_models
from app.sim.modbus_server import ModbusServer
from app.transports.registers import DataType, decode_string, encode
from tests.drivers.alfen.modbus_support import charger, eventually, serving

P = PropertyId.parse
F32 = DataType.F32


def _covered(table: object) -> set[int]:
    return set(table.covering)  # type: ignore[attr-defined]


def test_tables_cover_exactly_the_documented_registers() -> None:
    station = set(range(100, 179)) | set(range(1100, 1106)) | set(range(1400, 1432))
    sockets = set(range(300, 426)) | set(range(1200, 1216))
    assert _covered(STATION) == station
    assert _covered(SOCKET) == sockets
    writable = {e.address for e in (*STATION.entries, *SOCKET.entries) if e.set is not None}
    assert writable == {1417, 1419, 1421, 1210, 1215}


def test_units_of_single_and_dual_chargers() -> None:
    assert set(charger_models(charger())) == {200, 1}
    assert set(charger_models(charger(sockets=2))) == {200, 1, 2}


async def test_input_register_reads_are_refused_as_illegal_function() -> None:
    server = ModbusServer(charger_models(charger()))
    await server.start()
    client = AsyncModbusTcpClient("127.0.0.1", port=server.port, timeout=1, reconnect_delay=0)
    try:
        assert await client.connect()
        holding = await client.read_holding_registers(1105, count=1, device_id=200)
        refused = await client.read_input_registers(1105, count=1, device_id=200)
    finally:
        client.close()
        await server.stop()
    assert holding.registers == [1]
    assert refused.isError()
    assert refused.exception_code == 1


async def test_reads_touching_unmapped_registers_are_refused_but_partial_values_are_fine() -> None:
    ch = charger()
    ch.sockets[0].limit = 10.0
    async with serving(ch) as client:
        for unit, address, count in ((200, 179, 1), (200, 1105, 2), (1, 426, 1), (1, 299, 2)):
            with pytest.raises(ProtocolError, match="illegal data address"):
                await client.read_registers(unit, address, count)
        high, low = encode(F32, 10.0)
        assert await client.read_registers(1, 1207, 1) == [low]
        assert await client.read_registers(1, 1206, 1) == [high]
        assert decode_string(await client.read_registers(200, 117, 5)) == "Alfen NV"


@pytest.mark.parametrize(
    ("unit", "address", "values"),
    [
        (200, 1100, encode(F32, 10.0)),  # read-only
        (1, 1206, encode(F32, 10.0)),  # read-only
        (1, 1211, [0]),  # middle of the setpoint
        (1, 1210, encode(F32, 10.0)[:1]),  # half of the setpoint
        (1, 1216, [1]),  # unmapped
        (1, 1214, [1, 3]),  # read-only value before a writable one
    ],
)
async def test_writes_outside_the_writable_values_are_illegal_addresses(
    unit: int, address: int, values: list[int]
) -> None:
    ch = charger()
    async with serving(ch) as client:
        with pytest.raises(WriteRejected, match="illegal data address"):
            await client.write_registers(unit, address, values)
    assert ch.sockets[0].setpoint is None
    assert ch.sockets[0].phases_setting == 3


@pytest.mark.parametrize("amps", [-1.0, 32.5, math.nan, math.inf])
async def test_setpoints_outside_the_socket_range_are_illegal_values(amps: float) -> None:
    ch = charger()
    async with serving(ch) as client:
        with pytest.raises(WriteRejected, match="illegal data value"):
            await client.write_registers(1, 1210, encode(F32, amps))
    assert ch.sockets[0].setpoint is None


async def test_a_write_with_one_bad_value_changes_nothing() -> None:
    ch = charger()
    words = encode(F32, 20.0) + encode(F32, 20.0) + encode(F32, -5.0)
    async with serving(ch) as client:
        with pytest.raises(WriteRejected, match="illegal data value"):
            await client.write_registers(200, 1417, words)
    assert ch.scn_modbus_limits == [None, None, None]


async def test_time_to_fallback_counts_down_in_site_time() -> None:
    ch = charger(initial={"2530_4": 100}, clock=SimClock(scale=50.0))
    async with serving(ch) as client:
        await client.write_registers(1, 1210, encode(F32, 11.0))
        assert ch.sockets[0].setpoint_at <= ch.clock.now()
        first = (await client.read_socket(1)).seconds_to_fallback
        assert 90 <= first <= 100

        async def lower() -> bool:
            return (await client.read_socket(1)).seconds_to_fallback < first - 5

        await eventually(lower)
        assert (await client.read_socket(1)).setpoint_accounted


async def test_scn_limits_expire_to_the_scn_safe_current() -> None:
    ch = charger(
        initial={"2530_4": 10, "2180_1": "garage", "2180_5": 40, "2180_6": 8},
        clock=SimClock(scale=40.0),
    )
    async with serving(ch) as client:
        await client.write_scn_limits(16.0, 17.0, 18.0)
        assert (await client.read_station()).scn.actual_max_current == (16.0, 17.0, 18.0)

        async def expired() -> bool:
            return (await client.read_station()).scn.remaining_valid_s == (0, 0, 0)

        await eventually(expired)
        scn = (await client.read_station()).scn
    assert scn.actual_max_current == (8.0, 8.0, 8.0)
    assert scn.safe_current == 8.0
    assert scn.max_current == (16.0, 17.0, 18.0)  # what the EMS last wrote
    assert ch.scn_modbus_limit(1) == 8.0


async def test_scn_consumption_follows_the_true_wiring() -> None:
    ch = charger(sockets=2, wiring=[PhaseMapping.L2L3L1, PhaseMapping.L1L2L3])
    ch.sockets[0].currents = [10.0, 5.0, 1.0]
    ch.sockets[1].currents = [2.0, 0.0, 0.0]
    async with serving(ch) as client:
        scn = (await client.read_station()).scn
    assert scn.consumption == (3.0, 10.0, 5.0)


async def test_meter_state_and_age_follow_the_measurement_timestamp() -> None:
    ch = charger()
    async with serving(ch) as client:
        unmeasured = (await client.read_socket(1)).meter
        ch.set_float("2221_1", ch.clock.now())
        measured = (await client.read_socket(1)).meter
    assert unmeasured.state_bits == 1
    assert unmeasured.age_ms <= int(ch.clock.now() * 1000) + 1
    assert measured.state_bits == 3
    assert 0 <= measured.age_ms < 1000


@pytest.mark.parametrize(
    ("bits", "expected"),
    [(0, (True, True)), (0b010, (False, True)), (0b100, (True, False)), (0b001, (False, False))],
)
async def test_availability_follows_the_inoperative_bits(
    bits: int, expected: tuple[bool, bool]
) -> None:
    ch = charger(sockets=2)
    ch.values[P("205F_0")] = bits
    async with serving(ch) as client:
        got = ((await client.read_socket(1)).available, (await client.read_socket(2)).available)
    assert got == expected


async def test_mode3_text_and_station_values_are_live() -> None:
    ch = charger(initial={"3600_1": 1, "2530_3": 1})
    async with serving(ch) as client:
        empty = await client.read_socket(1)
        ch.plug(1, SimEV())
        plugged = await client.read_socket(1)
        ch.sockets[0].currents = [8.0, 8.0, 8.0]
        charging = await client.read_socket(1)
        ch.write(P("1008_0"), "Carport")
        station = await client.read_station()
    assert (empty.mode3, plugged.mode3, charging.mode3) == ("A", "B2", "C2")
    assert station.name == "Carport"
    assert station.ocpp_connected
    assert station.scn.ems_enabled


async def test_a_rebooting_charger_ignores_writes_too() -> None:
    ch = charger()
    async with serving(ch, client_timeout=0.3) as client:
        ch.start_reboot(seconds=30.0)
        with pytest.raises(DeviceTimeout):
            await client.write_registers(1, 1210, encode(F32, 10.0))
    assert ch.sockets[0].setpoint is None


async def test_ocpp_state_reads_the_same_over_modbus_and_https() -> None:
    """3600_1 follows the back-office URL (accepted once one is set) on both protocols."""
    ch = charger()
    async with serving(ch) as client:
        before = (await client.read_station()).ocpp_connected, ch.get(P("3600_1"))
        ch.write(P("2071_1"), "wss://cpo.example/ocpp")
        after = (await client.read_station()).ocpp_connected, ch.get(P("3600_1"))
    assert before == (False, 0)
    assert after == (True, 2)
