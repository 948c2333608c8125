"""Clock and name as plan fields, and settings backup and restore, on simulated chargers."""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.plan import ChargerPlan, Plan
from app.drivers.alfen.catalogue import CATALOGUE
from app.drivers.alfen.properties import PropertyId
from app.drivers.base import ChargerClient
from app.sim.alfen import charger as charger_module
from app.sim.alfen.charger import SimCharger
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.store.backup import dumps_backup, loads_backup, read_backup, write_backup
from app.store.journal import Journal
from app.store.journal_model import Outcome
from app.transports.pins import PinStore
from app.workflows.apply import Action, Applier, Connect
from app.workflows.apply import connector as port_connector
from app.workflows.backup import restore_plan, take_backup
from app.workflows.clock import describe_difference, read_clock
from tests.sim.helpers import COOKIE, TIME_SCALE, TOKEN, site_data

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


def connector(site: SimulatedSite, tmp_path: Path) -> Connect:
    passwords = {node.charger.serial: node.charger.password for node in site.nodes}
    return port_connector(passwords.__getitem__, pins=PinStore(tmp_path / "pins.json"))


def bare(site: SimulatedSite, serial: str, **fields: object) -> ChargerPlan:
    return ChargerPlan(serial, site.node(serial).api.url, **fields)  # type: ignore[arg-type]


async def apply(journal: Journal, connect: Connect, action: Action = Action.APPLY) -> None:
    await Applier(journal, connect, reboot_timeout=30.0, tick=0.05).run(action)


def charger_ms(site: SimulatedSite, serial: str) -> int:
    return site.node(serial).charger.clock_ms()


def test_the_simulated_clock_runs_on_from_a_set_value(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1_800_000_000.0]
    monkeypatch.setattr(charger_module.time, "time", lambda: now[0])
    charger = SimCharger(serial="ace0000009")
    charger.write(P("2059_0"), 1_800_000_000_000 - 2 * HOUR_MS)
    assert charger.get(P("2059_0")) == 1_800_000_000_000 - 2 * HOUR_MS
    now[0] += 90.5  # the clock moves on with time from the value set, not from true time
    assert charger.get(P("2059_0")) == 1_800_000_000_000 - 2 * HOUR_MS + 90_500


async def test_clock_and_name_are_set_through_the_journal_and_the_name_rolls_back(
    site: SimulatedSite, tmp_path: Path
) -> None:
    charger = site.node(TOKEN).charger
    charger.set_clock_ms(int(time.time() * 1000) - 3 * HOUR_MS)  # three hours behind
    name_before = charger.get(P("1008_0"))
    connect = connector(site, tmp_path)
    async with connect(bare(site, TOKEN)) as link:
        found = await read_clock(link)
    assert -3 * 3600 - 5 < found.difference < -3 * 3600 + 5
    assert describe_difference(found.difference).endswith("behind the laptop")

    plan = Plan("first run", (bare(site, TOKEN, display_name="Garage left", set_clock=True),))
    with Journal.create(tmp_path, plan) as journal:
        await apply(journal, connect)
    run = journal.state.chargers[TOKEN]
    assert run.outcome is Outcome.DONE, run.message
    assert charger.get(P("1008_0")) == "Garage left"
    assert abs(charger_ms(site, TOKEN) - time.time() * 1000) < 5000
    assert run.as_found is not None and run.as_found["1008_0"] == name_before
    clock_found = run.as_found["2059_0"]
    assert isinstance(clock_found, int) and clock_found < time.time() * 1000 - 2 * HOUR_MS

    with Journal.open(journal.path) as again:
        await apply(again, connect, Action.ROLLBACK)
    assert again.state.chargers[TOKEN].outcome is Outcome.ROLLED_BACK
    assert charger.get(P("1008_0")) == name_before
    # The clock is not put back three hours: a rollback never sets it backwards.
    assert abs(charger_ms(site, TOKEN) - time.time() * 1000) < 5000


async def test_a_name_too_long_is_refused_before_anything_is_written(
    site: SimulatedSite, tmp_path: Path
) -> None:
    plan = Plan("long", (bare(site, TOKEN, display_name="x" * 33),))
    before = site.node(TOKEN).charger.get(P("1008_0"))
    with Journal.create(tmp_path, plan) as journal, pytest.raises(InvalidInput, match="name"):
        await apply(journal, connector(site, tmp_path))
    assert site.node(TOKEN).charger.get(P("1008_0")) == before


async def backup_of(site: SimulatedSite, tmp_path: Path, serial: str) -> tuple[object, Path]:
    async with connector(site, tmp_path)(bare(site, serial)) as link:
        backup = await take_backup(link)
    return backup, write_backup(tmp_path / f"{serial}.json", backup)


async def restore(
    site: SimulatedSite, tmp_path: Path, path: Path, serial: str
) -> tuple[Journal, tuple[str, ...]]:
    connect = connector(site, tmp_path)
    backup = read_backup(path)
    link: ChargerClient
    async with connect(bare(site, serial)) as link:
        found = restore_plan(backup, link.driver, link.identity, site.node(serial).api.url)
    with Journal.create(tmp_path, Plan("restore", (found.plan,))) as journal:
        await apply(journal, connect)
    return journal, found.notes


async def test_backup_change_restore_gives_the_original_settings_back(
    site: SimulatedSite, tmp_path: Path
) -> None:
    charger = site.node(TOKEN).charger
    keys = [P(k) for k in ("2062_0", "2129_0", "2068_0", "1008_0", "2071_1")]
    original = {pid: charger.get(pid) for pid in keys}
    _, path = await backup_of(site, tmp_path, TOKEN)
    plan = bare(site, TOKEN, station_max_current=20.0, socket1_max_current=10.0)
    plan = dataclasses.replace(plan, display_name="Changed")
    with Journal.create(tmp_path, Plan("change", (plan,))) as journal:
        await apply(journal, connector(site, tmp_path))
    assert journal.state.chargers[TOKEN].outcome is Outcome.DONE
    assert charger.get(P("2062_0")) == 20.0 and charger.get(P("1008_0")) == "Changed"

    restored, notes = await restore(site, tmp_path, path, TOKEN)
    run = restored.state.chargers[TOKEN]
    assert run.outcome is Outcome.DONE, run.message
    assert {pid: charger.get(pid) for pid in keys} == original
    assert any("read-only" in note for note in notes)


async def test_the_backup_file_has_types_and_identity_and_no_secret(
    site: SimulatedSite, tmp_path: Path
) -> None:
    charger = site.node(TOKEN).charger
    backup, path = await backup_of(site, tmp_path, TOKEN)
    text = path.read_text()
    data = json.loads(text)
    assert (data["model"], data["serial"], data["firmware"]) == (
        charger.model,
        TOKEN,
        charger.firmware,
    )
    assert data["version"] == 1 and data["taken"].endswith("+00:00")
    by_key = {s["key"]: s for s in data["settings"]}
    assert by_key["2062_0"]["type"] == "float" and by_key["2062_0"]["writable"] is True
    assert by_key["2051_0"]["writable"] is False  # the serial: read-only
    assert "2180_1" in by_key  # answers only by name, still backed up
    licence = str(charger.values[P("21A1_0")])
    assert "21A1_0" not in by_key and {"key": "21A1_0", "name": "licence key"} in data["excluded"]
    assert charger.password not in text and (not licence or licence not in text)
    assert loads_backup(text) == backup


async def test_a_backup_of_another_model_is_refused_with_what_both_are(
    site: SimulatedSite, tmp_path: Path
) -> None:
    backup, _ = await backup_of(site, tmp_path, TOKEN)
    other = dataclasses.replace(backup, model="NG920-61001")  # type: ignore[type-var]
    path = tmp_path / "other.json"
    path.write_text(dumps_backup(other))
    before = settings_of(site.node(COOKIE).charger)
    with pytest.raises(InvalidInput, match="only onto a charger of the same model"):
        await restore(site, tmp_path, path, COOKIE)
    assert settings_of(site.node(COOKIE).charger) == before


async def test_a_backup_restored_onto_another_charger_keeps_that_chargers_identity(
    site: SimulatedSite, tmp_path: Path
) -> None:
    site.node(TOKEN).charger.values[P("2062_0")] = 25.0
    _, path = await backup_of(site, tmp_path, TOKEN)
    other = site.node(COOKIE).charger
    name, identity = other.get(P("1008_0")), other.get(P("2053_0"))
    assert other.get(P("2062_0")) != 25.0

    journal, notes = await restore(site, tmp_path, path, COOKIE)
    run = journal.state.chargers[COOKIE]
    assert run.outcome is Outcome.DONE, run.message
    assert other.get(P("2062_0")) == 25.0
    assert (other.get(P("1008_0")), other.get(P("2053_0"))) == (name, identity)
    assert any(f"not copied to {COOKIE}" in note for note in notes)
