"""Reading a TIC stream (French Linky meter) from this computer: a serial port or a TCP port.

A TIC line is one-way: the meter talks, nobody answers. On a laptop it arrives through a TIC
dongle (a USB serial port, 7 data bits, even parity, 1 stop bit, at 1200 baud in historic mode
or 9600 in standard mode) or through a serial-to-network gateway (TCP, the bytes as they come).

Serial ports are read with pyserial in a worker thread, one short blocking read at a time:
pyserial's own asyncio add-on is a separate package the project does not need for a stream
read for a few seconds. When the mode is not given, the port is opened at 1200 baud first and
then at 9600: on a real line the wrong speed gives only noise, so no frame arrives. (On the
simulated site's pseudo-terminal the speed is nominal and the first try always works; the mode
then comes from the bytes, app/core/tic.py.)
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass
from typing import Any

from app.core.errors import DeviceTimeout, InvalidInput, Unreachable
from app.core.tic import TicError, TicFrame, TicMode, TicStream

READ_CHUNK = 256
SERIAL_POLL = 0.1  # seconds a blocking serial read waits before the loop looks again
FRAME_WAIT = 4.0  # a meter sends a frame every one to two seconds; 1200 baud frames take ~1.5 s
_TCP = re.compile(r"^(?P<host>[A-Za-z0-9.\-]+):(?P<port>\d{1,5})$")


@dataclass(frozen=True)
class TicAddress:
    """Where the stream comes from: `host:port` (TCP) or a serial port (`/dev/ttyUSB0`, `COM3`)."""

    host: str = ""
    port: int = 0
    device: str = ""

    @classmethod
    def parse(cls, text: str) -> TicAddress:
        raw = text.strip()
        if not raw:
            raise InvalidInput(
                "TIC port: empty. Type a serial port (/dev/ttyUSB0, COM3) or host:port."
            )
        match = _TCP.match(raw)
        if match and not raw.upper().startswith("COM"):
            port = int(match.group("port"))
            if not 1 <= port <= 65535:
                raise InvalidInput(f"TIC port '{raw}': the port is not a number 1–65535.")
            return cls(host=match.group("host"), port=port)
        if any(c.isspace() for c in raw) or len(raw) > 200:
            raise InvalidInput(f"TIC port '{raw[:40]}': not a serial port name or host:port.")
        return cls(device=raw)

    @property
    def is_tcp(self) -> bool:
        return not self.device

    def __str__(self) -> str:
        return f"{self.host}:{self.port}" if self.is_tcp else self.device


async def read_frame(
    address: TicAddress, *, mode: TicMode | None = None, timeout: float = FRAME_WAIT
) -> TicFrame:
    """The first good frame on the line. DeviceTimeout when none comes in `timeout` seconds
    (per speed tried on a serial port), naming the damaged frames seen; Unreachable when the
    port cannot be opened."""
    if address.is_tcp:
        return await _first_frame(_tcp_chunks(address, timeout), mode, timeout, str(address))
    speeds = [mode.baud] if mode is not None else [m.baud for m in TicMode]
    problems: list[str] = []
    for baud in speeds:
        try:
            chunks = _serial_chunks(address.device, baud)
            return await _first_frame(chunks, mode, timeout, f"{address} at {baud} baud")
        except DeviceTimeout as exc:
            problems.append(str(exc))
    raise DeviceTimeout(" ".join(problems))


async def _first_frame(
    chunks: AsyncGenerator[bytes, None], mode: TicMode | None, timeout: float, where: str
) -> TicFrame:
    stream = TicStream(mode)
    damaged: list[TicError] = []
    try:
        async with asyncio.timeout(timeout):
            async for chunk in chunks:
                for item in stream.feed(chunk):
                    if isinstance(item, TicFrame):
                        return item
                    damaged.append(item)
    except TimeoutError:
        pass
    finally:
        await chunks.aclose()
    why = f" ({len(damaged)} damaged: {damaged[-1]})" if damaged else ""
    raise DeviceTimeout(f"No TIC frame from {where} in {timeout:g} s{why}.")


async def _tcp_chunks(address: TicAddress, timeout: float) -> AsyncGenerator[bytes, None]:
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection(address.host, address.port)
    except (OSError, TimeoutError) as exc:
        raise Unreachable(f"TIC stream at {address}: cannot connect ({exc}).") from None
    try:
        while True:
            data = await reader.read(READ_CHUNK)
            if not data:
                return
            yield data
    finally:
        writer.close()
        with contextlib.suppress(OSError, TimeoutError):
            async with asyncio.timeout(1.0):
                await writer.wait_closed()


def open_serial(device: str, baud: int) -> Any:
    """A pyserial port at `baud`, its stale input dropped; Unreachable when it cannot be opened.

    7E1 is asked first. A 7E1 character and an 8N1 one are both ten bits long (the parity bit
    takes the eighth data bit's place), so where 7 bits are refused (some adapters; Linux
    pseudo-terminals keep 8 bits and may refuse a second 7-bit setting) the port is opened 8N1
    and the top bit is dropped when the bytes are split into frames (app/core/tic.py)."""
    import serial  # pyserial; imported here so that TCP reads never need it

    def make(bits: int, parity: str) -> Any:
        return serial.Serial(
            device, baudrate=baud, bytesize=bits, parity=parity, timeout=SERIAL_POLL
        )

    try:
        try:
            port = make(serial.SEVENBITS, serial.PARITY_EVEN)
        except serial.SerialException:
            raise
        except Exception:  # termios refused 7 bits: the same ten-bit characters at 8N1
            port = make(serial.EIGHTBITS, serial.PARITY_NONE)
    except (serial.SerialException, OSError, ValueError) as exc:
        raise Unreachable(f"TIC serial port {device}: cannot open it ({exc}).") from None
    port.reset_input_buffer()  # frames the line sent before we listened are old
    return port


async def _serial_chunks(
    device: str, baud: int, opener: Callable[[str, int], Any] = open_serial
) -> AsyncGenerator[bytes, None]:
    """Chunks as they come; a read in flight when the caller stops is let finish (at most
    `SERIAL_POLL`) before the port closes under it."""
    port = await asyncio.to_thread(opener, device, baud)
    pending: asyncio.Future[bytes] | None = None
    try:
        while True:
            pending = asyncio.ensure_future(asyncio.to_thread(port.read, READ_CHUNK))
            data = await asyncio.shield(pending)
            if data:
                yield bytes(data)
    except OSError as exc:
        raise Unreachable(f"TIC serial port {device}: {exc}.") from None
    finally:
        if pending is not None and not pending.done():
            await asyncio.wait({pending}, timeout=1.0 + SERIAL_POLL)
        if pending is not None and pending.done() and not pending.cancelled():
            pending.exception()  # read, so that a failure of the last read is not reported
        port.close()
