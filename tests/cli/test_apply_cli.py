"""`commissioner apply` and `commissioner journal` as subprocesses against a simulated site."""

from __future__ import annotations

import asyncio
import json
import os
import resource
import signal
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from app.cli import run as cli_run
from app.core.plan import Plan
from app.core.plan_file import dumps_plan, loads_plan, with_field
from app.drivers.alfen.properties import PropertyId
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.helpers import TIME_SCALE, TOKEN, control, eventually, site_data

ROOT = Path(__file__).resolve().parents[2]
DEMO_PLAN = ROOT / "presets" / "plans" / "demo-alb.toml"
P = PropertyId.parse


@pytest.fixture
async def site() -> AsyncIterator[SimulatedSite]:
    async with SimulatedSite(parse_site(site_data(), "test.toml"), time_scale=TIME_SCALE) as s:
        yield s


def write_plan(site: SimulatedSite, tmp_path: Path, **fields: object) -> Path:
    charger = loads_plan(DEMO_PLAN.read_text()).chargers[0]
    charger = with_field(charger, "serial", TOKEN)
    charger = with_field(charger, "address", site.node(TOKEN).api.url)
    for path, value in fields.items():
        charger = with_field(charger, path, value)
    target = tmp_path / "plan.toml"
    target.write_text(dumps_plan(Plan("cli test", (charger,))), encoding="utf-8")
    return target


async def commissioner(
    site: SimulatedSite, tmp_path: Path, *args: str, timeout: float = 40
) -> tuple[int, str, str]:
    proc = await start(site, tmp_path, *args)
    async with asyncio.timeout(timeout):
        out, err = await proc.communicate()
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def start(
    site: SimulatedSite, tmp_path: Path, *args: str, preexec_fn: Callable[[], None] | None = None
) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "COMMISSIONER_PASSWORD": site.node(TOKEN).charger.password,
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "--data-dir",
        str(tmp_path / "data"),
        *args,
        cwd=ROOT,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        preexec_fn=preexec_fn,
    )


async def test_dry_run_shows_changes_and_writes_nothing(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = write_plan(site, tmp_path, station_max_current=20)
    code, out, err = await commissioner(site, tmp_path, "apply", str(plan), "--dry-run")
    assert code == 0, err
    assert "2062_0 (station maximum current): 32 -> 20" in out
    assert "Dry run: nothing was written." in out
    assert site.node(TOKEN).charger.values[P("2062_0")] == 32.0
    assert not (tmp_path / "data" / "journals").exists()


async def test_apply_list_show_and_rollback(site: SimulatedSite, tmp_path: Path) -> None:
    plan = write_plan(site, tmp_path, station_max_current=20)
    code, out, err = await commissioner(site, tmp_path, "apply", str(plan))
    assert code == 0, err
    assert "rebooting, waiting" in out and f"{TOKEN}" in out and "complete." in out
    assert site.node(TOKEN).charger.values[P("2062_0")] == 20.0

    code, out, _ = await commissioner(site, tmp_path, "journal", "list")
    assert code == 0 and "complete" in out and "cli test" in out
    run_id = out.split()[0]
    code, out, _ = await commissioner(site, tmp_path, "journal", "show", run_id)
    assert code == 0
    assert "2062_0 (station maximum current): as found 32, as left 20" in out

    code, out, err = await commissioner(site, tmp_path, "journal", "rollback", run_id)
    assert code == 0, err
    assert "rolled back." in out
    assert site.node(TOKEN).charger.values[P("2062_0")] == 32.0


async def test_killed_apply_is_offered_for_resume_at_the_next_start(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = write_plan(site, tmp_path, station_max_current=20)
    await control(site, "/fault", {"serial": TOKEN, "kind": "delay", "seconds": 0.3})
    proc = await start(site, tmp_path, "apply", str(plan))
    journals = tmp_path / "data" / "journals"

    def steps_done() -> int:
        files = list(journals.glob("*.jsonl")) if journals.is_dir() else []
        return files[0].read_text().count('"event":"step_done"') if files else 0

    try:
        await eventually(lambda: steps_done() >= 2, within=30, what="two steps done")
    finally:
        proc.kill()
        await proc.wait()
    await control(site, "/fault", {"serial": TOKEN, "kind": "delay", "seconds": 0})
    assert site.node(TOKEN).charger.values[P("2062_0")] == 32.0  # killed before the limits

    code, _, err = await commissioner(site, tmp_path, "apply", str(plan))
    assert code == 1
    assert "did not finish" in err and "journal resume" in err and "journal rollback" in err

    run_id = next(journals.glob("*.jsonl")).stem
    code, out, err = await commissioner(site, tmp_path, "journal", "resume", run_id)
    assert code == 0, err
    assert "complete." in out
    assert site.node(TOKEN).charger.values[P("2062_0")] == 20.0
    lines = [json.loads(x) for x in next(journals.glob("*.jsonl")).read_text().splitlines()]
    assert [x["event"] for x in lines].count("run_resumed") == 1


def test_a_plan_that_breaks_rules_is_refused_before_connecting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = DEMO_PLAN.read_text().replace("safe_current = 6.0", "safe_current = 30.0")
    plan = tmp_path / "bad.toml"
    plan.write_text(text, encoding="utf-8")
    code = cli_run(["--data-dir", str(tmp_path), "apply", str(plan)])
    err = capsys.readouterr().err
    assert code == 1
    assert "ALB safe current (30 A) must not be above the maximum meter current (25 A)." in err
    assert not (tmp_path / "journals").exists()


def small_disk() -> None:
    """In the child before exec: files may grow to 2,400 bytes, the size a journal reaches a
    few steps into the demo plan; a longer write fails (EFBIG) instead of killing it."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2400, 2400))


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX only")
async def test_a_full_disk_during_apply_ends_in_one_line_then_resume_and_rollback(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = write_plan(site, tmp_path, station_max_current=20)
    proc = await start(site, tmp_path, "apply", str(plan), preexec_fn=small_disk)
    async with asyncio.timeout(40):
        out_bytes, err_bytes = await proc.communicate()
    out, err = out_bytes.decode(), err_bytes.decode()
    assert proc.returncode == 1
    assert "Traceback" not in err and "ExceptionGroup" not in err
    (message,) = [x for x in err.splitlines() if "Cannot write journal" in x]
    assert "the run stopped" in message and "journal resume" in message
    journals = tmp_path / "data" / "journals"
    (path,) = journals.glob("*.jsonl")
    assert path.read_bytes().endswith(b"\n")  # no torn line left behind

    code, out, err = await commissioner(site, tmp_path, "journal", "show", path.stem)
    assert code == 0 and "not finished" in out, err
    code, out, err = await commissioner(site, tmp_path, "journal", "resume", path.stem)
    assert code == 0 and "complete." in out, err
    assert site.node(TOKEN).charger.values[P("2062_0")] == 20.0
    code, out, err = await commissioner(site, tmp_path, "journal", "rollback", path.stem)
    assert code == 0 and "rolled back." in out, err
    assert site.node(TOKEN).charger.values[P("2062_0")] == 32.0  # as found


async def test_a_torn_line_left_by_a_crash_resumes_and_rolls_back(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = write_plan(site, tmp_path, station_max_current=20)
    code, out, err = await commissioner(site, tmp_path, "apply", str(plan))
    assert code == 0, err
    (path,) = (tmp_path / "data" / "journals").glob("*.jsonl")
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:6]) + lines[6][:40])  # a crash mid-write of line 7

    code, out, err = await commissioner(site, tmp_path, "journal", "resume", path.stem)
    assert code == 0 and "complete." in out, err
    code, out, err = await commissioner(site, tmp_path, "journal", "show", path.stem)
    assert code == 0 and "as found 32, as left 20" in out, err
    code, out, err = await commissioner(site, tmp_path, "journal", "rollback", path.stem)
    assert code == 0 and "rolled back." in out, err
    assert site.node(TOKEN).charger.values[P("2062_0")] == 32.0
    assert len(list(path.parent.glob(f"{path.name}.torn-*"))) == 1


async def test_a_damaged_journal_beside_a_good_one_is_listed_and_flagged_by_apply(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = write_plan(site, tmp_path, station_max_current=20)
    code, _, err = await commissioner(site, tmp_path, "apply", str(plan))
    assert code == 0, err
    journals = tmp_path / "data" / "journals"
    (good,) = journals.glob("*.jsonl")
    lines = good.read_text().splitlines(keepends=True)
    broken = lines[3].replace('"phase":"apply"', '"phase":"sideways"')
    (journals / "00000000-000000-dead.jsonl").write_text("".join([*lines[:3], broken]))

    code, out, err = await commissioner(site, tmp_path, "journal", "list")
    assert code == 0 and "Traceback" not in err, err
    assert f"{good.stem}  complete" in out
    assert "00000000-000000-dead  damaged" in out and "damaged at line 4" in out
    assert "unknown phase 'sideways'" in out

    code, out, err = await commissioner(site, tmp_path, "apply", str(plan))
    assert code == 0 and "complete." in out, err
    assert "run 00000000-000000-dead did not finish or cannot be read" in err
    assert f"check charger(s) {TOKEN} by hand" in err
