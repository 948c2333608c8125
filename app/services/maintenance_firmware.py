"""The Maintenance tab's firmware upgrade: check an image for the picked chargers, then upgrade
them in parallel (app.workflows.firmware) with a progress signal per charger.

The check runs before anything is sent, from the charger list's model and version of each
picked charger (the workflow checks again against what each charger reports once logged in).
The upgrade runs over each charger's logged-in session: the charger serves one session at a
time, so the session is borrowed (its live poll waits) for the whole upgrade and is not logged
out at the end; the driver itself reconnects for the upload. A new unique password (an upgrade
across major version 5) is typed in the tab before the start and goes to the keyring only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.errors import InvalidInput
from app.core.firmware import FirmwareImage, UpgradeCheck, check_upgrade, read_image
from app.core.identity import ChargerIdentity
from app.drivers.base import ChargerClient, FirmwareLimits, FirmwareProgress
from app.services import credentials
from app.services.context import AppServices
from app.services.devices import serial_key
from app.services.maintenance import MaintenanceService
from app.services.operations import Operation
from app.workflows.firmware import (
    DEFAULT_PARALLEL,
    FirmwareJob,
    FirmwareSummary,
    upgrade_firmware,
)

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 64 * 1024 * 1024  # far above any charger image (about 2 MB)


@dataclass(frozen=True, slots=True)
class ChargerVerdict:
    """The image checked for one picked charger: `check` when it can be sent, else `problem`."""

    key: str
    current: str
    check: UpgradeCheck | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.check is not None


@dataclass(frozen=True, slots=True)
class ImageReport:
    """An image file checked for every picked charger."""

    path: Path
    data: bytes
    image: FirmwareImage | None  # as read for the first charger it suits
    verdicts: tuple[ChargerVerdict, ...]
    problem: str = ""  # the file itself (unreadable, too big) or no charger picked

    @property
    def ok(self) -> bool:
        """True when the image can be sent to every picked charger."""
        return not self.problem and bool(self.verdicts) and all(v.ok for v in self.verdicts)

    @property
    def password_needed(self) -> bool:
        return bool(self.password_keys)

    @property
    def password_keys(self) -> list[str]:
        """The chargers this upgrade takes across major version 5 (each needs a new password)."""
        return [v.key for v in self.verdicts if v.check and v.check.new_password_required]


@dataclass(frozen=True, slots=True)
class UpgradeStep:
    """One step of one charger's upgrade, for its progress row: `stage` (clock, check, upload,
    update, commit, version, password); bytes `sent` of `total` during the upload; after it the
    charger's own update `status` code and its English `words`."""

    key: str
    stage: str
    sent: int = 0
    total: int = 0
    status: int | None = None
    words: str = ""


@dataclass(frozen=True, slots=True)
class UpgradeRow:
    """How one charger's upgrade ended (`result`: upgraded, already, mismatch, refused,
    failed; `stage` where it failed; `hint` what to do)."""

    key: str
    result: str
    version: str  # what it runs now as far as known ("" unknown)
    before: str
    stage: str = ""
    message: str = ""
    hint: str = ""

    @property
    def ok(self) -> bool:
        return self.result in ("upgraded", "already")


@dataclass(frozen=True, slots=True)
class UpgradeSummary:
    """Every charger's outcome; `same_version` when all run one known version (an SCN)."""

    rows: tuple[UpgradeRow, ...]
    versions: dict[str, list[str]]  # version → charger-list keys
    same_version: bool

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.rows)


class FirmwareService(QObject):
    """Checks images and upgrades the picked chargers; `progressed(UpgradeStep)` per step."""

    progressed = Signal(object)  # UpgradeStep
    upgraded = Signal(object)  # UpgradeSummary

    def __init__(
        self, services: AppServices, maintenance: MaintenanceService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._maintenance = maintenance
        self.limits = FirmwareLimits()
        self.parallel = DEFAULT_PARALLEL

    def can_upgrade(self, key: str) -> bool:
        capabilities = self._maintenance.capabilities(key)
        return capabilities is not None and capabilities.firmware

    # --- the check --------------------------------------------------------------------------

    def check_image(
        self, path: Path, keys: Sequence[str], *, allow_downgrade: bool = False
    ) -> ImageReport:
        """Read `path` and check it for every charger of `keys` (nothing is sent)."""
        try:
            size = path.stat().st_size
            if size > MAX_IMAGE_BYTES:
                raise InvalidInput(f"{path.name} is {size} bytes: far too big for a charger image.")
            data = path.read_bytes()
        except OSError as exc:
            problem = f"Cannot read {path.name} ({exc.strerror or exc})."
            return ImageReport(path, b"", None, (), problem)
        except InvalidInput as exc:
            return ImageReport(path, b"", None, (), str(exc))
        if not keys:
            return ImageReport(path, data, None, (), "Pick the chargers to upgrade first.")
        verdicts = [self._verdict(path.name, data, key, allow_downgrade) for key in keys]
        image = next((v.check.image for v in verdicts if v.check is not None), None)
        report = ImageReport(path, data, image, tuple(verdicts))
        if len(report.password_keys) > 1:  # each needs its own unique password
            problem = (
                f"{len(report.password_keys)} of these chargers cross version 5 and each needs "
                "its own new password: upgrade them one at a time."
            )
            return dataclasses.replace(report, problem=problem)
        return report

    def _verdict(self, name: str, data: bytes, key: str, allow_downgrade: bool) -> ChargerVerdict:
        entry = self._services.directory.entry(key)
        current = entry.firmware if entry is not None else ""
        if not self.can_upgrade(key) or entry is None:
            brand = self._maintenance.driver(key)
            return ChargerVerdict(
                key,
                current,
                problem=f"A {brand.brand if brand else 'this'} charger cannot be upgraded from "
                "here; use the vendor's app.",
            )
        try:
            image = read_image(name, data, entry.model)
            check = check_upgrade(image, current, allow_downgrade=allow_downgrade)
        except InvalidInput as exc:
            return ChargerVerdict(key, current, problem=str(exc))
        return ChargerVerdict(key, current, check)

    # --- the upgrade ------------------------------------------------------------------------

    def upgrade(
        self, report: ImageReport, *, password: str = "", downgrade: bool = False
    ) -> Operation:
        """Upgrade every charger of a checked `report`; the result is an UpgradeSummary."""
        if not report.ok:
            raise InvalidInput(report.problem or "The image cannot be sent to every charger.")
        if report.password_needed and len(password) < 8:
            raise InvalidInput("Type the new password (at least 8 characters) first.")
        keys = [v.key for v in report.verdicts]
        by_address = {self._maintenance.address(k): k for k in keys}
        job = FirmwareJob(
            report.path.name,
            report.data,
            list(by_address),
            self._opener(by_address),
            parallel=self.parallel,
            allow_downgrade=downgrade,
            limits=self.limits,
            on_progress=lambda who, p: self._progress(by_address, who, p),
            ask_password=(lambda _serial: _given(password)) if report.password_needed else None,
            store_password=self._store_password,
            journal_dir=self._services.paths.journals,
        )
        title = self.tr("Upgrading the firmware of {count} charger(s)").format(count=len(keys))

        async def body(operation: Operation) -> UpgradeSummary:
            operation.report(title + "…")
            found = await upgrade_firmware(job)
            self._remember_versions(found, by_address)
            if report.password_needed:
                await self._log_in_again(found, by_address, report.password_keys, password)
            summary = _summary(found, by_address)
            self.upgraded.emit(summary)
            return summary

        return self._services.runner.start(title, body)

    def _opener(self, by_address: dict[str, str]) -> Any:
        async def open_client(address: str) -> ChargerClient:
            key = by_address[address]
            stack = contextlib.AsyncExitStack()
            client = await stack.enter_async_context(self._maintenance.borrow(key))
            return _Lent(client, stack)

        return open_client

    async def _log_in_again(
        self,
        found: FirmwareSummary,
        by_address: dict[str, str],
        keys: list[str],
        password: str,
    ) -> None:
        """The session of a charger that took a new password logs in with it from now on."""
        sessions = self._services.sessions
        for charger in found.chargers:
            key = by_address.get(charger.address, "")
            if key not in keys or not charger.ok or not sessions.is_logged_in(key):
                continue
            await sessions.logout(key).wait()
            await sessions.login(key, password).wait()

    def _progress(self, by_address: dict[str, str], who: str, progress: FirmwareProgress) -> None:
        key = by_address.get(who) or serial_key(who)
        p = progress
        self.progressed.emit(UpgradeStep(key, p.stage, p.sent, p.total, p.status, p.words))

    def _store_password(self, serial: str, password: str) -> None:
        key = serial_key(serial)
        if key in self._services.password_hints:  # a simulated charger: its hint follows it
            self._services.password_hints[key] = password
        problem = credentials.remember_password(key, password)
        if problem:
            log.warning("The new password of %s is not kept: %s", serial, problem)

    def _remember_versions(self, summary: FirmwareSummary, by_address: dict[str, str]) -> None:
        """The charger list shows the version each charger reports now."""
        directory = self._services.directory
        for charger in summary.chargers:
            key = by_address.get(charger.address, "")
            entry = directory.entry(key)
            if entry is None or not charger.after or charger.after == entry.firmware:
                continue
            identity = ChargerIdentity(
                entry.serial, entry.model, charger.after, entry.sockets, name=entry.name
            )
            directory.set_identity(key, identity)


def _summary(found: FirmwareSummary, by_address: dict[str, str]) -> UpgradeSummary:
    rows = []
    for c in found.chargers:
        key = by_address.get(c.address) or serial_key(c.serial)
        rows.append(UpgradeRow(key, c.result, c.version, c.before, c.stage, c.message, c.hint))
    versions: dict[str, list[str]] = {}
    for row in rows:
        versions.setdefault(row.version or "", []).append(row.key)
    return UpgradeSummary(tuple(rows), versions, found.same_version)


async def _given(password: str) -> str:
    return password


class _Lent:
    """A borrowed session client whose close gives the session back instead of logging out."""

    def __init__(self, client: ChargerClient, stack: contextlib.AsyncExitStack) -> None:
        self._client = client
        self._stack = stack

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    async def __aexit__(self, *exc_info: object) -> None:
        await self._stack.aclose()

    async def close(self) -> None:
        await self._stack.aclose()


__all__ = [
    "ChargerVerdict",
    "FirmwareService",
    "ImageReport",
    "UpgradeRow",
    "UpgradeStep",
    "UpgradeSummary",
]
