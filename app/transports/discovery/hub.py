"""The discovery hub: every source reports here; subscribers see one merged, live list.

Subscribing returns the callable that unsubscribes, and replays every entry already known as
ADDED, so a window opened late shows the same list as one opened first. A maintenance task
asks the sources to refresh and marks stale what was not seen again within its TTL.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from ipaddress import IPv4Network
from types import TracebackType

from app.core.discovery import DiscoveredDevice, ProbeSpec, Source
from app.core.discovery_table import (
    ChangeKind,
    DeviceTable,
    DiscoveredCharger,
    DiscoveryEvent,
)
from app.core.errors import DeviceTimeout
from app.transports.discovery.base import DiscoverySource, TaskSet
from app.transports.discovery.probe import probe_address
from app.transports.discovery.sweep import SWEEP_PORTS, SweepResult, sweep_subnet

log = logging.getLogger(__name__)

Subscriber = Callable[[DiscoveryEvent], None]

# Seconds a sighting stays fresh without being seen again. mDNS devices are asked to answer
# again every `refresh_interval`; BLE devices advertise several times a second. A manual or
# swept address is checked once, when the installer asks.
DEFAULT_TTL: Mapping[Source, float | None] = {
    Source.MDNS: 75.0,
    Source.BLE: 30.0,
    Source.MANUAL: None,
    Source.SWEEP: None,
}
_REFRESH_TIMEOUT = 5.0


class DiscoveryHub:
    """Merges sightings from every source by serial and tells subscribers about changes."""

    def __init__(
        self,
        *,
        probes: Sequence[ProbeSpec] = (),
        ttl: Mapping[Source, float | None] = DEFAULT_TTL,
        check_interval: float = 5.0,
        refresh_interval: float = 25.0,
        start_timeout: float = 15.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._probes = tuple(probes)  # how manual and swept addresses are asked who they are
        self._ttl = dict(ttl)
        self._check_interval = check_interval
        self._refresh_interval = refresh_interval
        self._start_timeout = start_timeout
        self._clock = clock
        self._table = DeviceTable()
        self._subscribers: dict[int, Subscriber] = {}
        self._next_token = 0
        self._sources: list[DiscoverySource] = []
        self._tasks = TaskSet("discovery-hub")
        self._changed = asyncio.Event()

    # -- the sink every source reports to -------------------------------------------------

    def seen(self, device: DiscoveredDevice) -> None:
        """A source saw `device` (again)."""
        self._publish(self._table.seen(device))

    def gone(self, source: Source, origin: str) -> None:
        """A source says the sighting `origin` went away: it becomes stale, not forgotten."""
        self._publish(self._table.gone(source, origin))

    def expire(self, now: float | None = None) -> None:
        """Mark stale the sightings not seen again within their source's TTL."""
        when = self._clock() if now is None else now
        self._publish(self._table.expire(when, self._ttl))

    # -- subscribers --------------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call `callback` on every change, after replaying known entries; returns unsubscribe."""
        token = self._next_token
        self._next_token += 1
        self._subscribers[token] = callback
        for entry in self._table.entries():
            _deliver(callback, DiscoveryEvent(ChangeKind.ADDED, entry))

        def unsubscribe() -> None:
            self._subscribers.pop(token, None)

        return unsubscribe

    def entries(self) -> tuple[DiscoveredCharger, ...]:
        """The merged list, ordered by key."""
        return self._table.entries()

    async def wait_until(
        self, condition: Callable[[tuple[DiscoveredCharger, ...]], bool], within: float
    ) -> bool:
        """Wait (at most `within` s) until `condition(entries)` holds; False if it never did."""
        try:
            async with asyncio.timeout(within):
                while not condition(self._table.entries()):
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            return False
        return True

    # -- sources and actions ------------------------------------------------------------

    async def add_source(self, source: DiscoverySource) -> None:
        """Start `source` reporting here; its start error reaches the caller, nothing is kept."""
        try:
            async with asyncio.timeout(self._start_timeout):
                await source.start(self)
        except TimeoutError:
            await source.stop()
            raise DeviceTimeout(
                f"{source.source.value} discovery did not start within {self._start_timeout:g} s."
            ) from None
        self._sources.append(source)

    async def add_manual(self, text: str, *, within: float = 5.0) -> DiscoveredDevice:
        """Probe an address the installer typed and list the device it answers for."""
        device = await probe_address(text, self._probes, within=within, clock=self._clock)
        self.seen(device)
        return device

    async def sweep(
        self,
        network: IPv4Network,
        *,
        local_networks: Sequence[IPv4Network],
        ports: Mapping[int, str] = SWEEP_PORTS,
        concurrency: int = 64,
        connect_timeout: float = 0.5,
        time_limit: float = 30.0,
    ) -> SweepResult:
        """Sweep the laptop's own subnet (see `sweep_subnet`), listing devices as they answer."""
        return await sweep_subnet(
            network,
            local_networks=local_networks,
            ports=ports,
            concurrency=concurrency,
            connect_timeout=connect_timeout,
            time_limit=time_limit,
            probes=self._probes,
            on_found=self.seen,
            clock=self._clock,
        )

    async def start(self) -> None:
        """Start the maintenance task (refresh sources, expire sightings)."""
        if len(self._tasks) == 0:
            self._tasks.spawn(self._maintain(), "maintain")

    async def stop(self) -> None:
        """Stop the maintenance task and every source (each bounded)."""
        await self._tasks.cancel_all()
        sources, self._sources = self._sources, []
        for source in sources:
            await source.stop()

    async def __aenter__(self) -> DiscoveryHub:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    async def _maintain(self) -> None:
        next_refresh = self._clock() + self._refresh_interval
        while True:
            await asyncio.sleep(min(self._check_interval, self._refresh_interval))
            if self._clock() >= next_refresh:
                next_refresh = self._clock() + self._refresh_interval
                await self._refresh_all()
            self.expire()

    async def _refresh_all(self) -> None:
        for source in list(self._sources):
            try:
                async with asyncio.timeout(_REFRESH_TIMEOUT):
                    await source.refresh()
            except (TimeoutError, OSError) as exc:
                log.warning("refreshing %s failed: %r", source.source, exc)

    def _publish(self, events: list[DiscoveryEvent]) -> None:
        if not events:
            return
        self._changed.set()
        for event in events:
            for callback in list(self._subscribers.values()):
                _deliver(callback, event)


def _deliver(callback: Subscriber, event: DiscoveryEvent) -> None:
    """One subscriber's failure must not stop the others from hearing about the change."""
    try:
        callback(event)
    except Exception:
        log.exception("a discovery subscriber failed on %s %s", event.kind, event.entry.key)
