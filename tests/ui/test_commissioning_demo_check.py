"""Issue #7's demo check, end to end on the demo site through the Commissioning tab.

A charger without the ALB licence: its key typed in, ALB configured from the site's simulated
SDM630 over Modbus TCP, phases and power set, applied; the as-left is read and the charger's
ALB follows the site's grid currents (hair dryer on). Rolled back to as found. The same with
the P1 stream as source. And the plan the GUI applied, saved to a file and applied with the CLI
to a fresh simulated charger, leaves the same properties.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.licence import Feature
from app.core.plan import Plan
from app.core.plan_file import dumps_plan
from app.core.values import Value
from app.drivers.alfen.properties import PropertyId
from app.services.operations import OperationState
from app.sim.alfen.charger import (
    LICENCE_BITS,
    LICENCE_DEVICE,
    LICENCE_KEY,
    SimCharger,
    licence_key_for,
)
from app.sim.runner import SimulatedSite
from app.ui.commissioning.meter_page import MeterPage
from app.ui.commissioning.pages import LicencesPage, Page
from app.ui.commissioning.tab import CommissioningTab
from tests.ui.conftest import DEMO_SITE, DemoWindow, OpenDemo
from tests.ui.helpers import wait_for
from tests.ui.test_commissioning_pages import (
    apply_from_review,
    as_left_rows,
    config,
    fast_reboots,
    tab_for,
)
from tests.ui.test_commissioning_tab import confirm_restart, type_into

pytestmark = pytest.mark.gui
P = PropertyId.parse
SERIAL = "ace0100002"  # licensed for SCN only
ROOT = Path(__file__).resolve().parents[2]


def set_field(qtbot: QtBot, tab: CommissioningTab, title: str, path: str, value: object) -> None:
    """Change one field on its page as the installer does (type, pick or tick)."""
    page = tab.show_page(title)
    assert isinstance(page, Page)
    row = page.rows[path]
    if isinstance(value, bool):
        if row.check.isChecked() != value:
            row.check.click()
    elif row.info.choices:
        index = row.combo.findData(value)
        assert index > 0, (path, value)
        row.combo.setCurrentIndex(index)
        row.combo.activated.emit(index)
    else:
        type_into(qtbot, page, path, str(value))
    assert path not in tab.errors, tab.errors


def host_port(text: str) -> tuple[str, int]:
    host, port = text.rsplit(":", 1)
    return host, int(port)


async def alb_follows_the_grid(ctx: DemoWindow, charger: SimCharger) -> None:
    """212F_1..3 (what the charger's ALB reads) track the site's grid currents."""
    live = ctx.demo.site.live

    def close() -> bool:
        grid = live.meter_reading()
        seen = [float(charger.values.get(P(f"212F_{p}"), 0.0)) for p in (1, 2, 3)]
        return all(abs(s - g) < 0.6 for s, g in zip(seen, grid, strict=True)) and seen[1] > 1

    await wait_for(close, "the charger's ALB to read the grid", timeout=15)
    before = float(charger.values[P("212F_2")])
    assert await ctx.demo.switch_load("hair dryer", True).wait() is OperationState.SUCCEEDED
    await wait_for(
        lambda: float(charger.values[P("212F_2")]) > before + 7, "the hair dryer on L2", 15
    )
    await wait_for(close, "the charger's ALB to read the grid with the hair dryer", timeout=15)
    assert await ctx.demo.switch_load("hair dryer", False).wait() is OperationState.SUCCEEDED


async def apply_and_check(ctx: DemoWindow, tab: CommissioningTab, charger: SimCharger) -> None:
    review, operation = await apply_from_review(tab)
    assert await operation.wait() is OperationState.SUCCEEDED, operation.error
    assert "Applied: the charger holds" in review.outcome.text(), review.outcome.text()
    assert int(charger.values[LICENCE_BITS]) & Feature.ALB
    left = as_left_rows(review)
    assert left["Active load balancing"] == "Yes", left
    assert left["Station maximum current"] == "20 A"
    assert left["Phase mapping"] == "L3, L1, L2"
    await alb_follows_the_grid(ctx, charger)


async def roll_back(tab: CommissioningTab) -> None:
    review = tab.show_page("Review")
    review.rollback_button.click()
    await confirm_restart(tab)
    back = tab.operation
    assert back is not None
    assert await back.wait() is OperationState.SUCCEEDED, back.error
    assert "Rolled back" in review.outcome.text(), review.outcome.text()


def unlocked(found: dict[PropertyId, Value], charger: SimCharger) -> dict[PropertyId, Value]:
    """As found, except the licence: a rollback never takes a bought licence away."""
    assert charger.values[LICENCE_KEY]
    return {**found, **{pid: charger.values[pid] for pid in (LICENCE_KEY, LICENCE_BITS)}}


def configure_alb_from_the_modbus_meter(
    qtbot: QtBot, ctx: DemoWindow, tab: CommissioningTab
) -> None:
    """ALB from the site's SDM630 over Modbus TCP (its endpoint), phases and power."""
    meter_ip, meter_port = host_port(str(ctx.demo.site.endpoints()["meters"][0]["modbus"]))
    for path, value in (
        ("alb.enabled", True),
        ("alb.source", "meter"),
        ("alb.protocol", "modbus-tcp"),
        ("alb.include_ev", False),
        ("alb.max_meter_current", "25"),
        ("alb.safe_current", "6"),
    ):
        set_field(qtbot, tab, "ALB data source", path, value)
    meter = tab.show_page("Meter")
    assert isinstance(meter, MeterPage)
    meter.select("eastron-sdm630")
    for path, value in (("alb.meter.ip", meter_ip), ("alb.meter.port", meter_port)):
        set_field(qtbot, tab, "Meter", path, value)
    set_field(qtbot, tab, "Phases", "phase_mapping", "L3L1L2")
    set_field(qtbot, tab, "Power", "station_max_current", "20")


async def test_the_demo_check_of_issue_7(
    qtbot: QtBot, demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        tab = await tab_for(ctx.window, SERIAL.upper())
        charger = fast_reboots(ctx, tab, SERIAL)
        found = config(charger)
        assert not int(charger.values[LICENCE_BITS]) & Feature.ALB
        licences = tab.show_page("Licences")
        assert isinstance(licences, LicencesPage)
        key = licence_key_for(str(charger.values[LICENCE_DEVICE]), int(Feature.ALB))
        qtbot.keyClicks(licences.key, key.text)
        configure_alb_from_the_modbus_meter(qtbot, ctx, tab)
        job = tab.service._job()
        await apply_and_check(ctx, tab, charger)
        after_gui = config(charger)
        await cli_on_a_fresh_charger(job, tmp_path, after_gui)
        await roll_back(tab)
        assert config(charger) == unlocked(found, charger)

        p1_ip, p1_port = host_port(str(ctx.demo.site.endpoints()["p1"][0]["tcp"]))
        set_field(qtbot, tab, "ALB data source", "alb.protocol", "dsmr-p1")
        for path, value in (
            ("alb.p1.interface", "telnet"),
            ("alb.p1.address", p1_ip),
            ("alb.p1.port", p1_port),
        ):
            set_field(qtbot, tab, "ALB data source", path, value)
        await apply_and_check(ctx, tab, charger)
        assert charger.values[P("5217_0")] == 5  # the P1 source
        await roll_back(tab)
        assert config(charger) == unlocked(found, charger)


async def cli_on_a_fresh_charger(
    job: Plan, tmp_path: Path, after_gui: dict[object, object]
) -> None:
    """`commissioner apply` with the GUI's plan, on the same charger of a fresh site."""
    async with SimulatedSite(DEMO_SITE) as fresh:
        node = fresh.node(SERIAL)
        node.charger.reboot_seconds = 1.0
        address = str(node.endpoint()["https"]).removeprefix("https://").rstrip("/")
        plan = dataclasses.replace(
            job, chargers=(dataclasses.replace(job.chargers[0], address=address),)
        )
        path = tmp_path / "demo-check.toml"
        path.write_text(dumps_plan(plan), encoding="utf-8")
        command = [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "cli")]
        command += ["apply", str(path), "--reboot-timeout", "30"]
        env = {
            **os.environ,
            "COMMISSIONER_PASSWORD": node.charger.password,
            "PYTHONPATH": str(ROOT),
        }

        def run() -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=50, check=False
            )

        done = await asyncio.get_running_loop().run_in_executor(None, run)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "complete" in done.stdout, done.stdout
        assert config(node.charger) == after_gui
