"""`commissioner support-bundle` end to end: a `simulate` process and the CLI in another."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.processes import run_cli, simulated_site

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "presets" / "sites" / "demo.toml"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    base = tmp_path_factory.mktemp("site")
    with simulated_site(SITE, base) as data:
        yield data


def _cli(site: dict[str, object], *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(str(site["data_dir"]), *args)


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
