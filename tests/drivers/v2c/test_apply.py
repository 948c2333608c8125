"""A Trydan plan through the generic workflows: the preview, and apply + rollback journaled
with the driver's tag."""

from __future__ import annotations

import json
from pathlib import Path

from app.core.plan import AlbPlan, ChargerPlan, Plan
from app.sim.v2c.server import SimulatedTrydan
from app.store.journal import Journal
from app.store.journal_model import Outcome
from app.workflows.apply import Action, Applier, connector
from app.workflows.preview import preview


def _plan(trydan: SimulatedTrydan) -> Plan:
    charger = ChargerPlan(
        trydan.model.serial,
        trydan.url,
        station_max_current=20.0,
        socket1_max_current=11.0,
        alb=AlbPlan(enabled=False, safe_current=8.0),
    )
    return Plan("trydan", (charger,))


async def test_the_preview_shows_the_trydan_writes_without_a_reboot(
    trydan: SimulatedTrydan,
) -> None:
    connect = connector(lambda _serial: "", driver_tag="v2c", timeout=5)
    [shown] = await preview(_plan(trydan), connect)
    assert {(c.id, c.found, c.target) for c in shown.changes} == {
        ("MaxIntensity", 32, 20),
        ("MinIntensity", 6, 8),
        ("Intensity", 16, 11),
    }
    assert trydan.model.settings["MaxIntensity"] == 32  # a preview writes nothing


async def test_the_applier_writes_a_trydan_plan_and_rolls_it_back(
    trydan: SimulatedTrydan, tmp_path: Path
) -> None:
    plan = _plan(trydan)
    connect = connector(lambda _serial: "", driver_tag="v2c", timeout=5)
    with Journal.create(tmp_path, plan, driver="v2c") as journal:
        await Applier(journal, connect, tick=0.05).run(Action.APPLY)
    first = json.loads(journal.path.read_text(encoding="utf-8").splitlines()[0])
    assert (first["driver"], first["schema_version"]) == ("v2c", 3)
    result = journal.state.chargers[trydan.model.serial]
    assert (result.outcome, result.message) == (Outcome.DONE, "")
    settings = trydan.model.settings
    assert (settings["MaxIntensity"], settings["MinIntensity"], settings["Intensity"]) == (
        20,
        8,
        11,
    )
    assert result.as_left is not None and result.differences == {}
    with Journal.open(journal.path) as again:
        await Applier(again, connect, tick=0.05).run(Action.ROLLBACK)
    assert again.state.chargers[trydan.model.serial].outcome is Outcome.ROLLED_BACK
    assert (settings["MaxIntensity"], settings["MinIntensity"], settings["Intensity"]) == (
        32,
        6,
        16,
    )


async def test_a_run_of_another_driver_is_not_written_through_a_trydan_connection(
    trydan: SimulatedTrydan, tmp_path: Path
) -> None:
    plan = _plan(trydan)
    connect = connector(lambda _serial: "", driver_tag="v2c", timeout=5)
    with Journal.create(tmp_path, plan, driver="alfen") as journal:
        await Applier(journal, connect).run(Action.APPLY)
    result = journal.state.chargers[trydan.model.serial]
    assert result.outcome is Outcome.FAILED
    assert "recorded by the 'alfen' driver, but the connection speaks 'v2c'" in result.message
    assert result.as_found is None and trydan.model.settings["MaxIntensity"] == 32
