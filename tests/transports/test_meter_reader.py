"""MeterReader against the simulated meter (a real pymodbus server on loopback), every preset."""

from __future__ import annotations

import math
import time

import pytest

from app.core.errors import InvalidInput, Unreachable
from app.core.measurands import Measurand, MeterReading
from app.core.presets import MeterPreset
from app.sim.meter_sim import FixedGrid, GridState, MeterFaults, MeterSimulator
from app.sim.modbus_server import ModbusFault
from app.store.presets import load_library
from app.transports.meter_reader import (
    Framing,
    MeterAddress,
    MeterReader,
    ModbusExceptionError,
    ModbusLink,
    NoAnswer,
    WrongUnit,
    read_meter,
)
from app.transports.read_blocks import plan_reads

LIBRARY = load_library()
GRID = GridState(
    voltages=(231.0, 229.0, 230.0),
    currents=(12.0, 6.5, -3.0),
    power_factors=(0.95, 0.9, 1.0),
    frequency=49.98,
    import_wh=1_234_500.0,
    export_wh=56_700.0,
)


def expected_currents(preset: MeterPreset) -> list[float]:
    return [abs(c) for c in GRID.currents[: preset.phases]]


def assert_reading_matches_grid(reading: MeterReading, preset: MeterPreset) -> None:
    assert reading.currents == pytest.approx(expected_currents(preset), abs=0.01)
    powers = [GRID.power(p) for p in range(1, preset.phases + 1)]
    assert reading.powers == pytest.approx(powers, rel=1e-3, abs=10.0)
    assert reading.voltages == pytest.approx(GRID.voltages[: preset.phases], abs=0.1)
    assert reading.frequency == pytest.approx(49.98, abs=0.1)
    total = reading.get(Measurand.E_IMPORT_TOTAL)
    assert total == pytest.approx(GRID.import_wh, abs=1000.0)  # Socomec counts whole kWh


@pytest.mark.parametrize("preset", LIBRARY.presets, ids=lambda p: p.name)
async def test_every_preset_reads_the_simulated_meter_in_few_requests(preset: MeterPreset) -> None:
    async with MeterSimulator(preset, FixedGrid(GRID)) as sim:
        reading = await read_meter(MeterAddress("127.0.0.1", sim.port), preset)
    assert_reading_matches_grid(reading, preset)
    t = preset.transport
    blocks = plan_reads(preset.entries, max_registers=t.max_registers, max_gap=t.max_gap)
    assert reading.requests == len(blocks) == sim.model.reads
    assert len(preset.entries) >= 5 * len(blocks) or len(preset.entries) < 10
    assert set(reading.values) == {e.measurand for e in preset.entries}


async def test_rtu_over_tcp_and_serial_rtu_framings() -> None:
    preset = LIBRARY.find("carlogavazzi-em340")
    async with MeterSimulator(preset, FixedGrid(GRID), rtu_over_tcp=True) as sim:
        over_tcp = await read_meter(
            MeterAddress("127.0.0.1", sim.port, Framing.RTU_OVER_TCP), preset
        )
        # pyserial's socket:// URL carries the serial client's RTU frames to the same server.
        serial = await read_meter(
            MeterAddress(serial_port=f"socket://127.0.0.1:{sim.port}", framing=Framing.RTU), preset
        )
    assert_reading_matches_grid(over_tcp, preset)
    assert_reading_matches_grid(serial, preset)


async def test_unit_override_and_wrong_unit_is_a_clear_error() -> None:
    preset = LIBRARY.find("eastron-sdm630")
    async with MeterSimulator(preset, FixedGrid(GRID), faults=MeterFaults(unit_id=9)) as sim:
        address = MeterAddress("127.0.0.1", sim.port)
        with pytest.raises(WrongUnit, match=r"no answer from unit 1.*Modbus address"):
            await read_meter(address, preset)
        reading = await read_meter(address, preset, unit=9)
    assert reading.unit == 9 and reading.currents[0] == pytest.approx(12.0)


async def test_a_silent_meter_times_out_within_the_bound() -> None:
    preset = LIBRARY.find("eastron-sdm120")
    async with MeterSimulator(preset, FixedGrid(GRID), faults=MeterFaults(silent=True)) as sim:
        started = time.monotonic()
        with pytest.raises(NoAnswer, match=r"unit 1 did not answer within 0\.2 s"):
            await read_meter(MeterAddress("127.0.0.1", sim.port), preset, timeout=0.2)
    assert time.monotonic() - started < 3.0


async def test_nothing_listening_is_unreachable() -> None:
    preset = LIBRARY.find("eastron-sdm120")
    async with MeterSimulator(preset, FixedGrid(GRID)) as sim:
        port = sim.port
    with pytest.raises(Unreachable, match=f"127.0.0.1:{port}"):
        await read_meter(MeterAddress("127.0.0.1", port), preset, timeout=0.5)


class Picky:
    """A meter that refuses some registers and has only one function code."""

    def __init__(self, missing: set[int]) -> None:
        self.missing = missing
        self.requests: list[tuple[int, int]] = []

    def read(self, function_code: int, address: int, count: int) -> list[int]:
        self.requests.append((address, count))
        if function_code != 4:
            raise ModbusFault(0x01)
        if self.missing & set(range(address, address + count)):
            raise ModbusFault(0x02)
        return [0x4366, 0] * (count // 2) + [0] * (count % 2)

    def write(self, address: int, values: list[int]) -> None:
        raise ModbusFault(0x01)


async def test_refused_spans_are_split_and_missing_registers_skipped() -> None:
    from app.sim.modbus_server import ModbusServer

    preset = LIBRARY.find("eastron-sdm630")
    model = Picky(missing={50, 51, 200, 201})  # inside a gap, and V L1-L2
    server = ModbusServer({1: model})
    await server.start()
    try:
        async with ModbusLink(MeterAddress("127.0.0.1", server.port)) as link:
            reading = await MeterReader(link, preset).read()
            holding = preset.with_transport(function_code=3)
            with pytest.raises(ModbusExceptionError, match="does not support function code 3"):
                await MeterReader(link, holding).read()
    finally:
        await server.stop()
    assert Measurand.V_L1L2 not in reading.values
    assert reading.notes == ("V L1-L2: register 200 not on this meter",)
    assert reading.get(Measurand.V_L2L3) == 230.0 and reading.get(Measurand.P_TOTAL) == 230.0
    assert (0, 78) in model.requests and (0, 36) in model.requests  # split at the gap


def test_meter_addresses_parse_and_refuse_nonsense() -> None:
    assert MeterAddress.parse("10.0.0.5") == MeterAddress("10.0.0.5", 502)
    assert MeterAddress.parse("10.0.0.5:5020", Framing.RTU_OVER_TCP).port == 5020
    assert MeterAddress.parse("/dev/ttyUSB0").framing is Framing.RTU
    for bad in ("", "10.0.0.5:99999", "10.0.0.5:x", ":502"):
        with pytest.raises(InvalidInput, match="Meter address"):
            MeterAddress.parse(bad)
    assert math.isclose(GRID.power(1), 231.0 * 12.0 * 0.95)
