"""A run applied in the window is listed, resumed and rolled back by `commissioner journal`
given the same `--data-dir`: both decide their directories in app.store.paths."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.drivers.alfen.properties import PropertyId
from app.services.operations import OperationState
from app.ui.commissioning.tab import CommissioningTab
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import log_in, wait_for

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
KEY = "ACE0100001"
P = PropertyId.parse


def _journal_cli(data: Path, password: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COMMISSIONER_PASSWORD": password}
    return subprocess.run(  # noqa: PLW1510 - the exit code is asserted by the caller
        [sys.executable, "-m", "app", "--data-dir", str(data), "journal", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def _commissioning(ctx: object) -> CommissioningTab:
    tab = ctx.window.commissioning
    assert tab is not None
    return tab


@pytest.mark.slow
async def test_a_run_applied_in_the_window_is_listed_resumed_and_rolled_back_by_the_cli(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        await log_in(ctx.window, KEY)
        service = _commissioning(ctx).service
        await wait_for(lambda: service.key == KEY and service.plan is not None, "as found")
        charger = ctx.demo.site.node(KEY.lower()).charger
        found = float(charger.values[P("2062_0")])
        target = 20.0 if found != 20.0 else 22.0
        service.set_field("station_max_current", str(target))
        applied = service.apply()
        assert await applied.wait() is OperationState.SUCCEEDED, applied.error
        assert float(charger.values[P("2062_0")]) == target

        # The installer closes the window's session (a charger takes one login at a time).
        assert await ctx.services.sessions.logout(KEY).wait() is OperationState.SUCCEEDED
        password = ctx.services.password_hints[KEY]
        # The CLI runs in a thread: the demo site answers on this test's event loop.
        listed = await asyncio.to_thread(_journal_cli, tmp_path, password, "list")
        assert listed.returncode == 0, listed.stderr
        assert "complete" in listed.stdout
        run_id = listed.stdout.split()[0]
        resumed = await asyncio.to_thread(_journal_cli, tmp_path, password, "resume", run_id)
        assert resumed.returncode == 0, resumed.stderr
        assert "complete." in resumed.stdout
        back = await asyncio.to_thread(_journal_cli, tmp_path, password, "rollback", run_id)
        assert back.returncode == 0, back.stdout + back.stderr
        assert "rolled back." in back.stdout
        assert float(charger.values[P("2062_0")]) == found
