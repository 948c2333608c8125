"""Finding a Modbus RTU meter on a serial port: its line settings, then its unit id.

A meter on an RS-485 line answers only when baud rate, parity and unit id are all right, and
says nothing otherwise: there is no gateway to tell "wrong unit" from "wrong speed". The scan
first asks the expected unit at each candidate setting (the common ones first: 9600 and the
Eastron meters' 2400 baud, no parity), then, when no setting got an answer, asks every unit id
at each setting in turn and stops at the first setting where any unit answered. One request at
a time: a serial line has one master.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.core.errors import InvalidInput, Unreachable
from app.core.measurands import Parity
from app.transports.meter_probe import ALL_UNITS, probe_unit
from app.transports.meter_reader import Framing, MeterAddress, ModbusLink

log = logging.getLogger(__name__)

BAUDS = (9600, 2400, 19200, 4800, 38400, 1200, 57600, 115200)
PARITIES = (Parity.NONE, Parity.EVEN, Parity.ODD)
SerialProgress = Callable[[int, Parity, int], None]  # baud, parity, unit


@dataclass(frozen=True)
class SerialHit:
    """A unit id that answered on the serial port at these line settings."""

    baud: int
    parity: Parity
    unit: int
    answer: str

    @property
    def settings(self) -> str:
        return f"{self.baud} baud 8{self.parity.letter}1"


def candidate_settings(
    bauds: Sequence[int] = BAUDS, parities: Sequence[Parity] = PARITIES
) -> list[tuple[int, Parity]]:
    """Every (baud, parity) to try, all bauds without parity first (the usual meter set-up)."""
    return [(b, p) for p in parities for b in bauds]


async def _probe(
    port: str,
    baud: int,
    parity: Parity,
    units: Iterable[int],
    timeout: float,
    progress: SerialProgress | None,
) -> list[SerialHit]:
    address = MeterAddress(serial_port=port, framing=Framing.RTU)
    hits = []
    try:
        async with ModbusLink(
            address, timeout=timeout, retries=0, baud=baud, parity=parity
        ) as link:
            for unit in units:
                if progress is not None:
                    progress(baud, parity, unit)
                answer = await probe_unit(link, unit)
                if answer is not None:
                    hits.append(SerialHit(baud, parity, unit, answer))
    except Unreachable as exc:  # the port refuses this setting: nothing can answer in it
        log.debug("serial scan: %s at %s %s: %s", port, baud, parity.name, exc)
    return hits


async def scan_serial(
    port: str,
    *,
    unit: int = 1,
    units: Iterable[int] = ALL_UNITS,
    settings: Sequence[tuple[int, Parity]] | None = None,
    timeout: float = 0.3,
    progress: SerialProgress | None = None,
) -> list[SerialHit]:
    """Where a meter answers on `port`: `unit` at each setting, then every unit id."""
    pending = list(units)
    if not 1 <= unit <= 247 or any(not 1 <= u <= 247 for u in pending):
        raise InvalidInput("Unit ids on an RS-485 line are 1…247.")
    tries = list(settings) if settings is not None else candidate_settings()
    for baud, parity in tries:
        hits = await _probe(port, baud, parity, [unit], timeout, progress)
        if hits:
            return hits
    for baud, parity in tries:
        hits = await _probe(
            port, baud, parity, [u for u in pending if u != unit], timeout, progress
        )
        if hits:
            return hits
    return []
