"""Manual entry: an IP, host name or URL the installer typed, probed through `/api/info`.

Without a scheme the probe tries HTTPS (new firmware) and then HTTP (old firmware, before 5.0),
on the port given or the scheme's default. The certificate is not checked (`verify=False`):
chargers use self-signed ones, `/api/info` needs no session, and nothing secret is sent. Pinning
happens when the charger client logs in, not here.
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
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from app.core.discovery import DiscoveredDevice, Source, Transport, normalise_serial
from app.core.errors import InvalidInput, ProtocolError, Unreachable
from app.core.identity import ChargerIdentity

log = logging.getLogger(__name__)

DEFAULT_PORTS = {"https": 443, "http": 80}
_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
# Old firmware has no /api/info (device-protocols.md §2.4); a refusal means a login is needed.
_ANSWERS_WITHOUT_INFO = (401, 403, 404)


@dataclass(frozen=True, slots=True)
class ProbeTarget:
    """One place to ask: scheme, host and port."""

    scheme: str
    host: str
    port: int

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}/api/info"


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
    text: str, *, within: float = 5.0, clock: Callable[[], float] = time.time
) -> DiscoveredDevice:
    """Ask each target for `/api/info` and return the first device that answers."""
    targets = parse_address(text)
    failures: list[str] = []
    for target in targets:
        try:
            return await probe_target(target, origin=text.strip(), within=within, clock=clock)
        except Unreachable as exc:
            failures.append(f"{target.scheme.upper()} port {target.port}: {exc.args[0]}")
    raise Unreachable(f"No answer from {text.strip()} ({'; '.join(failures)}).")


async def probe_target(
    target: ProbeTarget,
    *,
    origin: str,
    within: float = 5.0,
    source: Source = Source.MANUAL,
    clock: Callable[[], float] = time.time,
) -> DiscoveredDevice:
    """`/api/info` at one target as a sighting; Unreachable or ProtocolError otherwise."""
    try:
        async with (
            asyncio.timeout(within),
            httpx.AsyncClient(verify=False, timeout=within, trust_env=False) as client,
        ):
            response = await client.get(target.url, headers={"Accept": "application/json"})
    except TimeoutError:
        raise Unreachable(f"no answer within {within:.0f} s") from None
    except httpx.HTTPError as exc:
        raise Unreachable(_why(exc)) from None
    now = clock()
    if response.status_code in _ANSWERS_WITHOUT_INFO:
        log.info("%s answered %s: listing it without a serial", target.url, response.status_code)
        return _device(target, origin, source, now, info=None)
    if response.status_code != 200:
        raise ProtocolError(
            f"{target.url} answered HTTP {response.status_code}; a charger answers 200 there."
        )
    return _device(target, origin, source, now, info=_info(target, response))


def _info(target: ProbeTarget, response: httpx.Response) -> ChargerIdentity:
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    if not isinstance(body, dict) or not body.get("ObjectId"):
        raise ProtocolError(
            f"{target.url} answered, but not with a charger's identity (no ObjectId); "
            "this address may belong to another device."
        )
    return ChargerIdentity.from_info(body)


def _device(
    target: ProbeTarget,
    origin: str,
    source: Source,
    now: float,
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
        driver="alfen",
        extra={"firmware": info.firmware} if info and info.firmware else {},
    )


def _why(exc: httpx.HTTPError) -> str:
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
