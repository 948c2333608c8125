"""The journal: records on disk (JSON lines, fsync'd, versioned) and the state they replay to."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.plan import ChargerPlan, Plan
from app.core.plan_file import plan_to_dict
from app.drivers.alfen.plan_steps import StepKind, needs_reboot, rollback_steps, targets, touched
from app.drivers.alfen.properties import PropertyId
from app.store.journal import (
    Journal,
    find_run,
    incomplete_runs,
    journal_dir,
    list_runs,
    open_temporary_runs,
    read_records,
)
from app.store.journal_model import (
    AsFound,
    ChargerFinished,
    Outcome,
    Phase,
    RunFinished,
    StepDone,
    StepStarted,
    decode_values,
    encode_values,
)
from app.store.temporary_run import applied_steps, describe, temporary_plan


def P(text: str) -> str:
    """A setting key as the driver spells it (journals keep them as written)."""
    return PropertyId.parse(text).wire


PLAN = Plan(
    "two",
    (ChargerPlan("A1", "127.0.0.1:1", station_max_current=20), ChargerPlan("B2", "127.0.0.1:2")),
)


def _journal(tmp_path: Path, run_id: str = "20260101-000000-aaaa") -> Journal:
    return Journal.create(journal_dir(tmp_path), PLAN, run_id=run_id)


def test_every_line_is_versioned_json_and_fsynced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    with _journal(tmp_path) as journal:
        journal.append(AsFound("A1", encode_values({P("2062_0"): 32.0})))
        journal.append(StepStarted("A1", "apply", 0, "limits"))
    lines = [json.loads(x) for x in journal.path.read_text().splitlines()]
    assert [x["event"] for x in lines] == ["run_started", "as_found", "step_started"]
    assert [x["seq"] for x in lines] == [1, 2, 3]
    assert {x["schema_version"] for x in lines} == {1}
    assert lines[0]["plan"]["chargers"][0]["serial"] == "A1"
    assert len(synced) >= 3  # one per record (plus the directory on creation)


def test_replay_tells_what_is_done_per_charger(tmp_path: Path) -> None:
    with _journal(tmp_path) as journal:
        journal.append(AsFound("A1", encode_values({P("2062_0"): 32.0})))
        journal.append(StepStarted("A1", "apply", 0, "limits"))
        journal.append(StepDone("A1", "apply", 0, "limits"))
        journal.append(StepStarted("A1", "apply", 1, "reboot"))
    state = Journal.open(journal.path).state
    run = state.chargers["A1"]
    assert run.as_found == {P("2062_0"): 32.0}
    assert run.next_step(Phase.APPLY) == 1
    assert run.writes_started and not run.rolling_back
    assert state.chargers["B2"].as_found is None
    assert state.status == "interrupted" and state.needs_attention


def test_status_after_finishing(tmp_path: Path) -> None:
    with _journal(tmp_path) as journal:
        journal.append(ChargerFinished("A1", Outcome.DONE.value))
        journal.append(ChargerFinished("B2", Outcome.FAILED.value, "lost link"))
        journal.append(RunFinished())
        assert journal.state.status == "failed"
        assert [c.serial for c in journal.state.open_chargers] == ["B2"]
        journal.append(StepStarted("B2", "rollback", 0, "restore"))
        assert journal.state.status == "interrupted"  # resumed: not finished any more


def test_a_torn_last_line_is_skipped_but_damage_before_the_end_is_an_error(
    tmp_path: Path,
) -> None:
    with _journal(tmp_path) as journal:
        journal.append(StepStarted("A1", "apply", 0, "limits"))
    path = journal.path
    with path.open("a") as handle:
        handle.write('{"schema_version": 1, "event": "step_do')
    assert len(read_records(path)) == 2
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], "garbage", lines[1]]) + "\n")
    with pytest.raises(InvalidInput, match="damaged at line 2"):
        read_records(path)


def test_a_journal_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    with _journal(tmp_path) as journal:
        pass
    data = json.loads(journal.path.read_text())
    data["schema_version"] = 99
    journal.path.write_text(json.dumps(data) + "\n")
    with pytest.raises(InvalidInput, match="schema_version 99"):
        read_records(journal.path)


def test_list_find_and_incomplete_runs(tmp_path: Path) -> None:
    with _journal(tmp_path, "20260101-000000-aaaa") as first:
        for serial in ("A1", "B2"):
            first.append(ChargerFinished(serial, Outcome.DONE.value))
        first.append(RunFinished())
    with _journal(tmp_path, "20260102-000000-bbbb") as second:
        second.append(StepStarted("A1", "apply", 0, "limits"))
    directory = journal_dir(tmp_path)
    runs = list_runs(directory)
    assert [(r.run_id, r.status) for r in runs] == [
        ("20260101-000000-aaaa", "complete"),
        ("20260102-000000-bbbb", "interrupted"),
    ]
    assert [r.run_id for r in incomplete_runs(directory)] == ["20260102-000000-bbbb"]
    assert find_run(directory, "20260102") == second.path
    with pytest.raises(InvalidInput, match="matches several runs"):
        find_run(directory, "2026")
    with pytest.raises(InvalidInput, match="No run 'nope'"):
        find_run(directory, "nope")


def test_creating_a_run_twice_is_refused(tmp_path: Path) -> None:
    _journal(tmp_path).close()
    with pytest.raises(InvalidInput, match="already exists"):
        _journal(tmp_path)


def test_values_are_typed_again_from_the_catalogue() -> None:
    values = {P("2570_0"): (7, 8, 255), P("2185_0"): True, P("2069_0"): "L1L2L3"}
    encoded = json.loads(json.dumps(encode_values(values)))
    assert decode_values(encoded) == values


def test_a_journal_must_start_a_run(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"schema_version": 1, "event": "run_finished"}) + "\n")
    with pytest.raises(InvalidInput, match="does not start with a run_started"):
        Journal.open(path)


# --- runs of temporary test settings ---------------------------------------------------------

TEMPORARY = temporary_plan("A1", "https://127.0.0.1:1", "hair-dryer test")


def _temporary(tmp_path: Path) -> Journal:
    journal = Journal.create(journal_dir(tmp_path), TEMPORARY, purpose="hair-dryer test")
    journal.append(AsFound("A1", encode_values({P("2067_0"): 25.0})))
    journal.append(StepStarted("A1", "apply", 0, "temporary", {"2067_0": 12.0}))
    return journal


def test_plan_runs_are_still_written_as_version_1_without_the_new_fields(tmp_path: Path) -> None:
    with _journal(tmp_path) as journal:
        journal.append(StepStarted("A1", "apply", 0, "limits"))
    lines = [json.loads(x) for x in journal.path.read_text().splitlines()]
    assert {x["schema_version"] for x in lines} == {1}  # an older Commissioner still reads them
    assert "purpose" not in lines[0] and "values" not in lines[1]
    assert not Journal.open(journal.path).state.temporary


def test_a_version_1_journal_written_before_temporary_runs_reads_as_a_plan_run(
    tmp_path: Path,
) -> None:
    plan = plan_to_dict(PLAN)
    lines = [
        {"schema_version": 1, "seq": 1, "event": "run_started", "run_id": "r", "plan": plan},
        {"schema_version": 1, "seq": 2, "event": "step_started", "charger": "A1"}
        | {"phase": "apply", "index": 0, "step": "limits"},
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    state = Journal.open(path).state
    assert state.purpose is None and state.chargers["A1"].temporary == {}
    assert state.status == "interrupted"
    assert touched(applied_steps(state, "A1")) == (P("2062_0"),)


def test_a_temporary_run_replays_originals_and_writes_and_rolls_back_without_reboot(
    tmp_path: Path,
) -> None:
    with _temporary(tmp_path) as journal:
        journal.append(AsFound("A1", encode_values({P("2067_0"): 25.0, P("212A_0"): 32.0})))
        journal.append(StepStarted("A1", "apply", 1, "temporary", {"212A_0": 6.0}))
    lines = [json.loads(x) for x in journal.path.read_text().splitlines()]
    assert {x["schema_version"] for x in lines} == {2}
    state = Journal.open(journal.path).state
    run = state.chargers["A1"]
    assert state.temporary and state.purpose == "hair-dryer test" and state.needs_attention
    assert run.as_found == {P("2067_0"): 25.0, P("212A_0"): 32.0}
    assert run.temporary == {P("2067_0"): 12.0, P("212A_0"): 6.0}
    applied = applied_steps(state, "A1")
    assert targets(applied) == run.temporary
    assert not needs_reboot(applied, run.as_found)
    (restore, reboot) = rollback_steps(applied, run.as_found)
    assert restore.as_dict() == run.as_found and reboot.kind is StepKind.REBOOT
    assert describe(state) == (
        "temporary test setting on A1 (hair-dryer test): 2067_0 maximum smart-meter current "
        "12 A, original 25 A; 212A_0 socket 1 external maximum current 6 A, original 32 A"
    )


def test_a_temporary_run_left_different_from_its_originals_needs_attention(
    tmp_path: Path,
) -> None:
    with _temporary(tmp_path) as journal:
        journal.append(ChargerFinished("A1", Outcome.MISMATCH.value, "As left differs"))
        journal.append(RunFinished())
    state = Journal.open(journal.path).state
    assert state.status == "mismatch" and state.needs_attention
    (summary,) = incomplete_runs(journal_dir(tmp_path))
    assert summary.temporary and summary.serials == ("A1",)
    assert open_temporary_runs(journal_dir(tmp_path), "A1") == [summary]
    assert open_temporary_runs(journal_dir(tmp_path), "B2") == []
