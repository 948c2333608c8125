"""Firmware upgrade of one charger or a whole network: checks, bounded parallel uploads,
per-charger progress, a journal, and a summary of who runs which version.

For each charger: log in, check the image for its model and its current version
(app.core.firmware: family, header, stepping stone, downgrade), ask for the new password when
the upgrade crosses major version 5 (before anything is sent, so nobody waits on a question
half-way), then run the driver's upgrade. At most `parallel` chargers upgrade at once: each
upload takes the charger's whole link for a minute or more, and the laptop's own uplink is
shared. A Smart Charging Network needs the same firmware on every member
(`FirmwareSummary.same_version`).

The journal is a plan run whose plan writes nothing: per charger the version as found, one
started/done pair per stage, the version as left and the outcome (done; mismatch when the
charger reports another version than the image's; failed with the stage and what to do). It
uses the record kinds every journal reader knows, so older journals and older readers are
unaffected.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import CommissionerError, InvalidInput
from app.core.firmware import UpgradeCheck, check_upgrade, read_image
from app.core.plan import ChargerPlan, Plan
from app.drivers.base import (
    FIRMWARE_STAGES,
    ChargerClient,
    FirmwareFailed,
    FirmwareLimits,
    FirmwareProgress,
    FirmwareUpgrade,
    firmware_upgrade,
)
from app.store.journal import Journal
from app.store.journal_model import (
    FIRMWARE_RUN_PREFIX,
    AsFound,
    AsLeft,
    ChargerFinished,
    Outcome,
    RunFinished,
    StepDone,
    StepStarted,
)

log = logging.getLogger(__name__)

DEFAULT_PARALLEL = 8

OpenClient = Callable[[str], Awaitable[ChargerClient]]  # address → logged-in client
OnProgress = Callable[[str, FirmwareProgress], None]  # (serial, progress)
AskPassword = Callable[[str], Awaitable[str]]  # serial → a new unique password
StorePassword = Callable[[str, str], None]  # (serial, password) → the keyring


class Result:
    UPGRADED = "upgraded"
    ALREADY = "already"  # it already ran the image's version: nothing sent
    MISMATCH = "mismatch"  # installed, but the charger reports another version
    REFUSED = "refused"  # the checks refused the image for it: nothing sent
    FAILED = "failed"


@dataclass
class ChargerUpgrade:
    """How one charger's upgrade went."""

    address: str
    serial: str = ""
    before: str = ""
    after: str = ""  # the version it reports now ("" when unknown)
    target: str = ""
    result: str = Result.FAILED
    stage: str = ""  # where it failed
    message: str = ""
    hint: str = ""

    @property
    def ok(self) -> bool:
        return self.result in (Result.UPGRADED, Result.ALREADY)

    @property
    def version(self) -> str:
        """The version it runs now as far as known: after, else before."""
        return self.after or self.before


@dataclass
class FirmwareSummary:
    """Every charger's outcome and the versions they run now."""

    chargers: list[ChargerUpgrade] = field(default_factory=list)
    run_id: str = ""

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.chargers)

    @property
    def versions(self) -> dict[str, list[str]]:
        """Version → serials (or addresses) running it now."""
        out: dict[str, list[str]] = {}
        for c in self.chargers:
            out.setdefault(c.version or "unknown", []).append(c.serial or c.address)
        return out

    @property
    def same_version(self) -> bool:
        """True when every charger runs one known version (what an SCN needs)."""
        return len(self.versions) == 1 and "unknown" not in self.versions


@dataclass(frozen=True)
class FirmwareJob:
    """What to install where and how."""

    image_name: str
    image: bytes
    addresses: Sequence[str]
    open_client: OpenClient
    parallel: int = DEFAULT_PARALLEL
    allow_downgrade: bool = False
    limits: FirmwareLimits = field(default_factory=FirmwareLimits)
    on_progress: OnProgress | None = None
    ask_password: AskPassword | None = None
    store_password: StorePassword | None = None
    journal_dir: Path | None = None


async def upgrade_firmware(job: FirmwareJob) -> FirmwareSummary:
    """Upgrade every charger of `job`, at most `job.parallel` at once; never raises for one
    charger's failure (its `ChargerUpgrade` says what happened).

    First every charger is logged in to and checked (and the new passwords asked, one at a
    time), so the journal names the chargers by serial; then the upgrades run."""
    if not job.addresses:
        raise InvalidInput("No charger to upgrade.")
    if job.parallel < 1:
        raise InvalidInput("At least one charger must be upgraded at a time (parallel ≥ 1).")
    run = _Run(job)
    ready = await asyncio.gather(*(run.prepare(a) for a in job.addresses))
    try:
        run.open_journal([p for p in ready if p.client is not None])
        await asyncio.gather(*(run.upgrade(p) for p in ready if p.client is not None))
    finally:
        await asyncio.gather(*(_close(p.client) for p in ready if p.client is not None))
        run.finish()
    return FirmwareSummary([p.outcome for p in ready], run.run_id)


@dataclass
class _Prepared:
    outcome: ChargerUpgrade
    client: ChargerClient | None = None
    upgrade: FirmwareUpgrade | None = None
    password: str | None = None


class _Run:
    """One upgrade of many chargers, with its journal."""

    def __init__(self, job: FirmwareJob) -> None:
        self.job = job
        self.journal: Journal | None = None
        self.gate = asyncio.Semaphore(job.parallel)
        self.asking = asyncio.Lock()  # one question at a time

    @property
    def run_id(self) -> str:
        return self.journal.run_id if self.journal is not None else ""

    async def prepare(self, address: str) -> _Prepared:
        """Log in, check the image for this charger, ask for a new password when needed;
        the client stays open only for a charger that will be upgraded."""
        ready = _Prepared(ChargerUpgrade(address))
        async with self.gate:
            try:
                client = await self.job.open_client(address)
            except CommissionerError as exc:
                _failed(ready.outcome, "login", exc)
                return ready
        try:
            await self._check(client, ready)
        except CommissionerError as exc:
            _failed(ready.outcome, getattr(exc, "stage", "check"), exc)
        if ready.upgrade is None or ready.outcome.stage:
            await _close(client)
        else:
            ready.client = client
        return ready

    async def _check(self, client: ChargerClient, ready: _Prepared) -> None:
        identity, outcome = client.identity, ready.outcome
        outcome.serial, outcome.before = identity.serial, identity.firmware
        upgrade = firmware_upgrade(client)
        if upgrade is None:
            raise FirmwareFailed(
                f"Charger {identity.serial} ({client.driver.brand}) cannot be upgraded from "
                "here; use the vendor's app.",
                stage="check",
            )
        check = _check(self.job, identity.model, identity.firmware, outcome)
        if check is None:
            return
        async with self.asking:
            ready.password = await self._new_password(check, identity.serial)
        ready.upgrade = upgrade

    async def upgrade(self, ready: _Prepared) -> None:
        client, upgrade, outcome = ready.client, ready.upgrade, ready.outcome
        assert client is not None and upgrade is not None
        async with self.gate:
            if self.journal is not None:
                self.journal.append(AsFound(outcome.serial, {upgrade.version_key: outcome.before}))
            try:
                outcome.after = await upgrade.upgrade(
                    self.job.image, progress=self._reporter(outcome), limits=self.job.limits
                )
                await self._after(upgrade, ready)
            except CommissionerError as exc:
                _failed(outcome, getattr(exc, "stage", "update"), exc)
                outcome.after = getattr(exc, "version", "") or outcome.after
        self._finished(outcome, upgrade.version_key)

    async def _after(self, upgrade: FirmwareUpgrade, ready: _Prepared) -> None:
        outcome = ready.outcome
        if ready.password is not None:
            try:
                await upgrade.set_password(ready.password)
            except CommissionerError as exc:
                raise FirmwareFailed(
                    f"Charger {outcome.serial} runs {outcome.after} but refused the new "
                    f"password ({exc}).",
                    stage="password",
                    version=outcome.after,
                    hint="Set a new unique password on it from the vendor's app now.",
                ) from exc
            if self.job.store_password is not None:
                self.job.store_password(outcome.serial, ready.password)
        if outcome.after == outcome.target:
            outcome.result = Result.UPGRADED
            return
        outcome.result = Result.MISMATCH
        outcome.message = (
            f"Charger {outcome.serial} took the image but reports {outcome.after}, not "
            f"{outcome.target}."
        )
        outcome.hint = "Check that the file holds the version its name says, then upgrade again."

    async def _new_password(self, check: UpgradeCheck, serial: str) -> str | None:
        if not check.new_password_required:
            return None
        if self.job.ask_password is None:
            raise FirmwareFailed(
                f"Going from {check.current} to {check.target}, charger {serial} needs a new "
                "unique password, and nobody can be asked for one here.",
                stage="check",
                hint="Run the upgrade from a terminal, where the new password is asked for.",
            )
        return await self.job.ask_password(serial)

    def _reporter(self, outcome: ChargerUpgrade) -> Callable[[FirmwareProgress], None]:
        last = [""]

        def report(progress: FirmwareProgress) -> None:
            if progress.stage != last[0]:
                self._stage(outcome, last[0], progress.stage)
            last[0] = progress.stage
            if self.job.on_progress is not None:
                self.job.on_progress(outcome.serial or outcome.address, progress)

        return report

    # --- the journal --------------------------------------------------------------------------

    def open_journal(self, ready: list[_Prepared]) -> None:
        if self.job.journal_dir is None or not ready:
            return
        first = ready[0].client
        assert first is not None
        chargers = tuple(ChargerPlan(p.outcome.serial, p.outcome.address) for p in ready)
        plan = Plan(f"{FIRMWARE_RUN_PREFIX}{self.job.image_name}", chargers)
        self.journal = Journal.create(self.job.journal_dir, plan, driver=first.driver.tag)

    def _stage(self, outcome: ChargerUpgrade, done: str, started: str) -> None:
        if self.journal is None:
            return
        if done:
            index = FIRMWARE_STAGES.index(done)
            self.journal.append(StepDone(outcome.serial, "apply", index, f"firmware {done}"))
        index = FIRMWARE_STAGES.index(started)
        self.journal.append(StepStarted(outcome.serial, "apply", index, f"firmware {started}"))

    def _finished(self, outcome: ChargerUpgrade, version_key: str) -> None:
        journal = self.journal
        if journal is None:
            return
        if outcome.after:
            journal.append(AsLeft(outcome.serial, {version_key: outcome.after}))
        kind = {Result.UPGRADED: Outcome.DONE, Result.MISMATCH: Outcome.MISMATCH}.get(
            outcome.result, Outcome.FAILED
        )
        text = outcome.message or f"firmware {outcome.before} → {outcome.after}"
        journal.append(ChargerFinished(outcome.serial, kind.value, text))

    def finish(self) -> None:
        if self.journal is not None:
            self.journal.append(RunFinished())
            self.journal.close()


def _check(
    job: FirmwareJob, model: str, current: str, outcome: ChargerUpgrade
) -> UpgradeCheck | None:
    """The upgrade check for this charger; None (and the outcome set) when nothing is sent."""
    try:
        image = read_image(job.image_name, job.image, model)
        outcome.target = str(image.version)
        check = check_upgrade(image, current, allow_downgrade=job.allow_downgrade)
    except InvalidInput as exc:
        _failed(outcome, "check", exc)
        outcome.result = Result.REFUSED
        return None
    if check.same_version:
        outcome.result, outcome.after = Result.ALREADY, current
        return None
    return check


def _failed(outcome: ChargerUpgrade, stage: str, exc: CommissionerError) -> ChargerUpgrade:
    outcome.result, outcome.stage = Result.FAILED, stage
    outcome.message, outcome.hint = str(exc.args[0]) if exc.args else str(exc), exc.hint
    return outcome


async def _close(client: ChargerClient | None) -> None:
    if client is None:
        return
    try:
        await client.__aexit__(None, None, None)
    except CommissionerError as exc:  # the charger may be gone mid-reboot: only log it
        log.info("Logging out after the upgrade failed (%s)", exc)
        await client.close()
