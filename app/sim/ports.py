"""Listening ports for simulated devices, chosen outside the kernel's ephemeral range.

A simulated charger stops listening while it reboots and listens again on the same port. Had
that port come from the ephemeral range (port 0), a client on the same machine could meanwhile
be given it as the local port of an outgoing connection, and the charger could not listen
again (EADDRINUSE). A car park rebooting 64 chargers while the client polls them all makes
that likely, so servers that restart take a free port below the ephemeral range instead.
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

LOWEST = 10000
_RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_DEFAULT_EPHEMERAL_START = 32768  # Linux default; macOS and Windows start at 49152
_TRIES = 200


def ephemeral_start() -> int:
    """The first port the kernel hands out to outgoing connections."""
    try:
        return int(_RANGE_FILE.read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return _DEFAULT_EPHEMERAL_START


def candidates(count: int = _TRIES) -> list[int]:
    """Ports to try, in random order, between LOWEST and the ephemeral range."""
    high = max(LOWEST + 1000, ephemeral_start())
    return random.sample(range(LOWEST, high), min(count, high - LOWEST))


def free_port(host: str = "127.0.0.1") -> int:
    """A port that is free now, below the ephemeral range (or any free port as a last resort)."""
    for port in candidates():
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
            return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
