"""The Maintenance tab's work on one charger: clock, name, settings backup and restore, and the
support bundle (the firmware upgrade of several chargers is `services/maintenance_firmware.py`).

Every read and write goes over the charger's logged-in session (`SessionService.borrow`): a
charger serves one session at a time. A charger not logged in yet is logged in with the password
the shell would offer (the demo site's hint or the keyring); without one, the installer is asked
to log in first. Setting the clock, changing the name and restoring a backup are ordinary plan
runs (`Journal` + `Applier`, as `commissioner clock --set`, `apply` and `restore` do), so they are
journaled and can be rolled back; `rollback(key)` undoes the last one on that charger.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.errors import InvalidInput
from app.core.plan import ChargerPlan, Plan
from app.core.plan_file import plan_to_dict
from app.drivers import registry
from app.drivers.base import Capabilities, ChargerClient, Driver
from app.drivers.steps import StepKind
from app.services import credentials
from app.services.commissioning import changed_only
from app.services.context import AppServices
from app.services.operations import Operation, OperationState
from app.store.backup import Backup, default_name, read_backup, write_backup
from app.store.journal import Journal
from app.workflows.apply import Action, Applier
from app.workflows.backup import restore_plan, take_backup
from app.workflows.clock import ClockReading, read_clock
from app.workflows.support_bundle import build_bundle

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ClockAndName:
    """What the charger says now: its clock next to the laptop's (None: it has none this
    program can read) and its display name (None: it has none)."""

    key: str
    clock: ClockReading | None
    name: str | None


@dataclass(frozen=True, slots=True)
class RunOutcome:
    """How a journaled run (clock, name, restore, roll back) ended on one charger."""

    key: str
    outcome: str  # the journal's: done, rolled-back, mismatch, invalid, failed
    message: str
    run_id: str
    path: Path

    @property
    def ok(self) -> bool:
        return self.outcome in ("done", "rolled-back")


@dataclass(frozen=True, slots=True)
class RestorePreview:
    """What restoring a backup onto a charger would change, and what it leaves aside."""

    key: str
    backup: Backup
    plan: ChargerPlan  # only what differs from the charger as found
    rows: tuple[tuple[str, Any, Any], ...]  # (plan field, as found, from the backup)
    notes: tuple[str, ...]
    restarts: bool


@dataclass(frozen=True, slots=True)
class BackupWritten:
    path: Path
    backup: Backup


def flat(data: Any, prefix: str = "") -> dict[str, Any]:
    """A plan's data as field path → value (a register map stays one value)."""
    if isinstance(data, dict) and not prefix.endswith("register_map"):
        out: dict[str, Any] = {}
        for key, value in data.items():
            out.update(flat(value, f"{prefix}.{key}" if prefix else key))
        return out
    return {prefix: data}


def plan_fields(plan: ChargerPlan) -> dict[str, Any]:
    """The set fields of a charger plan by path (serial and address left out)."""
    data = plan_to_dict(Plan("x", (plan,)))["chargers"][0]
    return flat({k: v for k, v in data.items() if k not in ("serial", "address")})


class MaintenanceService(QObject):
    """Clock, name, backup, restore and support bundle of logged-in chargers."""

    runFinished = Signal(object)  # RunOutcome

    def __init__(self, services: AppServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.reboot_timeout = 300.0
        # (charger key, kind: "clock-name" or "restore") → journal of its last such run here
        self.last_runs: dict[tuple[str, str], Path] = {}

    # --- what a charger can do ---------------------------------------------------------

    def driver(self, key: str) -> Driver | None:
        """The charger's driver; None for a charger not listed or of a brand this version does
        not know (nothing can be done to it from here)."""
        entry = self._services.directory.entry(key)
        if entry is None or (entry.driver and entry.driver not in registry.tags()):
            return None
        return registry.driver(entry.driver)

    def capabilities(self, key: str) -> Capabilities | None:
        driver = self.driver(key)
        return driver.capabilities if driver is not None else None

    def display_name(self, key: str) -> str:
        entry = self._services.directory.entry(key)
        return entry.display_name if entry is not None else key

    def restarts(self, key: str, plan: ChargerPlan) -> bool:
        """Whether applying `plan` restarts the charger (its driver puts a restart step in)."""
        driver = self.driver(key)
        if driver is None:
            return True
        return any(s.kind is StepKind.REBOOT for s in driver.plan_steps(plan))

    # --- sessions -----------------------------------------------------------------------

    def password_of(self, key: str) -> str | None:
        """The password the shell would offer for `key` (demo hint, then the keyring)."""
        return self._services.password_hints.get(key) or credentials.keyring_password(key)

    async def ensure_login(self, key: str) -> None:
        sessions = self._services.sessions
        if sessions.is_logged_in(key):
            return
        entry = self._services.directory.entry(key)
        password = self.password_of(key)
        if password is None and (entry is None or entry.needs_password):
            raise InvalidInput(f"Log in to charger {key} first (no remembered password).")
        login = sessions.login(key, password or "")
        if await login.wait() is not OperationState.SUCCEEDED:
            raise login.error or InvalidInput(f"Logging in to charger {key} was cancelled.")

    @asynccontextmanager
    async def borrow(self, key: str) -> AsyncIterator[ChargerClient]:
        """The logged-in client of `key`, under its lock (logging in first when possible)."""
        await self.ensure_login(key)
        async with self._services.sessions.borrow(key) as client:
            yield client

    def address(self, key: str) -> str:
        entry = self._services.directory.entry(key)
        return entry.url if entry is not None else ""

    # --- clock and name -----------------------------------------------------------------

    def read_clock_and_name(self, key: str) -> Operation:
        """The charger's clock (next to the laptop's UTC) and its display name."""

        async def body(operation: Operation) -> ClockAndName:
            operation.report(self.tr("Reading the clock and the name…"))
            async with self.borrow(key) as client:
                fields = client.driver.capabilities.plan_fields
                clock = await read_clock(client) if "set_clock" in fields else None
                name = None
                if "display_name" in fields:
                    values = await client.read(client.driver.plan_keys(client.identity.sockets))
                    plan = client.driver.plan_from_values(client.identity.serial, "", values)
                    name = plan.display_name or ""
            return ClockAndName(key, clock, name)

        return self._services.runner.start(self.tr("Reading the clock"), body)

    def clock_plan(self, key: str, serial: str) -> ChargerPlan:
        return ChargerPlan(serial, self.address(key), set_clock=True)

    def name_plan(self, key: str, serial: str, name: str) -> ChargerPlan:
        name = name.strip()
        if not name:
            raise InvalidInput("Type the name the charger should show.")
        return ChargerPlan(serial, self.address(key), display_name=name)

    def serial(self, key: str) -> str:
        entry = self._services.directory.entry(key)
        return entry.serial if entry is not None else key

    def apply_plan(
        self, key: str, plan: ChargerPlan, title: str, kind: str = "clock-name"
    ) -> Operation:
        """Apply a one-charger plan as a journaled run (as `commissioner apply` does); `kind`
        says which section's last run it becomes (for `rollback`)."""
        driver = self.driver(key)
        journal = Journal.create(
            self._services.paths.journals,
            Plan(title, (plan,)),
            driver=driver.tag if driver is not None else "",
        )
        self.last_runs[(key, kind)] = journal.path
        return self._run(key, journal, Action.APPLY, title)

    def rollback(self, key: str, kind: str = "clock-name") -> Operation:
        """Undo the last run of `kind` started here on charger `key`."""
        path = self.last_runs.get((key, kind))
        if path is None:
            raise InvalidInput("Nothing to roll back on this charger in this session.")
        journal = Journal.open(path)
        title = self.tr("Rolling back {plan}").format(plan=journal.state.plan.name)
        return self._run(key, journal, Action.ROLLBACK, title)

    def _run(self, key: str, journal: Journal, action: Action, title: str) -> Operation:
        @asynccontextmanager
        async def connect(_plan: ChargerPlan) -> AsyncIterator[ChargerClient]:
            async with self.borrow(key) as client:
                yield client

        async def body(operation: Operation) -> RunOutcome:
            operation.report(title + "…")
            applier = Applier(journal, connect, reboot_timeout=self.reboot_timeout)
            try:
                await applier.run(action)
            finally:
                journal.close()
            (run,) = journal.state.chargers.values()
            failure = applier.failures.get(run.serial)
            outcome = RunOutcome(
                key,
                run.outcome.value if run.outcome else "failed",
                str(failure) if failure else run.message,
                journal.run_id,
                journal.path,
            )
            self.runFinished.emit(outcome)
            return outcome

        return self._services.runner.start(title, body)

    # --- backup, restore, support bundle ------------------------------------------------

    def suggested_backup_name(self, key: str) -> str:
        return f"{self.serial(key)}-settings.json"

    def backup(self, key: str, target: Path) -> Operation:
        """Every readable setting of the charger (no secrets) into the file `target`."""

        async def body(operation: Operation) -> BackupWritten:
            operation.report(self.tr("Reading every setting…"))
            async with self.borrow(key) as client:
                found = await take_backup(client)
            path = target if target.suffix else target / default_name(found)
            return BackupWritten(write_backup(path, found), found)

        return self._services.runner.start(self.tr("Saving a settings backup"), body)

    def preview_restore(self, key: str, source: Path) -> Operation:
        """What restoring the backup file `source` onto `key` would change (nothing written)."""

        async def body(operation: Operation) -> RestorePreview:
            found = read_backup(source)  # a bad file is refused before the charger is read
            operation.report(self.tr("Comparing the backup with the charger…"))
            async with self.borrow(key) as client:
                driver, identity = client.driver, client.identity
                wanted = restore_plan(found, driver, identity, self.address(key))
                values = await client.read(driver.plan_keys(identity.sockets))
            now = driver.plan_from_values(identity.serial, self.address(key), values)
            return self._compare(key, found, wanted.plan, now, wanted.notes)

        return self._services.runner.start(self.tr("Reading a settings backup"), body)

    def _compare(
        self,
        key: str,
        found: Backup,
        wanted: ChargerPlan,
        now: ChargerPlan,
        notes: tuple[str, ...],
    ) -> RestorePreview:
        before, after = plan_fields(now), plan_fields(wanted)
        rows = tuple((p, before.get(p), v) for p, v in after.items() if before.get(p) != v)
        delta = changed_only(now, wanted)
        changed = delta if isinstance(delta, ChargerPlan) else ChargerPlan(now.serial, now.address)
        restarts = bool(rows) and self.restarts(key, changed)
        return RestorePreview(key, found, changed, rows, notes, restarts)

    def restore(self, preview: RestorePreview) -> Operation:
        """Apply a previewed restore as a journaled run."""
        if not preview.rows:
            raise InvalidInput("The charger already holds every setting of this backup.")
        title = f"restore of {preview.backup.serial} onto {preview.plan.serial}"
        return self.apply_plan(preview.key, preview.plan, title, "restore")

    def suggested_bundle_name(self, key: str) -> str:
        return f"support-{self.serial(key)}.zip"

    def support_bundle(self, key: str, target: Path) -> Operation:
        """The support zip of charger `key` at `target`, every secret taken out."""
        paths = self._services.paths

        async def body(operation: Operation) -> Path:
            async with self.borrow(key) as client:
                return await build_bundle(
                    client,
                    target,
                    journal_dir=paths.journals,
                    log_dir=self._services.log_dir or paths.logs,
                    secrets=[p for p in (self.password_of(key),) if p],
                    progress=operation.report,
                )

        return self._services.runner.start(self.tr("Saving a support bundle"), body)
