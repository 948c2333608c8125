"""`commissioner journal show|resume|rollback` on a Trydan's run: the run's driver connects."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.core.plan import ChargerPlan, Plan
from app.sim.v2c.model import TrydanModel
from app.sim.v2c.server import SimulatedTrydan
from app.store.journal import Journal, journal_dir
from app.workflows.apply import Action, Applier, connector

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def trydan() -> AsyncIterator[SimulatedTrydan]:
    async with SimulatedTrydan(TrydanModel()) as simulated:
        yield simulated


async def commissioner(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    # The Trydan has no login: no password anywhere, and a prompt could not be answered.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("COMMISSIONER_PASSWORD", None)
    proc = await asyncio.create_subprocess_exec(
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
    )
    async with asyncio.timeout(40):
        out, err = await proc.communicate()
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_an_interrupted_trydan_run_is_shown_resumed_and_rolled_back(
    trydan: SimulatedTrydan, tmp_path: Path
) -> None:
    serial = trydan.model.serial
    plan = Plan("trydan", (ChargerPlan(serial, trydan.url, station_max_current=20),))
    connect = connector(lambda _serial: "", driver_tag="v2c", timeout=5)
    with Journal.create(journal_dir(tmp_path / "data"), plan, driver="v2c") as journal:
        await Applier(journal, connect).run(Action.APPLY)
    lines = journal.path.read_bytes().splitlines(keepends=True)
    journal.path.write_bytes(b"".join(lines[:2]))  # stopped after the as-found record
    trydan.model.settings["MaxIntensity"] = 32  # as if the write never happened
    run_id = journal.path.stem

    code, out, err = await commissioner(tmp_path, "journal", "show", run_id)
    assert code == 0, err
    assert f"Run {run_id} (v2c driver): trydan, interrupted." in out
    code, out, err = await commissioner(tmp_path, "journal", "resume", run_id)
    assert code == 0 and "complete." in out, err
    assert trydan.model.settings["MaxIntensity"] == 20
    code, out, err = await commissioner(tmp_path, "journal", "show", run_id)
    assert "MaxIntensity (Maximum current): as found 32, as left 20" in out, err
    code, out, err = await commissioner(tmp_path, "journal", "rollback", run_id)
    assert code == 0 and "rolled back." in out, err
    assert trydan.model.settings["MaxIntensity"] == 32
