"""Zeroconf on the loopback interface only, without a wildcard socket.

Zeroconf receives multicast on a socket bound to 0.0.0.0:5353 (its "listen socket"), even when
told to use 127.0.0.1 only: such a socket takes datagrams for port 5353 from every interface.
For the demo and the simulator that is one socket more than they need, so here the listen
socket is bound to the mDNS group address 224.0.0.251:5353 instead, and (on Linux) set to
receive only the memberships it joined itself (`IP_MULTICAST_ALL` off); zeroconf then joins the
group on 127.0.0.1 alone. Where a group address cannot be bound (Windows), zeroconf's own
wildcard socket is used and a warning says so (the README's demo section explains it).
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import sys
from collections.abc import Iterator, Sequence

import zeroconf._utils.net as zeroconf_net
from zeroconf import IPVersion
from zeroconf.asyncio import AsyncZeroconf

log = logging.getLogger(__name__)

MDNS_GROUP = "224.0.0.251"
MDNS_PORT = 5353
_IP_MULTICAST_ALL = 49  # Linux's option number; the socket module does not export it


def all_loopback(interfaces: Sequence[str] | None) -> bool:
    """Whether `interfaces` names only IPv4 loopback addresses (127.0.0.0/8)."""
    if not interfaces:
        return False
    try:
        return all(ipaddress.IPv4Address(i).is_loopback for i in interfaces)
    except ValueError:
        return False


def group_socket() -> socket.socket | None:
    """A UDP socket bound to 224.0.0.251:5353, or None where a group cannot be bound."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if hasattr(socket, "SO_REUSEPORT"):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        if sys.platform.startswith("linux"):
            sock.setsockopt(socket.IPPROTO_IP, _IP_MULTICAST_ALL, 0)
        sock.bind((MDNS_GROUP, MDNS_PORT))
    except OSError as exc:
        sock.close()
        log.warning(
            "mDNS cannot listen on %s:%d only (%s); zeroconf listens on 0.0.0.0:%d",
            MDNS_GROUP,
            MDNS_PORT,
            exc,
            MDNS_PORT,
        )
        return None
    return sock


@contextlib.contextmanager
def _listen_on_group() -> Iterator[None]:
    """While zeroconf builds its sockets (synchronously, in its constructor), give it the
    group-bound listen socket instead of its wildcard one."""
    original = zeroconf_net.new_listen_socket

    def listen_socket(
        ip_version: IPVersion = IPVersion.V4Only, apple_p2p: bool = False
    ) -> socket.socket | None:
        if ip_version is not IPVersion.V4Only:
            return original(ip_version, apple_p2p)
        return group_socket() or original(ip_version, apple_p2p)

    zeroconf_net.new_listen_socket = listen_socket
    try:
        yield
    finally:
        zeroconf_net.new_listen_socket = original


def loopback_zeroconf(interfaces: Sequence[str]) -> AsyncZeroconf:
    """AsyncZeroconf on these loopback addresses, with no socket bound to 0.0.0.0."""
    if not all_loopback(interfaces):
        raise ValueError(f"not loopback addresses: {list(interfaces)}")
    with _listen_on_group():
        return AsyncZeroconf(interfaces=list(interfaces), ip_version=IPVersion.V4Only)
