"""Journal records of applying a plan, and the state a journal replays to (pure, no I/O).

A journal is a sequence of records, one per step, written before and after each change to a
charger. Replaying it tells, per charger, what was found, which steps are done, and whether
the run finished, so a crashed or interrupted run can be resumed or rolled back.
Setting values are stored as JSON (arrays as lists), keyed as the charger's driver spells
them, and typed again by that driver (`Driver.typed_values`).

Two kinds of run share the format. A plan run applies a commissioning plan. A run of
temporary test settings (its `RunStarted` has a `purpose`, e.g. "hair-dryer test") records
the originals as found, then each temporary write as a `StepStarted` carrying its `values`;
it is never resumed, only rolled back (`app.store.temporary_run`).

A run is one driver's: its `RunStarted` names the driver's tag (`driver`), and every value of
the run is typed by that driver. Journals written before the tag was recorded have none; they
were all written by the Alfen driver (`UNTAGGED_DRIVER`), and are read as its runs.

Each line's schema_version is the oldest that describes the run, so an older Commissioner
reads what it understands and refuses the rest instead of misreading it:
  1  a plan run of the Alfen driver (the tag, when present, is a field version 1 ignores);
  2  a run of temporary test settings of the Alfen driver (a version-1 reader would "roll
     back" nothing);
  3  any run of another driver (a reader that ignores the tag would type its values as
     Alfen's).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from app.core.errors import InvalidInput
from app.core.plan import ChargerPlan, Plan
from app.core.plan_file import plan_from_dict, plan_to_dict
from app.core.values import Value
from app.drivers import registry
from app.drivers.base import SettingKey

JOURNAL_SCHEMA_VERSION = 3  # the newest version this code reads (and writes)
PLAN_RUN_VERSION = 1  # Alfen plan runs: unchanged since version 1
TEMPORARY_RUN_VERSION = 2  # Alfen runs of temporary test settings
DRIVER_RUN_VERSION = 3  # runs of any other driver
FIRMWARE_RUN_PREFIX = "firmware upgrade from "  # the plan name of a firmware upgrade's run
UNTAGGED_DRIVER = "alfen"  # the driver of a run that names none (written before version 3)


class Phase(enum.Enum):
    """Whether a step belongs to applying the plan or to rolling it back."""

    APPLY = "apply"
    ROLLBACK = "rollback"


class Outcome(enum.Enum):
    """How a charger's part of a run ended."""

    DONE = "done"  # every step done, as-left equals the plan
    MISMATCH = "mismatch"  # every step done, but as-left differs from the plan
    INVALID = "invalid"  # the plan broke a rule against what the charger reports; no writes
    FAILED = "failed"  # stopped by an error (lost link, refused write); can resume/roll back
    ROLLED_BACK = "rolled-back"  # every written property is back at its as-found value


JsonValues = dict[str, Any]
K = TypeVar("K")


def encode_values(values: Mapping[K, Value]) -> JsonValues:
    """Setting values as JSON data: keys as the charger spells them, arrays as lists."""
    return {str(key): list(v) if isinstance(v, tuple) else v for key, v in values.items()}


def decode_values(
    data: Mapping[str, Any], driver: str = UNTAGGED_DRIVER
) -> dict[SettingKey, Value]:
    """Typed values back from JSON data, by the run's driver; InvalidInput when it cannot."""
    try:
        return registry.driver(driver).typed_values(data)
    except (ValueError, TypeError, OverflowError) as exc:  # InvalidInput is a ValueError too
        raise InvalidInput(f"Journal: a value the charger's driver cannot type ({exc}).") from None


# --- records --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunStarted:
    run_id: str
    plan: dict[str, Any]
    purpose: str | None = None  # set: a run of temporary test settings, for this purpose
    driver: str | None = None  # the driver's tag; None (before version 3): UNTAGGED_DRIVER


@dataclass(frozen=True, slots=True)
class AsFound:
    charger: str
    values: JsonValues


@dataclass(frozen=True, slots=True)
class StepStarted:
    charger: str
    phase: str
    index: int
    step: str
    values: JsonValues | None = None  # a temporary write: the values it is about to write


@dataclass(frozen=True, slots=True)
class StepDone:
    charger: str
    phase: str
    index: int
    step: str
    skipped: bool = False


@dataclass(frozen=True, slots=True)
class AsLeft:
    charger: str
    values: JsonValues
    differences: dict[str, list[Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChargerFinished:
    charger: str
    outcome: str
    message: str = ""


@dataclass(frozen=True, slots=True)
class RunFinished:
    pass


@dataclass(frozen=True, slots=True)
class RunResumed:
    """A later start took the run up again, to resume it or to roll it back."""

    action: str


Record = (
    RunStarted
    | RunResumed
    | AsFound
    | StepStarted
    | StepDone
    | AsLeft
    | ChargerFinished
    | RunFinished
)
_EVENTS: dict[str, type[Record]] = {
    "run_started": RunStarted,
    "run_resumed": RunResumed,
    "as_found": AsFound,
    "step_started": StepStarted,
    "step_done": StepDone,
    "as_left": AsLeft,
    "charger_finished": ChargerFinished,
    "run_finished": RunFinished,
}
_NAMES = {cls: name for name, cls in _EVENTS.items()}


def record_to_data(record: Record) -> dict[str, Any]:
    """A record as a JSON object with its `event` name; unset (None) fields are left out."""
    fields = {k: v for k, v in dataclasses.asdict(record).items() if v is not None}
    return {"event": _NAMES[type(record)], **fields}


def record_from_data(data: Mapping[str, Any]) -> Record:
    """The record a JSON object holds, every field of the right type; InvalidInput when not."""
    event = data.get("event")
    kind = _EVENTS.get(event) if isinstance(event, str) else None
    if kind is None:
        raise InvalidInput(f"Journal: unknown event {str(event)[:40]!r}.")
    fields = {f.name: f for f in dataclasses.fields(kind)}
    given = {k: v for k, v in data.items() if k in fields}
    for name, value in given.items():
        check = _CHECKS[str(fields[name].type)]
        if not check(value):
            raise InvalidInput(f"Journal: {event} record has a wrong {name} ({str(value)[:40]}).")
    missing = [n for n, f in fields.items() if n not in given and _required(f)]
    if missing:
        raise InvalidInput(f"Journal: {event} record lacks {', '.join(missing)}.")
    if "phase" in given and given["phase"] not in _PHASES:
        raise InvalidInput(f"Journal: {event} record has an unknown phase {given['phase']!r}.")
    if "outcome" in given and given["outcome"] not in _OUTCOMES:
        raise InvalidInput(f"Journal: {event} record has an unknown outcome {given['outcome']!r}.")
    return kind(**given)


def _required(f: dataclasses.Field[Any]) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _is_str(value: object) -> bool:
    return isinstance(value, str)


def _is_index(value: object) -> bool:
    # Bounded: an index is a step number, and a huge one would only make replay loop.
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10_000


def _is_object(value: object) -> bool:
    return isinstance(value, dict)


def _is_differences(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(v, list) for v in value.values())


# Field types as the record classes spell them (annotations are strings here).
_CHECKS: dict[str, Callable[[object], bool]] = {
    "str": _is_str,
    "str | None": lambda v: v is None or _is_str(v),
    "int": _is_index,
    "bool": lambda v: isinstance(v, bool),
    "dict[str, Any]": _is_object,
    "JsonValues": _is_object,
    "JsonValues | None": lambda v: v is None or _is_object(v),
    "dict[str, list[Any]]": _is_differences,
}
_PHASES = {p.value for p in Phase}
_OUTCOMES = {o.value for o in Outcome}


# --- replay ---------------------------------------------------------------------------------


@dataclass
class ChargerRun:
    """What the journal says about one charger of a run."""

    serial: str
    as_found: dict[SettingKey, Value] | None = None
    done: dict[Phase, set[int]] = field(default_factory=lambda: {p: set() for p in Phase})
    started: dict[Phase, set[int]] = field(default_factory=lambda: {p: set() for p in Phase})
    as_left: dict[SettingKey, Value] | None = None
    differences: dict[str, list[Any]] = field(default_factory=dict)
    outcome: Outcome | None = None
    message: str = ""
    temporary: dict[SettingKey, Value] = field(default_factory=dict)  # last temporary writes

    @property
    def rolling_back(self) -> bool:
        return bool(self.started[Phase.ROLLBACK])

    @property
    def writes_started(self) -> bool:
        """True when a step that may have changed the charger was started."""
        return bool(self.started[Phase.APPLY] or self.started[Phase.ROLLBACK])

    def next_step(self, phase: Phase) -> int:
        """Index of the first step of `phase` not done yet."""
        index = 0
        while index in self.done[phase]:
            index += 1
        return index


@dataclass
class RunState:
    """A run as replayed from its journal."""

    run_id: str
    plan: Plan
    chargers: dict[str, ChargerRun]
    finished: bool = False
    records: int = 0
    purpose: str | None = None  # set for a run of temporary test settings
    driver: str = UNTAGGED_DRIVER  # the tag of the driver that wrote (and types) its values

    @property
    def temporary(self) -> bool:
        """True for a run of temporary test settings (never resumed, only rolled back)."""
        return self.purpose is not None

    @property
    def firmware(self) -> bool:
        """True for the run of a firmware upgrade (app.workflows.firmware): a plan that writes
        nothing, named after the image. It is never resumed or rolled back: an upgrade that
        stopped is started again (the charger is on a version it reports)."""
        empty = all(c == ChargerPlan(c.serial, c.address) for c in self.plan.chargers)
        return empty and self.plan.name.startswith(FIRMWARE_RUN_PREFIX)

    @property
    def version(self) -> int:
        """The schema_version its lines are written with (the module says why)."""
        if self.driver != UNTAGGED_DRIVER:
            return DRIVER_RUN_VERSION
        return TEMPORARY_RUN_VERSION if self.temporary else PLAN_RUN_VERSION

    @property
    def status(self) -> str:
        """interrupted, failed, mismatch, invalid, rolled back or complete."""
        outcomes = {c.outcome for c in self.chargers.values()}
        if not self.finished or None in outcomes:
            return "interrupted"
        for outcome, text in (
            (Outcome.FAILED, "failed"),
            (Outcome.MISMATCH, "mismatch"),
            (Outcome.INVALID, "invalid"),
        ):
            if outcome in outcomes:
                return text
        return "rolled back" if Outcome.ROLLED_BACK in outcomes else "complete"

    @property
    def needs_attention(self) -> bool:
        """True after a crash or a lost link: the installer should resume or roll back.

        Temporary settings also when their rollback left a value that is not the original.
        """
        if self.temporary and self.status == "mismatch":
            return True
        if self.firmware:  # a failed upgrade left a version it reported; a crash did not
            return self.status == "interrupted"
        return self.status in ("interrupted", "failed")

    @property
    def open_chargers(self) -> list[ChargerRun]:
        """Chargers whose part did not end as planned and that may have been changed."""
        return [
            c
            for c in self.chargers.values()
            if c.outcome not in (Outcome.DONE, Outcome.ROLLED_BACK, Outcome.INVALID)
        ]


def replay(records: Iterable[Record]) -> RunState:
    """The state a journal's records describe; InvalidInput when it does not start a run."""
    items = iter(records)
    first = next(items, None)
    if not isinstance(first, RunStarted):
        raise InvalidInput("Journal: it does not start with a run_started record.")
    try:
        plan = plan_from_dict(first.plan)
    except (ValueError, TypeError, OverflowError) as exc:  # InvalidInput is a ValueError too
        raise InvalidInput(f"Journal: the run's plan cannot be read ({exc}).") from None
    chargers = {c.serial: ChargerRun(c.serial) for c in plan.chargers}
    driver = _known_driver(first.driver)
    state = RunState(first.run_id, plan, chargers, purpose=first.purpose, driver=driver)
    state.records = 1
    for record in items:
        apply_record(state, record)
    return state


def apply_record(state: RunState, record: Record) -> None:
    """Update a replayed state with one more record."""
    state.records += 1
    state.finished = isinstance(record, RunFinished)
    if isinstance(record, RunFinished | RunResumed):
        return
    if isinstance(record, RunStarted):
        raise InvalidInput("Journal: a second run_started record.")
    run = state.chargers.get(record.charger)
    if run is None:
        raise InvalidInput(f"Journal: charger {record.charger} is not in the run's plan.")
    if isinstance(record, AsFound):
        run.as_found = decode_values(record.values, state.driver)
    elif isinstance(record, StepStarted):
        run.started[Phase(record.phase)].add(record.index)
        run.temporary.update(decode_values(record.values or {}, state.driver))
        run.outcome = None
    elif isinstance(record, StepDone):
        run.done[Phase(record.phase)].add(record.index)
    elif isinstance(record, AsLeft):
        run.as_left = decode_values(record.values, state.driver)
        run.differences = dict(record.differences)
    else:
        run.outcome, run.message = Outcome(record.outcome), record.message


def _known_driver(tag: str | None) -> str:
    """The run's driver tag (UNTAGGED_DRIVER when it names none); InvalidInput when this
    version has no such driver, since nothing else could type its values."""
    if tag is None:
        return UNTAGGED_DRIVER
    if not tag:
        raise InvalidInput("Journal: the run names an empty driver.")
    try:
        return registry.driver(tag).tag
    except InvalidInput as exc:
        raise InvalidInput(f"Journal: {exc} A newer Commissioner may read this run.") from None


def run_started(
    run_id: str, plan: Plan, purpose: str | None = None, driver: str = UNTAGGED_DRIVER
) -> RunStarted:
    """The first record of a run; it carries the whole plan so the run can resume without it,
    and the tag of the driver that writes it."""
    return RunStarted(run_id, plan_to_dict(plan), purpose, driver)
