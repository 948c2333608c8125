"""One simulated RS-485 line: two pseudo-terminals joined back to back, as a null-modem cable.

A pseudo-terminal has two ends: the device path (`/dev/pts/N`) that programs open like a serial
port, and the controlling end that only its creator holds. Two programs that both want a path
(pymodbus's serial server and a serial client) therefore each get a pty of their own, and this
module copies the bytes between the two controlling ends:

    meter server ── /dev/pts/A ══ relay ══ /dev/pts/B ── client (charger, laptop adapter)

The line is where the framing of a real cable is judged. A pty carries bytes at any speed, so
the baud rate the client sets is only nominal: the relay reads the client's line settings
(baud rate and stop bits, which Linux keeps on a pty) and, when they differ from the meter's
own, passes nothing on, as a meter that sees only framing errors answers nothing. Linux clears
the parity flag of a pty (and refuses even parity with "invalid argument"), so both ends open
it without parity and parity cannot be judged here; whoever knows the client's parity (the
simulated charger does: it is one of its settings) judges it with `framing_matches`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from dataclasses import dataclass

try:
    import termios
    import tty
except ImportError:  # Windows has no pseudo-terminals: the site then has no RS-485 meters
    termios = tty = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
PTY_AVAILABLE = termios is not None and hasattr(os, "openpty")

PARITIES = {"none": "N", "even": "E", "odd": "O"}
_SPEEDS = {
    getattr(termios, f"B{rate}"): rate
    for rate in ((1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200) if termios else ())
}


@dataclass(frozen=True)
class SerialSettings:
    """How a device frames its bytes on the line: 8 data bits, `parity` N/E/O, 1 or 2 stop bits."""

    baud: int = 9600
    parity: str = "N"
    stopbits: int = 1

    def describe(self) -> str:
        return f"{self.baud} baud 8{self.parity}{self.stopbits}"


def framing_matches(ours: SerialSettings, theirs: SerialSettings) -> bool:
    """Whether two devices set like this understand each other's bytes."""
    return ours == theirs


class _Pty:
    """One pseudo-terminal: the controlling end kept here, the device path for others."""

    def __init__(self) -> None:
        self.control, self.device = os.openpty()
        tty.setraw(self.device)  # no echo, no line editing before anyone opens it
        self.path = os.ttyname(self.device)

    def client_settings(self) -> tuple[int | None, int]:
        """The baud rate (None when not a standard one) and stop bits the opener set."""
        attrs = termios.tcgetattr(self.device)
        return _SPEEDS.get(attrs[5]), 2 if attrs[2] & termios.CSTOPB else 1

    def close(self) -> None:
        for fd in (self.control, self.device):
            with contextlib.suppress(OSError):
                os.close(fd)


class RtuLine:
    """A cable between a meter (`meter_path`) and one client (`path`), framing judged on the way."""

    def __init__(self, meter: SerialSettings) -> None:
        self.meter = meter
        self._meter_end = _Pty()
        self._client_end = _Pty()
        self.dropped = 0  # requests lost to a framing mismatch
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def path(self) -> str:
        """The serial port a client opens (a USB–RS-485 adapter's /dev/ttyUSB0 on site)."""
        return self._client_end.path

    @property
    def meter_path(self) -> str:
        return self._meter_end.path

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._loop.add_reader(self._client_end.control, self._from_client)
        self._loop.add_reader(self._meter_end.control, self._from_meter)

    def stop(self) -> None:
        if self._loop is not None:
            for end in (self._client_end, self._meter_end):
                self._loop.remove_reader(end.control)
            self._loop = None
        self._client_end.close()
        self._meter_end.close()

    def _client_heard(self) -> bool:
        baud, stopbits = self._client_end.client_settings()
        return baud == self.meter.baud and stopbits == self.meter.stopbits

    def _from_client(self) -> None:
        data = _read(self._client_end.control)
        if not data:
            return
        if self._client_heard():
            _write(self._meter_end.control, data)
        else:
            self.dropped += 1

    def _from_meter(self) -> None:
        data = _read(self._meter_end.control)
        if data and self._client_heard():
            _write(self._client_end.control, data)


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 4096)
    except OSError:  # the far end is closed for now (EIO): nothing to pass on
        return b""


def _write(fd: int, data: bytes) -> None:
    try:
        os.write(fd, data)
    except OSError as exc:
        log.debug("RS-485 line: %d bytes lost: %s", len(data), exc)
