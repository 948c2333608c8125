"""A Trydan's settings backup and restore through the generic workflows; it has no clock or
name setting, so those plan fields are refused, never silently skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.plan import ChargerPlan, Plan
from app.core.plan_rules import validate_charger
from app.sim.v2c.server import SimulatedTrydan
from app.store.backup import read_backup, write_backup
from app.store.journal import Journal
from app.store.journal_model import Outcome
from app.workflows.apply import Action, Applier, connector
from app.workflows.backup import restore_plan, take_backup
from app.workflows.clock import read_clock
from tests.drivers.v2c.conftest import client_of

KEYS = ("MaxIntensity", "MinIntensity", "Intensity")


async def test_backup_change_restore_gives_a_trydan_its_settings_back(
    trydan: SimulatedTrydan, tmp_path: Path
) -> None:
    settings = trydan.model.settings
    original = {key: settings[key] for key in KEYS}
    async with client_of(trydan) as link:
        path = write_backup(tmp_path / "t.json", await take_backup(link))
    settings.update(MaxIntensity=20, MinIntensity=8, Intensity=11)

    backup = read_backup(path)
    assert backup.driver == "v2c" and backup.serial == trydan.model.serial
    async with client_of(trydan) as link:
        found = restore_plan(backup, link.driver, link.identity, trydan.url)
    connect = connector(lambda _serial: "", driver_tag="v2c", timeout=5)
    with Journal.create(tmp_path, Plan("restore", (found.plan,)), driver="v2c") as journal:
        await Applier(journal, connect, tick=0.05).run(Action.APPLY)
    result = journal.state.chargers[trydan.model.serial]
    assert result.outcome is Outcome.DONE, result.message
    assert {key: settings[key] for key in KEYS} == original


async def test_a_trydan_has_no_clock_or_name_to_plan(trydan: SimulatedTrydan) -> None:
    async with client_of(trydan) as link:
        with pytest.raises(InvalidInput, match="no clock"):
            await read_clock(link)
        held = link.driver.capabilities.plan_fields
    assert "set_clock" not in held and "display_name" not in held
    plan = ChargerPlan(trydan.model.serial, trydan.url, display_name="Garage", set_clock=True)
    fields = {v.field for v in validate_charger(plan, held=held)}
    assert {"display_name", "set_clock"} <= fields
