"""The simulated TIC meter (app/sim/tic.py): frames from the grid on its pseudo-terminal and
its TCP port, the terminal's line settings, and each fault as a reader sees it."""

from __future__ import annotations

import asyncio
import os
import sys
import termios

import pytest

from app.core.tic import TicFrame, TicMode, TicStream
from app.core.tic_values import frame_currents
from app.sim.meter_sim import FixedGrid, GridState
from app.sim.tic import TicMeter
from tests.sim.helpers import eventually

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

INTERVAL = 0.05


def grid() -> FixedGrid:
    return FixedGrid(GridState(currents=(12.4, 3.0, -5.2)))


async def tcp_items(meter: TicMeter, count: int) -> list[object]:
    """The first `count` frames or errors a TCP client hears."""
    reader, writer = await asyncio.open_connection("127.0.0.1", meter.port)
    stream, items = TicStream(), []
    try:
        async with asyncio.timeout(5.0):
            while len(items) < count:
                items += stream.feed(await reader.read(256))
    finally:
        writer.close()
    return items[:count]


@pytest.mark.parametrize("mode", list(TicMode))
async def test_tcp_clients_get_frames_of_the_grid_in_the_meters_mode(mode: TicMode) -> None:
    async with TicMeter(grid(), mode=mode, interval=INTERVAL) as meter:
        items = await tcp_items(meter, 2)
    assert all(isinstance(i, TicFrame) and i.mode is mode for i in items)
    frame = items[0]
    assert isinstance(frame, TicFrame)
    assert frame_currents(frame) == (12, 3, 5)  # whole amperes, no sign


@pytest.mark.parametrize(("mode", "speed"), [(TicMode.HISTORIC, 1200), (TicMode.STANDARD, 9600)])
async def test_the_pseudo_terminal_is_raw_at_the_modes_speed_and_carries_frames(
    mode: TicMode, speed: int
) -> None:
    async with TicMeter(grid(), mode=mode, phases=1, interval=INTERVAL) as meter:
        fd = os.open(meter.pty_path, os.O_RDONLY | os.O_NOCTTY)
        try:
            attrs = termios.tcgetattr(fd)
            assert attrs[4] == getattr(termios, f"B{speed}")
            assert not attrs[3] & (termios.ICANON | termios.ECHO)  # raw: no line editing
            assert not attrs[0] & termios.ICRNL  # CR reaches the reader as CR
            data = b""
            stream = TicStream()
            async with asyncio.timeout(5.0):
                while not any(isinstance(i, TicFrame) for i in stream.feed(data)):
                    data = await asyncio.to_thread(os.read, fd, 512)
        finally:
            os.close(fd)


async def test_frames_nobody_reads_on_the_terminal_are_dropped_without_blocking() -> None:
    async with TicMeter(grid(), interval=0.001) as meter:
        await _wait_sent(meter, 300)  # ~60 KB: far more than a terminal buffers
        assert meter.sent >= 300


async def _wait_sent(meter: TicMeter, count: int) -> None:
    await eventually(lambda: meter.sent >= count, what=f"{count} frames sent")


async def test_bad_checksum_spoils_the_current_groups_only() -> None:
    async with TicMeter(grid(), interval=INTERVAL) as meter:
        meter.set_fault("tic_bad_checksum", True)
        items = await tcp_items(meter, 2)
    assert all("checksum" in str(i) and "IINST" in str(i) for i in items)


async def test_cut_frames_are_seen_as_cut() -> None:
    async with TicMeter(grid(), mode=TicMode.STANDARD, interval=INTERVAL) as meter:
        meter.set_fault("tic_cut_frame", True)
        items = await tcp_items(meter, 2)
    assert all("cut" in str(i) for i in items)


async def test_silence_sends_nothing_but_keeps_the_connection_then_frames_resume() -> None:
    async with TicMeter(grid(), interval=INTERVAL) as meter:
        meter.set_fault("tic_silent", True)
        reader, writer = await asyncio.open_connection("127.0.0.1", meter.port)
        try:
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(10 * INTERVAL):
                    await reader.read(1)
            meter.set_fault("tic_silent", False)
            async with asyncio.timeout(5.0):
                assert await reader.read(1)
        finally:
            writer.close()
