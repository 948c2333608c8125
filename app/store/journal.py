"""The journal on disk: one append-only JSON-lines file per run, each line fsync'd.

Every line is `{"schema_version", "seq", "at", "event", ...}`. A line is flushed and fsync'd
before the step it announces touches a charger, so after a crash the file tells what may have
changed. A crash or a full disk can tear the last line; reading skips it and the next writer
cuts it off (`app.store.journal_file`), but a damaged line before the end makes the run
"damaged" (the file was edited or the disk is failing): listed, never replayed.
Runs live in `<data dir>/journals/<run id>.jsonl`, each with `<run id>.jsonl.lock` while a
process works on it.
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

from app.core.errors import CommissionerError, InvalidInput
from app.core.plan import Plan
from app.drivers import registry
from app.store.journal_file import parse, read_bytes, read_state, serials_of
from app.store.journal_model import (
    UNTAGGED_DRIVER,
    Record,
    RunState,
    apply_record,
    record_to_data,
    replay,
    run_started,
)
from app.store.paths import data_paths
from app.store.run_lock import RunBusy, RunLock
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


class JournalWriteFailed(CommissionerError):
    """A journal line could not be written (disk full, no permission): the run must stop."""


class Journal:
    """An open run's journal: append records (durably), and the state they replay to.

    The first append takes the run's lock (`RunLock`), cuts a torn last line off (keeping the
    cut bytes beside the file) and checks nobody else appended since the file was read. A
    failed write cuts its partial line off again and leaves the journal unusable for this
    process: the run stops with `JournalWriteFailed`.
    """

    def __init__(self, path: Path, state: RunState, seq: int, size: int = 0) -> None:
        self.path = path
        self.state = state
        self._seq = seq
        self._size = size  # bytes of whole lines on disk, as far as this process knows
        self._fd: int | None = None
        self._lock = RunLock(path)
        self._broken: JournalWriteFailed | None = None

    @classmethod
    def create(
        cls,
        directory: Path,
        plan: Plan,
        *,
        driver: str = "",
        run_id: str | None = None,
        purpose: str | None = None,
    ) -> Journal:
        """Start the journal of a new run with its plan, written by the driver tagged `driver`
        (the registry's default when ""); a `purpose`: a run of temporary settings."""
        tag = registry.driver(driver).tag  # InvalidInput for an unknown tag, before any file
        run_id = run_id or new_run_id()
        path = directory / f"{run_id}{SUFFIX}"
        try:
            directory.mkdir(parents=True, exist_ok=True)
            path.open("xb").close()
        except FileExistsError:
            raise InvalidInput(f"Journal {path} already exists.") from None
        except OSError as exc:
            raise _write_failed(path, exc) from None
        first = run_started(run_id, plan, purpose, tag)
        journal = cls(path, replay([first]), 0)
        try:
            journal._write(first)
            _fsync_directory(directory)
        except (JournalWriteFailed, OSError) as exc:
            journal.close()
            path.unlink(missing_ok=True)  # no record at all: nothing to resume or roll back
            raise exc if isinstance(exc, JournalWriteFailed) else _write_failed(path, exc) from None
        return journal

    @classmethod
    def open(cls, path: Path) -> Journal:
        """Open an existing run's journal to read it, or to append to it (resume, roll back)."""
        state, loaded = read_state(path)
        return cls(path, state, len(loaded.records), loaded.whole)

    @property
    def run_id(self) -> str:
        return self.state.run_id

    def append(self, record: Record) -> None:
        """Write one record durably, then update the state."""
        apply_record(self.state, record)
        self._write(record)

    def _write(self, record: Record) -> None:
        if self._broken is not None:
            raise self._broken
        if self._fd is None:
            self._fd = self._start_writing()
        self._seq += 1
        line = {
            "schema_version": self.state.version,
            "seq": self._seq,
            "at": datetime.now(UTC).isoformat(timespec="milliseconds"),
            **record_to_data(record),
        }
        data = (json.dumps(line, separators=(",", ":")) + "\n").encode("utf-8")
        # A few small synchronous writes per step: durability before the next charger write
        # matters more than the milliseconds fsync blocks the loop.
        try:
            _write_all(self._fd, data)
            os.fsync(self._fd)
        except OSError as exc:
            self._seq -= 1
            self._cut_back(self._fd)
            self._broken = _write_failed(self.path, exc, self.run_id)
            raise self._broken from None
        self._size += len(data)

    def _start_writing(self) -> int:
        """Lock the run, open the file, cut a torn last line off, check nobody else wrote."""
        fd = -1
        try:
            self._lock.acquire()
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | getattr(os, "O_BINARY", 0))
            whole = repair_torn_tail(self.path, fd)
        except OSError as exc:
            self._abandon(fd)
            raise _write_failed(self.path, exc, self.run_id) from None
        if whole != self._size:
            self._abandon(fd)
            raise RunBusy(
                f"Run {self.run_id} was changed by another process since it was opened here.",
                hint="Open it again to see where it stands.",
            )
        return fd

    def _abandon(self, fd: int) -> None:
        if fd >= 0:
            os.close(fd)
        self._lock.release()

    def _cut_back(self, fd: int) -> None:
        """Remove a partly written line, so the journal stays readable (best effort: a torn
        tail left here is cut off by the next writer anyway)."""
        try:
            os.ftruncate(fd, self._size)
            os.fsync(fd)
        except OSError:
            log.warning("Journal %s: could not cut a partly written line off", self.path.name)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def repair_torn_tail(path: Path, fd: int) -> int:
    """Cut bytes after the last newline off an open journal, keeping them in
    `<file>.torn-<time>` beside it; the length of the whole lines that remain."""
    size = os.fstat(fd).st_size
    data = read_bytes(path) if size else b""
    whole = data.rfind(b"\n") + 1
    if whole == len(data):
        return whole
    keep = path.with_name(f"{path.name}.torn-{datetime.now(UTC):%Y%m%d-%H%M%S-%f}")
    keep.write_bytes(data[whole:])
    os.ftruncate(fd, whole)
    os.fsync(fd)
    log.warning("Journal %s: cut a torn last line off (kept in %s)", path.name, keep.name)
    return whole


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_failed(path: Path, exc: OSError, run_id: str = "") -> JournalWriteFailed:
    reason = exc.strerror or type(exc).__name__
    then = (
        f" Free space or fix the permission, then `commissioner journal resume {run_id}` "
        f"or `commissioner journal rollback {run_id}`."
        if run_id
        else ""
    )
    return JournalWriteFailed(f"Cannot write journal {path} ({reason}): the run stopped.{then}")


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
    return [record for _line, record in parse(read_bytes(path), path.name).records]


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
    damaged: bool = False  # the file cannot be replayed: `description` says where and why
    driver: str = UNTAGGED_DRIVER  # the tag of the driver that wrote the run
    firmware: bool = False  # a firmware upgrade: never resumed or rolled back

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
            driver=state.driver,
            firmware=state.firmware,
        )


def list_runs(directory: Path) -> list[RunSummary]:
    """Every run in a journal directory, oldest first; a damaged file is listed as such."""
    out = []
    for path in sorted(directory.glob(f"*{SUFFIX}")) if directory.is_dir() else []:
        try:
            state, _loaded = read_state(path)
        except InvalidInput as exc:
            serials = serials_of(path)
            text = f"{exc}" + (f" (chargers: {', '.join(serials)})" if serials else "")
            out.append(
                RunSummary(
                    path.stem, path, "", len(serials), "damaged", True, text, serials, damaged=True
                )
            )
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
    """Runs a crash or a lost link left open: they can be resumed or rolled back (a firmware
    upgrade's run cannot: it is listed by `list_runs` only)."""
    return [
        run
        for run in list_runs(directory)
        if run.needs_attention and not run.damaged and not run.firmware
    ]


def damaged_runs(directory: Path) -> list[RunSummary]:
    """Runs whose journal cannot be read: their chargers (when the file still names them) may
    have been left half-changed and must be checked by hand."""
    return [run for run in list_runs(directory) if run.damaged]


def open_temporary_runs(directory: Path, serial: str) -> list[RunSummary]:
    """Temporary test settings an interrupted test left on one charger, oldest first."""
    return [r for r in incomplete_runs(directory) if r.temporary and serial in r.serials]
