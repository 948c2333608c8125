"""The Alfen Modbus client against the simulated slave map on a real server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import socket
import time

import pytest

from app.core.errors import DeviceTimeout, InvalidInput, ProtocolError, Unreachable, WriteRejected
from app.drivers.alfen.modbus import AlfenModbusClient
from app.drivers.alfen.modbus_blocks import SOCKET_FIELDS, STATION_FIELDS
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimEV
from app.sim.alfen.modbus_map import charger_models
from app.transports.registers import DataType, encode, plan_reads
from tests.drivers.alfen.modbus_support import Counting, applying, charger, eventually, serving
from tests.hand_clock import HandClock

P = PropertyId.parse


async def test_station_block_decodes_to_the_charger_state() -> None:
    ch = charger(initial={"2180_1": "garage", "2180_3": 4, "206E_0": 120, "2062_0": 25.0})
    ch.set_float("2201_0", 41.5)
    async with serving(ch) as client:
        station = await client.read_station()
    assert station.name == "Eve ACE0123456"
    assert station.manufacturer == "Alfen NV"
    assert station.firmware == "7.4.5-4415"
    assert station.platform == "NG910"
    assert station.serial == "ACE0123456"
    assert station.table_version == 1
    assert station.timezone_minutes == 120
    assert station.active_max_current == 25.0
    assert station.temperature == 41.5
    assert station.sockets == 1
    assert not station.ocpp_connected
    assert 0 <= station.uptime_ms <= int(ch.clock.now() * 1000) + 1
    local = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=120)
    assert station.clock is not None
    assert abs((station.clock - local).total_seconds()) < 5
    assert station.scn.name == "garage"
    assert station.scn.sockets == 4
    assert station.scn.safe_current == 6.0  # 2180_6 inside an SCN


async def test_socket_block_decodes_meter_state_and_limits() -> None:
    ch = charger(initial={"2068_0": 8.0})
    for sub, value in ((0x3, 230.5), (0x8, 399.25), (0xB, 12.5), (0x12, 50.0), (0x16, 8280.0)):
        ch.set_float(f"2221_{sub:X}", value)
    ch.values[P("2221_22")] = 123456.789  # lifetime Wh: served as f64, kept exactly
    ch.plug(1, SimEV())
    ch.sockets[0].currents = [12.0, 12.0, 12.0]
    ch.sockets[0].limit = 13.0
    async with serving(ch) as client:
        block = await client.read_socket(1)
    meter = block.meter
    assert meter.voltage_ln[0] == 230.5
    assert meter.voltage_ll[2] == 399.25
    assert meter.current[1] == 12.5
    assert meter.frequency == 50.0
    assert meter.real_power_total == 8280.0
    assert meter.energy_delivered_total == 123456.789
    assert meter.meter_type == 0
    assert block.mode3 == "C2"
    assert block.charging
    assert block.available
    assert block.applied_max_current == 13.0
    assert block.safe_current == 8.0
    assert block.phases == 3
    assert block.setpoint == 0.0
    assert block.seconds_to_fallback == 0
    assert not block.setpoint_accounted


async def test_blocks_are_read_in_as_few_requests_as_the_limit_allows() -> None:
    ch = charger()
    models = {unit: Counting(model) for unit, model in charger_models(ch).items()}
    async with serving(ch, dict(models)) as client:
        await client.read_station()
        await client.read_socket(1)
    assert models[200].reads == [(100, 79), (1100, 6), (1400, 32)]
    # 300…425 is 126 registers: one more than a request may carry
    assert models[1].reads == [(300, 122), (422, 4), (1200, 16)]
    assert len(plan_reads(STATION_FIELDS)) == 3
    assert len(plan_reads(SOCKET_FIELDS)) == 3


async def test_setpoint_reaches_the_socket_and_is_applied_and_read_back() -> None:
    ch = charger()
    async with serving(ch) as client, applying(ch):
        result = await client.write_setpoint(1, 10.0)
        block = await client.read_socket(1)
    assert result.confirmed
    assert result.applied == 10.0
    assert result.writes == 1
    assert ch.sockets[0].setpoint == 10.0
    assert block.setpoint == 10.0
    assert block.applied_max_current == 10.0
    assert block.setpoint_accounted
    assert 0 < block.seconds_to_fallback <= 60


async def test_setpoint_above_what_the_charger_applies_is_retried_once_then_reported() -> None:
    ch = charger()
    async with serving(ch) as client, applying(ch, cap=16.0):
        started = time.monotonic()
        result = await client.write_setpoint(1, 20.0)
        elapsed = time.monotonic() - started
    assert not result.confirmed
    assert result.applied == 16.0
    assert result.writes == 2
    assert ch.sockets[0].setpoint == 20.0
    assert elapsed < 2 * 0.5 + 1.0  # two bounded settle waits


async def test_setpoint_expires_after_the_validity_time_and_falls_back_to_safe_current() -> None:
    clock = HandClock()  # site time moves only here: no race with a loaded machine
    ch = charger(initial={"2530_4": 10, "2068_0": 7.0}, clock=clock)
    sock = ch.sockets[0]
    async with serving(ch) as client:
        await client.write_registers(1, 1210, encode(DataType.F32, 12.0))
        clock.t = 9.0  # within the 10 s validity
        fresh = await client.read_socket(1)
        assert fresh.setpoint_accounted
        assert ch.modbus_limit(sock) == 12.0
        clock.t = 10.5
        block = await client.read_socket(1)
    assert block.seconds_to_fallback == 0
    assert not block.setpoint_accounted
    assert ch.modbus_limit(sock) == 7.0
    assert block.safe_current == 7.0


async def test_phases_switch_to_one_and_three_and_two_is_refused() -> None:
    ch = charger()
    async with serving(ch) as client:
        assert not await client.write_phases(1, 1)
        assert ch.sockets[0].phases_setting == 1
        assert (await client.read_socket(1)).phases == 1
        assert not await client.write_phases(1, 3)
        assert ch.sockets[0].phases_setting == 3
        with pytest.raises(InvalidInput, match="only 1 or 3"):
            await client.write_phases(1, 2)
        with pytest.raises(WriteRejected, match="illegal data value"):
            await client.write_registers(1, 1215, [2])
    assert ch.sockets[0].phases_setting == 3


async def test_phase_switch_pauses_a_charging_socket_first() -> None:
    ch = charger()
    ch.plug(1, SimEV())
    ch.sockets[0].currents = [10.0, 10.0, 10.0]
    async with serving(ch) as client:
        paused = await client.write_phases(1, 1)
    assert paused
    assert ch.sockets[0].setpoint == 0.0
    assert ch.sockets[0].phases_setting == 1


async def test_scn_limits_are_written_in_one_request_and_read_back() -> None:
    ch = charger(initial={"2180_1": "garage", "2180_5": 63})
    models = {unit: Counting(model) for unit, model in charger_models(ch).items()}
    async with serving(ch, dict(models)) as client:
        before = await client.read_station()
        await client.write_scn_limits(20.0, 21.5, 22.0)
        after = await client.read_station()
    assert before.scn.actual_max_current == (63.0, 63.0, 63.0)
    assert before.scn.remaining_valid_s == (0, 0, 0)
    assert ch.scn_modbus_limits == [20.0, 21.5, 22.0]
    assert after.scn.max_current == (20.0, 21.5, 22.0)
    assert after.scn.actual_max_current == (20.0, 21.5, 22.0)
    assert all(0 < s <= 60 for s in after.scn.remaining_valid_s)


async def test_illegal_address_and_value_give_clear_errors_and_change_nothing() -> None:
    ch = charger()
    async with serving(ch) as client:
        with pytest.raises(ProtocolError, match="illegal data address"):
            await client.read_registers(200, 50, 2)
        with pytest.raises(WriteRejected, match=r"unit 1 refused .*illegal data address"):
            await client.write_registers(1, 1206, encode(DataType.F32, 10.0))
        with pytest.raises(WriteRejected, match="illegal data value"):
            await client.write_registers(1, 1210, encode(DataType.F32, 40.0))
        with pytest.raises(InvalidInput, match="outside 0…32 A"):
            await client.write_setpoint(1, 40.0)
        with pytest.raises(InvalidInput, match="Socket 3 does not exist"):
            await client.read_socket(3)
        with pytest.raises(InvalidInput, match="SCN maximum current L2"):
            await client.write_scn_limits(10.0, -1.0, 10.0)
    assert ch.sockets[0].setpoint is None
    assert ch.sockets[0].limit == 0.0
    assert ch.scn_modbus_limits == [None, None, None]


async def test_unreachable_port_raises_unreachable() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = AlfenModbusClient("127.0.0.1", port, timeout=1.0)
    with pytest.raises(Unreachable, match=f"127.0.0.1:{port}"):
        await client.read_station()
    await client.close()


async def test_rebooting_charger_does_not_answer_then_comes_back() -> None:
    ch = charger()
    async with serving(ch, client_timeout=0.3) as client:
        ch.start_reboot(seconds=1.0)
        with pytest.raises(DeviceTimeout, match="did not answer"):
            await client.read_station()

        async def back() -> bool:
            try:
                await client.read_station()
            except DeviceTimeout:
                return False
            return True

        await eventually(back)


async def test_dual_charger_serves_socket_two_on_unit_two() -> None:
    ch = charger(sockets=2)
    ch.set_float("3221_4", 231.25)
    ch.sockets[1].limit = 6.0
    async with serving(ch) as client:
        station = await client.read_station()
        block = await client.read_socket(2)
        await client.write_registers(2, 1210, encode(DataType.F32, 9.0))
    assert station.sockets == 2
    assert block.meter.voltage_ln[1] == 231.25
    assert block.applied_max_current == 6.0
    assert ch.sockets[1].setpoint == 9.0
    assert ch.sockets[0].setpoint is None


async def test_single_charger_has_no_unit_two() -> None:
    async with serving(charger()) as client:
        with pytest.raises(ProtocolError, match="unit 2"):
            await client.read_socket(2)
