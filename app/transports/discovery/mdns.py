"""mDNS browser: every service type the drivers declare, browsed at the same time.

Zeroconf records become `DiscoveredDevice` values as they arrive (device-protocols.md §2.1:
serial from the host name, port from SRV with the scheme's default, TXT unused). A service that
says goodbye or expires is reported gone; `refresh()` asks all devices to answer again so the
hub can tell a live device from one that went quiet.

The interface list is always given by the caller: tests and the simulator pass
`["127.0.0.1"]`; None means every interface, for the real program on a laptop only.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

# DNSOutgoing, DNSQuestion and DNSPointer are importable from the package root but not in its
# __all__; they are the documented way to build a query by hand.
from zeroconf import (  # type: ignore[attr-defined]
    DNSAddress,
    DNSOutgoing,
    DNSPointer,
    DNSQuestion,
    InterfaceChoice,
    IPVersion,
    RecordUpdate,
    RecordUpdateListener,
    ServiceStateChange,
    Zeroconf,
)
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

from app.core.discovery import (
    DiscoveredDevice,
    MdnsServiceSpec,
    Source,
    Transport,
    serial_from_host,
    usable_ipv4,
)
from app.core.errors import DeviceError
from app.transports.discovery.base import DeviceSink, TaskSet
from app.transports.loopback_mdns import all_loopback, loopback_zeroconf

log = logging.getLogger(__name__)

_TYPE_PTR = 12  # RFC 1035 record type codes
_CLASS_IN = 1
_FLAGS_QUERY = 0x0000
_CLOSE_TIMEOUT = 3.0
# A record sent with the cache-flush bit replaces older ones after one second (RFC 6762 §10.2).
_CACHE_FLUSH_DELAY = 1.2


@dataclass
class _Known:
    spec: MdnsServiceSpec
    host: str
    devices: list[DiscoveredDevice]


def devices_from_service(
    spec: MdnsServiceSpec,
    name: str,
    *,
    server: str | None,
    port: int | None,
    addresses: Iterable[str],
    now: float,
) -> list[DiscoveredDevice]:
    """One sighting per usable IPv4 address of a resolved service (none when it has none)."""
    host = server or ""
    return [
        DiscoveredDevice(
            serial=serial_from_host(host),
            transport=Transport.LAN,
            source=Source.MDNS,
            address=address,
            origin=name,
            first_seen=now,
            last_seen=now,
            port=port or spec.default_port,
            scheme=spec.scheme,
            generation=spec.generation,
            name=host.rstrip("."),
            driver=spec.driver,
            extra={"service_type": spec.service_type},
        )
        for address in usable_ipv4(addresses)
    ]


def open_zeroconf(interfaces: Sequence[str] | None) -> AsyncZeroconf:
    """A zeroconf instance on exactly these interfaces (None: all of them, real use only)."""
    chosen: list[str] | InterfaceChoice = (
        InterfaceChoice.All if interfaces is None else list(interfaces)
    )
    try:
        if interfaces is not None and all_loopback(interfaces):
            return loopback_zeroconf(interfaces)  # demo, simulator, tests: no wildcard socket
        return AsyncZeroconf(interfaces=chosen, ip_version=IPVersion.V4Only)
    except (OSError, ValueError) as exc:
        raise DeviceError(
            f"mDNS cannot start on {interfaces or 'any interface'}: {exc}.",
            hint="Check the interface address, and that no firewall blocks UDP port 5353.",
        ) from exc


class MdnsBrowser:
    """Browses the declared service types and reports each resolved service to a sink."""

    source = Source.MDNS

    def __init__(
        self,
        *,
        interfaces: Sequence[str] | None,
        services: Sequence[MdnsServiceSpec],
        resolve_timeout: float = 3.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._interfaces = interfaces
        self._specs = {spec.service_type: spec for spec in services}
        self._resolve_timeout = resolve_timeout
        self._clock = clock
        self._tasks = TaskSet("mdns")
        self._azc: AsyncZeroconf | None = None
        self._browser: AsyncServiceBrowser | None = None
        self._listener: _SeenAgain | None = None
        self._sink: DeviceSink | None = None
        self._known: dict[str, _Known] = {}
        self._moving: set[str] = set()

    async def start(self, sink: DeviceSink) -> None:
        """Open zeroconf on the chosen interfaces and start browsing."""
        if self._azc is not None:
            return
        self._sink = sink
        self._azc = open_zeroconf(self._interfaces)
        self._listener = _SeenAgain(self._on_records)
        self._azc.zeroconf.async_add_listener(self._listener, None)
        self._browser = AsyncServiceBrowser(
            self._azc.zeroconf, list(self._specs), handlers=[self._on_change]
        )

    async def stop(self) -> None:
        """Stop browsing and close zeroconf (bounded)."""
        azc, self._azc = self._azc, None
        if azc is None:
            return
        await self._tasks.cancel_all()
        try:
            async with asyncio.timeout(_CLOSE_TIMEOUT):
                if self._browser is not None:
                    await self._browser.async_cancel()
                if self._listener is not None:
                    azc.zeroconf.async_remove_listener(self._listener)
                await azc.async_close()
        except TimeoutError:
            log.warning("closing mDNS took longer than %.0f s", _CLOSE_TIMEOUT)
        self._browser = None
        self._known.clear()

    async def refresh(self) -> None:
        """Ask every device of the declared types to answer again (one multicast query)."""
        if self._azc is None:
            return
        # Without known answers, so that every live responder answers (RFC 6762 §7.1).
        out = DNSOutgoing(_FLAGS_QUERY, multicast=True)
        for service_type in self._specs:
            out.add_question(DNSQuestion(service_type, _TYPE_PTR, _CLASS_IN))
        self._azc.zeroconf.async_send(out)

    def _on_change(
        self,
        zeroconf: Zeroconf,
        service_type: str,
        name: str,
        state_change: ServiceStateChange,
    ) -> None:
        spec = self._specs.get(service_type)
        if spec is None or self._sink is None:
            return
        if state_change is ServiceStateChange.Removed:
            self._known.pop(name, None)
            self._sink.gone(Source.MDNS, name)
            return
        self._tasks.spawn(self._resolve(spec, name), name)

    async def _resolve(self, spec: MdnsServiceSpec, name: str) -> None:
        if self._azc is None:
            return
        info = AsyncServiceInfo(spec.service_type, name)
        try:
            async with asyncio.timeout(self._resolve_timeout + 1.0):
                found = await info.async_request(
                    self._azc.zeroconf, int(self._resolve_timeout * 1000)
                )
        except TimeoutError:
            found = False
        if not found:
            log.info("mDNS service %s did not resolve within %.1f s", name, self._resolve_timeout)
            return
        devices = devices_from_service(
            spec,
            name,
            server=info.server,
            port=info.port,
            addresses=info.parsed_scoped_addresses(),
            now=self._clock(),
        )
        if not devices:
            log.info("mDNS service %s has no usable IPv4 address", name)
            return
        self._report(_Known(spec, (info.server or "").lower(), devices), name)

    def _report(self, known: _Known, name: str) -> None:
        if self._sink is None:
            return
        previous = self._known.get(name)
        before = {d.address for d in previous.devices} if previous else set()
        if before - {d.address for d in known.devices}:
            # The service moved to another address: the old one is stale, not silently current.
            self._sink.gone(Source.MDNS, name)
        self._known[name] = known
        for device in known.devices:
            self._sink.seen(device)

    async def _resolve_moved(self, spec: MdnsServiceSpec, name: str) -> None:
        try:
            await asyncio.sleep(_CACHE_FLUSH_DELAY)
            await self._resolve(spec, name)
        finally:
            self._moving.discard(name)

    def _on_records(self, names: set[str], addresses: set[tuple[str, str]]) -> None:
        """Records arrived: the services they name were seen again; a new address is resolved."""
        if self._sink is None:
            return
        now = self._clock()
        for instance, known in self._known.items():
            if instance.lower() in names or known.host in names:
                for device in known.devices:
                    self._sink.seen(replace(device, last_seen=now))
            current = {d.address for d in known.devices}
            fresh = {ip for host, ip in addresses if host == known.host} - current
            if usable_ipv4(fresh) and instance not in self._moving:
                self._moving.add(instance)
                self._tasks.spawn(self._resolve_moved(known.spec, instance), instance)


class _SeenAgain(RecordUpdateListener):
    """Hands the names and IPv4 addresses of live (non-goodbye) records to a callback."""

    def __init__(self, callback: Callable[[set[str], set[tuple[str, str]]], None]) -> None:
        self._callback = callback

    def async_update_records(self, zc: Zeroconf, now: float, records: list[RecordUpdate]) -> None:
        names: set[str] = set()
        addresses: set[tuple[str, str]] = set()
        for update in records:
            record = update.new
            if record.ttl == 0:  # a goodbye; the browser reports the removal
                continue
            names.add(record.name.lower())
            if isinstance(record, DNSPointer):
                names.add(record.alias.lower())
            elif isinstance(record, DNSAddress) and len(record.address) == 4:
                addresses.add((record.name.lower(), socket.inet_ntoa(record.address)))
        if names:
            self._callback(names, addresses)

    def async_update_records_complete(self) -> None:
        """Nothing to do once a response is processed."""
