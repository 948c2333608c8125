"""A smart meter's P1 port (DSMR 5) served over TCP, the way a P1-to-Ethernet gateway serves it.

One telegram per interval (1 s on a real DSMR 5 meter) to every connected client, built from a
`GridSource` (app/sim/meter_sim.py). Telegrams carry per-phase voltage (32.7.0/52.7.0/72.7.0),
whole-ampere current (31.7.0/51.7.0/71.7.0) and imported/exported power (21.7.0/22.7.0 …) and
end in `!` plus CRC16 (polynomial 0xA001, over everything from `/` to `!`; device-protocols
§2.9). Faults: silent (connected, nothing sent) and a wrong CRC.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.sim.meter_sim import GridSource, GridState

log = logging.getLogger(__name__)

HEADER = "/CMR5\\2COMMISSIONER-SIM"
EQUIPMENT_ID = "SIMULATEDP1METER"
_PHASE_CODES = ((32, 31, 21, 22), (52, 51, 41, 42), (72, 71, 61, 62))


def crc16(data: bytes) -> int:
    """CRC-16/ARC (reflected polynomial 0xA001, initial value 0), as DSMR 4+ uses."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def _dutch_now() -> datetime:
    try:
        return datetime.now(ZoneInfo("Europe/Amsterdam"))
    except ZoneInfoNotFoundError:
        return datetime.now().astimezone()


def telegram(state: GridState, now: datetime, *, phases: int = 3, bad_crc: bool = False) -> str:
    """One complete DSMR 5 telegram, CRC included, lines ending in CR LF."""
    season = "S" if now.dst() else "W"
    lines = [
        HEADER,
        "",
        "1-3:0.2.8(50)",
        f"0-0:1.0.0({now:%y%m%d%H%M%S}{season})",
        f"0-0:96.1.1({EQUIPMENT_ID.encode().hex().upper()})",
        f"1-0:1.8.1({state.import_wh / 1000:010.3f}*kWh)",
        "1-0:1.8.2(000000.000*kWh)",
        f"1-0:2.8.1({state.export_wh / 1000:010.3f}*kWh)",
        "1-0:2.8.2(000000.000*kWh)",
        "0-0:96.14.0(0001)",
    ]
    total = sum(state.power(p) for p in range(1, phases + 1))
    lines += [
        f"1-0:1.7.0({_kw(max(total, 0.0))}*kW)",
        f"1-0:2.7.0({_kw(max(-total, 0.0))}*kW)",
        "0-0:96.7.21(00000)",
        "0-0:96.7.9(00000)",
        "1-0:99.97.0(0)(0-0:96.7.19)",
    ]
    lines += _phase_lines(state, phases)
    body = "\r\n".join(lines) + "\r\n!"
    crc = crc16(body.encode("ascii"))
    if bad_crc:
        crc ^= 0x5A5A
    return f"{body}{crc:04X}\r\n"


def _phase_lines(state: GridState, phases: int) -> list[str]:
    """Sag and swell counters, then voltage, current and ±power of each phase."""
    codes = _PHASE_CODES[:phases]
    powers = [state.power(p) for p in range(1, phases + 1)]
    lines = [f"1-0:{v}.32.0(00000)" for v, *_ in codes]
    lines += [f"1-0:{v}.36.0(00000)" for v, *_ in codes]
    lines += ["0-0:96.13.0()"]
    lines += [f"1-0:{v}.7.0({state.voltages[i]:05.1f}*V)" for i, (v, *_) in enumerate(codes)]
    lines += [
        f"1-0:{a}.7.0({round(abs(state.currents[i])):03d}*A)" for i, (_, a, *_) in enumerate(codes)
    ]
    lines += [f"1-0:{c[2]}.7.0({_kw(max(powers[i], 0.0))}*kW)" for i, c in enumerate(codes)]
    lines += [f"1-0:{c[3]}.7.0({_kw(max(-powers[i], 0.0))}*kW)" for i, c in enumerate(codes)]
    return lines


def _kw(watts: float) -> str:
    return f"{watts / 1000:06.3f}"


@dataclass(frozen=True)
class P1Faults:
    """What is wrong with the simulated P1 port."""

    silent: bool = False
    bad_crc: bool = False


class P1Server:
    """Serves DSMR 5 telegrams over TCP on 127.0.0.1 to any number of clients."""

    def __init__(
        self,
        grid: GridSource,
        *,
        interval: float = 1.0,
        phases: int = 3,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], datetime] = _dutch_now,
        silent_when: Callable[[], bool] | None = None,
    ) -> None:
        self.grid = grid
        self.interval = interval
        self.phases = phases
        self.faults = P1Faults()
        self.sent = 0
        self._host = host
        self._port = port
        self._clock = clock
        self._silent_when = silent_when
        self._server: asyncio.Server | None = None
        self._clients: set[asyncio.Task[None]] = set()
        self._stopping = asyncio.Event()

    @property
    def port(self) -> int:
        return self._port

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, self._host, self._port)
        self._port = int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        """Close the port; client handlers end on their own (asyncio's stream server owns them,
        and on 3.11 a cancelled handler is reported as an error), so they are told, not cancelled.
        """
        if self._server is None:
            return
        self._server.close()
        self._stopping.set()
        if self._clients:
            async with asyncio.timeout(5.0):
                await asyncio.gather(*self._clients, return_exceptions=True)
        await self._server.wait_closed()
        self._server = None
        self._stopping = asyncio.Event()

    async def __aenter__(self) -> P1Server:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def current_telegram(self) -> str:
        return telegram(
            self.grid.grid_state(), self._clock(), phases=self.phases, bad_crc=self.faults.bad_crc
        )

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._clients.add(task)
        try:
            while not self._stopping.is_set():
                if not self.faults.silent and not (self._silent_when and self._silent_when()):
                    writer.write(self.current_telegram().encode("ascii"))
                    async with asyncio.timeout(max(5.0, self.interval * 5)):
                        await writer.drain()
                    self.sent += 1
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.interval):
                        await self._stopping.wait()
        except (ConnectionError, TimeoutError) as exc:
            log.debug("P1 client went away: %s", exc)
        finally:
            self._clients.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
