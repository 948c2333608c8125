"""The poller: fixed rate, failed and overrunning reads become gaps, owned task, waits bounded."""

from __future__ import annotations

import asyncio
import math

import numpy as np
import pytest

from app.core.errors import DeviceTimeout, InvalidInput, Unreachable
from app.core.series import SeriesTable
from app.core.states import Mode3State
from app.drivers.alfen.channels import socket_channels
from app.drivers.alfen.live import ModbusSocketSource
from app.sim.alfen.charger import SimEV
from app.workflows.sampling import CombinedSource, Monitor, Poller
from tests.drivers.alfen.modbus_support import charger, serving


class Device:
    """A stand-in device: answers a counter, or fails / stalls while told to."""

    def __init__(self, names: tuple[str, ...] = ("a",)) -> None:
        self.names = names
        self.calls = 0
        self.failing = False
        self.stall = 0.0

    async def sample(self) -> dict[str, float]:
        self.calls += 1
        if self.stall:
            await asyncio.sleep(self.stall)
        if self.failing:
            raise Unreachable("device unplugged")
        return {name: float(self.calls) for name in self.names}


async def _rows(poller: Poller, count: int) -> None:
    async with asyncio.timeout(10):
        while len(poller.table) < count:
            await poller.next_row()


async def test_samples_at_the_configured_rate() -> None:
    device = Device()
    poller = Poller(device, SeriesTable(["a"], 1000), rate_hz=20)
    async with poller:
        await _rows(poller, 21)
    window = poller.table.window()
    spacing = np.diff(window.t)
    assert np.median(spacing) == pytest.approx(0.05, abs=0.01)
    assert np.isfinite(window.column("a")).all()
    assert poller.stats.gaps == 0 and not poller.running


async def test_failed_reads_are_gaps_not_zeros_and_recovery_resumes() -> None:
    device = Device()
    poller = Poller(device, SeriesTable(["a"], 1000), rate_hz=40)
    async with poller:
        await _rows(poller, 3)
        device.failing = True
        await _rows(poller, 8)
        assert poller.stats.stale and "unplugged" in poller.stats.last_error
        device.failing = False
        await _rows(poller, 12)
    values = poller.table.window().column("a")
    assert np.isnan(values).sum() >= 3
    assert not (values == 0).any()
    assert np.isfinite(values[-1]) and not poller.stats.stale


async def test_a_stalled_read_times_out_into_a_gap_and_skips_missed_ticks() -> None:
    device = Device()
    poller = Poller(device, SeriesTable(["a"], 1000), rate_hz=20, timeout=0.2)
    async with poller:
        await _rows(poller, 2)
        device.stall = 1.0
        await _rows(poller, 4)
        device.stall = 0.0
        await _rows(poller, 8)
    window = poller.table.window()
    assert poller.stats.failures >= 1
    assert np.isnan(window.column("a")).any()
    # ticks missed during the 0.2 s timeout were skipped, not bunched up afterwards
    assert device.calls < 8 + 4
    assert np.all(np.diff(window.t) >= 0)


async def test_wait_for_is_bounded_and_names_what_did_not_happen() -> None:
    poller = Poller(Device(), SeriesTable(["a"], 100), rate_hz=20)
    async with poller:
        row = await poller.wait_for(lambda r: r["a"] >= 3, 5.0, "a reaching 3")
        assert row["a"] >= 3
        with pytest.raises(DeviceTimeout, match="a going negative"):
            await poller.wait_for(lambda r: r["a"] < 0, 0.2, "a going negative")


async def test_newest_waits_for_a_first_reading_of_a_slow_device() -> None:
    """A workflow deciding from the charger's state right after starting its poll (is the EV
    already charging?) gets a reading, not an empty table, even when the device is slow."""
    device = Device()
    device.stall = 0.3
    poller = Poller(device, SeriesTable(["a"], 100), rate_hz=20, timeout=1.0)
    async with poller:
        assert len(poller.table) == 0
        assert await poller.newest() == {"a": 1.0}


async def test_newest_of_a_failing_device_is_no_reading_within_two_reads_time() -> None:
    device = Device()
    device.failing = True
    poller = Poller(device, SeriesTable(["a"], 100), rate_hz=20, timeout=0.2)
    async with poller:
        async with asyncio.timeout(0.5 + 1.0):  # two reads' time (0.5 s), and slack
            row = await poller.newest()
    assert math.isnan(row.get("a", math.nan))
    assert poller.stats.failures >= 1


async def test_monitor_starts_and_stops_every_poller() -> None:
    monitor = Monitor()
    for name in ("ace1", "ace2"):
        monitor.add(Poller(Device(), SeriesTable(["a"], 100), rate_hz=20, name=name))
    with pytest.raises(InvalidInput):
        monitor.add(Poller(Device(), SeriesTable(["a"], 100), name="ace1"))
    async with monitor:
        await _rows(monitor["ace1"], 2)
        await _rows(monitor["ace2"], 2)
        assert monitor["ace1"].running
    assert not monitor["ace1"].running and not monitor["ace2"].running
    with pytest.raises(InvalidInput):
        Poller(Device(), SeriesTable(["a"], 10), rate_hz=0)


async def test_combined_source_keeps_the_channels_that_answered() -> None:
    good, bad = Device(("a",)), Device(("b",))
    bad.failing = True
    combined = CombinedSource(good, bad)
    assert combined.names == ("a", "b")
    assert await combined.sample() == {"a": 1.0}
    good.failing = True
    with pytest.raises(Unreachable):
        await combined.sample()


async def test_modbus_socket_source_samples_the_simulated_slave_map() -> None:
    ch = charger()
    ch.plug(1, SimEV())
    ch.sockets[0].currents = [10.0, 10.5, 11.0]
    ch.sockets[0].limit = 13.0
    for sub, value in ((0xA, 10.0), (0xB, 10.5), (0xC, 11.0), (0x3, 231.0)):
        ch.set_float(f"2221_{sub:X}", value)
    async with serving(ch) as client:
        source = ModbusSocketSource(client, 1)
        table = SeriesTable(source.names, 100)
        async with Poller(source, table, rate_hz=10) as poller:
            row = await poller.wait_for(lambda r: not math.isnan(r["s1.I1"]), 5.0, "a sample")
    assert (row["s1.I1"], row["s1.I2"], row["s1.I3"]) == (10.0, 10.5, 11.0)
    assert row["s1.V1"] == 231.0
    assert row["s1.mode3"] == Mode3State.C2.value
    assert set(source.names) <= {c.name for c in socket_channels(1)}
