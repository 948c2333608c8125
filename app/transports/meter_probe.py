"""Finding a meter and checking a preset against it: framing and unit-id scan, then the check.

Installers meet RS-485-to-TCP gateways that speak Modbus TCP or raw RTU frames over TCP, and
meters whose Modbus address nobody wrote down. The scan tries both framings and unit ids
1…247; a unit "answers" when it returns registers or any exception other than the gateway's
own 0x0A/0x0B. The check itself is pure (app/core/meter_check.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.core.errors import DeviceError, InvalidInput
from app.core.meter_check import CheckResult, Observation, Reference, check_meter
from app.core.presets import MeterPreset
from app.transports.meter_reader import (
    Framing,
    MeterAddress,
    MeterReader,
    ModbusExceptionError,
    ModbusLink,
    NoAnswer,
    WrongUnit,
)
from app.transports.meter_registers import decode

log = logging.getLogger(__name__)

ALL_UNITS = range(1, 248)
TCP_FRAMINGS = (Framing.TCP, Framing.RTU_OVER_TCP)
Progress = Callable[[Framing, int], None]


@dataclass(frozen=True)
class ScanHit:
    """A unit id that answered, in one framing."""

    framing: Framing
    unit: int
    answer: str


async def probe_unit(
    link: ModbusLink, unit: int, function_code: int = 3, register: int = 0
) -> str | None:
    """What `unit` answers to a one-register read, or None when nothing (or only the gateway)."""
    try:
        await link.read(function_code, register, 1, unit)
    except WrongUnit:
        return None
    except ModbusExceptionError as exc:
        return f"exception {exc.code:#04x} (a device is there)"
    except (NoAnswer, DeviceError):
        return None
    return "registers"


async def _framing_answers(address: MeterAddress, unit: int, timeout: float) -> bool:
    """Whether anything (a meter, or a gateway's exception) answers in this framing.

    A second unit id is tried too: a gateway whose meter is silent still answers for others.
    """
    async with ModbusLink(address, timeout=timeout, retries=0) as link:
        for probe in (unit, 247 if unit != 247 else 1):
            try:
                await link.read(3, 0, 1, probe)
            except ModbusExceptionError:
                return True
            except (NoAnswer, DeviceError):
                continue
            return True
    return False


async def detect_framings(
    host: str, port: int, *, unit: int = 1, timeout: float = 0.5
) -> list[Framing]:
    """The TCP framings in which anything answers at host:port (empty when all is silent)."""
    found = []
    for framing in TCP_FRAMINGS:
        if await _framing_answers(MeterAddress(host, port, framing), unit, timeout):
            found.append(framing)
    return found


async def scan_units(
    address: MeterAddress,
    units: Iterable[int] = ALL_UNITS,
    *,
    timeout: float = 0.3,
    workers: int = 4,
    progress: Progress | None = None,
) -> list[ScanHit]:
    """Every unit id that answers at `address`, probing with `workers` connections at once
    (one on a serial port: a serial line has one master; app/transports/serial_scan.py)."""
    if address.framing is Framing.RTU:
        workers = 1
    pending = list(units)
    if any(not 0 <= u <= 247 for u in pending):
        raise InvalidInput("Unit ids are 0…247.")
    queue: asyncio.Queue[int] = asyncio.Queue()
    for unit in pending:
        queue.put_nowait(unit)
    hits: list[ScanHit] = []

    async def worker() -> None:
        async with ModbusLink(address, timeout=timeout, retries=0) as link:
            while not queue.empty():
                unit = queue.get_nowait()
                if progress is not None:
                    progress(address.framing, unit)
                answer = await probe_unit(link, unit)
                if answer is not None:
                    hits.append(ScanHit(address.framing, unit, answer))

    async with asyncio.TaskGroup() as group:
        for _ in range(max(1, min(workers, len(pending)))):
            group.create_task(worker())
    return sorted(hits, key=lambda h: h.unit)


async def find_meter(
    host: str,
    port: int,
    *,
    unit: int = 1,
    units: Iterable[int] = ALL_UNITS,
    timeout: float = 0.3,
    progress: Progress | None = None,
) -> list[ScanHit]:
    """Where a meter answers at host:port: the given unit first, then a scan of `units`."""
    framings = await detect_framings(host, port, unit=unit, timeout=timeout)
    for framing in framings:
        async with ModbusLink(
            MeterAddress(host, port, framing), timeout=timeout, retries=0
        ) as link:
            answer = await probe_unit(link, unit)
        if answer is not None:
            return [ScanHit(framing, unit, answer)]
    hits: list[ScanHit] = []
    for framing in framings or list(TCP_FRAMINGS):
        hits += await scan_units(
            MeterAddress(host, port, framing), units, timeout=timeout, progress=progress
        )
    return hits


async def observe(link: ModbusLink, preset: MeterPreset, unit: int) -> list[Observation]:
    """Read every register of `preset` and decode it in both word orders."""
    words = await MeterReader(link, preset, unit=unit).read_words()
    order = preset.transport.word_order
    return [
        Observation(e, decode(w, e.type, order), decode(w, e.type, order.swapped))
        for e, w in words.items()
    ]


async def check_preset(
    link: ModbusLink, preset: MeterPreset, unit: int, reference: Reference | None = None
) -> CheckResult:
    """Read `preset` from the meter and judge it."""
    return check_meter(preset, await observe(link, preset, unit), reference)


async def identify(
    link: ModbusLink,
    presets: Sequence[MeterPreset],
    unit: int,
    reference: Reference | None = None,
) -> list[CheckResult]:
    """Check every preset against the meter, best match first (see `_rank`)."""
    results = []
    for preset in presets:
        try:
            results.append(await check_preset(link, preset, unit, reference))
        except (ModbusExceptionError, NoAnswer) as exc:
            log.debug("preset %s does not read: %s", preset.name, exc)
    return sorted(results, key=_rank)


def _rank(result: CheckResult) -> tuple[bool, int, int]:
    """Plausible first, then the preset that explains most registers, then the smallest fix."""
    return (not result.plausible, -result.live, result.changes)
