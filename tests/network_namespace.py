"""A network namespace of its own for each parallel test process (Linux).

Tests run in parallel processes (pytest-xdist). Many of them start a simulated site that
advertises the same demo chargers over mDNS on 127.0.0.1, and multicast on the loopback is
shared by every process of a network namespace: two processes would see each other's chargers.
So each worker process moves into a network namespace of its own, with only a loopback
interface, before it opens any socket: everything a test listens on or multicasts stays inside
its process (and the subprocesses it starts), and 127.0.0.1 is all there is.

`isolation_problem()` tells the main process whether that works here (it tries it in a
throwaway child process); where it does not (another OS, no permission), the suite runs in one
process, as before, and says why.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import socket
import struct
import subprocess
import sys

CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000
SIOCGIFFLAGS = 0x8913
SIOCSIFFLAGS = 0x8914
IFF_UP = 0x1


def enter_own_network() -> None:
    """Move this thread (the one that runs the tests) into a new network namespace whose
    loopback is up. Threads and processes it starts afterwards inherit it. OSError if refused."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    if libc.unshare(CLONE_NEWNET) != 0:
        errno = ctypes.get_errno()
        # Not root: a user namespace of our own grants the right, in a single-threaded process.
        if libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0:
            raise OSError(errno, f"cannot create a network namespace: {os.strerror(errno)}")
    _loopback_up()


def _loopback_up() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        request = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(s, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | IFF_UP))


_PROBE = (
    "from tests.network_namespace import enter_own_network\n"
    "enter_own_network()\n"
    "import socket\n"
    "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(); s.close()\n"
)


def isolation_problem(root: str) -> str:
    """Why test processes cannot each have their own network here ("" when they can)."""
    if not sys.platform.startswith("linux"):
        return f"network namespaces are a Linux feature (this is {sys.platform})"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=root, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or ["no reason given"]
        return lines[-1]
    return ""
