"""`firmware check` and `firmware upgrade` end to end: a `simulate` process and CLI processes."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.sim.alfen.firmware_image import bad_image, make_image, release_name
from tests.cli.processes import run_cli, simulated_site

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "fw-cli-Pass1"  # a simulated charger's; unlocks nothing real
SITE = f"""
schema_version = 1
name = "firmware test"
session_idle_seconds = 60
[grid]
phases = 3
voltage = 230.0
main_fuse = 25.0
[[chargers]]
serial = "ace0200001"
model = "NG910-60027"
firmware = "7.4.5-4415"
password = "{PASSWORD}"
session = "token"
reboot_seconds = 4
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    base = tmp_path_factory.mktemp("fwsite")
    (base / "site.toml").write_text(SITE, encoding="utf-8")
    with simulated_site(base / "site.toml", base, time_scale=20) as data:
        yield data


def cli(site: dict[str, object], *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(str(site["data_dir"]), *args, timeout=90)


def _image(site: dict[str, object], version: str, data: bytes | None = None) -> Path:
    path = Path(str(site["base"])) / release_name(version)
    path.write_bytes(make_image(version, size=64 * 1024) if data is None else data)
    return path


def url(site: dict[str, object]) -> str:
    return str(site["chargers"][0]["https"])  # type: ignore[index]


def test_check_names_what_is_wrong_with_an_image(site: dict[str, object]) -> None:
    good = cli(site, "firmware", "check", str(_image(site, "7.5.0-4500")), "--model", "NG910")
    assert good.returncode == 0, good.stderr
    assert "version 7.5.0-4500" in good.stdout and "ok: the image can be sent" in good.stdout
    bad = _image(site, "7.5.1-4501", bad_image("wrong_crc", "7.5.1-4501"))
    refused = cli(site, "firmware", "check", str(bad), "--model", "NG910")
    assert refused.returncode == 1 and "error:" in refused.stderr
    assert "Traceback" not in refused.stderr
    missing = cli(site, "firmware", "check", str(_image(site, "7.5.0-4500")))
    assert missing.returncode == 1 and "--model MODEL or a HOST" in missing.stderr


def test_check_against_a_charger_refuses_a_downgrade(site: dict[str, object]) -> None:
    older = cli(site, "firmware", "check", str(_image(site, "7.4.0-4300")), url(site))
    assert older.returncode == 1 and "downgrade" in older.stderr
    newer = cli(site, "firmware", "check", str(_image(site, "7.5.0-4500")), url(site))
    assert newer.returncode == 0, newer.stderr
    assert "7.4.5-4415 → 7.5.0-4500" in newer.stdout


def test_upgrade_reports_the_new_version(site: dict[str, object]) -> None:
    image = _image(site, "7.5.0-4500")
    done = cli(site, "firmware", "upgrade", str(image), url(site), "--password", PASSWORD)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ace0200001: uploading 100 % (64 of 64 KB)" in done.stdout, done.stdout
    assert "ace0200001: done" in done.stdout and "made permanent" in done.stdout
    assert "ace0200001: upgraded, runs 7.5.0-4500" in done.stdout
    info = cli(site, "info", url(site))
    assert "7.5.0-4500" in info.stdout
    again = cli(site, "firmware", "upgrade", str(image), url(site), "--password", PASSWORD)
    assert again.returncode == 0 and "already up to date" in again.stdout


def test_a_rolled_back_update_says_what_to_do_and_exits_1(site: dict[str, object]) -> None:
    control = f"{site['control']}/fault"
    serial = "ace0200001"
    before = cli(site, "info", url(site)).stdout
    httpx.post(control, json={"serial": serial, "kind": "firmware_rollback"}, timeout=5)
    try:
        image = _image(site, "7.6.0-4600")
        failed = cli(site, "firmware", "upgrade", str(image), url(site), "--password", PASSWORD)
    finally:
        httpx.post(
            control, json={"serial": serial, "kind": "firmware_rollback", "on": False}, timeout=5
        )
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert "went back to its old version (status -4). (at update)" in failed.stderr
    assert "Try once more" in failed.stderr
    line = next(x for x in failed.stdout.splitlines() if x.startswith(f"{serial}: failed"))
    version = line.rsplit(" ", 1)[-1]
    assert version in before and "7.6.0" not in cli(site, "info", url(site)).stdout
