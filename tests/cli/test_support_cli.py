"""`commissioner support-bundle` end to end: a `simulate` process and the CLI in another."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "presets" / "sites" / "demo.toml"


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("COMMISSIONER_PASSWORD", None)
    return env


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    base = tmp_path_factory.mktemp("site")
    endpoints = base / "e.json"
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "app", "simulate", "--site", str(SITE)),
            *("--endpoints", str(endpoints), "--time-scale", "10"),
        ],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        assert "ready" in proc.stdout.readline().decode()
        data = json.loads(endpoints.read_text(encoding="utf-8"))
        data["data_dir"] = str(base / "data")
        yield data
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
        assert proc.stdout is not None
        proc.stdout.close()


def _cli(site: dict[str, object], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "app", "--data-dir", str(site["data_dir"]), *args]
    return subprocess.run(
        command,
        check=False,
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_support_bundle_writes_the_zip_with_progress_and_no_password(
    site: dict[str, object], tmp_path: Path
) -> None:
    charger = site["chargers"][0]  # type: ignore[index]
    target = tmp_path / "bundle.zip"
    done = _cli(
        site,
        "support-bundle",
        charger["https"],
        "--password",
        charger["password"],
        "-o",
        str(target),
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"Connected to {charger['serial']}")
    assert any(line.endswith("settings read") for line in lines)
    assert any("event-log.txt" in line and line.endswith(" lines") for line in lines)
    assert lines[-1] == f"Support bundle written: {target}"
    with zipfile.ZipFile(target) as bundle:
        names = bundle.namelist()
        texts = [bundle.read(name).decode("utf-8") for name in names]
    assert {"identity.json", "settings.json", "event-log.txt", "transactions.txt"} <= set(names)
    chargers = site["chargers"]
    passwords = [c["password"] for c in chargers if c.get("password")]  # type: ignore[union-attr]
    assert len(passwords) >= 2
    assert not any(p in text for p in passwords for text in texts)


def test_support_bundle_refuses_a_folder_as_output(site: dict[str, object], tmp_path: Path) -> None:
    charger = site["chargers"][0]  # type: ignore[index]
    done = _cli(
        site,
        "support-bundle",
        charger["https"],
        "--password",
        charger["password"],
        "-o",
        str(tmp_path),
    )
    assert done.returncode == 1
    assert "this is a folder" in done.stderr and "Traceback" not in done.stderr
