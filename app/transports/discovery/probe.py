"""Manual entry: an IP, host name or URL the installer typed, asked who it is by the drivers'
anonymous probes (`ProbeSpec`, given by the caller: `app.drivers.registry.probes()`).

Without a scheme the probe tries HTTPS (new firmware) and then HTTP (old firmware), on the port
given or the scheme's default. The certificate is not checked (`verify=False`): chargers use
self-signed ones, a probe path needs no session, and nothing secret is sent. Pinning happens
when the charger client logs in, not here.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from app.core.discovery import (
    DiscoveredDevice,
    ProbeSpec,
    Source,
    Transport,
    normalise_serial,
)
from app.core.errors import InvalidInput, ProtocolError, Unreachable
from app.core.identity import ChargerIdentity

if TYPE_CHECKING:  # imported when a probe runs: the window opens without it
    import httpx

log = logging.getLogger(__name__)

DEFAULT_PORTS = {"https": 443, "http": 80}
GRACE = 1.0  # s beyond `within` before the outer bound cancels a probe
MAX_TEXT = 64 * 1024  # of a reply that is not JSON, handed to a probe as text
_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


@dataclass(frozen=True, slots=True)
class ProbeTarget:
    """One place to ask: scheme, host and port."""

    scheme: str
    host: str
    port: int

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"


def parse_address(text: str) -> list[ProbeTarget]:
    """The targets to try, in order, for what the installer typed; InvalidInput if unusable."""
    cleaned = text.strip()
    if not cleaned or any(c.isspace() for c in cleaned):
        raise InvalidInput(
            f"'{text}' is not an address: type an IP address (192.168.1.20), a host name "
            "(alfen-ace0781464.local) or a URL (https://192.168.1.20)."
        )
    has_scheme = "://" in cleaned
    parts = urlsplit(cleaned if has_scheme else f"//{cleaned}")
    scheme = parts.scheme.lower()
    if has_scheme and scheme not in DEFAULT_PORTS:
        raise InvalidInput(f"'{text}': only http:// and https:// addresses can be probed.")
    try:
        port = parts.port
    except ValueError:
        raise InvalidInput(f"'{text}' has a port that is not a number from 1 to 65535.") from None
    host = parts.hostname or ""
    if not _valid_host(host):
        raise InvalidInput(f"'{text}' does not contain a valid IP address or host name.")
    schemes = [scheme] if has_scheme else ["https", "http"]
    return [ProbeTarget(s, host, port or DEFAULT_PORTS[s]) for s in schemes]


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        labels = host.rstrip(".").split(".")
        return bool(host) and all(_HOST_LABEL.match(label) for label in labels)
    return True


async def probe_address(
    text: str,
    probes: Sequence[ProbeSpec],
    *,
    within: float = 5.0,
    clock: Callable[[], float] = time.time,
) -> DiscoveredDevice:
    """Ask each target the drivers' probes and return the first device that answers."""
    targets = parse_address(text)
    failures: list[str] = []
    for target in targets:
        try:
            return await probe_target(
                target, probes, origin=text.strip(), within=within, clock=clock
            )
        except Unreachable as exc:
            failures.append(f"{target.scheme.upper()} port {target.port}: {exc.args[0]}")
    raise Unreachable(f"No answer from {text.strip()} ({'; '.join(failures)}).")


async def probe_target(
    target: ProbeTarget,
    probes: Sequence[ProbeSpec],
    *,
    origin: str,
    within: float = 5.0,
    source: Source = Source.MANUAL,
    clock: Callable[[], float] = time.time,
) -> DiscoveredDevice:
    """The first probe's charger at one target as a sighting; Unreachable or ProtocolError.

    A probe whose path a charger of its brand refuses (old firmware, a login needed) lists
    the device without a serial, unless a later probe names it. When no probe names it, the
    error says why the first probe that got a reply (HTTP 200) could not read it: the most
    specific explanation; else why the last probe was answered with another status.
    """
    import httpx

    refused: ProbeSpec | None = None
    unread: ProtocolError | None = None  # the first probe answered 200 but not readable
    problem = ProtocolError(f"{target.base_url} answered no probe: no driver knows it.")
    async with httpx.AsyncClient(verify=False, timeout=within, trust_env=False) as client:
        for probe in probes:
            url = target.base_url + probe.path
            response = await _get(client, url, within)
            if response.status_code in probe.anonymous:
                log.info("%s answered %s: listing it without a serial", url, response.status_code)
                refused = refused or probe
                continue
            if response.status_code != 200:
                problem = ProtocolError(
                    f"{url} answered HTTP {response.status_code}; a charger answers 200 there."
                )
                continue
            try:
                info = _identity(probe, url, response)
            except ProtocolError as exc:
                unread = unread or exc
                continue
            return _device(target, origin, source, clock(), probe.driver, info)
    if refused is not None:
        return _device(target, origin, source, clock(), refused.driver, None)
    raise unread or problem


async def _get(client: httpx.AsyncClient, url: str, within: float) -> httpx.Response:
    import httpx

    try:
        # httpx's own timeouts (`within` per phase) end a stalled exchange and close its
        # socket; this outer bound only catches the sum of phases. Cancelling first could
        # leave a socket cut mid-TLS-handshake for the garbage collector.
        async with asyncio.timeout(within + GRACE):
            return await client.get(url, headers={"Accept": "application/json"})
    except TimeoutError:
        raise Unreachable(f"no answer within {within:.0f} s") from None
    except httpx.HTTPError as exc:
        raise Unreachable(_why(exc)) from None


def _identity(probe: ProbeSpec, url: str, response: httpx.Response) -> ChargerIdentity:
    """The probe's reading of the reply: its JSON, or its text when it is not JSON (a
    driver may read a brand's malformed replies; the others refuse text)."""
    try:
        body: object = json.loads(response.content)
    except (ValueError, RecursionError):
        body = response.content[:MAX_TEXT].decode("utf-8", errors="replace")
    try:
        return probe.identity(body)
    except ProtocolError as exc:
        raise ProtocolError(
            f"{url} answered, but not with a charger's identity ({exc}); "
            "this address may belong to another device."
        ) from None


def _device(
    target: ProbeTarget,
    origin: str,
    source: Source,
    now: float,
    driver: str,
    info: ChargerIdentity | None,
) -> DiscoveredDevice:
    if info is None:
        generation = "old" if target.scheme == "http" else ""
    else:
        generation = info.generation if info.firmware else ""
    return DiscoveredDevice(
        serial=normalise_serial(info.serial) if info else "",
        transport=Transport.LAN,
        source=source,
        address=target.host,
        origin=origin,
        first_seen=now,
        last_seen=now,
        port=target.port,
        scheme=target.scheme,
        generation=generation,
        model=info.model if info else "",
        name=info.name if info else "",
        driver=driver,
        extra={"firmware": info.firmware} if info and info.firmware else {},
    )


def _why(exc: httpx.HTTPError) -> str:
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return "no answer in time"
    causes = _causes(exc)
    if any(isinstance(c, ssl.SSLError) for c in causes):
        return "no TLS on this port"
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        return "connection refused"
    if any(isinstance(c, socket.gaierror) for c in causes):
        return "host name not found"
    if isinstance(exc, httpx.ConnectError):
        return "cannot connect"
    return f"connection failed ({type(exc).__name__})"


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and what it was raised from, innermost last (bounded, cycles ignored)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain
