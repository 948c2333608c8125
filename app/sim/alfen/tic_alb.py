"""A simulated charger balancing on the TIC meter wired to its TIC input (5217_0 = 7).

The charger listens to the meter's frames (over the site's TCP outlet of the meter, the
simulator's stand-in for the two TIC wires) in whichever mode the meter speaks: the mode is
taken from the bytes, as the charger's expected mode is not public. Each good frame gives the
per-phase currents (whole amperes, with no sign: a site that exports looks like one that
imports, so the charger holds back as a real one fed by TIC would) and goes to the charger's
ALB feed exactly like a P1 telegram or a Modbus reading. The status shows in 212E_1 with the
P1 codes (1 receiving, 2 no frames, 3 last frame damaged); a meter that stays quiet, or whose
frames are all damaged (bad checksums, cut frames), leaves the feed without fresh readings, and
after the feed's quiet time the charger falls back to its safe current (2068_0).
"""

from __future__ import annotations

import asyncio
import logging

from app.core.tic import TicFrame, TicStream
from app.core.tic_values import frame_values
from app.sim.alfen.alb_source import (
    P1_BAD_TELEGRAM,
    P1_RECEIVING,
    P1_STATUS,
    SourceReader,
)
from app.transports.tic import READ_CHUNK, TicAddress

log = logging.getLogger(__name__)


async def follow_tic(reader: SourceReader, line: str, boot: int) -> None:
    """Listen to the TIC meter at `line` until the charger reboots."""
    address = TicAddress.parse(line)

    async def read(stream: asyncio.StreamReader, boot: int) -> None:
        await _read_frames(reader, stream, boot)

    await reader.follow_stream(address.host, address.port, boot, read, "TIC")


async def _read_frames(reader: SourceReader, stream: asyncio.StreamReader, boot: int) -> None:
    """Split the bytes into frames; return when the stream ends or the charger reboots."""
    frames = TicStream()
    while reader._same_boot(boot):
        try:
            async with asyncio.timeout(reader._poll()):
                data = await stream.read(READ_CHUNK)
        except TimeoutError:
            reader._show_p1_quiet()
            continue
        except OSError:
            return
        if not data:
            return
        for item in frames.feed(data):
            _frame(reader, item)


def _frame(reader: SourceReader, item: object) -> None:
    if isinstance(item, TicFrame):
        reader._heard(frame_values(item))
        reader.charger.values[P1_STATUS] = P1_RECEIVING
        return
    log.debug("charger %s: TIC frame rejected: %s", reader.charger.serial, item)
    reader._quiet()
    reader.charger.values[P1_STATUS] = P1_BAD_TELEGRAM
