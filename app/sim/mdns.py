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
import logging
import socket
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from zeroconf.asyncio import AsyncServiceInfo, AsyncZeroconf

from app.core.discovery import MdnsServiceSpec
from app.core.errors import InvalidInput
from app.drivers.alfen.discovery import ALFEN_MDNS
from app.transports.discovery.mdns import open_zeroconf

log = logging.getLogger(__name__)

_REGISTER_TIMEOUT = 10.0  # probing takes about 1 s per batch (RFC 6762 §8.1)
_CLOSE_TIMEOUT = 5.0


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
            # Probe all names at once: awaiting each registration in turn costs ~1 s apiece.
            announcing = await asyncio.gather(
                *(self._azc.async_register_service(i) for i in infos.values())
            )
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
