"""`commissioner discover` against simulated chargers advertised on 127.0.0.1 by another process."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.commands import discover
from app.core.errors import InvalidInput

ROOT = Path(__file__).resolve().parents[2]


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    discover.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["discover", *argv])


@pytest.fixture(scope="module")
def peer() -> Iterator[tuple[str, str]]:
    """Two chargers (one per generation) advertised by a separate process on loopback."""
    fresh, legacy = (f"C{uuid.uuid4().hex[:9].upper()}" for _ in range(2))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.transports.discovery.mdns_peer",
            f"{fresh}:8443:https",
            f"{legacy}:8080:http",
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        yield fresh, legacy
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_discover_json_lists_both_generations(
    peer: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    fresh, legacy = peer
    # 4 s: with two test processes per core a browser once missed one of the two in 2 s
    args = parse(["--timeout", "4", "--json", "--no-ble", "--interface", "127.0.0.1"])
    assert args.handler(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["schema_version"] == 1
    by_serial = {d["serial"]: d for d in report["devices"]}
    new, old = by_serial[fresh]["sightings"][0], by_serial[legacy]["sightings"][0]
    assert (new["scheme"], new["port"], new["generation"]) == ("https", 8443, "new")
    assert (old["scheme"], old["port"], old["generation"]) == ("http", 8080, "old")
    assert by_serial[fresh]["transports"] == ["lan"]


@pytest.mark.skipif(
    os.path.exists("/run/dbus/system_bus_socket"), reason="this machine has a D-Bus system bus"
)
def test_discover_reports_missing_bluetooth_in_one_line_and_still_lists_the_lan(
    peer: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    fresh, _legacy = peer
    args = parse(["--timeout", "4", "--interface", "127.0.0.1"])
    assert args.handler(args) == 0
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and err.startswith("Bluetooth: ") and "Traceback" not in err
    line = next(row for row in out.splitlines() if row.startswith(fresh))
    assert "https://127.0.0.1:8443" in line and "lan" in line and "live" in line


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--timeout", "0"], "--timeout"),
        (["--interface", "eth0"], "IPv4 address"),
        (["--sweep", "192.168.1.0/33"], "--sweep"),
    ],
)
def test_discover_rejects_bad_options_before_touching_the_network(
    argv: list[str], says: str
) -> None:
    args = parse(argv)
    with pytest.raises(InvalidInput, match=says):
        args.handler(args)


def test_discover_refuses_a_sweep_outside_the_laptops_networks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = parse(
        ["--timeout", "0.1", "--no-ble", "--interface", "127.0.0.1", "--sweep", "198.51.100.0/24"]
    )
    with pytest.raises(InvalidInput, match="not part of the laptop's own networks"):
        args.handler(args)
