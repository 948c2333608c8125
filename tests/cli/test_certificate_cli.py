"""The README's headless path twice against one pin store (no certificate change), then a
certificate fault decided with `certificate show|refuse|accept` — all as subprocesses."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from app.commands.certificate import _normalised, grouped
from app.core.errors import InvalidInput

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "presets" / "sites" / "demo.toml"
SERIAL = "ace0100001"


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("COMMISSIONER_PASSWORD", None)
    return env


@contextmanager
def simulate(data_dir: Path, endpoints: Path) -> Iterator[dict[str, object]]:
    command = [sys.executable, "-m", "app", "--data-dir", str(data_dir), "simulate"]
    command += ["--site", str(SITE), "--endpoints", str(endpoints), "--time-scale", "10"]
    proc = subprocess.Popen(
        command, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    try:
        assert proc.stdout is not None
        assert "ready" in proc.stdout.readline().decode()
        yield json.loads(endpoints.read_text(encoding="utf-8"))
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        assert proc.stdout is not None
        proc.stdout.close()


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args]
    done = subprocess.run(
        command, cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60, check=False
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def host_of(endpoints: dict[str, object]) -> str:
    chargers = endpoints["chargers"]
    assert isinstance(chargers, list)
    return next(str(c["https"]) for c in chargers if c["serial"] == SERIAL)


def pinned(data_dir: Path) -> str:
    pins = json.loads((data_dir / "pins.json").read_text(encoding="utf-8"))
    return str(pins["pins"][SERIAL]["sha256"])


def test_restarted_site_keeps_its_certificates_and_a_change_is_decided_on_the_cli(
    tmp_path: Path,
) -> None:
    data, endpoints = tmp_path / "data", tmp_path / "e.json"
    with simulate(data, endpoints) as site:
        first = cli(data, "info", host_of(site))
        assert first.returncode == 0 and SERIAL in first.stdout, first.stderr
    original = pinned(data)
    assert (data / "simulator" / "certificates" / f"{SERIAL}.pem").is_file()
    with simulate(data, endpoints) as site:
        host = host_of(site)
        again = cli(data, "info", host)
        assert again.returncode == 0, again.stderr  # the same certificate: no change
        body = {"serial": SERIAL, "kind": "new_certificate"}
        assert httpx.post(f"{site['control']}/fault", json=body, timeout=5).is_success

        refused = cli(data, "info", host)
        assert refused.returncode == 1 and "has changed" in refused.stderr
        shown = cli(data, "certificate", "show", host)
        assert shown.returncode == 0, shown.stderr
        presented = shown.stdout.split("--sha256 ", 1)[1].split()[0]
        assert len(presented) == 64 and presented != original
        assert original[:2].upper() + ":" in shown.stdout  # both fingerprints, grouped

        kept = cli(data, "certificate", "refuse", host)
        assert kept.returncode == 0 and "Kept the pinned certificate" in kept.stdout
        assert pinned(data) == original
        wrong = cli(data, "certificate", "accept", host, "--sha256", original)
        assert wrong.returncode == 1 and "nothing was pinned" in wrong.stderr
        assert pinned(data) == original
        bad = cli(data, "certificate", "accept", host, "--sha256", "12:zz")
        assert bad.returncode == 1 and "64 hex digits" in bad.stderr

        accepted = cli(data, "certificate", "accept", host, "--sha256", presented)
        assert accepted.returncode == 0, accepted.stderr
        assert pinned(data) == presented
        assert cli(data, "info", host).returncode == 0
        assert "matches the pin" in cli(data, "certificate", "show", host).stdout
    with simulate(data, endpoints) as site:
        assert cli(data, "info", host_of(site)).returncode == 0  # the new one outlived the run


def test_show_does_not_pin_a_charger_seen_for_the_first_time(tmp_path: Path) -> None:
    data, endpoints = tmp_path / "data", tmp_path / "e.json"
    with simulate(data, endpoints) as site:
        shown = cli(data, "certificate", "show", host_of(site))
    assert shown.returncode == 0 and "no certificate pinned yet" in shown.stdout
    assert not (data / "pins.json").exists()


@settings(deadline=None)
@given(text=st.text(alphabet="0123456789abcdefABCDEF: \t\n", max_size=120) | st.text(max_size=120))
def test_a_typed_fingerprint_is_64_hex_digits_or_one_clear_error(text: str) -> None:
    try:
        digest = _normalised(text)
    except InvalidInput as exc:
        assert "64 hex digits" in str(exc)
    else:
        assert len(digest) == 64 and set(digest) <= set("0123456789abcdef")
        assert digest == "".join(c for c in text.lower() if c not in ": \t\n")


def test_a_grouped_fingerprint_reads_back() -> None:
    digest = "0123456789abcdef" * 4
    assert _normalised(grouped(digest)) == digest
