"""Applying a Smart Charging Network to a simulated car park: every member in parallel over its
own session, one member failing mid-way, resume and rollback of the whole network, extension."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.core.plan import ChargerPlan, Plan
from app.core.scn import ScnSettings, plan_network
from app.core.values import Value
from app.drivers.alfen.plan_steps import charger_steps, targets, touched
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimEV
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.store.journal import Journal
from app.store.journal_model import Outcome
from app.transports.pins import PinStore
from app.workflows.apply import Action, Applier, Connect, Progress
from app.workflows.apply import connector as port_connector
from app.workflows.scn_read import read_chargers
from tests.sim.helpers import eventually

P = PropertyId.parse
PASSWORD = "park-pass-1"
SETTINGS = ScnSettings(
    name="PARK1", total_current=32, total_safe_current=16, socket_max_current=13.0
)
SITE = {
    "schema_version": 1,
    "name": "small car park",
    "grid": {"phases": 3, "main_fuse": 63.0},
    "charger_groups": [
        {
            "count": 6,
            "serial_prefix": "bay",
            "password": PASSWORD,
            "licence": ["SCN"],
            "wiring": "rotate",
            "reboot_seconds": 10,
        },
        {
            "count": 2,
            "serial_prefix": "duo",
            "sockets": 2,
            "session": "cookie",
            "password": PASSWORD,
            "licence": ["SCN"],
            "wiring": "rotate",
            "rotation_start": 6,
            "reboot_seconds": 10,
        },
    ],
}


@pytest.fixture
async def park() -> AsyncIterator[SimulatedSite]:
    async with SimulatedSite(parse_site(SITE, "park.toml"), time_scale=40) as site:
        yield site


def connector(tmp_path: Path) -> Connect:
    return port_connector(lambda _serial: PASSWORD, pins=PinStore(tmp_path / "pins.json"))


def targets_of(site: SimulatedSite, count: int | None = None) -> list[ChargerPlan]:
    nodes = site.nodes[:count]
    return [ChargerPlan(n.charger.serial, n.api.url) for n in nodes]


async def network_plan(
    site: SimulatedSite, tmp_path: Path, count: int | None = None, keep: str = ""
) -> Plan:
    """Plan the network from what the chargers report (a real read of each)."""
    readings = await read_chargers(targets_of(site, count), connector(tmp_path))
    assert all(not r.error for r in readings), [r.error for r in readings]
    proposal = plan_network(SETTINGS, [r.candidate(keep_network=keep) for r in readings])
    return proposal.require_valid()


def held(site: SimulatedSite, serial: str, keys: object) -> dict[str, Value]:
    values = site.node(serial).charger.values
    return {key: values[PropertyId.parse(key)] for key in keys}  # type: ignore[attr-defined]


async def run(
    journal: Journal, connect: Connect, action: Action = Action.APPLY, **kw: object
) -> list[Progress]:
    events: list[Progress] = []
    applier = Applier(journal, connect, progress=events.append, max_parallel=8, tick=0.05, **kw)  # type: ignore[arg-type]
    await applier.run(action)
    return events


async def test_network_applied_in_parallel_one_member_fails_then_resume_and_rollback(
    park: SimulatedSite, tmp_path: Path
) -> None:
    plan = await network_plan(park, tmp_path)
    serials = [c.serial for c in plan.chargers]
    ids = {s: touched(charger_steps(plan.charger(s))) for s in serials}
    original = {s: held(park, s, ids[s]) for s in serials}
    boots = {s: park.node(s).charger.boot_count for s in serials}
    victim = "bay0004"

    def fail_victim_midway(event: Progress) -> None:
        # The simulator refuses the victim's SCN write: its limits step went through already.
        if event.serial == victim and event.stage == "scn" and event.message.startswith("writing"):
            park.node(victim).api.faults.reject_write = "Configuration memory busy"

    connect = connector(tmp_path)
    events: list[Progress] = []
    with Journal.create(tmp_path, plan) as journal:

        def both(event: Progress) -> None:
            events.append(event)
            fail_victim_midway(event)

        await Applier(journal, connect, progress=both, max_parallel=8, tick=0.05).run()
    state = journal.state
    outcomes = {s: c.outcome for s, c in state.chargers.items()}
    assert outcomes == {s: Outcome.FAILED if s == victim else Outcome.DONE for s in serials}
    assert "Configuration memory busy" in state.chargers[victim].message
    assert state.status == "failed" and state.needs_attention
    # In parallel: every member was read as found before the first one finished.
    stages = [(e.serial, e.stage) for e in events]
    first_finish = min(stages.index((s, "finished")) for s in serials)
    assert all(stages.index((s, "as-found")) < first_finish for s in serials)
    # Progress per charger, each member rebooted once, all but the victim hold the network.
    assert {e.serial for e in events if e.stage == "waiting"} == set(serials) - {victim}
    for s in serials:
        charger = park.node(s).charger
        if s != victim:
            assert held(park, s, targets(charger_steps(plan.charger(s)))) == targets(
                charger_steps(plan.charger(s))
            )
            assert charger.boot_count == boots[s] + 1
    assert park.node(victim).charger.values[P("2180_1")] == ""
    assert park.node(victim).charger.values[P("2129_0")] == 13.0  # stopped mid-way

    with Journal.open(journal.path) as again:
        resumed = await run(again, connect)
    assert {c.outcome for c in again.state.chargers.values()} == {Outcome.DONE}
    assert {e.serial for e in resumed if e.stage != "finished"} == {victim}  # only it resumed
    assert park.node(victim).charger.values[P("2180_1")] == "PARK1"
    assert {park.node(s).charger.values[P("2180_3")] for s in serials} == {10}

    with Journal.open(journal.path) as back:
        await run(back, connect, Action.ROLLBACK)
    assert {c.outcome for c in back.state.chargers.values()} == {Outcome.ROLLED_BACK}
    assert back.state.status == "rolled back"
    for s in serials:
        assert held(park, s, ids[s]) == original[s]


async def test_applied_network_shares_capacity_in_the_simulator(
    park: SimulatedSite, tmp_path: Path
) -> None:
    plan = await network_plan(park, tmp_path, count=4)
    with Journal.create(tmp_path, plan) as journal:
        await run(journal, connector(tmp_path))
    assert journal.state.status == "complete"
    chargers = [park.node(c.serial).charger for c in plan.chargers]
    for charger in chargers:
        charger.plug(1, SimEV(phases=3, min_current=6, max_current=32))
    # After the test phase (60 s of site time, 1.5 s here) 32 A is split over four sockets.
    # (8 A each: below the 13 A socket maximum.)
    await eventually(
        lambda: all(abs(c.sockets[0].currents[0] - 8.0) < 0.01 for c in chargers),
        within=15,
        what="an equal split of 32 A over 4 sockets",
    )
    view = park.physics.scn.views["PARK1"]
    assert view.members == tuple(c.serial for c in chargers)


async def test_extending_a_network_updates_the_socket_count_on_every_member(
    park: SimulatedSite, tmp_path: Path
) -> None:
    first = await network_plan(park, tmp_path, count=3)
    connect = connector(tmp_path)
    with Journal.create(tmp_path, first, run_id="first") as journal:
        await run(journal, connect)
    assert journal.state.status == "complete"
    old = [c.serial for c in first.chargers]
    before = {s: dict(park.node(s).charger.values) for s in old}

    bigger = await network_plan(park, tmp_path, count=7, keep="PARK1")  # 4 more: 6 + duo
    with Journal.create(tmp_path, bigger, run_id="second") as journal:
        await run(journal, connect)
    assert journal.state.status == "complete"
    ids = {c.serial: park.node(c.serial).charger.values[P("2180_2")] for c in bigger.chargers}
    assert ids == {
        "bay0001": 0,
        "bay0002": 1,
        "bay0003": 2,
        "bay0004": 3,
        "bay0005": 4,
        "bay0006": 5,
        "duo0001": 6,
    }
    assert {park.node(c.serial).charger.values[P("2180_3")] for c in bigger.chargers} == {8}
    for s in old:  # the old members changed only their socket count
        after = park.node(s).charger.values
        changed = {
            pid.wire for pid in after if pid.index == 0x2180 and after[pid] != before[s][pid]
        }
        assert changed == {"2180_3"}


async def test_reading_many_chargers_reports_the_one_that_fails(
    park: SimulatedSite, tmp_path: Path
) -> None:
    wanted = [*targets_of(park, 2), ChargerPlan("bay0099", "127.0.0.1:9")]
    readings = await read_chargers(wanted, connector(tmp_path))
    assert [bool(r.error) for r in readings] == [False, False, True]
    assert readings[0].facts.sockets == 1 and readings[0].facts.firmware
    assert "127.0.0.1:9" in readings[2].error or "bay0099" in readings[2].error
