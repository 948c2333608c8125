"""The SCN tab's work: read the picked chargers, plan and check a network, apply it, roll back.

Every charger is read and written over its logged-in session (`SessionService.borrow`): the
charger serves one session at a time, so a second login next to the shell's would be refused.
A picked charger not logged in yet is logged in with the password the shell would offer (the
demo site's hint or the keyring); without one, the installer is asked to log in first.
Applying is an ordinary journaled run (`app.workflows.apply.Applier`), all members in parallel,
with per-charger progress as `chargerProgress` (a `MemberProgress`: the stage and how many
steps are done, carried forward through the restart and the final read so that a finished
member stands at its last step); `rollback()` rolls the last run back.

Where "paused until" comes from: no charger reports when an alternation pause ends. A socket
counts as paused when an EV is connected but not drawing (as its driver reads the socket)
while the limit in force is below the 6 A minimum. When other sockets of the network charge
meanwhile, the pause is alternation, and its end is estimated as the moment this service first
saw it paused plus the network's alternating period; when nothing in the network charges, the
network has too little current for anyone and no end is estimated (`until` is None).
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core.errors import InvalidInput
from app.core.phases import PhaseMapping
from app.core.plan import ChargerPlan, Plan, Violation
from app.core.scn import (
    ScnCandidate,
    ScnProposal,
    ScnSettings,
    plan_network,
    rotation_differences,
)
from app.core.scn_view import MemberView, PausedSocket, overview, paused_sockets
from app.drivers.base import ChargerClient
from app.services import credentials
from app.services.context import AppServices
from app.services.devices import serial_key
from app.services.operations import Operation, OperationState
from app.store.journal import Journal
from app.workflows.apply import Action, Applier, Progress
from app.workflows.scn_read import ChargerReading, read_member

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MemberProgress:
    """Where one member's apply or roll-back stands.

    `stage`: "as-found", a step name of the member's driver, "waiting" (restarting), "as-left"
    or "finished"; `done` of `total` steps, carried forward (a finished member that ended well
    has done == total); `outcome` when finished ("done", "rolled-back", "mismatch", "invalid",
    "failed"); `seconds` spent waiting for a restart; `detail` is the applier's own sentence.
    """

    serial: str
    key: str  # the charger-list key
    stage: str
    done: int
    total: int
    detail: str = ""
    outcome: str | None = None
    seconds: float | None = None


@dataclass(frozen=True, slots=True)
class NetworkStatus:
    """One read of every member: rows, broken rules, totals per phase, paused sockets."""

    rows: tuple[MemberView, ...]
    problems: tuple[tuple[str, Violation], ...]
    totals: tuple[float, float, float]
    limit: float | None  # SCN total current as the first member holds it
    paused: tuple[PausedSocket, ...]


class ScnService(QObject):
    """Plan, check, apply and watch a Smart Charging Network of logged-in chargers."""

    chargerProgress = Signal(object)  # MemberProgress

    def __init__(self, services: AppServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.journals = services.paths.journals
        self.last_journal: Path | None = None
        self.last_members: list[str] = []  # charger-list keys of the last applied plan
        self._paused_since: dict[tuple[str, int], float] = {}
        self._steps: dict[str, tuple[int, int]] = {}  # serial → last (done, total)

    def display_name(self, serial: str) -> str:
        """The charger's name as the charger list shows it (its serial when unknown)."""
        entry = self._services.directory.entry(serial_key(serial))
        return entry.display_name if entry is not None else serial.upper()

    # --- sessions -----------------------------------------------------------------------

    async def _ensure_login(self, key: str) -> None:
        sessions = self._services.sessions
        if sessions.is_logged_in(key):
            return
        password = self._services.password_hints.get(key) or credentials.keyring_password(key)
        if password is None:
            raise InvalidInput(f"Log in to charger {key} first (no remembered password).")
        login = sessions.login(key, password)
        if await login.wait() is not OperationState.SUCCEEDED:
            raise login.error or InvalidInput(f"Logging in to charger {key} was cancelled.")

    async def _read(self, key: str) -> ChargerReading:
        await self._ensure_login(key)
        async with self._services.sessions.borrow(key) as client:
            return await read_member(client.identity.serial, self._address(key), client)

    async def _read_all(self, keys: Sequence[str]) -> list[ChargerReading]:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(self._read(k)) for k in keys]
        return [t.result() for t in tasks]

    def _address(self, key: str) -> str:
        entry = self._services.directory.entry(key)
        return entry.url if entry is not None else ""

    # --- planning -----------------------------------------------------------------------

    def read_candidates(self, keys: Sequence[str], keep_network: str = "") -> Operation:
        """Identity, licences, firmware and SCN settings of each picked charger."""
        if not keys:
            raise InvalidInput("Pick at least one charger for the network.")

        async def body(operation: Operation) -> list[ScnCandidate]:
            operation.report(self.tr("Reading {n} chargers…").format(n=len(keys)))
            found = await self._read_all(keys)
            return [reading.candidate(keep_network) for reading in found]

        return self._services.runner.start(self.tr("Reading the SCN members"), body)

    @staticmethod
    def propose(
        settings: ScnSettings,
        candidates: Sequence[ScnCandidate],
        rotation: Mapping[str, tuple[PhaseMapping, ...]] | None = None,
    ) -> ScnProposal:
        """The plan and its broken rules; `rotation` overrides mappings per serial."""
        edited = [
            dataclasses.replace(c, phase_mappings=rotation[c.serial])
            if rotation and c.serial in rotation
            else c
            for c in candidates
        ]
        return plan_network(settings, edited)

    def identification_differences(self, proposal: ScnProposal) -> list[str]:
        """Sentences for sockets whose rotation contradicts this session's phase identification."""
        found = self._services.identified_phases
        identified = {
            serial: tuple(found[serial].get(n) for n in range(1, len(mappings) + 1))
            for serial, mappings in proposal.rotation.items()
            if serial in found
        }
        return rotation_differences(proposal.rotation, identified)

    # --- apply / rollback ---------------------------------------------------------------

    @asynccontextmanager
    async def _connect(self, plan: ChargerPlan) -> AsyncIterator[ChargerClient]:
        key = serial_key(plan.serial)
        await self._ensure_login(key)
        async with self._services.sessions.borrow(key) as client:
            yield client

    def _progress(self, event: Progress) -> None:
        done, total = self._steps.get(event.serial, (0, 0))
        if event.total:
            done, total = event.done, event.total
        outcome = seconds = None
        if event.stage == "finished":
            outcome = event.message.split(":", 1)[0].strip()
            if outcome in ("done", "rolled-back"):
                done = total = max(total, 1)
        elif event.stage == "waiting":
            seconds = _seconds(event.message)
        elif event.stage == "as-found":
            done = total = 0
        self._steps[event.serial] = (done, total)
        progress = MemberProgress(
            event.serial,
            serial_key(event.serial),
            event.stage,
            done,
            total,
            event.message,
            outcome,
            seconds,
        )
        self.chargerProgress.emit(progress)

    def apply(self, plan: Plan, *, reboot_timeout: float = 300.0) -> Operation:
        """Apply a valid plan to every member at once, journaled."""
        journal = Journal.create(self.journals, plan)
        self.last_journal = journal.path
        self.last_members = [serial_key(c.serial) for c in plan.chargers]
        return self._run(journal, Action.APPLY, reboot_timeout)

    def rollback(self, *, reboot_timeout: float = 300.0) -> Operation:
        """Put back what the last applied run changed."""
        if self.last_journal is None:
            raise InvalidInput("Nothing to roll back: no SCN was applied in this session.")
        return self._run(Journal.open(self.last_journal), Action.ROLLBACK, reboot_timeout)

    def _run(self, journal: Journal, action: Action, reboot_timeout: float) -> Operation:
        self._steps.clear()
        plan = journal.state.plan.name
        if action is Action.APPLY:
            title = self.tr("Applying {plan} to every member").format(plan=plan)
        else:
            title = self.tr("Rolling back {plan} on every member").format(plan=plan)

        async def body(operation: Operation) -> dict[str, str]:
            operation.report(title + "…")
            applier = Applier(
                journal,
                self._connect,
                progress=self._progress,
                max_parallel=64,
                reboot_timeout=reboot_timeout,
            )
            try:
                await applier.run(action)
            finally:
                journal.close()
            return {serial: str(exc) for serial, exc in applier.failures.items()}

        return self._services.runner.start(title, body)

    # --- overview -----------------------------------------------------------------------

    def read_network(self, keys: Sequence[str]) -> Operation:
        """What every member holds and draws now; see the module text for 'paused until'."""

        async def body(operation: Operation) -> NetworkStatus:
            operation.report(self.tr("Reading the network…"))
            found = await self._read_all(keys)
            rows, problems = overview([reading.reading() for reading in found])
            return self._status(rows, problems, found)

        return self._services.runner.start(self.tr("Reading the SCN"), body)

    def _status(
        self,
        rows: list[MemberView],
        problems: list[tuple[str, Violation]],
        readings: list[ChargerReading],
    ) -> NetworkStatus:
        totals = [0.0, 0.0, 0.0]
        for row in rows:
            for socket in row.sockets:
                grid = socket.mapping.grid_phases if socket.mapping else ()
                for index, amps in enumerate(socket.currents):
                    phase = grid[index] if index < len(grid) else index + 1
                    totals[phase - 1] += amps
        scn = readings[0].facts.scn if readings else None
        limit = float(scn.total_current) if scn and scn.total_current is not None else None
        paused = self._paused(rows, readings)
        return NetworkStatus(
            tuple(rows), tuple(problems), (totals[0], totals[1], totals[2]), limit, paused
        )

    def _paused(
        self, rows: list[MemberView], readings: list[ChargerReading]
    ) -> tuple[PausedSocket, ...]:
        periods = []
        for reading in readings:
            scn = reading.facts.scn
            periods.append(float(scn.alternating_period or 0) if scn else 0.0)
        statuses = [reading.sockets for reading in readings]
        return paused_sockets(rows, statuses, periods, self._paused_since, time.time())


def _seconds(message: str) -> float | None:
    """The seconds of the applier's "rebooting, waiting 12.0 s" (None when it says none)."""
    words = message.split()
    for word, unit in itertools.pairwise(words):
        if unit == "s":
            try:
                return float(word)
            except ValueError:
                return None
    return None
