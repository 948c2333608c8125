"""The simulated site's French TIC meter (a Linky): frames from the site's grid, sent on a
pseudo-terminal and on a TCP port of 127.0.0.1.

Every `interval` (1.5 s of site time by default: a real meter sends a frame every one to two
seconds) the meter builds one frame (app/core/tic_values.py) from the same `GridSource` the
site's Modbus and P1 meters read, and sends it to:

- a **pseudo-terminal** (`pty`, e.g. /dev/pts/5): what a TIC dongle on a USB port looks like to
  a laptop. Its line settings are set to 7 data bits, even parity, 1 stop bit at the mode's
  speed (1200 or 9600 baud), raw (no CR/LF translation). On a pseudo-terminal the speed and the
  parity are nominal: the kernel moves the bytes at once and never checks them, so a reader at
  the wrong speed still gets good frames there. One reader at a time: two programs reading the
  same terminal would share its bytes. Frames nobody reads are dropped when the terminal's
  buffer is full, as they are lost on a real line;
- every client of the **TCP port** (a serial-to-network gateway; the simulated chargers wired
  to this meter read it there too).

Bytes are written a frame at a time, not paced at the line speed. Faults (`TicFaults`, switched
by the control API): a wrong checksum on the current groups, frames cut in the middle (no ETX:
the next frame's STX shows the cut), silence (nothing sent, connections kept).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from app.core.errors import InvalidInput
from app.core.tic import CR, TicGroup, TicMode, frame_bytes
from app.core.tic_values import TicReading, meter_groups
from app.sim.meter_sim import GridSource
from app.sim.tic_pty import PseudoTerminal

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 1.5
MAX_CLIENT_BACKLOG = 64 * 1024  # a TCP client that lags this far behind is dropped
CURRENT_LABELS = ("IINST", "IINST1", "IINST2", "IINST3", "IRMS1", "IRMS2", "IRMS3")
TIC_FAULT_KINDS = {
    "tic_bad_checksum": "the TIC meter's current groups carry a wrong checksum (`on`)",
    "tic_cut_frame": "the TIC meter cuts every frame in the middle (`on`)",
    "tic_silent": "the TIC meter sends nothing (`on`); connections stay open",
}


@dataclass(frozen=True)
class TicFaults:
    bad_checksum: bool = False
    cut_frame: bool = False
    silent: bool = False


def faulty_frame(groups: list[TicGroup], mode: TicMode, faults: TicFaults) -> bytes:
    """The frame's bytes with the faults applied."""
    data = frame_bytes(groups, mode)
    if faults.bad_checksum:
        for label in CURRENT_LABELS:
            data = _spoil_checksum(data, label, mode)
    if faults.cut_frame:
        data = data[: len(data) // 2]
    return data


def _spoil_checksum(data: bytes, label: str, mode: TicMode) -> bytes:
    start = data.find(b"\n" + label.encode() + mode.separator)
    if start < 0:
        return data
    end = data.find(CR, start)
    wrong = 0x20 + ((data[end - 1] - 0x20 + 1) & 0x3F)
    return data[: end - 1] + bytes([wrong]) + data[end:]


class TicMeter:
    """One TIC meter; `start()` opens the pseudo-terminal (where the system has them) and the
    TCP port, then sends a frame every `interval` real seconds until `stop()`."""

    def __init__(
        self,
        grid: GridSource,
        *,
        mode: TicMode = TicMode.HISTORIC,
        phases: int = 3,
        interval: float = DEFAULT_INTERVAL,
        subscribed_amps: int = 60,
        clock: Callable[[], datetime] | None = None,
        silent_when: Callable[[], bool] | None = None,
        port: int = 0,
        with_pty: bool = True,
    ) -> None:
        if phases not in (1, 3):
            raise InvalidInput(f"TIC meter: phases must be 1 or 3, got {phases}.")
        self.grid, self.mode, self.phases = grid, mode, phases
        self.interval = interval
        self.subscribed_amps = subscribed_amps
        self.faults = TicFaults()
        self.sent = 0
        self._clock = clock or (lambda: datetime.now().astimezone())
        self._silent_when = silent_when
        self._port = port
        self._pty = PseudoTerminal(mode.baud) if with_pty and PseudoTerminal.available() else None
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._task: asyncio.Task[None] | None = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def pty_path(self) -> str:
        return self._pty.path if self._pty is not None else ""

    def endpoint(self) -> dict[str, object]:
        return {
            "mode": self.mode.value,
            "phases": self.phases,
            "tcp": f"127.0.0.1:{self._port}",
            "pty": self.pty_path,
        }

    def state(self) -> dict[str, object]:
        return {**self.endpoint(), "sent": self.sent, "faults": self.faults.__dict__.copy()}

    def set_fault(self, kind: str, on: bool) -> None:
        """Switch one of `TIC_FAULT_KINDS`."""
        field = {"tic_bad_checksum": "bad_checksum", "tic_cut_frame": "cut_frame"}.get(
            kind, "silent"
        )
        self.faults = replace(self.faults, **{field: on})

    async def start(self) -> None:
        if self._pty is not None:
            self._pty.open()
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self._port)
        self._port = int(self._server.sockets[0].getsockname()[1])
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            self._writers.clear()
            await self._server.wait_closed()
            self._server = None
        if self._pty is not None:
            self._pty.close()

    async def __aenter__(self) -> TicMeter:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def reading(self) -> TicReading:
        state = self.grid.grid_state()
        return TicReading(
            currents=state.currents,
            voltages=state.voltages,
            import_wh=state.import_wh,
            export_wh=state.export_wh,
            phases=self.phases,
            subscribed_amps=self.subscribed_amps,
            when=self._clock(),
        )

    def current_frame(self) -> bytes:
        return faulty_frame(meter_groups(self.reading(), self.mode), self.mode, self.faults)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Keep the client; it only listens (whatever it sends is ignored)."""
        self._writers.add(writer)

    async def _run(self) -> None:
        while True:
            quiet = self.faults.silent or (self._silent_when is not None and self._silent_when())
            if not quiet:
                self._send(self.current_frame())
            await asyncio.sleep(self.interval)

    def _send(self, data: bytes) -> None:
        self.sent += 1
        if self._pty is not None:
            self._pty.write(data)
        for writer in list(self._writers):
            transport = writer.transport
            if writer.is_closing() or transport.get_write_buffer_size() > MAX_CLIENT_BACKLOG:
                log.debug("TIC client gone or too slow; dropped")
                self._writers.discard(writer)
                writer.close()
                continue
            with contextlib.suppress(ConnectionError, RuntimeError):
                writer.write(data)
