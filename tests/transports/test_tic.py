"""Reading a TIC stream from this computer (app/transports/tic.py): over TCP and over the
simulated meter's pseudo-terminal (as a serial port), both modes, faults and bad addresses."""

from __future__ import annotations

import sys

import pytest

from app.core.errors import DeviceTimeout, InvalidInput, Unreachable
from app.core.tic import TicMode
from app.core.tic_values import frame_currents
from app.sim.meter_sim import FixedGrid, GridState
from app.sim.tic import TicMeter
from app.transports.tic import TicAddress, read_frame

GRID = FixedGrid(GridState(currents=(9.6, 4.0, 1.2)))
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def test_addresses_are_tcp_or_serial() -> None:
    assert TicAddress.parse("127.0.0.1:4001") == TicAddress(host="127.0.0.1", port=4001)
    assert TicAddress.parse(" /dev/ttyUSB0 ") == TicAddress(device="/dev/ttyUSB0")
    assert TicAddress.parse("COM3").device == "COM3"
    for bad in ("", "host:70000", "a b"):
        with pytest.raises(InvalidInput):
            TicAddress.parse(bad)


@pytest.mark.parametrize("mode", list(TicMode))
async def test_a_frame_is_read_over_tcp_and_its_mode_detected(mode: TicMode) -> None:
    async with TicMeter(GRID, mode=mode, interval=0.05) as meter:
        frame = await read_frame(TicAddress.parse(f"127.0.0.1:{meter.port}"))
    assert frame.mode is mode and frame_currents(frame) == (10, 4, 1)


@POSIX
@pytest.mark.parametrize("mode", list(TicMode))
async def test_a_frame_is_read_from_the_serial_port_again_and_again(mode: TicMode) -> None:
    async with TicMeter(GRID, mode=mode, phases=1, interval=0.05) as meter:
        for _ in range(3):  # the port opens again after each read
            frame = await read_frame(TicAddress.parse(meter.pty_path))
            assert frame.mode is mode and frame_currents(frame) == (10, None, None)


@POSIX
async def test_damaged_frames_time_out_naming_the_damage_at_each_speed_tried() -> None:
    async with TicMeter(GRID, interval=0.05) as meter:
        meter.set_fault("tic_bad_checksum", True)
        with pytest.raises(DeviceTimeout) as caught:
            await read_frame(TicAddress.parse(meter.pty_path), timeout=0.5)
    text = str(caught.value)
    assert "1200 baud" in text and "9600 baud" in text and "checksum" in text


async def test_a_silent_meter_times_out_and_a_missing_one_is_unreachable() -> None:
    async with TicMeter(GRID, interval=0.05, with_pty=False) as meter:
        meter.set_fault("tic_silent", True)
        with pytest.raises(DeviceTimeout, match="No TIC frame"):
            await read_frame(TicAddress(host="127.0.0.1", port=meter.port), timeout=0.3)
        port = meter.port
    with pytest.raises(Unreachable):
        await read_frame(TicAddress(host="127.0.0.1", port=port), timeout=0.5)
    with pytest.raises(Unreachable):
        await read_frame(TicAddress(device="/dev/no-such-tic-port"), mode=TicMode.HISTORIC)
