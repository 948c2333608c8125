"""`verify-alb` on a Trydan address: the hair-dryer test of dynamic power control in the
terminal (no password), the real contracted power put back, and the report in powers."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from tests.cli.test_verify_cli import Terminal
from tests.workflows.test_hairdryer_trydan import CONTRACTED, SERIAL, control, trydan_site

ROOT = Path(__file__).resolve().parents[2]


async def start(url: str, data: Path) -> Terminal:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("COMMISSIONER_PASSWORD", None)
    proc = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "app", "--data-dir", str(data), "verify-alb", url),
        *("--time-scale", "10", "--rate", "8"),
        cwd=ROOT,
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    return Terminal(proc)


async def test_verify_alb_on_a_trydan_tests_dynamic_power_control(tmp_path: Path) -> None:
    async with trydan_site() as (site, url):
        term = await start(url, tmp_path)
        await term.expect("test load (hair dryer)")
        term.answer("")  # the default 9 A
        await term.expect("start a charging session")
        await control(site, "/ev", {"serial": SERIAL, "socket": 1, "phases": 3})
        term.answer("y")
        await term.expect("Accept, or type another value")
        term.answer("")  # the proposed temporary contracted power
        await term.expect("Switch the test load (9 A) on now")
        await control(site, "/load", {"name": "hair dryer", "on": True})
        term.answer("")
        code = await term.finish()
        assert site.trydans[0].trydan.model.settings["ContractedPower"] == CONTRACTED
    assert code == 0, term.seen + term.errors
    assert "PASS" in term.seen and "dynamic power control" in term.seen
    reports = list((tmp_path / "reports").glob("*.json"))
    report = json.loads(reports[0].read_text())
    assert report["verdict"]["passed"] is True and "meter L1" not in report["series"]
    assert len(report["series"]["house power W"]["y"]) > 10
    svg = reports[0].with_suffix(".svg").read_text()
    assert "kW" in svg and "contracted power" in svg and "test load on" in svg
