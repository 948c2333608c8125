"""`simulate --mdns` is found by `discover`, over mDNS confined to 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_discover_lists_the_simulated_chargers(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    site = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "simulate",
            "--site",
            "presets/sites/demo.toml",
            "--endpoints",
            str(tmp_path / "e.json"),
            "--mdns",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert site.stdout is not None
        assert "ready" in site.stdout.readline().decode()
        found = subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "discover",
                "--timeout",
                "6",  # generous: resolving takes about 1 s on loopback, more on a busy machine
                "--no-ble",
                "--json",
                "--interface",
                "127.0.0.1",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    finally:
        site.send_signal(signal.SIGTERM)
        site.wait(timeout=20)
        assert site.stdout is not None
        site.stdout.close()
    serials = {row["serial"].lower() for row in json.loads(found.stdout)["devices"]}
    # other processes on this machine may advertise on loopback too: ours must all be there
    assert {"ace0100001", "ace0100002", "ace0100003"} <= serials
