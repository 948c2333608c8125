"""Subnet sweep: for when multicast is blocked, knock on 443/80/502 of the laptop's own subnet.

An explicit action only, never automatic. The network is always a parameter, it must lie
inside one of the laptop's own networks (given by the caller), and it may be at most a /22
(1,022 hosts). Concurrency, each connect and the whole sweep are bounded. A host with an open
web port is asked the drivers' probes, as for a manual entry.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from ipaddress import IPv4Address, IPv4Interface, IPv4Network

import ifaddr

from app.core.discovery import DiscoveredDevice, ProbeSpec, Source, Transport
from app.core.errors import CommissionerError, InvalidInput
from app.transports.discovery.probe import ProbeTarget, probe_target

log = logging.getLogger(__name__)

SWEEP_PORTS: Mapping[int, str] = {443: "https", 80: "http", 502: "modbus"}
LARGEST_SWEEP_PREFIX = 22
_WEB = ("https", "http")


@dataclass(frozen=True, slots=True)
class SweepResult:
    """What a sweep found; `complete` is False when the time limit cut it short."""

    network: IPv4Network
    devices: tuple[DiscoveredDevice, ...]
    hosts_checked: int
    hosts_total: int
    complete: bool


def laptop_interfaces() -> list[IPv4Interface]:
    """The laptop's own IPv4 addresses with their prefixes (loopback included)."""
    found: list[IPv4Interface] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if ip.is_IPv4 and isinstance(ip.ip, str):
                found.append(IPv4Interface(f"{ip.ip}/{ip.network_prefix}"))
    return found


def sweep_networks(interfaces: Sequence[IPv4Interface]) -> list[IPv4Network]:
    """The networks worth sweeping: not loopback; a network larger than /22 is cut to the /24
    around the laptop's own address."""
    networks: list[IPv4Network] = []
    for interface in interfaces:
        if interface.ip.is_loopback or interface.ip.is_unspecified:
            continue
        network = interface.network
        if network.prefixlen < LARGEST_SWEEP_PREFIX:
            network = IPv4Interface(f"{interface.ip}/24").network
        if network not in networks:
            networks.append(network)
    return networks


def check_sweepable(network: IPv4Network, local_networks: Sequence[IPv4Network]) -> None:
    """InvalidInput unless `network` is at most a /22 inside one of the laptop's networks."""
    if network.prefixlen < LARGEST_SWEEP_PREFIX:
        raise InvalidInput(
            f"{network} has {network.num_addresses} addresses; a sweep covers at most a "
            f"/{LARGEST_SWEEP_PREFIX} (1,024). Give the part of the network the chargers are in."
        )
    if not any(network.subnet_of(local) for local in local_networks):
        mine = ", ".join(str(n) for n in local_networks) or "none"
        raise InvalidInput(
            f"{network} is not part of the laptop's own networks ({mine}); "
            "a sweep only covers the network the laptop is on."
        )


async def sweep_subnet(
    network: IPv4Network,
    *,
    local_networks: Sequence[IPv4Network],
    ports: Mapping[int, str] = SWEEP_PORTS,
    concurrency: int = 64,
    connect_timeout: float = 0.5,
    probe_timeout: float = 3.0,
    time_limit: float = 30.0,
    probes: Sequence[ProbeSpec] = (),
    on_found: Callable[[DiscoveredDevice], None] | None = None,
    clock: Callable[[], float] = time.time,
) -> SweepResult:
    """Connect to every port of every host of `network`; list the hosts that accept."""
    check_sweepable(network, local_networks)
    hosts = list(network.hosts()) or [network.network_address]
    limiter = asyncio.Semaphore(max(1, concurrency))
    found: list[DiscoveredDevice] = []
    checked = 0

    async def visit(host: IPv4Address) -> None:
        nonlocal checked
        answers = await asyncio.gather(
            *(_is_open(str(host), port, limiter, connect_timeout) for port in ports)
        )
        checked += 1
        open_ports = [port for port, ok in zip(ports, answers, strict=True) if ok]
        if not open_ports:
            return
        device = await _identify(str(host), open_ports, ports, probes, probe_timeout, clock)
        found.append(device)
        if on_found is not None:
            on_found(device)

    complete = True
    try:
        async with asyncio.timeout(time_limit), asyncio.TaskGroup() as group:
            for host in hosts:
                group.create_task(visit(host))
    except TimeoutError:
        complete = False
        log.info(
            "sweep of %s stopped after %.0f s (%d hosts checked)", network, time_limit, checked
        )
    return SweepResult(network, tuple(found), checked, len(hosts), complete)


async def _is_open(host: str, port: int, limiter: asyncio.Semaphore, within: float) -> bool:
    async with limiter:
        try:
            async with asyncio.timeout(within):
                _reader, writer = await asyncio.open_connection(host, port)
                writer.close()
                await writer.wait_closed()
        except (OSError, TimeoutError):
            return False
        return True


async def _identify(
    host: str,
    open_ports: list[int],
    ports: Mapping[int, str],
    probes: Sequence[ProbeSpec],
    within: float,
    clock: Callable[[], float],
) -> DiscoveredDevice:
    """Ask the open web ports the drivers' probes; otherwise list the host by its open ports."""
    listed = {"open_ports": ",".join(str(p) for p in open_ports)}
    for port in sorted(open_ports, key=lambda p: _rank(ports[p])):
        if ports[port] not in _WEB:
            continue
        target = ProbeTarget(ports[port], host, port)
        try:
            device = await probe_target(
                target, probes, origin=host, within=within, source=Source.SWEEP, clock=clock
            )
        except CommissionerError as exc:
            log.debug("sweep: %s answered, but not as a charger: %s", target.base_url, exc)
            continue
        return replace(device, extra={**device.extra, **listed})
    now = clock()
    first = open_ports[0]
    return DiscoveredDevice(
        serial="",
        transport=Transport.LAN,
        source=Source.SWEEP,
        address=host,
        origin=host,
        first_seen=now,
        last_seen=now,
        port=first,
        scheme=ports[first],
        extra=listed,
    )


def _rank(scheme: str) -> int:
    return _WEB.index(scheme) if scheme in _WEB else len(_WEB)
