"""Simulated chargers advertised over mDNS, the way real ones do (device-protocols.md §2.1).

New-generation chargers (firmware ≥ 5, HTTPS) advertise `_alfen._tcp.local.`, old ones
(plain HTTP) `_lolo3._http._tcp.local.`; the host name is `alfen-<objectid>.local.` and the
port is in the SRV record. TXT records carry nothing (real chargers' are not used), so the model
is not advertised.

Interfaces default to loopback only: with zeroconf's default interfaces the simulator would
multicast out of the machine's real network interface; on loopback it binds no wildcard socket
either (app/transports/loopback_mdns.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from zeroconf import (
    NonUniqueNameException,
    RecordUpdate,
    RecordUpdateListener,
    Zeroconf,
)
from zeroconf._dns import DNSQuestion, DNSService
from zeroconf._protocol.outgoing import DNSOutgoing
from zeroconf.asyncio import AsyncServiceInfo, AsyncZeroconf
from zeroconf.const import _CLASS_IN, _FLAGS_QR_QUERY, _TYPE_PTR

from app.core.discovery import MdnsServiceSpec
from app.core.errors import InvalidInput
from app.drivers.alfen.discovery import ALFEN_MDNS
from app.transports.discovery.mdns import open_zeroconf

log = logging.getLogger(__name__)

_REGISTER_TIMEOUT = 10.0  # probing takes about 1 s per batch (RFC 6762 §8.1)
_CLOSE_TIMEOUT = 5.0
_LISTEN_SECONDS = 1.25  # a held-back answer: 1 s, plus 20–120 ms of jitter, plus slack


class MdnsEntry(NamedTuple):
    """One simulated charger to advertise; `kind` is `https`/`new` or `http`/`old`."""

    serial: str
    model: str
    port: int
    kind: str = "https"


def host_name(serial: str) -> str:
    """The host name a real charger advertises: `alfen-ace0781464.local.`."""
    return f"alfen-{serial.lower()}.local."


def _spec_for(kind: str, services: Sequence[MdnsServiceSpec]) -> MdnsServiceSpec:
    for spec in services:
        if kind.lower() in (spec.scheme, spec.generation):
            return spec
    raise InvalidInput(f"'{kind}' is neither a scheme (https/http) nor a generation (new/old).")


class MdnsAdvertiser:
    """Advertises simulated chargers on the given interfaces (loopback by default)."""

    def __init__(
        self,
        interfaces: Sequence[str] = ("127.0.0.1",),
        *,
        address: str = "127.0.0.1",
        services: Sequence[MdnsServiceSpec] = ALFEN_MDNS,
    ) -> None:
        self._interfaces = list(interfaces)
        self._address = socket.inet_aton(address)
        self._services = tuple(services)
        self._azc: AsyncZeroconf | None = None
        self._infos: dict[str, AsyncServiceInfo] = {}

    @property
    def advertised(self) -> tuple[str, ...]:
        """Serials being advertised."""
        return tuple(self._infos)

    async def start(self, entries: Iterable[MdnsEntry | tuple[str, str, int, str]]) -> None:
        """Open zeroconf and advertise every entry (all probes run together)."""
        if self._azc is None:
            self._azc = open_zeroconf(self._interfaces)
        await self.add(*entries)

    async def add(self, *entries: MdnsEntry | tuple[str, str, int, str]) -> None:
        """Advertise more chargers; a serial already advertised is refused."""
        if self._azc is None:
            raise RuntimeError("start() the advertiser before adding chargers")
        infos: dict[str, AsyncServiceInfo] = {}
        for raw in entries:
            entry = MdnsEntry(*raw)
            if entry.serial in self._infos or entry.serial in infos:
                raise InvalidInput(f"Charger {entry.serial} is already advertised.")
            infos[entry.serial] = self._info(entry)
        async with asyncio.timeout(_REGISTER_TIMEOUT + len(infos) * 0.05):
            async with _Defenders(self._azc.zeroconf, infos.values()) as defenders:
                # Probe all names at once: awaiting each registration in turn costs ~1 s apiece.
                probing = asyncio.gather(
                    *(self._azc.async_register_service(i) for i in infos.values())
                )
                announcing = await defenders.race(probing)
            await asyncio.gather(*announcing)
        self._infos.update(infos)
        log.info("advertising %d simulated charger(s) over mDNS", len(infos))

    async def remove(self, serial: str) -> None:
        """Stop advertising one charger; it says goodbye, as a charger switched off cleanly."""
        info = self._infos.pop(serial, None)
        if info is None or self._azc is None:
            return
        async with asyncio.timeout(_CLOSE_TIMEOUT):
            await (await self._azc.async_unregister_service(info))

    async def move(self, serial: str, address: str) -> None:
        """The charger got another (loopback) address, as after a DHCP renewal."""
        info = self._infos.get(serial)
        if info is None or self._azc is None:
            raise InvalidInput(f"Charger {serial} is not advertised.")
        moved = AsyncServiceInfo(
            info.type,
            info.name,
            port=info.port,
            addresses=[socket.inet_aton(address)],
            server=info.server,
        )
        async with asyncio.timeout(_CLOSE_TIMEOUT):
            await (await self._azc.async_update_service(moved))
        self._infos[serial] = moved

    async def stop(self) -> None:
        """Say goodbye for every charger and close zeroconf (bounded)."""
        azc, self._azc = self._azc, None
        self._infos.clear()
        if azc is None:
            return
        try:
            async with asyncio.timeout(_CLOSE_TIMEOUT):
                await azc.async_close()
        except TimeoutError:
            log.warning("closing the mDNS advertiser took longer than %.0f s", _CLOSE_TIMEOUT)

    def _info(self, entry: MdnsEntry) -> AsyncServiceInfo:
        spec = _spec_for(entry.kind, self._services)
        if not 0 < entry.port < 65536:
            raise InvalidInput(f"Port {entry.port} of charger {entry.serial} is not 1…65535.")
        host = host_name(entry.serial)
        return AsyncServiceInfo(
            spec.service_type,
            f"{host.split('.')[0]}.{spec.service_type}",
            port=entry.port,
            addresses=[self._address],
            server=host,
        )


class _Defenders(RecordUpdateListener):
    """Listens, while zeroconf probes, for another responder that already holds one of the names.

    Zeroconf's probes ask for a unicast answer, and a defender that announced its names a moment
    ago gives only that; on loopback, where every responder shares port 5353, the kernel may
    hand it to the defender's own socket. So the names' service types are also asked for with
    multicast answers, which every responder here hears; a service record for one of the names
    with another port is another simulator's.
    """

    def __init__(self, zc: Zeroconf, infos: Iterable[AsyncServiceInfo]) -> None:
        super().__init__()
        self._zc = zc
        self._infos = list(infos)
        self._ports = {info.name.lower(): info.port for info in self._infos}
        self._types = {info.type for info in self._infos}
        self.found = asyncio.Event()

    async def __aenter__(self) -> _Defenders:
        await self._zc.async_wait_for_start()
        self._zc.async_add_listener(self, None)
        query = DNSOutgoing(_FLAGS_QR_QUERY)
        for service_type in sorted(self._types):
            query.add_question(DNSQuestion(service_type, _TYPE_PTR, _CLASS_IN))
        self._zc.async_send(query)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._zc.async_remove_listener(self)

    def async_update_records(self, zc: Zeroconf, now: float, records: list[RecordUpdate]) -> None:
        for update in records:
            record = update.new
            if isinstance(record, DNSService) and record.ttl > 0:
                port = self._ports.get(record.name.lower())
                if port is not None and record.port != port:
                    self.found.set()

    async def race(self, probing: asyncio.Future[list[Any]]) -> list[Any]:
        """The probes' outcome (announcements to await), unless a defender answered.

        A defender holds back answers about records it multicast in the last second (RFC 6762
        §14), so the question is given that long, about as long as the probes themselves take.
        """
        try:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(_LISTEN_SECONDS):
                    await self.found.wait()
            if not self.found.is_set():
                return await probing
            raise NonUniqueNameException
        except BaseException:  # a defender, or stopped while probing: the probes end here
            probing.cancel()
            done = await asyncio.gather(probing, return_exceptions=True)
            if isinstance(done[0], list):  # registered before the answer came: withdraw, silently
                for announcing in done[0]:
                    announcing.cancel()
                self._zc.registry.async_remove(list(self._infos))
            raise
