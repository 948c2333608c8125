"""The laptop reads a simulated RS-485 meter over its serial port (a USB–RS-485 adapter on site):
the meter test's direct RTU read, and the line-settings / unit-id scan."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from app.cli import run
from app.core.measurands import Parity
from app.core.meter_check import Reference
from app.core.plan import AlbPlan, ChargerPlan, MeterPlan, MeterProtocol
from app.services.meter_test import RTU_OUT_OF_REACH, _direct_problem, read_rtu_directly
from app.sim.meter_sim import FixedGrid, GridState
from app.sim.rtu_line import PTY_AVAILABLE, RtuLine, SerialSettings
from app.sim.rtu_meter import RtuMeter
from app.store.presets import load_library
from app.transports.meter_probe import scan_units
from app.transports.meter_reader import Framing, MeterAddress
from app.transports.serial_scan import scan_serial

GRID = GridState(currents=(7.0, 3.0, 2.0))
TIMEOUT = 0.3

pytestmark = pytest.mark.skipif(not PTY_AVAILABLE, reason="no pseudo-terminals on this system")


@pytest.fixture
async def sdm72d_line() -> AsyncIterator[RtuLine]:
    """An Eastron SDM72D at unit 2, 2400 baud 8N1, on a line of its own."""
    preset = load_library().find("Eastron SDM72D")
    meter = RtuMeter.build(preset, FixedGrid(GRID), unit=2, settings=SerialSettings(2400, "N", 1))
    line = await meter.open_line()
    yield line
    await meter.close()


def rtu_plan(**meter: object) -> ChargerPlan:
    fields: dict[str, object] = {"preset": "eastron-sdm72d", "unit_id": 2, "baud": 2400}
    fields.update(meter)
    alb = AlbPlan(protocol=MeterProtocol.MODBUS_RTU, meter=MeterPlan(**fields))  # type: ignore[arg-type]
    return ChargerPlan(serial="ace0000001", address="127.0.0.1", alb=alb)


async def test_the_meter_test_reads_the_rtu_meter_through_the_serial_port(
    sdm72d_line: RtuLine,
) -> None:
    view = await read_rtu_directly(rtu_plan(), sdm72d_line.path, Reference(), timeout=TIMEOUT)
    assert view.problem == "" and view.result is not None
    assert view.currents == pytest.approx(GRID.currents, abs=0.01)
    assert view.result.plausible
    assert view.where == f"{sdm72d_line.path} (RTU)"


@pytest.mark.parametrize("wrong", [{"baud": 9600}, {"unit_id": 3}], ids=["baud rate", "unit id"])
async def test_a_direct_read_with_wrong_settings_says_the_meter_did_not_answer(
    sdm72d_line: RtuLine, wrong: dict[str, object]
) -> None:
    view = await read_rtu_directly(
        rtu_plan(**wrong), sdm72d_line.path, Reference(), timeout=TIMEOUT
    )
    assert view.result is None
    assert "did not answer" in view.problem and "baud rate and parity" in view.problem


def test_without_an_adapter_the_rtu_meter_is_out_of_reach() -> None:
    assert _direct_problem(rtu_plan()) == RTU_OUT_OF_REACH


async def test_the_scan_finds_the_line_settings_and_the_unit_id(sdm72d_line: RtuLine) -> None:
    seen: list[tuple[int, Parity, int]] = []
    settings = [(9600, Parity.NONE), (9600, Parity.ODD), (9600, Parity.EVEN), (2400, Parity.NONE)]
    hits = await scan_serial(
        sdm72d_line.path,
        unit=1,
        units=range(1, 5),
        settings=settings,
        timeout=TIMEOUT,
        progress=lambda *step: seen.append(step),
    )
    # A pty refuses some parities (a real adapter does not): a refused setting is skipped and
    # leaves the port usable for the next one.
    assert [(h.baud, h.parity, h.unit) for h in hits] == [(2400, Parity.NONE, 2)]
    assert hits[0].settings == "2400 baud 8N1"
    assert seen[0] == (9600, Parity.NONE, 1) and seen[-1] == (2400, Parity.NONE, 4)
    assert (2400, Parity.NONE, 1) in seen  # the expected unit at every setting first
    assert sdm72d_line.dropped > 0  # the 9600-baud requests never reached the meter


async def test_the_unit_scan_on_a_serial_port_asks_one_unit_at_a_time() -> None:
    preset = load_library().find("Eastron SDM72D")
    meter = RtuMeter.build(preset, FixedGrid(GRID), unit=3, settings=SerialSettings(9600, "N", 1))
    line = await meter.open_line()
    try:
        address = MeterAddress(serial_port=line.path, framing=Framing.RTU)
        hits = await scan_units(address, range(1, 7), timeout=TIMEOUT)
    finally:
        await meter.close()
    assert [(h.framing, h.unit, h.answer) for h in hits] == [(Framing.RTU, 3, "registers")]


async def test_meter_check_on_a_serial_port_finds_the_settings_and_the_preset(
    sdm72d_line: RtuLine, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["meter", "check", sdm72d_line.path, "--unit", "2", "--units", "1-3"]
    argv += ["--preset", "eastron-sdm72d", "--clamp", "7,3,2", "--timeout", "0.3"]
    code = await asyncio.to_thread(run, argv)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "answers: unit 2 (rtu): registers at 2400 baud 8N1" in out
    assert "best match: Eastron SDM72D" in out
