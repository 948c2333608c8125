"""Temporary settings for a test, through the commissioning journal, always put back.

`LimitWriter` is the port the test flows use. `JournalLimitWriter` records a run of
temporary test settings (`app.store.temporary_run`) in the journal directory: before the
first temporary write of a setting it reads the value in force and journals it as found
(fsync'd before the charger is touched); each temporary write is journalled before it is
made and checked by reading after. `restore()` rolls the run back with the same `Applier`
path as `commissioner journal rollback`: the originals written, checked by reading, the run
closed as rolled back. A run a crash left open shows in `commissioner journal list`, rolls
back with `journal rollback`, and is put back by `recover()` before the next test on that
charger starts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Protocol

from app.core.errors import DeviceError, InvalidInput, ProtocolError, WriteRejected
from app.core.identity import ChargerIdentity
from app.core.licence import LicenceKey
from app.core.values import Value
from app.drivers.base import Driver, LicenceInfo, SettingKey, SettingsAccess, Values
from app.store.journal import Journal, open_temporary_runs
from app.store.journal_model import AsFound, Outcome, Phase, StepDone, StepStarted, encode_values
from app.store.temporary_run import TEMPORARY_STEP, describe, temporary_plan
from app.workflows.apply import Action, Applier

log = logging.getLogger(__name__)

TOLERANCE = 0.05  # A: what the charger may round a current to (it stores f32)


class LimitWriter(Protocol):
    """Write temporary values and put the originals back."""

    async def apply(self, values: Mapping[SettingKey, float]) -> None:
        """Write temporary values; the first write of a setting remembers the original."""
        ...

    async def restore(self) -> None:
        """Write every remembered original back and check it; idempotent."""
        ...


class JournalLimitWriter:
    """`LimitWriter` over a charger connection, journalled as a run of temporary settings."""

    def __init__(
        self, client: SettingsAccess, directory: Path, *, serial: str, address: str, purpose: str
    ) -> None:
        self.client = client
        self.directory = directory
        self.serial = serial
        self.address = address
        self.purpose = purpose
        self.journal: Journal | None = None  # the open run, from the first write to the restore

    @property
    def pending(self) -> bool:
        """True while temporary values may be in force."""
        return self.journal is not None

    async def apply(self, values: Mapping[SettingKey, float]) -> None:
        journal = self.journal or self._start()
        run = journal.state.chargers[self.serial]
        found = dict(run.as_found or {})
        new = [key for key in values if key not in found]
        if new:
            found.update(await self._originals(new))
            journal.append(AsFound(self.serial, encode_values(found)))
        index = len(run.started[Phase.APPLY])
        journal.append(
            StepStarted(self.serial, "apply", index, TEMPORARY_STEP, encode_values(values))
        )
        await self.client.write(dict(values))
        await self._check(values)
        journal.append(StepDone(self.serial, "apply", index, TEMPORARY_STEP))

    async def restore(self) -> None:
        journal = self.journal
        if journal is None:
            return
        try:
            await roll_back(journal, self.client)
        finally:
            journal.close()  # appending again (a retry) reopens it
        log.info(
            "Put back the %s settings on %s (run %s)", self.purpose, self.serial, journal.run_id
        )
        self.journal = None

    def _start(self) -> Journal:
        """A new run, unless an earlier one still holds this charger's settings."""
        left = open_temporary_runs(self.directory, self.serial)
        if left:
            raise InvalidInput(
                f"An interrupted test left temporary settings on {self.serial} "
                f"(run {left[0].run_id}); they must be put back before a new test.",
                hint=f"Run `commissioner journal rollback {left[0].run_id}`.",
            )
        plan = temporary_plan(self.serial, self.address, self.purpose)
        self.journal = Journal.create(
            self.directory, plan, driver=self.client.driver.tag, purpose=self.purpose
        )
        return self.journal

    async def _originals(self, keys: list[SettingKey]) -> dict[SettingKey, Value]:
        found = await self.client.read(keys)
        missing = [key for key in keys if key not in found]
        if missing:
            raise ProtocolError(
                f"Charger {self.serial} has no {', '.join(missing)}: cannot change it for "
                f"the {self.purpose}."
            )
        return {key: found[key] for key in keys}

    async def _check(self, wanted: Mapping[SettingKey, float]) -> None:
        found = await self.client.read(list(wanted))
        wrong = [
            key
            for key, value in wanted.items()
            if key not in found or not _close(found[key], value)
        ]
        if wrong:
            raise WriteRejected(
                f"Charger {self.serial} did not take the temporary value of {', '.join(wrong)}.",
                hint="The feature may not be licensed on this charger, or it is rebooting.",
            )


async def roll_back(journal: Journal, client: SettingsAccess) -> None:
    """Roll back a run of temporary settings over an open client; raise if it stays open."""
    applier = Applier(journal, lambda _plan: _ClientLink(client))
    await applier.run(Action.ROLLBACK)
    state = journal.state
    unfinished = [c for c in state.chargers.values() if c.outcome is not Outcome.ROLLED_BACK]
    if not unfinished:
        return
    charger = unfinished[0]
    failure = applier.failures.get(charger.serial)
    text = str(failure) if failure is not None else charger.message or "not finished"
    raise DeviceError(
        f"Putting back the originals on {charger.serial} failed (journal run "
        f"{state.run_id}): {text}",
        hint="The run stays open: the next test on this charger puts them back first, or run "
        f"`commissioner journal rollback {state.run_id}`.",
    ) from failure


async def recover(client: SettingsAccess, directory: Path, serial: str) -> list[str]:
    """Put back what interrupted tests left changed on a charger; a sentence per run put back."""
    notes = []
    for summary in open_temporary_runs(directory, serial):
        with Journal.open(summary.path) as journal:
            what = describe(journal.state)
            await roll_back(journal, client)
        notes.append(f"Put back the {what} (run {summary.run_id}).")
        log.info("Recovered run %s on %s", summary.run_id, serial)
    return notes


def _close(found: Value, wanted: float) -> bool:
    if isinstance(found, int | float) and not isinstance(found, bool):
        return abs(float(found) - wanted) <= TOLERANCE
    return found == wanted


class _ClientLink:
    """The test's own client as the Applier's link, for temporary settings only.

    Rolling them back reads and writes; it never reboots or applies a licence. The client is
    borrowed: leaving the context does not log it out.
    """

    def __init__(self, client: SettingsAccess) -> None:
        self.client = client

    async def __aenter__(self) -> _ClientLink:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        return None

    @property
    def identity(self) -> ChargerIdentity:
        raise InvalidInput("A temporary-settings rollback has no charger identity.")

    @property
    def driver(self) -> Driver:
        return self.client.driver

    async def read(self, keys: Iterable[SettingKey]) -> Values:
        return await self.client.read(keys)

    async def write(self, values: Mapping[SettingKey, Value]) -> None:
        await self.client.write(values)

    async def close(self) -> None:
        return None  # borrowed: the test's caller closes it

    async def reboot(self) -> None:
        raise _not_for_temporary("reboot")

    async def wait_until_back(self, timeout: float = 0.0) -> ChargerIdentity:
        raise _not_for_temporary("reboot")

    async def licence(self) -> LicenceInfo:
        raise _not_for_temporary("licence")

    async def apply_licence(self, key: LicenceKey, *, timeout: float = 0.0) -> LicenceInfo:
        raise _not_for_temporary("licence")


def _not_for_temporary(what: str) -> InvalidInput:
    return InvalidInput(f"Temporary test settings never need a {what}; this is a bug.")


__all__ = ["JournalLimitWriter", "LimitWriter", "recover", "roll_back"]


RESTORE_TIMEOUT_S = 60.0  # how long a cancelled test still waits for the originals to go back


async def restore_shielded(limits: LimitWriter, failure: str, *, hint: str = "") -> None:
    """Put the originals back, even while the caller is being cancelled.

    `failure` starts the error when the charger refuses (e.g. "Could not put back the real
    maximum meter current on ACE…"); the charger's own words follow it.
    """
    task = asyncio.get_running_loop().create_task(limits.restore())
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        await asyncio.wait({task}, timeout=RESTORE_TIMEOUT_S)
        raise
    except DeviceError as exc:
        raise DeviceError(f"{failure}: {exc}", hint=hint) from exc
