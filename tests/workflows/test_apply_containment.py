"""One charger's bad reply, or an error nobody foresaw, stops that charger only: the other
charger of the same run finishes, and the run says which one needs attention."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from app.core.plan import Plan
from app.core.plan_file import loads_plan, with_field
from app.drivers.base import ChargerClient
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.store.journal import Journal
from app.store.journal_model import Outcome
from app.transports.pins import PinStore
from app.workflows.apply import Applier, Connect, Progress
from app.workflows.apply import connector as port_connector
from tests.sim.helpers import COOKIE, TIME_SCALE, TOKEN, control, site_data

ROOT = Path(__file__).resolve().parents[2]
DEMO_PLAN = loads_plan((ROOT / "presets" / "plans" / "demo-alb.toml").read_text())


@pytest.fixture
async def site() -> AsyncIterator[SimulatedSite]:
    async with SimulatedSite(parse_site(site_data(), "test.toml"), time_scale=TIME_SCALE) as s:
        yield s


def two_chargers(site: SimulatedSite) -> Plan:
    chargers = []
    for serial, current in ((TOKEN, 20), (COOKIE, 24)):
        plan = with_field(DEMO_PLAN.chargers[0], "serial", serial)
        plan = with_field(plan, "address", site.node(serial).api.url)
        plan = with_field(plan, "alb", None)
        chargers.append(with_field(plan, "station_max_current", current))
    return Plan("two", tuple(chargers))


def connector(site: SimulatedSite, tmp_path: Path) -> Connect:
    passwords = {node.charger.serial: node.charger.password for node in site.nodes}
    return port_connector(passwords.__getitem__, pins=PinStore(tmp_path / "pins.json"))


async def apply(journal: Journal, connect: Connect) -> list[Progress]:
    events: list[Progress] = []
    await Applier(journal, connect, progress=events.append, tick=0.05, max_parallel=2).run()
    return events


async def test_a_malformed_reply_fails_that_charger_only(
    site: SimulatedSite, tmp_path: Path
) -> None:
    reply = await control(site, "/fault", {"serial": TOKEN, "kind": "malformed", "count": 1000})
    assert reply.status_code == 200, reply.text
    with Journal.create(tmp_path, two_chargers(site)) as journal:
        await apply(journal, connector(site, tmp_path))
    outcomes = {s: c.outcome for s, c in journal.state.chargers.items()}
    assert outcomes == {TOKEN: Outcome.FAILED, COOKIE: Outcome.DONE}


class Exploding:
    """A charger client whose reads fail with an error no layer foresaw (a bug, say)."""

    def __init__(self, inner: ChargerClient) -> None:
        self._inner = inner

    async def __aenter__(self) -> Exploding:
        await self._inner.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._inner.__aexit__(None, None, None)

    async def read(self, keys: Any) -> Any:
        raise ZeroDivisionError("an unforeseen reply")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


async def test_an_unexpected_error_is_contained_to_its_charger(
    site: SimulatedSite, tmp_path: Path
) -> None:
    connect = connector(site, tmp_path)

    def flaky(plan: Any) -> Any:
        link = connect(plan)
        return Exploding(link) if plan.serial == TOKEN else link

    with Journal.create(tmp_path, two_chargers(site)) as journal:
        events = await apply(journal, flaky)
    outcomes = {s: c.outcome for s, c in journal.state.chargers.items()}
    assert outcomes == {TOKEN: Outcome.FAILED, COOKIE: Outcome.DONE}
    finished = [e.message for e in events if e.serial == TOKEN and e.stage == "finished"]
    assert finished and f"Charger {TOKEN} needs attention" in finished[0]
    assert "ZeroDivisionError" in finished[0]
