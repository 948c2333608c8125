"""The journal on disk: one append-only JSON-lines file per run, each line fsync'd.

Every line is `{"schema_version", "seq", "at", "event", ...}`. A line is flushed and fsync'd
before the step it announces touches a charger, so after a crash the file tells what may have
changed. A crash can tear the last line; reading skips a torn last line, but a damaged line
before the end is an error (the file was edited or the disk is failing).
Runs live in `<data dir>/journals/<run id>.jsonl`.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from app.core.errors import InvalidInput
from app.core.plan import Plan
from app.store.journal_model import (
    JOURNAL_SCHEMA_VERSION,
    Record,
    RunState,
    apply_record,
    record_from_data,
    record_to_data,
    replay,
    run_started,
)
from app.store.paths import data_paths
from app.store.temporary_run import describe

log = logging.getLogger(__name__)

SUFFIX = ".jsonl"


def journal_dir(data_dir: Path) -> Path:
    """Where the journals of a data directory live."""
    return data_paths(data_dir).journals


def new_run_id(now: datetime | None = None) -> str:
    """`20260124-101502-3fa9`: sortable by start time, unique enough for one laptop."""
    moment = now or datetime.now(UTC)
    return f"{moment:%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"


class Journal:
    """An open run's journal: append records (durably), and the state they replay to."""

    def __init__(self, path: Path, state: RunState, seq: int) -> None:
        self.path = path
        self.state = state
        self._seq = seq
        self._file: IO[str] | None = None

    @classmethod
    def create(
        cls, directory: Path, plan: Plan, *, run_id: str | None = None, purpose: str | None = None
    ) -> Journal:
        """Start the journal of a new run with its plan (a `purpose`: temporary settings)."""
        directory.mkdir(parents=True, exist_ok=True)
        run_id = run_id or new_run_id()
        path = directory / f"{run_id}{SUFFIX}"
        if path.exists():
            raise InvalidInput(f"Journal {path} already exists.")
        first = run_started(run_id, plan, purpose)
        journal = cls(path, replay([first]), 0)
        journal._write(first)
        _fsync_directory(directory)
        return journal

    @classmethod
    def open(cls, path: Path) -> Journal:
        """Open an existing run's journal to append to it (resume or roll back)."""
        records = read_records(path)
        return cls(path, replay(records), len(records))

    @property
    def run_id(self) -> str:
        return self.state.run_id

    def append(self, record: Record) -> None:
        """Write one record durably, then update the state."""
        apply_record(self.state, record)
        self._write(record)

    def _write(self, record: Record) -> None:
        self._seq += 1
        line = {
            "schema_version": self.state.version,
            "seq": self._seq,
            "at": datetime.now(UTC).isoformat(timespec="milliseconds"),
            **record_to_data(record),
        }
        if self._file is None:
            self._file = self.path.open("a", encoding="utf-8")
        # A few small synchronous writes per step: durability before the next charger write
        # matters more than the milliseconds fsync blocks the loop.
        self._file.write(json.dumps(line, separators=(",", ":")) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _fsync_directory(directory: Path) -> None:
    """Make the new file's directory entry durable too (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_records(path: Path) -> list[Record]:
    """Every record of a journal file; a torn last line (crash mid-write) is skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InvalidInput(f"Cannot read journal {path}: {exc.strerror}.") from None
    records: list[Record] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError:
            if number == len(lines):
                log.warning("Journal %s: skipping a torn last line", path.name)
                break
            raise InvalidInput(f"Journal {path.name} is damaged at line {number}.") from None
        records.append(_checked(data, path, number))
    return records


def _checked(data: object, path: Path, number: int) -> Record:
    if not isinstance(data, dict):
        raise InvalidInput(f"Journal {path.name} is damaged at line {number}.")
    version = data.get("schema_version")
    if not isinstance(version, int) or version > JOURNAL_SCHEMA_VERSION:
        raise InvalidInput(
            f"Journal {path.name} line {number} has schema_version {version!r}; this version "
            f"of Commissioner reads up to {JOURNAL_SCHEMA_VERSION}. Update Commissioner."
        )
    return record_from_data(data)


@dataclass(frozen=True, slots=True)
class RunSummary:
    """One line of `journal list`: for temporary settings `description` says what and where."""

    run_id: str
    path: Path
    plan_name: str
    chargers: int
    status: str
    needs_attention: bool = False
    description: str = ""
    serials: tuple[str, ...] = ()
    temporary: bool = False

    @classmethod
    def of(cls, path: Path, state: RunState) -> RunSummary:
        return cls(
            state.run_id,
            path,
            state.plan.name,
            len(state.chargers),
            state.status,
            state.needs_attention,
            describe(state),
            tuple(state.chargers),
            state.temporary,
        )


def list_runs(directory: Path) -> list[RunSummary]:
    """Every run in a journal directory, oldest first; unreadable files are reported as such."""
    out = []
    for path in sorted(directory.glob(f"*{SUFFIX}")) if directory.is_dir() else []:
        try:
            state = replay(read_records(path))
        except InvalidInput as exc:
            text = f"unreadable: {exc}"
            out.append(RunSummary(path.stem, path, text, 0, "damaged", description=text))
            continue
        out.append(RunSummary.of(path, state))
    return out


def find_run(directory: Path, run_id: str) -> Path:
    """The journal file of a run id (a unique prefix is enough)."""
    matches = sorted(directory.glob(f"{run_id}*{SUFFIX}")) if directory.is_dir() else []
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise InvalidInput(f"No run '{run_id}' in {directory}; see `commissioner journal list`.")
    names = ", ".join(p.stem for p in matches)
    raise InvalidInput(f"Run id '{run_id}' matches several runs: {names}. Type more of it.")


def incomplete_runs(directory: Path) -> list[RunSummary]:
    """Runs a crash or a lost link left open: they can be resumed or rolled back."""
    return [run for run in list_runs(directory) if run.needs_attention]


def open_temporary_runs(directory: Path, serial: str) -> list[RunSummary]:
    """Temporary test settings an interrupted test left on one charger, oldest first."""
    return [r for r in incomplete_runs(directory) if r.temporary and serial in r.serials]
