"""Applying plans to simulated chargers on 127.0.0.1: as-found, writes, reboot, as-left, journal,
crash and resume, rollback, licences."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.plan import ChargerPlan, Plan
from app.core.plan_file import loads_plan, with_field
from app.core.values import Value
from app.drivers.alfen.plan_steps import LICENCE_KEY, charger_steps, targets, touched
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import LICENCE_DEVICE, licence_key_for
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.store import journal as journal_module
from app.store.journal import Journal, JournalWriteFailed, read_records
from app.store.journal_model import AsFound, Outcome, Phase, StepStarted, encode_values, replay
from app.transports.pins import PinStore
from app.workflows.apply import Action, Applier, Connect, Progress
from app.workflows.apply import connector as port_connector
from tests.sim.helpers import (
    COOKIE,
    TIME_SCALE,
    TOKEN,
    can_connect,
    control,
    eventually,
    site_data,
)

ROOT = Path(__file__).resolve().parents[2]
DEMO_PLAN = loads_plan((ROOT / "presets" / "plans" / "demo-alb.toml").read_text())
P = PropertyId.parse


@pytest.fixture
async def site() -> AsyncIterator[SimulatedSite]:
    async with SimulatedSite(parse_site(site_data(), "test.toml"), time_scale=TIME_SCALE) as s:
        yield s


def charger_plan(site: SimulatedSite, serial: str, **fields: object) -> ChargerPlan:
    """The demo plan's charger, pointed at a simulated charger, with fields changed."""
    plan = with_field(DEMO_PLAN.chargers[0], "serial", serial)
    plan = with_field(plan, "address", site.node(serial).api.url)
    for path, value in fields.items():
        plan = with_field(plan, path.replace("__", "."), value)
    return plan


def connector(site: SimulatedSite, tmp_path: Path) -> Connect:
    passwords = {node.charger.serial: node.charger.password for node in site.nodes}
    return port_connector(passwords.__getitem__, pins=PinStore(tmp_path / "pins.json"))


def values_of(site: SimulatedSite, serial: str, keys: object) -> dict[str, Value]:
    held = {pid.wire: value for pid, value in site.node(serial).charger.values.items()}
    return {key: held[key] for key in keys if key in held}  # type: ignore[attr-defined]


async def run(
    journal: Journal, connect: Connect, action: Action = Action.APPLY, **options: Any
) -> list[Progress]:
    events: list[Progress] = []
    await Applier(journal, connect, progress=events.append, tick=0.05, **options).run(action)
    return events


async def test_apply_one_charger_writes_reboots_and_records_as_left(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = Plan("one", (charger_plan(site, TOKEN),))
    steps = charger_steps(plan.chargers[0])
    before = values_of(site, TOKEN, touched(steps))
    boots = site.node(TOKEN).charger.boot_count
    with Journal.create(tmp_path, plan) as journal:
        events = await run(journal, connector(site, tmp_path))
    result = journal.state.chargers[TOKEN]
    assert (result.outcome, result.message) == (Outcome.DONE, "")
    assert journal.state.status == "complete"
    assert values_of(site, TOKEN, targets(steps)) == targets(steps)
    assert result.as_found is not None
    assert {pid: result.as_found[pid] for pid in before} == before
    assert result.as_left is not None and result.differences == {}
    assert site.node(TOKEN).charger.boot_count == boots + 1
    assert [e.stage for e in events].count("waiting") >= 2  # reboot progress was shown
    reboot = [e for e in events if e.stage == "reboot" and e.message == "done"]
    assert [e.skipped for e in reboot] == [False]
    assert events[-1].stage == "finished"


async def test_apply_several_chargers_in_parallel(site: SimulatedSite, tmp_path: Path) -> None:
    first = charger_plan(site, TOKEN, station_max_current=20)
    second = charger_plan(site, COOKIE, alb=None, station_max_current=24, socket2_max_current=10)
    plan = Plan("two", (first, second))
    with Journal.create(tmp_path, plan) as journal:
        events = await run(journal, connector(site, tmp_path), max_parallel=2)
    assert {s: c.outcome for s, c in journal.state.chargers.items()} == {
        TOKEN: Outcome.DONE,
        COOKIE: Outcome.DONE,
    }
    assert site.node(TOKEN).charger.values[P("2062_0")] == 20.0
    assert site.node(COOKIE).charger.values[P("3129_0")] == 10.0
    stages = [(e.serial, e.stage) for e in events]
    first_finish = min(stages.index((s, "finished")) for s in (TOKEN, COOKIE))
    assert stages.index((TOKEN, "as-found")) < first_finish
    assert stages.index((COOKIE, "as-found")) < first_finish  # both were under way at once


async def test_nothing_to_change_needs_no_reboot(site: SimulatedSite, tmp_path: Path) -> None:
    plan = Plan("same", (charger_plan(site, TOKEN),))
    connect = connector(site, tmp_path)
    with Journal.create(tmp_path, plan, run_id="first") as journal:
        await run(journal, connect)
    boots = site.node(TOKEN).charger.boot_count
    with Journal.create(tmp_path, plan, run_id="second") as journal:
        events = await run(journal, connect)
    assert journal.state.chargers[TOKEN].outcome is Outcome.DONE
    assert site.node(TOKEN).charger.boot_count == boots
    assert "waiting" not in [e.stage for e in events]
    reboot = [e for e in events if e.stage == "reboot" and e.message == "done"]
    assert [e.skipped for e in reboot] == [True]  # reported as skipped, as journaled


class CountingLink:
    """Passes everything to the real client; counts completed writes."""

    def __init__(self, inner: Any, writes: list[int], enough: asyncio.Event, n: int) -> None:
        self._inner, self._writes, self._enough, self._n = inner, writes, enough, n

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def write(self, values: Any) -> None:
        await self._inner.write(values)
        self._writes.append(len(values))
        if len(self._writes) >= self._n:
            self._enough.set()


async def crash_after_writes(journal: Journal, connect: Connect, n: int) -> None:
    """Run the apply as a task and cancel it once `n` writes went through (a crash)."""
    writes: list[int] = []
    enough = asyncio.Event()

    @contextlib.asynccontextmanager
    async def counting(plan: ChargerPlan) -> AsyncIterator[Any]:
        async with connect(plan) as link:
            yield CountingLink(link, writes, enough, n)

    task = asyncio.create_task(Applier(journal, counting).run(Action.APPLY))
    async with asyncio.timeout(20):
        await enough.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    journal.close()


async def test_crash_mid_apply_then_resume_then_rollback(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = Plan("crash", (charger_plan(site, TOKEN),))
    steps = charger_steps(plan.chargers[0])
    original = values_of(site, TOKEN, touched(steps))
    connect = connector(site, tmp_path)
    journal = Journal.create(tmp_path, plan)
    await crash_after_writes(journal, connect, 3)

    crashed = Journal.open(journal.path)
    charger = crashed.state.chargers[TOKEN]
    assert crashed.state.status == "interrupted" and crashed.state.needs_attention
    resume_from = charger.next_step(Phase.APPLY)
    assert 3 <= resume_from < len(steps)
    with crashed:
        await run(crashed, connect)
    assert crashed.state.chargers[TOKEN].outcome is Outcome.DONE
    assert values_of(site, TOKEN, targets(steps)) == targets(steps)
    records = read_records(journal.path)
    restarted = [r.index for r in records if isinstance(r, StepStarted)]
    assert restarted[-(len(steps) - resume_from) :] == list(range(resume_from, len(steps)))

    with Journal.open(journal.path) as again:
        await run(again, connect, Action.ROLLBACK)
    assert again.state.chargers[TOKEN].outcome is Outcome.ROLLED_BACK
    assert again.state.status == "rolled back"
    assert values_of(site, TOKEN, original) == original  # every property back to as-found


async def test_crash_then_rollback_restores_as_found(site: SimulatedSite, tmp_path: Path) -> None:
    plan = Plan("crash", (charger_plan(site, TOKEN, station_max_current=20),))
    steps = charger_steps(plan.chargers[0])
    original = values_of(site, TOKEN, touched(steps))
    connect = connector(site, tmp_path)
    journal = Journal.create(tmp_path, plan)
    await crash_after_writes(journal, connect, 5)
    assert values_of(site, TOKEN, original) != original  # the crash left it half-written
    with Journal.open(journal.path) as again:
        await run(again, connect, Action.ROLLBACK)
    assert again.state.chargers[TOKEN].outcome is Outcome.ROLLED_BACK
    assert values_of(site, TOKEN, original) == original


async def test_a_lost_link_fails_that_charger_and_resume_finishes(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = Plan("lost", (charger_plan(site, TOKEN),))
    reply = await control(site, "/fault", {"serial": TOKEN, "kind": "reject_write", "text": "busy"})
    assert reply.status_code == 200
    connect = connector(site, tmp_path)
    with Journal.create(tmp_path, plan) as journal:
        await run(journal, connect)
    failed = journal.state.chargers[TOKEN]
    assert failed.outcome is Outcome.FAILED and "busy" in failed.message
    assert journal.state.status == "failed" and journal.state.needs_attention
    with Journal.open(journal.path) as again:
        await run(again, connect)
    assert again.state.chargers[TOKEN].outcome is Outcome.DONE


async def test_reboot_wait_is_bounded_and_resume_finishes(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = Plan("slow", (charger_plan(site, TOKEN, station_max_current=21),))
    connect = connector(site, tmp_path)
    with Journal.create(tmp_path, plan) as journal:
        await run(journal, connect, reboot_timeout=0.2)  # the simulated reboot takes 0.5 s
    failed = journal.state.chargers[TOKEN]
    assert failed.outcome is Outcome.FAILED
    assert "did not come back within 0.2 s" in failed.message
    url = site.node(TOKEN).api.url
    await eventually(lambda: can_connect(url), what="the charger back")  # as an installer waits
    with Journal.open(journal.path) as again:
        await run(again, connect)
    assert again.state.chargers[TOKEN].outcome is Outcome.DONE


async def test_a_licence_key_unlocks_alb(site: SimulatedSite, tmp_path: Path) -> None:
    charger = site.node(COOKIE).charger
    assert not charger.has(Feature.ALB)
    key = licence_key_for(str(charger.values[LICENCE_DEVICE]), int(Feature.ALB))
    plan = Plan("licence", (charger_plan(site, COOKIE, licence_key=key.text),))
    with Journal.create(tmp_path, plan) as journal:
        await run(journal, connector(site, tmp_path))
    result = journal.state.chargers[COOKIE]
    assert (result.outcome, result.message) == (Outcome.DONE, "")
    assert charger.has(Feature.ALB)
    assert charger.values[P("2064_0")] == 3
    assert result.as_found is not None and result.as_found[LICENCE_KEY] != key.text


async def test_alb_without_licence_is_refused_before_any_write(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = Plan("nolicence", (charger_plan(site, COOKIE),))
    steps = charger_steps(plan.chargers[0])
    original = values_of(site, COOKIE, touched(steps))
    with Journal.create(tmp_path, plan) as journal:
        await run(journal, connector(site, tmp_path))
    result = journal.state.chargers[COOKIE]
    assert result.outcome is Outcome.INVALID
    assert result.message.startswith("Active load balancing needs the ALB licence")
    assert values_of(site, COOKIE, original) == original
    assert not replay(read_records(journal.path)).chargers[COOKIE].writes_started


async def test_rules_across_chargers_are_checked_before_any_connection(tmp_path: Path) -> None:
    charger = ChargerPlan(TOKEN, "127.0.0.1:1", station_max_current=20)
    contacted: list[str] = []

    def connect(plan: ChargerPlan) -> Any:
        contacted.append(plan.serial)
        raise AssertionError("no charger may be contacted")

    journal = Journal.create(tmp_path, Plan("twice", (charger, charger)))
    with journal, pytest.raises(InvalidInput, match="appears twice in the plan"):
        await Applier(journal, connect).run()
    assert contacted == []
    assert len(read_records(journal.path)) == 1


async def test_rollback_of_a_charger_nothing_was_written_to_closes_it(tmp_path: Path) -> None:
    def connect(plan: ChargerPlan) -> Any:
        raise AssertionError("nothing to undo: no charger may be contacted")

    charger = ChargerPlan(TOKEN, "127.0.0.1:1", station_max_current=20)
    with Journal.create(tmp_path, Plan("early", (charger,))) as journal:
        journal.append(AsFound(TOKEN, encode_values({P("2062_0"): 32.0})))  # then a crash
    with Journal.open(journal.path) as again:
        await Applier(again, connect).run(Action.ROLLBACK)
    assert again.state.chargers[TOKEN].outcome is Outcome.ROLLED_BACK
    assert again.state.status == "rolled back" and not again.state.needs_attention


async def test_a_journal_write_failing_mid_run_stops_it_in_one_error_then_resume_and_rollback(
    site: SimulatedSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = Plan("disk full", (charger_plan(site, TOKEN),))
    steps = charger_steps(plan.chargers[0])
    original = values_of(site, TOKEN, touched(steps))
    connect = connector(site, tmp_path)
    real = journal_module._write_all
    writes = 0

    def fills_up(fd: int, data: bytes) -> None:
        nonlocal writes
        writes += 1
        if writes > 6:  # the disk fills up after a few steps: half a line, then ENOSPC
            real(fd, data[:9])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd, data)

    monkeypatch.setattr(journal_module, "_write_all", fills_up)
    journal = Journal.create(tmp_path, plan)
    with journal, pytest.raises(JournalWriteFailed, match="No space left on device"):
        await run(journal, connect)
    monkeypatch.setattr(journal_module, "_write_all", real)
    assert journal.path.read_bytes().endswith(b"\n")  # the half line was cut off again

    with Journal.open(journal.path) as again:
        assert again.state.status == "interrupted"
        await run(again, connect)
    assert again.state.chargers[TOKEN].outcome is Outcome.DONE
    with Journal.open(journal.path) as back:
        await run(back, connect, Action.ROLLBACK)
    assert back.state.status == "rolled back"
    assert values_of(site, TOKEN, original) == original
