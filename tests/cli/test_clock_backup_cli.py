"""`commissioner clock`, `backup` and `restore` as subprocesses against a simulated site."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.cli import run as cli_run
from app.drivers.alfen.catalogue import CATALOGUE
from app.drivers.alfen.properties import PropertyId
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.helpers import TIME_SCALE, TOKEN, site_data

ROOT = Path(__file__).resolve().parents[2]
P = PropertyId.parse
HOUR_MS = 3_600_000


def settings_of(charger: object) -> dict[object, object]:
    """The writable settings a charger holds (its live readings move on by themselves)."""
    values = charger.values  # type: ignore[attr-defined]
    return {pid: v for pid, v in values.items() if CATALOGUE[pid].access.writable}


@pytest.fixture
async def site() -> AsyncIterator[SimulatedSite]:
    async with SimulatedSite(parse_site(site_data(), "test.toml"), time_scale=TIME_SCALE) as s:
        yield s


async def commissioner(site: SimulatedSite, tmp_path: Path, *args: str) -> tuple[int, str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "COMMISSIONER_PASSWORD": site.node(TOKEN).charger.password,
    }
    proc = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), *args),
        cwd=tmp_path,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(60):
        out, err = await proc.communicate()
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_clock_shows_the_difference_and_set_writes_it_through_the_journal(
    site: SimulatedSite, tmp_path: Path
) -> None:
    charger = site.node(TOKEN).charger
    charger.set_clock_ms(int(time.time() * 1000) - 2 * HOUR_MS - 5 * 60_000)
    url = site.node(TOKEN).api.url
    code, out, err = await commissioner(site, tmp_path, "clock", url)
    assert code == 0, err
    assert "Laptop (UTC):" in out and "2 h 5 min behind the laptop" in out
    assert charger.clock_ms() < time.time() * 1000 - HOUR_MS  # only shown, not set

    code, out, err = await commissioner(site, tmp_path, "clock", url, "--set")
    assert code == 0, err
    assert "2 h 5 min behind the laptop" in out  # the difference is shown before setting
    assert "Now the charger's clock is in step with the laptop" in out
    assert abs(charger.clock_ms() - time.time() * 1000) < 5000
    assert len(list((tmp_path / "data" / "journals").iterdir())) == 1


async def test_backup_then_restore_with_a_dry_run_first(
    site: SimulatedSite, tmp_path: Path
) -> None:
    charger = site.node(TOKEN).charger
    url = site.node(TOKEN).api.url
    code, out, err = await commissioner(site, tmp_path, "backup", url, "-o", "b.json")
    assert code == 0, err
    assert "settings written to b.json" in out and "Left out (secrets): licence key" in out
    assert json.loads((tmp_path / "b.json").read_text())["serial"] == TOKEN
    charger.values[P("2062_0")] = 20.0
    charger.values[P("1008_0")] = "Somebody else"

    code, out, err = await commissioner(site, tmp_path, "restore", "b.json", url, "--dry-run")
    assert code == 0, err
    assert "2062_0 (station maximum current): 20 -> 32" in out and "note:" in out
    assert "Dry run: nothing was written." in out and charger.values[P("2062_0")] == 20.0

    code, out, err = await commissioner(site, tmp_path, "restore", "b.json", url)
    assert code == 0, out + err
    assert charger.values[P("2062_0")] == 32.0
    assert charger.values[P("1008_0")] == f"Eve {TOKEN}"


async def test_restore_of_another_model_is_refused_and_writes_nothing(
    site: SimulatedSite, tmp_path: Path
) -> None:
    url = site.node(TOKEN).api.url
    code, _, err = await commissioner(site, tmp_path, "backup", url, "-o", "b.json")
    assert code == 0, err
    data = json.loads((tmp_path / "b.json").read_text())
    data["model"] = "NG920-61001"
    (tmp_path / "b.json").write_text(json.dumps(data))
    before = settings_of(site.node(TOKEN).charger)
    code, _, err = await commissioner(site, tmp_path, "restore", "b.json", url)
    assert code == 1
    assert "only onto a charger of the same model" in err and "NG920-61001" in err
    assert settings_of(site.node(TOKEN).charger) == before
    assert not (tmp_path / "data" / "journals").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "Cannot read backup file"),
        (bytes(range(256)), "Backup file b.json: not UTF-8 text"),
        (b'{"format": "commissioner-settings-backup", "version": 9}', "version 9"),
    ],
)
def test_a_bad_backup_file_is_refused_before_any_charger_is_contacted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "b.json"
    if content is not None:
        path.write_bytes(content)
    code = cli_run(["--data-dir", str(tmp_path), "restore", str(path), "127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error: ") and message in err
    assert "Traceback" not in err
