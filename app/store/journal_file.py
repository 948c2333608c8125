"""Reading a journal file: size-limited, line by line, every damage named by line and reason.

A journal is JSON lines, each ending in a newline. Bytes after the last newline are a torn
line (a crash or a full disk cut a write short): readers skip them and a writer cuts them off
first (`Journal`). Anything else that is wrong is `JournalDamaged`, never another exception,
so one bad file cannot break `journal list` or `apply`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import InvalidInput
from app.store.journal_model import (
    JOURNAL_SCHEMA_VERSION,
    Record,
    RunStarted,
    RunState,
    apply_record,
    record_from_data,
    replay,
)

log = logging.getLogger(__name__)

# Far above any real run (a few hundred lines of a few hundred bytes), far below a memory risk.
MAX_JOURNAL_BYTES = 16 * 1024 * 1024


class JournalDamaged(InvalidInput):
    """A journal file that cannot be replayed: `line` (1-based) and `reason` say where and why."""

    def __init__(self, name: str, line: int, reason: str) -> None:
        super().__init__(f"Journal {name} is damaged at line {line}: {reason}")
        self.line = line
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Loaded:
    """A journal as read: its records (with their line numbers) and where its whole lines end."""

    records: list[tuple[int, Record]]
    whole: int  # bytes up to and including the last newline
    size: int


def read_bytes(path: Path) -> bytes:
    """A journal file's bytes; InvalidInput when it cannot be read or is too large."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_JOURNAL_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(f"Cannot read journal {path}: {exc.strerror}.") from None
    if len(data) > MAX_JOURNAL_BYTES:
        raise InvalidInput(
            f"Journal {path.name} is larger than {MAX_JOURNAL_BYTES // 2**20} MiB; "
            "Commissioner never writes one that large, so it is not read."
        )
    return data


def parse(data: bytes, name: str) -> Loaded:
    """The records of a journal's bytes; a torn last line is skipped with a warning."""
    whole = data.rfind(b"\n") + 1
    if whole < len(data):
        log.warning("Journal %s: skipping a torn last line (%d bytes)", name, len(data) - whole)
    records = []
    for number, raw in enumerate(data[:whole].split(b"\n")[:-1], start=1):
        if raw.strip():
            records.append((number, decode_line(raw, name, number)))
    return Loaded(records, whole, len(data))


def decode_line(raw: bytes, name: str, number: int) -> Record:
    """One journal line as a record; JournalDamaged (with the reason) when it is not one."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise JournalDamaged(name, number, "it is not UTF-8 text.") from None
    except (ValueError, RecursionError):
        raise JournalDamaged(name, number, "it is not a JSON record.") from None
    if not isinstance(data, dict):
        raise JournalDamaged(name, number, "it is not a JSON object.")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise JournalDamaged(name, number, f"schema_version {str(version)[:20]!r} is not valid.")
    if version > JOURNAL_SCHEMA_VERSION:
        raise InvalidInput(
            f"Journal {name} line {number} has schema_version {version}; this version "
            f"of Commissioner reads up to {JOURNAL_SCHEMA_VERSION}. Update Commissioner."
        )
    try:
        return record_from_data(data)
    except InvalidInput as exc:
        raise JournalDamaged(name, number, _reason(exc)) from None


def replay_lines(loaded: Loaded, name: str) -> RunState:
    """The state the records replay to; JournalDamaged names the line that does not fit."""
    if not loaded.records:
        raise JournalDamaged(name, 1, "it holds no record.")
    (first_line, first), *rest = loaded.records
    try:
        state = replay([first])
    except InvalidInput as exc:
        raise JournalDamaged(name, first_line, _reason(exc)) from None
    for number, record in rest:
        try:
            apply_record(state, record)
        except InvalidInput as exc:
            raise JournalDamaged(name, number, _reason(exc)) from None
    return state


def read_state(path: Path) -> tuple[RunState, Loaded]:
    """A journal file replayed; InvalidInput (JournalDamaged for damage) when it cannot be."""
    loaded = parse(read_bytes(path), path.name)
    return replay_lines(loaded, path.name), loaded


def serials_of(path: Path) -> tuple[str, ...]:
    """The chargers a (possibly damaged) journal's first line names; () when it cannot say."""
    try:
        first = read_bytes(path).split(b"\n", 1)[0]
        record = decode_line(first, path.name, 1)
    except InvalidInput:
        return ()
    if not isinstance(record, RunStarted):
        return ()
    chargers = record.plan.get("chargers")
    items = chargers if isinstance(chargers, list) else []
    return tuple(
        c["serial"] for c in items if isinstance(c, dict) and isinstance(c.get("serial"), str)
    )


def _reason(exc: InvalidInput) -> str:
    return str(exc).removeprefix("Journal: ")
