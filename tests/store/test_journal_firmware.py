"""A firmware upgrade's run is listed, but never offered or taken for resume or roll back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.plan import ChargerPlan, Plan
from app.drivers.base import ChargerClient
from app.store.journal import Journal, incomplete_runs, list_runs
from app.store.journal_model import (
    FIRMWARE_RUN_PREFIX,
    AsFound,
    ChargerFinished,
    RunFinished,
    StepStarted,
)
from app.workflows.apply import Action, Applier

SERIAL = "ace0100001"


def _firmware_run(directory: Path, *, finished: bool) -> Journal:
    """A run as app.workflows.firmware journals it: as found, the upload started, then either
    failed (finished) or nothing more (a crash)."""
    plan = Plan(f"{FIRMWARE_RUN_PREFIX}NG9xx 7.5.0-4500.fwi", (ChargerPlan(SERIAL, "https://x"),))
    journal = Journal.create(directory, plan, driver="alfen")
    journal.append(AsFound(SERIAL, {"100A_0": "7.4.5-4415"}))
    journal.append(StepStarted(SERIAL, "apply", 2, "firmware upload"))
    if finished:
        journal.append(ChargerFinished(SERIAL, "failed", "dropped the upload"))
        journal.append(RunFinished())
    journal.close()
    return journal


@asynccontextmanager
async def _never(_plan: ChargerPlan) -> AsyncIterator[ChargerClient]:
    raise AssertionError("a firmware run must not reach a charger")
    yield  # pragma: no cover


def test_a_failed_upgrade_is_listed_but_not_offered_for_resume(tmp_path: Path) -> None:
    _firmware_run(tmp_path, finished=True)
    (run,) = list_runs(tmp_path)
    assert run.firmware and run.status == "failed"
    assert not run.needs_attention, "the charger is on the version the run recorded"
    assert incomplete_runs(tmp_path) == []


def test_an_interrupted_upgrade_needs_attention_but_is_not_resumable(tmp_path: Path) -> None:
    _firmware_run(tmp_path, finished=False)
    (run,) = list_runs(tmp_path)
    assert run.firmware and run.status == "interrupted" and run.needs_attention
    assert incomplete_runs(tmp_path) == []


def test_a_plan_run_with_a_name_alike_is_not_a_firmware_run(tmp_path: Path) -> None:
    plan = Plan(f"{FIRMWARE_RUN_PREFIX}somewhere", (ChargerPlan(SERIAL, "x", display_name="A"),))
    Journal.create(tmp_path, plan, driver="alfen").close()
    (run,) = list_runs(tmp_path)
    assert not run.firmware
    assert [r.run_id for r in incomplete_runs(tmp_path)] == [run.run_id]


@pytest.mark.parametrize("action", [Action.APPLY, Action.ROLLBACK])
async def test_the_applier_refuses_to_resume_or_roll_back_an_upgrade(
    tmp_path: Path, action: Action
) -> None:
    journal = Journal.open(_firmware_run(tmp_path, finished=False).path)
    with pytest.raises(InvalidInput, match="firmware upgrade"):
        await Applier(journal, _never).run(action)
    journal.close()
