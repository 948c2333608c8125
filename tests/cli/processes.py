"""What the end-to-end CLI tests share: a `commissioner simulate` process serving a site, and
`commissioner …` processes run against it, with an environment free of a password variable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli_env() -> dict[str, str]:
    """The test run's environment, importing this tree, with no $COMMISSIONER_PASSWORD."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("COMMISSIONER_PASSWORD", None)
    return env


@contextmanager
def simulated_site(
    site: Path, base: Path, *, time_scale: float = 10
) -> Iterator[dict[str, object]]:
    """`commissioner simulate` serving `site` until the block ends; yields its endpoints file
    with "data_dir" (a data folder for the CLI under `base`) and "base" added."""
    endpoints = base / "endpoints.json"
    command = [sys.executable, "-m", "app", "simulate", "--site", str(site)]
    proc = subprocess.Popen(
        [*command, "--endpoints", str(endpoints), "--time-scale", f"{time_scale:g}"],
        cwd=ROOT,
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        assert "ready" in proc.stdout.readline().decode()  # printed once the site is up
        data = json.loads(endpoints.read_text(encoding="utf-8"))
        data["data_dir"] = str(base / "data")
        data["base"] = str(base)
        yield data
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
        assert proc.stdout is not None
        proc.stdout.close()


def run_cli(
    data_dir: str | Path, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`commissioner --data-dir DATA_DIR ARGS…` as a process, with no input and its output kept."""
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        check=False,
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
