"""Live sampling: one poller per charger reads its channels at a fixed rate into a SeriesTable.

Ticks are on a fixed grid (default 4 Hz). Each read is bounded by a timeout; a failed or
timed-out read is a gap row (NaN), and ticks missed because a read overran are marked by one
gap row, so a plot breaks its line there instead of drawing through. Memory is bounded by the
table's ring; the task is owned by the poller (start/stop or `async with`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import TracebackType

from app.core.channels import Channel, Sample, SampleSource, as_float
from app.core.errors import DeviceError, DeviceTimeout, InvalidInput
from app.core.series import DEFAULT_RATE_HZ, SeriesTable
from app.core.values import Value
from app.drivers.base import Driver, SettingKey, SettingsAccess, Values
from app.drivers.sources import CombinedSource

log = logging.getLogger(__name__)

Clock = Callable[[], float]


class SerialClient:
    """One request at a time over a charger's single session (poller and flow share it)."""

    def __init__(self, client: SettingsAccess) -> None:
        self._client = client
        self._lock = asyncio.Lock()

    @property
    def driver(self) -> Driver:
        return self._client.driver

    async def read(self, keys: Iterable[SettingKey]) -> Values:
        async with self._lock:
            return await self._client.read(keys)

    async def write(self, values: Mapping[SettingKey, Value]) -> None:
        async with self._lock:
            await self._client.write(values)


def live_channels(client: SettingsAccess, sockets: int) -> tuple[Channel, ...]:
    """Every channel one charger's poller samples: its sockets and the meter it reads."""
    return client.driver.channels(sockets)


def charger_source(client: SettingsAccess, sockets: int, modbus: object = None) -> SampleSource:
    """What one charger's poller reads, as its driver reads it (`modbus`: see
    `Driver.sample_source`)."""
    return client.driver.sample_source(client, live_channels(client, sockets), modbus=modbus)


@dataclass
class PollStats:
    """Counters a front-end shows next to the plot."""

    polls: int = 0
    gaps: int = 0
    failures: int = 0
    consecutive_failures: int = 0
    last_error: str = ""

    @property
    def stale(self) -> bool:
        return self.consecutive_failures >= 3


class Poller:
    """Samples `source` into `table` at `rate_hz` until stopped."""

    def __init__(
        self,
        source: SampleSource,
        table: SeriesTable,
        *,
        rate_hz: float = DEFAULT_RATE_HZ,
        timeout: float = 2.0,
        clock: Clock = time.monotonic,
        name: str = "charger",
    ) -> None:
        if not (math.isfinite(rate_hz) and 0 < rate_hz <= 50):
            raise InvalidInput(f"Sampling rate {rate_hz} Hz: choose 0.1…50 Hz.")
        self.source = source
        self.table = table
        self.period = 1.0 / rate_hz
        self.timeout = timeout
        self.clock = clock
        self.name = name
        self.stats = PollStats()
        self._task: asyncio.Task[None] | None = None
        self._sampled = asyncio.Event()
        # The newest reading while the device answers ({} after a failed read): a read that
        # overran is followed by a gap for the missed ticks, which must not hide it.
        self._reading: Sample = {}

    # --- lifecycle ------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(
                self.run(), name=f"poll {self.name}"
            )

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def __aenter__(self) -> Poller:
        self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # --- sampling -------------------------------------------------------------------------

    async def run(self) -> None:
        """Poll forever on a fixed tick grid; cancel to stop."""
        next_tick = self.clock()
        while True:
            await self.poll_once(next_tick)
            next_tick += self.period
            now = self.clock()
            if now > next_tick:  # the read overran: the ticks in between are a gap
                missed = math.floor((now - next_tick) / self.period) + 1
                self._gap(next_tick)
                next_tick += missed * self.period
            await asyncio.sleep(max(0.0, next_tick - self.clock()))

    async def poll_once(self, tick: float) -> None:
        """One bounded read; a row of values, or a gap row when it fails."""
        self.stats.polls += 1
        start = self.clock()
        try:
            async with asyncio.timeout(self.timeout):
                values = await self.source.sample()
        except (DeviceError, TimeoutError) as exc:
            self._failed(tick, exc)
            return
        end = self.clock()
        self.table.append(self._after_last((start + end) / 2), values)
        self._reading = self.table.latest()
        if self.stats.consecutive_failures:
            log.info("%s answers again after %d failed polls", self.name, self.stats.failures)
        self.stats.consecutive_failures = 0
        self._notify()

    def _failed(self, tick: float, exc: BaseException) -> None:
        text = str(exc) or f"no answer within {self.timeout:g} s"
        if not self.stats.consecutive_failures:
            log.warning("Polling %s failed: %s", self.name, text)
        self.stats.failures += 1
        self.stats.consecutive_failures += 1
        self.stats.last_error = text
        self._reading = {}
        self._gap(tick)

    def _gap(self, t: float) -> None:
        self.table.append_gap(self._after_last(t))
        self.stats.gaps += 1
        self._notify()

    def _after_last(self, t: float) -> float:
        last = self.table.last_time
        return t if last is None or t >= last else last

    def _notify(self) -> None:
        self._sampled.set()
        self._sampled = asyncio.Event()

    async def next_row(self) -> None:
        """Wait for the next row (a sample or a gap)."""
        await self._sampled.wait()

    async def newest(self) -> Sample:
        """The newest reading: a poll just started may have none yet, or only a gap, so one is
        awaited for two reads' time at most (else the newest row, perhaps empty). What a
        workflow decides from (is the EV already charging?) must be a reading."""
        within = 2 * (self.timeout + self.period)
        with contextlib.suppress(DeviceTimeout):
            return await self.wait_for(lambda _row: bool(self._reading), within, "a reading")
        return self.table.latest()

    async def wait_for(
        self, predicate: Callable[[Sample], bool], timeout: float, what: str
    ) -> Sample:
        """The first newest reading meeting `predicate`, within `timeout` seconds."""
        try:
            async with asyncio.timeout(timeout):
                while True:
                    latest = self._reading or self.table.latest()
                    if latest and predicate(latest):
                        return latest
                    await self.next_row()
        except TimeoutError:
            raise DeviceTimeout(
                f"{self.name}: {what} did not happen within {timeout:g} s."
            ) from None


class Monitor:
    """The pollers of several chargers, started and stopped together."""

    def __init__(self) -> None:
        self._pollers: dict[str, Poller] = {}

    def add(self, poller: Poller) -> Poller:
        if poller.name in self._pollers:
            raise InvalidInput(f"{poller.name} is already monitored.")
        self._pollers[poller.name] = poller
        return poller

    def __getitem__(self, name: str) -> Poller:
        return self._pollers[name]

    def __len__(self) -> int:
        return len(self._pollers)

    async def __aenter__(self) -> Monitor:
        for poller in self._pollers.values():
            poller.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.gather(*(p.stop() for p in self._pollers.values()))


__all__ = [
    "CombinedSource",
    "Monitor",
    "PollStats",
    "Poller",
    "Sample",
    "SampleSource",
    "SerialClient",
    "as_float",
    "charger_source",
    "live_channels",
]
