"""The sockets this process holds, read from /proc (Linux): protocol, local address, state."""

from __future__ import annotations

import os
import socket
import struct
from pathlib import Path
from typing import NamedTuple

_LISTEN = "0A"  # TCP state code in /proc/net/tcp


class OwnSocket(NamedTuple):
    protocol: str  # tcp, tcp6, udp, udp6
    host: str
    port: int
    listening: bool


def available() -> bool:
    return Path("/proc/self/net/tcp").is_file() and Path("/proc/self/fd").is_dir()


def _inodes() -> set[str]:
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # closed meanwhile
        if target.startswith("socket:["):
            found.add(target[8:-1])
    return found


def _address(text: str) -> tuple[str, int]:
    host, port = text.split(":")
    raw = bytes.fromhex(host)
    if len(raw) == 4:
        return socket.inet_ntop(socket.AF_INET, struct.pack("<I", int(host, 16))), int(port, 16)
    words = struct.unpack("<4I", raw)  # four host-order 32-bit words
    return socket.inet_ntop(socket.AF_INET6, struct.pack(">4I", *words)), int(port, 16)


def own_sockets() -> list[OwnSocket]:
    """Every TCP and UDP socket of this process (IPv4 and IPv6)."""
    mine = _inodes()
    out = []
    for protocol in ("tcp", "tcp6", "udp", "udp6"):
        lines = Path(f"/proc/self/net/{protocol}").read_text().splitlines()[1:]
        for line in lines:
            fields = line.split()
            if fields[9] in mine:
                host, port = _address(fields[1])
                out.append(OwnSocket(protocol, host, port, fields[3] == _LISTEN))
    return out
