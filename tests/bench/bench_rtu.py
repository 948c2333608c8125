"""Benchmark: a full reading of each Eastron RS-485 meter over a simulated RS-485 line, and the
time the line-settings / unit-id scan takes to find a meter.

Run by hand: `.venv/bin/python tests/bench/bench_rtu.py [READINGS]`. Each meter is a pymodbus
serial server on a pseudo-terminal (app/sim/rtu_meter.py) behind the line relay; a
pseudo-terminal has no baud rate, so the times are the software's own, not the wire's (on a
real line at 9600 baud 8N1 each byte takes about 1 ms on the wire, on top).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.measurands import Parity
from app.sim.meter_sim import FixedGrid, GridState
from app.sim.rtu_line import SerialSettings
from app.sim.rtu_meter import RtuMeter
from app.store.presets import load_library
from app.transports.meter_reader import Framing, MeterAddress, MeterReader, ModbusLink
from app.transports.serial_scan import scan_serial

GRID = GridState(currents=(12.0, 6.0, 3.0), power_factors=(0.95, 0.9, 1.0), import_wh=1e6)
METERS = ("Eastron SDM230", "Eastron SDM72D", "Eastron SDM120CT", "Eastron SDM72CT")


async def reading_ms(name: str, readings: int) -> tuple[float, float]:
    """Requests per reading and milliseconds per reading of one meter at its own settings."""
    preset = load_library().find(name)
    meter = RtuMeter.build(preset, FixedGrid(GRID))
    line = await meter.open_line()
    try:
        address = MeterAddress(serial_port=line.path, framing=Framing.RTU)
        t = preset.transport
        async with ModbusLink(address, baud=t.baud, parity=t.parity) as link:
            reader = MeterReader(link, preset)
            started = time.perf_counter()
            for _ in range(readings):
                await reader.read()
            elapsed = time.perf_counter() - started
            return link.requests / readings, 1000 * elapsed / readings
    finally:
        await meter.close()


async def scan_seconds() -> float:
    """A SDM72D at unit 7, 2400 baud: the scan asks unit 1 at each setting, then all units."""
    preset = load_library().find("Eastron SDM72D")
    meter = RtuMeter.build(preset, FixedGrid(GRID), unit=7, settings=SerialSettings(2400, "N", 1))
    line = await meter.open_line()
    try:
        started = time.perf_counter()
        settings = [(9600, Parity.NONE), (2400, Parity.NONE)]
        hits = await scan_serial(line.path, unit=1, units=range(1, 11), settings=settings)
        assert [h.unit for h in hits] == [7], hits
        return time.perf_counter() - started
    finally:
        await meter.close()


async def main(readings: int) -> None:
    logging.getLogger("pymodbus").setLevel(logging.CRITICAL)
    print(f"{'meter':<20} {'requests':>8} {'ms/reading':>11}")
    for name in METERS:
        requests, ms = await reading_ms(name, readings)
        print(f"{name:<20} {requests:>8.1f} {ms:>11.1f}")
    print(f"scan (2 settings, units 1–10, 0.3 s timeout): {await scan_seconds():.1f} s")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
