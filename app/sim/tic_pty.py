"""A pseudo-terminal that stands in for a serial line (POSIX only): the simulator writes to its
master side, a reader opens its `path` (e.g. /dev/pts/5) as it would open /dev/ttyUSB0.

The terminal is set raw (no echo, no CR/LF translation, no line editing) and asked for the
line settings of a TIC line: 7 data bits, even parity, 1 stop bit, at the given speed. The
kernel keeps the speed for a reader that asks, but moves the bytes at once; Linux keeps a
pseudo-terminal at 8 data bits without parity whatever is asked. So on a pseudo-terminal speed
and framing are nominal: a reader at the wrong speed still gets good frames, and the TIC bytes
(all below 0x80) arrive as they were written. The simulator keeps the terminal side open
itself, so the path stays valid between readers; before a write that would not fit (no reader
is draining the buffer) the unread input is dropped, as bytes sent on a line nobody listens to
are lost.
"""

from __future__ import annotations

import contextlib
import os
import sys

if sys.platform != "win32":
    import termios
    import tty

_SPEEDS = {1200: "B1200", 9600: "B9600", 19200: "B19200", 115200: "B115200"}


class PseudoTerminal:
    """One pseudo-terminal at `baud`, 7E1; `open()`, `write()`, `close()`."""

    def __init__(self, baud: int) -> None:
        self.baud = baud
        self.path = ""
        self._master = -1
        self._slave = -1

    @staticmethod
    def available() -> bool:
        return sys.platform != "win32" and hasattr(os, "openpty")

    def open(self) -> None:
        master, slave = os.openpty()
        self._master, self._slave = master, slave
        self.path = os.ttyname(slave)
        os.set_blocking(master, False)
        tty.setraw(slave)
        attrs = termios.tcgetattr(slave)
        speed = getattr(termios, _SPEEDS[self.baud])
        attrs[2] = (attrs[2] & ~(termios.CSIZE | termios.PARODD | termios.CSTOPB)) | (
            termios.CS7 | termios.PARENB | termios.CREAD | termios.CLOCAL
        )
        attrs[4] = attrs[5] = speed
        termios.tcsetattr(slave, termios.TCSANOW, attrs)

    def line_settings(self) -> tuple[int, int, bool, bool]:
        """(speed constant, data bits, parity on, parity odd) as the terminal holds them."""
        attrs = termios.tcgetattr(self._slave)
        bits = {termios.CS7: 7, termios.CS8: 8}.get(attrs[2] & termios.CSIZE, 0)
        return attrs[4], bits, bool(attrs[2] & termios.PARENB), bool(attrs[2] & termios.PARODD)

    def write(self, data: bytes) -> None:
        if self._master < 0:
            return
        try:
            os.write(self._master, data)
        except BlockingIOError:  # nobody reads: drop what is waiting, then try once more
            with contextlib.suppress(OSError):
                termios.tcflush(self._slave, termios.TCIFLUSH)
                os.write(self._master, data)
        except OSError:
            pass

    def close(self) -> None:
        for fd in (self._master, self._slave):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = -1
