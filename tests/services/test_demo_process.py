"""The demo's site in a process of its own (app/services/demo_process.py): ready with its
endpoints, ended by the end of its input, and every way it can fail said as SiteProcessError."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from app.services import demo_process
from app.services.demo_process import SiteProcess, SiteProcessError

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "presets" / "sites" / "demo.toml"


async def test_the_site_is_ready_with_its_endpoints_and_ends_when_closed(tmp_path: Path) -> None:
    site = SiteProcess.spawn(DEMO, tmp_path / "certificates", time_scale=10)
    try:
        endpoints = await site.ready()
        assert [c["serial"] for c in endpoints["chargers"]] == [
            *("ace0100001", "ace0100002", "ace0100003", "V2C0100004")
        ]
        async with httpx.AsyncClient(timeout=5) as client:
            state = (await client.get(f"{endpoints['control']}/state")).json()
        assert state["time_scale"] == 10.0  # the option reached the site
        assert any((tmp_path / "certificates").iterdir())  # the chargers keep theirs there
    finally:
        await site.aclose()
    assert site.process is not None
    assert site.process.returncode == 0  # it stopped by itself at the end of its input
    assert not site.folder.exists()  # its endpoints file and log went with it
    await site.aclose()  # a second close does nothing


async def test_a_site_that_cannot_start_says_why(tmp_path: Path) -> None:
    site = SiteProcess.spawn(tmp_path / "no-such-site.toml", tmp_path / "certificates")
    try:
        with pytest.raises(SiteProcessError, match=r"ended \(exit code 1\).*no-such-site\.toml"):
            await site.ready()
    finally:
        await site.aclose()
    assert not site.folder.exists()


async def test_a_program_that_cannot_be_run_is_an_error_at_ready(tmp_path: Path) -> None:
    (tmp_path / "run").mkdir()
    site = SiteProcess([str(tmp_path / "no-such-program")], tmp_path / "run")
    with pytest.raises(SiteProcessError, match="cannot start"):
        await site.ready()
    await site.aclose()
    assert not (tmp_path / "run").exists()


async def test_a_site_never_ready_is_given_up_and_ended(tmp_path: Path) -> None:
    waits_for_input = [sys.executable, "-c", "import sys; sys.stdin.read()"]
    site = SiteProcess.spawn(DEMO, tmp_path / "certificates", program=waits_for_input)
    with pytest.raises(SiteProcessError, match=r"not ready within 0\.3 s"):
        await site.ready(within=0.3)
    await site.aclose()
    assert site.process is not None and site.process.returncode == 0


async def test_a_site_that_ignores_the_end_of_its_input_is_terminated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_process, "CLOSE_WAIT", 0.2)
    lingers = [sys.executable, "-c", "import time; print('ready', flush=True); time.sleep(60)"]
    site = SiteProcess.spawn(DEMO, tmp_path / "certificates", program=lingers)
    with pytest.raises(SiteProcessError, match="endpoints file is unreadable"):
        await site.ready()  # it said ready but wrote no endpoints
    await site.aclose()
    assert site.process is not None and site.process.returncode not in (None, 0)
    assert not site.folder.exists()


def test_the_program_starts_itself_from_source_or_as_the_frozen_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert demo_process.program_command() == [sys.executable, "-m", "app"]
    exe = tmp_path / "commissioner"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert demo_process.program_command() == [str(exe)]  # `commissioner simulate …`
    (tmp_path / demo_process.WINDOWS_CLI).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "platform", "win32")
    assert demo_process.program_command() == [str(tmp_path / demo_process.WINDOWS_CLI)]
