"""Journals that survive a torn line, a failed write, a second process and a damaged file."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.plan import ChargerPlan, Plan
from app.store import journal as journal_module
from app.store.journal import (
    Journal,
    JournalWriteFailed,
    damaged_runs,
    incomplete_runs,
    list_runs,
    read_records,
)
from app.store.journal_file import MAX_JOURNAL_BYTES, JournalDamaged
from app.store.journal_model import AsFound, RunFinished, StepDone, StepStarted
from app.store.run_lock import RunBusy

ROOT = Path(__file__).resolve().parents[2]
PLAN = Plan("faults", (ChargerPlan("ace0100001", "https://127.0.0.1:1"),))


def started(tmp_path: Path, run_id: str = "run") -> Path:
    """A run that wrote its as-found and one step, then stopped (left open)."""
    with Journal.create(tmp_path, PLAN, run_id=run_id) as journal:
        journal.append(AsFound("ace0100001", {}))
        journal.append(StepStarted("ace0100001", "apply", 0, "limits"))
    return journal.path


def test_a_torn_last_line_is_cut_off_before_appending_and_kept_beside(tmp_path: Path) -> None:
    path = started(tmp_path)
    with path.open("ab") as file:
        file.write(b'{"schema_version":1,"seq":4,"ev')  # a crash cut this write short
    with Journal.open(path) as journal:
        journal.append(StepDone("ace0100001", "apply", 0, "limits"))
        journal.append(RunFinished())
    records = read_records(path)  # every line whole again: nothing is "damaged at line N"
    assert [type(r).__name__ for r in records][-2:] == ["StepDone", "RunFinished"]
    assert [json.loads(x)["seq"] for x in path.read_text().splitlines()] == [1, 2, 3, 4, 5]
    (kept,) = tmp_path.glob("run.jsonl.torn-*")
    assert kept.read_bytes() == b'{"schema_version":1,"seq":4,"ev'
    assert [r.run_id for r in list_runs(tmp_path)] == ["run"]  # the copy is not a run


def test_a_failed_write_stops_the_journal_and_leaves_it_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = started(tmp_path)
    real_write = os.write

    def disk_full(fd: int, data: bytes) -> int:
        real_write(fd, bytes(data)[:7])  # part of the line reaches the disk, then it is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with Journal.open(path) as journal:
        journal.append(StepDone("ace0100001", "apply", 0, "limits"))
        monkeypatch.setattr(journal_module.os, "write", disk_full)
        with pytest.raises(JournalWriteFailed, match=r"No space left on device.*journal resume"):
            journal.append(StepStarted("ace0100001", "apply", 1, "meter"))
        monkeypatch.setattr(journal_module.os, "write", real_write)
        with pytest.raises(JournalWriteFailed):  # nothing more from this process
            journal.append(RunFinished())
    assert path.read_bytes().endswith(b"\n")
    assert len(read_records(path)) == 4
    with Journal.open(path) as again:  # space is back: the run goes on
        again.append(StepStarted("ace0100001", "apply", 1, "meter"))
    assert len(read_records(path)) == 5


def test_a_journal_that_cannot_be_created_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(journal_module.os, "write", disk_full)
    with pytest.raises(JournalWriteFailed, match="Cannot write journal"):
        Journal.create(tmp_path, PLAN, run_id="never")
    assert list(tmp_path.iterdir()) == []


HOLDER = """
import sys
from pathlib import Path
from app.store.journal import Journal
from app.store.journal_model import RunResumed
journal = Journal.open(Path(sys.argv[1]))
journal.append(RunResumed("apply"))
print("holding", flush=True)
sys.stdin.readline()
"""


def hold(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "holding"
    return proc


def test_a_second_process_on_one_run_gets_a_clear_error(tmp_path: Path) -> None:
    path = started(tmp_path)
    proc = hold(path)
    try:
        with Journal.open(path) as journal, pytest.raises(RunBusy) as caught:
            journal.append(StepDone("ace0100001", "apply", 0, "limits"))
        assert f"Run run is being worked on by process {proc.pid}." in str(caught.value)
    finally:
        proc.communicate("")
    assert proc.returncode == 0
    seqs = [json.loads(x)["seq"] for x in path.read_text().splitlines()]
    assert seqs == [1, 2, 3, 4]  # one writer: no duplicate sequence numbers


def test_a_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    path = started(tmp_path)
    proc = hold(path)
    proc.kill()  # dies holding the lock: its file stays, the OS lock goes
    proc.communicate()
    lock = path.with_name("run.jsonl.lock")
    assert lock.read_text() == str(proc.pid)
    with Journal.open(path) as journal:
        journal.append(StepDone("ace0100001", "apply", 0, "limits"))
        assert lock.read_text() == str(os.getpid())
    assert not lock.exists()
    assert len(read_records(path)) == 5


def test_a_journal_changed_by_another_process_since_it_was_read_is_refused(
    tmp_path: Path,
) -> None:
    path = started(tmp_path)
    stale = Journal.open(path)
    with Journal.open(path) as other:
        other.append(StepDone("ace0100001", "apply", 0, "limits"))
    with stale, pytest.raises(RunBusy, match="changed by another process"):
        stale.append(StepDone("ace0100001", "apply", 0, "limits"))


def line(**fields: object) -> bytes:
    return json.dumps({"schema_version": 1, "seq": 9, **fields}).encode() + b"\n"


DAMAGE = {
    "unknown phase": (line(event="step_done", charger="ace0100001", phase="sideways", index=0,
                           step="x"), "unknown phase 'sideways'"),
    "values a list": (line(event="as_found", charger="ace0100001", values=[1, 2]), "wrong values"),
    "not UTF-8": (b"\xff\xfe\x00garbage\n", "not UTF-8"),
    "not JSON": (b"{{{{\n", "not a JSON record"),
    "deeply nested": (b"[" * 100_000 + b"\n", "not a JSON record"),
    "unknown outcome": (line(event="charger_finished", charger="ace0100001", outcome="meh"),
                        "unknown outcome"),
    "a stranger": (line(event="as_found", charger="nobody", values={}), "not in the run's plan"),
    "bool index": (line(event="step_started", charger="ace0100001", phase="apply", index=True,
                        step="x"), "wrong index"),
}  # fmt: skip


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_journal_is_listed_beside_a_good_one_with_line_and_reason(
    tmp_path: Path, damage: str
) -> None:
    bad_line, reason = DAMAGE[damage]
    good = started(tmp_path, "a-good")
    bad = started(tmp_path, "b-bad")
    with bad.open("ab") as file:
        file.write(bad_line + line(event="run_finished"))
    runs = {run.run_id: run for run in list_runs(tmp_path)}
    assert runs["a-good"].status == "interrupted" and not runs["a-good"].damaged
    assert runs["b-bad"].status == "damaged" and runs["b-bad"].damaged
    assert "damaged at line 4" in runs["b-bad"].description
    assert reason in runs["b-bad"].description
    assert runs["b-bad"].serials == ("ace0100001",)  # apply can still flag its charger
    assert [r.run_id for r in damaged_runs(tmp_path)] == ["b-bad"]
    assert [r.run_id for r in incomplete_runs(tmp_path)] == ["a-good"]
    with pytest.raises(JournalDamaged, match="line 4"):
        Journal.open(bad)
    assert good.exists()


def test_an_empty_or_oversized_journal_is_damaged_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    with (tmp_path / "huge.jsonl").open("wb") as file:
        file.truncate(MAX_JOURNAL_BYTES + 1)  # sparse: no real disk used
    runs = {run.run_id: run for run in list_runs(tmp_path)}
    assert "holds no record" in runs["empty"].description
    assert "larger than 16 MiB" in runs["huge"].description
    with pytest.raises(InvalidInput, match="larger than"):
        Journal.open(tmp_path / "huge.jsonl")
