"""Each parallel test process has a network of its own (tests/network_namespace.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading

import pytest

pytestmark = pytest.mark.skipif(
    not os.environ.get("PYTEST_XDIST_WORKER"),
    reason="not in a parallel test process (run with -n 0, or the run's header says why)",
)


def test_a_test_process_sees_only_its_own_loopback() -> None:
    assert [name for _, name in socket.if_nameindex()] == ["lo"]


def test_threads_and_child_processes_share_the_test_s_network() -> None:
    seen: list[list[str]] = []
    thread = threading.Thread(target=lambda: seen.append([n for _, n in socket.if_nameindex()]))
    thread.start()
    thread.join()
    child = subprocess.run(
        [sys.executable, "-c", "import socket; print([n for _, n in socket.if_nameindex()])"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert seen == [["lo"]]
    assert child.stdout.strip() == "['lo']"


def test_the_loopback_carries_traffic() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
            peer, _ = server.accept()
            with peer:
                client.sendall(b"ping")
                assert peer.recv(4) == b"ping"
