"""Apply a plan to chargers, journaled: as-found, validate, write in order, reboot, as-left.

Each charger is worked on over its own single session (the charger serves one client), all
chargers of a plan in parallel up to `max_parallel`. Every step is journaled before and after
it runs, so `run(Action.APPLY)` on a reopened journal resumes where a crash or a lost link
stopped, and `run(Action.ROLLBACK)` writes every changed setting back to its as-found value.
What to write, in which order, is the charger's driver's (`Driver.plan_steps`); this module
speaks only the charger-client port.
Errors an installer can act on end that charger's part (outcome FAILED); other chargers go on.
A run of temporary test settings (`app.store.temporary_run`) is only ever rolled back.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import TypeVar

from app.core.errors import CommissionerError, DeviceError, InvalidInput, WriteRejected
from app.core.licence import feature_names
from app.core.plan import ChargerPlan, Plan
from app.core.plan_rules import required_features, validate_charger, validate_plan
from app.core.values import Value
from app.drivers import registry
from app.drivers.base import ChargerClient, SettingKey
from app.drivers.steps import Step, StepKind, differences, licence_keys, targets, touched
from app.store.journal import Journal, JournalWriteFailed
from app.store.journal_model import (
    AsFound,
    AsLeft,
    ChargerFinished,
    ChargerRun,
    Outcome,
    Phase,
    RunFinished,
    RunResumed,
    StepDone,
    StepStarted,
    encode_values,
)
from app.store.temporary_run import applied_steps
from app.transports.pins import PinStore

log = logging.getLogger(__name__)
T = TypeVar("T")


Connect = Callable[[ChargerPlan], AbstractAsyncContextManager[ChargerClient]]


class Action(enum.Enum):
    APPLY = "apply"
    ROLLBACK = "rollback"


@dataclass(frozen=True, slots=True)
class Progress:
    """One progress report: which charger, what stage, `done` of `total` steps."""

    serial: str
    stage: str
    message: str
    done: int = 0
    total: int = 0
    skipped: bool = False  # a finished step that had nothing to do (a reboot not needed)


ProgressCallback = Callable[[Progress], None]


class Applier:
    """Runs (or resumes) one journaled run: apply the plan, or roll it back."""

    def __init__(
        self,
        journal: Journal,
        connect: Connect,
        *,
        progress: ProgressCallback | None = None,
        max_parallel: int = 4,
        reboot_timeout: float = 300.0,
        tick: float = 1.0,
    ) -> None:
        self.journal = journal
        self._connect = connect
        self._progress = progress or (lambda _p: None)
        self._limit = asyncio.Semaphore(max(1, max_parallel))
        self.reboot_timeout = reboot_timeout
        self._tick = tick
        self.failures: dict[str, CommissionerError] = {}  # what stopped a charger, by serial

    async def run(self, action: Action = Action.APPLY) -> None:
        """Apply or roll back every charger of the run that still needs it, in parallel."""
        state = self.journal.state
        if action is Action.APPLY and state.temporary:
            raise InvalidInput(
                f"Run {state.run_id} holds temporary test settings ({state.purpose}); they are "
                f"never resumed. Put the originals back with `commissioner journal rollback "
                f"{state.run_id}`."
            )
        if state.firmware:
            raise InvalidInput(
                f"Run {state.run_id} was a firmware upgrade: it is neither resumed nor rolled "
                "back. Read the charger's version and upgrade again if it runs the old one."
            )
        if action is Action.APPLY and any(c.rolling_back for c in state.chargers.values()):
            raise InvalidInput(
                f"Run {state.run_id} is being rolled back; finish that with "
                "`commissioner journal rollback`, then apply the plan as a new run."
            )
        if state.records > 1:
            self.journal.append(RunResumed(action.value))
        else:
            _refuse_broken_plan(state.plan)
        try:
            async with asyncio.TaskGroup() as group:
                for plan in state.plan.chargers:
                    group.create_task(self._one(plan, action))
        except* JournalWriteFailed as failed:
            # Nothing may touch a charger unjournaled: the whole run stops, with one message.
            raise failed.exceptions[0] from None
        self.journal.append(RunFinished())

    async def _one(self, plan: ChargerPlan, action: Action) -> None:
        run = self.journal.state.chargers[plan.serial]
        if action is Action.APPLY and run.outcome in (Outcome.DONE, Outcome.INVALID):
            return
        if action is Action.ROLLBACK and not _rollback_due(run):
            if run.outcome in (None, Outcome.FAILED) and not run.writes_started:
                self._finish(plan.serial, Outcome.ROLLED_BACK, "Nothing had been written.")
            return
        async with self._limit:
            try:
                async with self._connect(plan) as link:
                    _require_run_driver(link, self.journal.state.driver, plan.serial)
                    work = self._apply if action is Action.APPLY else self._rollback
                    await work(link, plan, run)
            except CommissionerError as exc:
                log.info("%s: %s stopped: %s", plan.serial, action.value, exc)
                self.failures[plan.serial] = exc
                self._finish(plan.serial, Outcome.FAILED, str(exc))
            except Exception as exc:
                log.exception("%s: %s stopped by an unexpected error", plan.serial, action.value)
                error = _unexpected(plan.serial, exc)
                self.failures[plan.serial] = error
                self._finish(plan.serial, Outcome.FAILED, str(error))

    # --- apply ------------------------------------------------------------------------------

    async def _apply(self, link: ChargerClient, plan: ChargerPlan, run: ChargerRun) -> None:
        driver = link.driver
        steps = driver.plan_steps(plan)
        read_keys = [*touched(steps), *driver.fact_keys()]
        as_found = run.as_found
        if as_found is None:
            self._report(plan.serial, "as-found", "reading the settings as found")
            as_found = await _read(link, read_keys)
            self.journal.append(AsFound(plan.serial, encode_values(as_found)))
        violations = validate_charger(plan, driver.facts(as_found), driver.capabilities.plan_fields)
        if violations:
            self._finish(plan.serial, Outcome.INVALID, " ".join(v.message for v in violations))
            return
        reboot = driver.needs_reboot(steps, as_found)
        for index in range(run.next_step(Phase.APPLY), len(steps)):
            await self._step(link, plan, Phase.APPLY, steps, index, reboot)
        licence = licence_keys(steps)  # checked by what it unlocks, never read back
        wanted = {k: v for k, v in targets(steps).items() if k not in licence}
        await self._as_left(link, plan, wanted, read_keys, Outcome.DONE)

    async def _as_left(
        self,
        link: ChargerClient,
        plan: ChargerPlan,
        wanted: Mapping[SettingKey, Value],
        keys: list[SettingKey],
        success: Outcome,
    ) -> None:
        self._report(plan.serial, "as-left", "reading the settings as left")
        as_left = await _read(link, keys)
        diff = differences(wanted, as_left)
        encoded = {key: [_json(w), _json(f)] for key, (w, f) in diff.items()}
        self.journal.append(AsLeft(plan.serial, encode_values(as_left), encoded))
        if diff:
            names = ", ".join(diff)
            self._finish(
                plan.serial, Outcome.MISMATCH, f"As left differs from the target: {names}."
            )
        else:
            self._finish(plan.serial, success, "")

    # --- rollback ---------------------------------------------------------------------------

    async def _rollback(self, link: ChargerClient, plan: ChargerPlan, run: ChargerRun) -> None:
        as_found = run.as_found
        assert as_found is not None  # _rollback_due checked it
        driver = link.driver
        applied = applied_steps(self.journal.state, plan.serial, driver)
        steps = driver.rollback_steps(applied, as_found)
        reboot = driver.needs_reboot(applied, as_found) and any(
            applied[i].reboot for i in run.started[Phase.APPLY] if i < len(applied)
        )
        for index in range(run.next_step(Phase.ROLLBACK), len(steps)):
            await self._step(link, plan, Phase.ROLLBACK, steps, index, reboot)
        wanted = {key: as_found[key] for key in targets(steps)}
        await self._as_left(link, plan, wanted, list(touched(applied)), Outcome.ROLLED_BACK)

    # --- one step ---------------------------------------------------------------------------

    async def _step(
        self,
        link: ChargerClient,
        plan: ChargerPlan,
        phase: Phase,
        steps: tuple[Step, ...],
        index: int,
        reboot: bool,
    ) -> None:
        step = steps[index]
        serial = plan.serial
        self.journal.append(StepStarted(serial, phase.value, index, step.name))
        self._report(serial, step.name, _describe(step, phase), index, len(steps))
        skipped = False
        if step.kind is StepKind.WRITE:
            await link.write(step.as_dict())
        elif step.kind is StepKind.LICENCE:
            skipped = await self._licence(link, plan)
        elif reboot:
            await link.reboot()
            await self._waiting(serial, link.wait_until_back(self.reboot_timeout))
        else:
            skipped = True
        self.journal.append(StepDone(serial, phase.value, index, step.name, skipped))
        self._report(serial, step.name, "done", index + 1, len(steps), skipped=skipped)

    async def _licence(self, link: ChargerClient, plan: ChargerPlan) -> bool:
        """Write the key unless the charger has it already; check what it unlocks."""
        key = plan.licence_key
        assert key is not None
        state = await link.licence()
        present = state.key.upper() == key.text
        if not present:
            state = await self._waiting(
                plan.serial, link.apply_licence(key, timeout=self.reboot_timeout)
            )
        missing = required_features(plan) & ~state.bits
        if missing:
            raise WriteRejected(
                f"Charger {plan.serial} took licence key {key} but it does not unlock "
                f"{', '.join(feature_names(missing))}.",
                hint="Check that the key was bought for this charger's serial and features.",
            )
        return present

    async def _waiting(self, serial: str, work: Awaitable[T]) -> T:
        """Await a reboot wait while reporting every `tick` seconds how long it has taken."""
        started = time.monotonic()

        async def ticker() -> None:
            while True:
                await asyncio.sleep(self._tick)
                seconds = time.monotonic() - started
                self._report(serial, "waiting", f"rebooting, waiting {seconds:.1f} s")

        self._report(serial, "waiting", "rebooting, waiting for it to come back")
        task = asyncio.create_task(ticker())
        try:
            return await work
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    # --- journal and progress ---------------------------------------------------------------

    def _finish(self, serial: str, outcome: Outcome, message: str) -> None:
        self.journal.append(ChargerFinished(serial, outcome.value, message))
        self._report(serial, "finished", f"{outcome.value}{': ' if message else ''}{message}")

    def _report(
        self,
        serial: str,
        stage: str,
        message: str,
        done: int = 0,
        total: int = 0,
        *,
        skipped: bool = False,
    ) -> None:
        try:
            self._progress(Progress(serial, stage, message, done, total, skipped))
        except Exception:  # a broken progress view must not stop a half-written charger
            log.exception("progress callback failed")


def _unexpected(serial: str, exc: Exception) -> DeviceError:
    """A bug or a reply nobody foresaw, kept to its charger and said in one line."""
    return DeviceError(
        f"Charger {serial} needs attention: an unexpected error stopped it "
        f"({type(exc).__name__}: {str(exc)[:120]}).",
        hint="Check it, then resume or roll back the run; the log has the details.",
    )


def _refuse_broken_plan(plan: Plan) -> None:
    """Rules across chargers (one meter per charger, unique serials) before anything is read."""
    problems = validate_plan(plan)
    if problems:
        lines = "; ".join(
            f"{serial}: {v.message}" if serial else v.message for serial, v in problems
        )
        raise InvalidInput(f"Plan '{plan.name}' breaks {len(problems)} rule(s): {lines}")


def _require_run_driver(link: ChargerClient, tag: str, serial: str) -> None:
    """The run's values are its driver's keys and codes: another driver must not write them."""
    if link.driver.tag != tag:
        raise InvalidInput(
            f"Charger {serial}: the run was recorded by the '{tag}' driver, but the connection "
            f"speaks '{link.driver.tag}': this attempt wrote nothing."
        )


def _rollback_due(run: ChargerRun) -> bool:
    """Roll back a charger only if something may have been written and it is not back yet."""
    return (
        run.as_found is not None and run.writes_started and run.outcome is not Outcome.ROLLED_BACK
    )


async def _read(link: ChargerClient, keys: list[SettingKey]) -> dict[SettingKey, Value]:
    return await link.read(list(dict.fromkeys(keys)))


def _json(value: Value | None) -> object:
    return list(value) if isinstance(value, tuple) else value


def _describe(step: Step, phase: Phase) -> str:
    if step.kind is StepKind.LICENCE:
        return "applying the licence key"
    if step.kind is StepKind.REBOOT:
        return "rebooting if needed"
    ids = ", ".join(key for key, _ in step.values)
    if phase is Phase.ROLLBACK:
        return f"rolling back: {step.name} ({ids})"
    return f"writing {step.name} ({ids})"


def connector(
    password_for: Callable[[str], str],
    *,
    pins: PinStore | None = None,
    timeout: float = 10.0,
    driver_tag: str = "",
) -> Connect:
    """Connect to each charger of a plan with its driver, checking its serial."""
    driver = registry.driver(driver_tag)

    def connect(plan: ChargerPlan) -> ChargerClient:
        return driver.client(
            plan.address,
            password_for(plan.serial),
            pins=pins,
            timeout=timeout,
            expected_serial=plan.serial,
        )

    return connect


__all__ = ["Action", "Applier", "Connect", "Progress", "connector"]
