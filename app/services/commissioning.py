"""The Commissioning tab's model: as-found plan, the plan being edited, preview, apply, rollback.

One charger at a time (the selected, logged-in one). Its settings are read into a `ChargerPlan`
(as found); the installer edits a copy field by field, each change checked at once; the
preview lists what applying would write; applying runs the journaled `Applier` over the
session's own client (the charger serves one session), and rollback undoes that run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core.errors import InvalidInput
from app.core.plan import ChargerFacts, ChargerPlan, Plan, RegisterMap, Violation
from app.core.plan_file import with_field
from app.core.plan_rules import field_violations, validate_charger
from app.core.presets import MeterPreset
from app.core.values import Value
from app.drivers import registry
from app.drivers.base import Capabilities, ChargerClient, Driver, SettingKey
from app.drivers.steps import touched
from app.services.operations import Operation, OperationRunner
from app.services.sessions import SessionService
from app.store.journal import Journal, RunSummary, incomplete_runs
from app.workflows.apply import Action, Applier, Connect, Progress
from app.workflows.preview import ChargerPreview, preview

__all__ = ["ChargerPreview", "CommissioningService", "Progress", "RunResult", "RunSummary"]


@dataclass(frozen=True, slots=True)
class RunResult:
    """How an apply or rollback ended for the charger, and what it holds afterwards."""

    outcome: str
    message: str
    as_left: ChargerPlan | None
    key: str = ""  # the charger it ran on
    facts: ChargerFacts | None = None  # what it reports afterwards (licences…)


_KEPT = frozenset({"serial", "address", "enabled", "name", "first_socket_id", "total_sockets"})
# Taken whole when anything in them changed: a section is judged (and written) with all its
# settings, so turning ALB on keeps the data source the charger already has.
_WHOLE = frozenset({"register_map", "licence_key", "phase_mapping", "alb", "back_office", "scn"})


def changed_only(found: object, edited: object) -> object:
    """`edited` with every field equal to `found` unset (None): applying writes only changes.

    Fields a dataclass cannot do without (serial, address…) are kept; a register map, and a
    top-level section (ALB, back office, SCN) with any change, are one value each. None when
    nothing under a section changed.
    """
    if edited == found:
        return None
    if not dataclasses.is_dataclass(edited) or isinstance(edited, type) or found is None:
        return edited
    changes: dict[str, object] = {}
    for item in dataclasses.fields(edited):
        new, old = getattr(edited, item.name), getattr(found, item.name)
        if item.name in _KEPT:
            changes[item.name] = new
        elif item.name in _WHOLE or not dataclasses.is_dataclass(new):
            changes[item.name] = None if new == old else new
        else:
            changes[item.name] = changed_only(old, new)
    return dataclasses.replace(edited, **changes)  # type: ignore[type-var]


def overlay(found: object, edited: object) -> object:
    """`found` with every field `edited` sets (the inverse of `changed_only`)."""
    if edited is None:
        return found
    if not dataclasses.is_dataclass(edited) or isinstance(edited, type) or found is None:
        return edited
    changes: dict[str, object] = {}
    for item in dataclasses.fields(edited):
        new, old = getattr(edited, item.name), getattr(found, item.name)
        if item.name in _WHOLE or not dataclasses.is_dataclass(new):
            changes[item.name] = old if new is None else new
        else:
            changes[item.name] = overlay(old, new)
    return dataclasses.replace(found, **changes)  # type: ignore[type-var]


def preset_register_map(preset: MeterPreset, driver_tag: str = "") -> RegisterMap:
    """A library preset as the plan's register map, cut to the slots the charger holds."""
    return registry.driver(driver_tag).preset_register_map(preset)


class CommissioningService(QObject):
    """Holds the as-found and edited plan of one charger; all results come back as signals."""

    loaded = Signal(object)  # ChargerPlan as found
    planChanged = Signal(object)  # ChargerPlan being edited
    previewed = Signal(object)  # ChargerPreview
    progressed = Signal(object)  # app.workflows.apply.Progress
    finished = Signal(object)  # RunResult

    def __init__(
        self,
        sessions: SessionService,
        runner: OperationRunner,
        journals: Path,
        *,
        reboot_timeout: float = 300.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._runner = runner
        self._journals = journals
        self.reboot_timeout = reboot_timeout
        self.key = ""
        self.as_found: ChargerPlan | None = None
        self.plan: ChargerPlan | None = None
        self.facts: ChargerFacts | None = None
        self.journal: Journal | None = None
        self._journals_of: dict[str, Journal] = {}  # the last run of each charger (roll back)
        self.last: RunResult | None = None
        self.boot_state: int | None = None
        self.model = ""  # as the charger reports it, its OCPP ChargePointModel
        self._driver: Driver | None = None  # the selected charger's, with its values as read
        self._values: Mapping[SettingKey, Value] = {}

    # --- reading ------------------------------------------------------------------------

    async def _read_plan(self, key: str) -> tuple[ChargerPlan, ChargerFacts]:
        async with self._sessions.borrow(key) as client:
            driver = client.driver
            values = await client.read(driver.plan_keys(client.identity.sockets))
            serial = client.identity.serial
            model = client.identity.model
        facts = driver.facts(values)
        if key == self.key or not self.key:  # never another charger's state on this one
            self.model, self.boot_state = model, facts.boot_state
            self._driver, self._values = driver, values
        address = self._sessions.address(key)  # the CLI reaches it there for resume/rollback
        return driver.plan_from_values(serial, address, values), facts

    def load(self, key: str) -> Operation:
        """Read the charger's settings as found; they become the plan being edited."""

        async def body(operation: Operation) -> ChargerPlan:
            operation.report(self.tr("Reading the settings as found…"))
            # From here on nothing of the charger shown before stays (a failed read leaves none).
            self.key, self.as_found, self.plan, self.facts = key, None, None, None
            self.journal = self._journals_of.get(key)
            plan, facts = await self._read_plan(key)
            self.key, self.as_found, self.plan, self.facts = key, plan, plan, facts
            self.journal, self.last = self._journals_of.get(key), None
            self.loaded.emit(plan)
            self.planChanged.emit(plan)
            return plan

        return self._runner.start(self.tr("Reading {key} as found").format(key=key), body)

    def capabilities(self, key: str) -> Capabilities | None:
        """What the driver of logged-in charger `key` can do (its plan fields, licences,
        whether applying restarts it); None when it is not logged in."""
        client = self._sessions.shared_client(key) if key else None
        return client.driver.capabilities if client is not None else None

    def held_fields(self) -> frozenset[str] | None:
        """The plan fields the driver of the charger being edited holds (None: not read)."""
        return self._driver.capabilities.plan_fields if self._driver is not None else None

    # --- editing ------------------------------------------------------------------------

    def _require_plan(self) -> ChargerPlan:
        if self.plan is None:
            raise InvalidInput("Read a logged-in charger first (select it and log in).")
        return self.plan

    def set_field(self, path: str, raw: object) -> ChargerPlan:
        """Set one field from text or a typed value; PlanFieldError leaves the plan unchanged."""
        plan = with_field(self._require_plan(), path, raw)
        self.plan = plan
        self.planChanged.emit(plan)
        return plan

    def replace(self, plan: ChargerPlan) -> None:
        """Take a whole edited plan (for example with a preset's register map filled in)."""
        self._require_plan()
        self.plan = plan
        self.planChanged.emit(plan)

    def use_preset(self, preset: MeterPreset) -> ChargerPlan:
        """Take a meter preset: its name, register map and link defaults (unit id, RTU line)."""
        plan = self._require_plan()
        plan = with_field(plan, "alb.meter.preset", preset.name)
        plan = with_field(plan, "alb.meter.register_map", preset_register_map(preset))
        plan = with_field(plan, "alb.meter.unit_id", preset.transport.unit_id)
        self.replace(plan)
        return plan

    def use_custom_map(self, register_map: RegisterMap) -> ChargerPlan:
        """Take a register map typed by hand: the meter then names no preset."""
        plan = self._require_plan()
        plan = with_field(plan, "alb.meter.preset", None)
        plan = with_field(plan, "alb.meter.register_map", register_map)
        self.replace(plan)
        return plan

    def use_plan(self, plan: Plan) -> ChargerPlan:
        """Take the settings of a plan file for this charger (its serial's entry, or the only
        one of a one-charger plan); what the file leaves unset stays as found."""
        found = self._require_plan() if self.as_found is None else self.as_found
        mine = [c for c in plan.chargers if c.serial == found.serial]
        if not mine and len(plan.chargers) == 1:
            mine = [dataclasses.replace(plan.chargers[0], serial=found.serial)]
        if not mine:
            raise InvalidInput(f"The plan '{plan.name}' has no charger {found.serial}.")
        merged = overlay(found, dataclasses.replace(mine[0], address=found.address))
        assert isinstance(merged, ChargerPlan)
        self.replace(merged)
        return merged

    def job(self) -> Plan | None:
        """The plan as a file would hold it: this charger with what applying would write."""
        return None if self.plan is None else self._job()

    def restarts(self) -> bool:
        """Whether applying the changes restarts the charger (True when it cannot be told)."""
        if self.plan is None or self._driver is None:
            return True
        job = self._job().chargers[0]
        if not self._driver.capabilities.reboot_to_apply and job.licence_key is None:
            return False  # its settings act at once, whatever was read of them
        steps = self._driver.plan_steps(job)
        if job.licence_key is not None or any(k not in self._values for k in touched(steps)):
            return True
        return self._driver.needs_reboot(steps, self._values)

    def reset(self) -> None:
        """Back to the settings as found."""
        if self.as_found is not None:
            self.replace(self.as_found)

    def violations(self, path: str | None = None) -> list[Violation]:
        """Broken rules of the plan being edited: all, or those about one field or section."""
        if self.plan is None:
            return []
        delta = self.changes()
        if path is None:
            return validate_charger(delta, self.facts, self.held_fields())
        return field_violations(delta, path, self.facts, self.held_fields())

    def changes(self) -> ChargerPlan:
        """The edited plan with only what differs from as found (what applying would write)."""
        plan = self._require_plan()
        if self.as_found is None:
            return plan
        delta = changed_only(self.as_found, plan)
        return delta if isinstance(delta, ChargerPlan) else ChargerPlan(plan.serial, plan.address)

    # --- preview, apply, rollback -------------------------------------------------------

    def _link_to(self, key: str) -> Connect:
        """The session of charger `key` (fixed when a run starts, whatever is selected later)."""

        @asynccontextmanager
        async def link(_plan: ChargerPlan) -> AsyncIterator[ChargerClient]:
            async with self._sessions.borrow(key) as client:
                yield client

        return link

    def _job(self) -> Plan:
        plan = self.changes()
        address = self.as_found.address if self.as_found else plan.address
        return Plan(f"Commissioning {plan.serial}", (dataclasses.replace(plan, address=address),))

    def preview(self) -> Operation:
        """What applying the plan would change (nothing is written)."""

        async def body(operation: Operation) -> ChargerPreview:
            operation.report(self.tr("Comparing the plan with the charger…"))
            result = (await preview(self._job(), self._link_to(self.key)))[0]
            self.previewed.emit(result)
            return result

        return self._runner.start(self.tr("Previewing the changes"), body)

    def apply(self) -> Operation:
        """Apply the plan as a new journaled run; `finished` carries the outcome and as-left."""

        async def body(operation: Operation) -> RunResult:
            violations = self.violations()
            if violations:
                raise InvalidInput(" ".join(dict.fromkeys(v.message for v in violations)))
            driver = self._driver.tag if self._driver is not None else ""
            self.journal = Journal.create(self._journals, self._job(), driver=driver)
            self._journals_of[self.key] = self.journal
            return await self._run(operation, Action.APPLY)

        return self._runner.start(self.tr("Applying the plan"), body)

    def rollback(self) -> Operation:
        """Put back the as-found values of everything the last apply changed."""

        async def body(operation: Operation) -> RunResult:
            if self.journal is None:
                raise InvalidInput("Nothing to roll back: no plan was applied since reading.")
            return await self._run(operation, Action.ROLLBACK)

        return self._runner.start(self.tr("Rolling back"), body)

    # --- runs a crash or a lost link left open -----------------------------------------

    def interrupted_runs(self) -> list[RunSummary]:
        """Runs on the charger being edited that did not finish (to resume or roll back)."""
        plan = self.as_found
        if plan is None:
            return []
        return [
            run
            for run in incomplete_runs(self._journals)
            if plan.serial in run.serials and not run.temporary
        ]

    def reopen(self, run: RunSummary, *, rollback: bool) -> Operation:
        """Resume an interrupted run from its journal, or roll it back to as found."""
        action = Action.ROLLBACK if rollback else Action.APPLY
        title = (
            self.tr("Rolling back the interrupted run on {key}")
            if rollback
            else self.tr("Resuming the interrupted run on {key}")
        ).format(key=self.key)

        async def body(operation: Operation) -> RunResult:
            self.journal = self._journals_of[self.key] = Journal.open(run.path)
            return await self._run(operation, action)

        return self._runner.start(title, body)

    def _progress_words(self, progress: Progress) -> str:
        """A run's report for the status bar, without the journal's step names."""
        fixed = {
            "waiting": self.tr("Waiting for the charger to restart…"),
            "as-found": self.tr("Reading the settings as found…"),
            "as-left": self.tr("Reading the settings as left…"),
            "finished": self.tr("Finished."),
        }
        if progress.stage in fixed:
            return fixed[progress.stage]
        if not progress.total:
            return self.tr("Applying…")
        done = progress.done if progress.message == "done" else progress.done + 1
        return self.tr("Step {n} of {m}").format(n=min(done, progress.total), m=progress.total)

    async def _run(self, operation: Operation, action: Action) -> RunResult:
        journal, key, serial = self.journal, self.key, self._require_plan().serial
        assert journal is not None  # the charger of the run, even if another is selected later

        def report(progress: Progress) -> None:
            operation.report(self._progress_words(progress), progress.done, progress.total)
            self.progressed.emit(progress)

        link = self._link_to(key)
        applier = Applier(journal, link, progress=report, reboot_timeout=self.reboot_timeout)
        try:
            await applier.run(action)
        finally:
            journal.close()  # reopened on the next append (a rollback)
        run = journal.state.chargers[serial]
        outcome = run.outcome.value if run.outcome else "unknown"
        failure = applier.failures.get(run.serial)
        message = str(failure) if failure else run.message
        as_left, facts = await self._read_plan(key)
        if self.key == key:
            self.facts = facts
        result = RunResult(outcome, message, as_left, key, facts)
        self.last = result
        self.finished.emit(result)
        return result
