"""The Connectivity page's back-office check, as a cancellable operation on a logged-in charger.

The flow is app/workflows/ocpp_check.py: the passive facts always; with `temporary` (the
installer said yes to the question first) a central system on this computer, the charger
pointed at it through the journal of temporary settings and its own back-office URL put back.
What an interrupted earlier check left is put back before a new one starts. The result is saved
for the commissioning report (app/store/ocpp_checks.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.core.errors import InvalidInput
from app.core.ocpp_check import CheckResult
from app.services.context import AppServices
from app.services.operations import Operation
from app.store.ocpp_checks import save_check
from app.workflows.ocpp_check import run_check
from app.workflows.temporary_settings import JournalLimitWriter, recover

log = logging.getLogger(__name__)

PURPOSE = "back-office check"


@dataclass(frozen=True, slots=True)
class BackOfficeOutcome:
    result: CheckResult
    report: Path


class BackOfficeCheckService:
    """Starts back-office checks as operations of the services' runner."""

    def __init__(self, services: AppServices, *, listen: str = "127.0.0.1") -> None:
        self._services = services
        self.listen = listen  # the address the charger reaches this computer at
        self.wait = 120.0
        self.reboot = True

    def check(self, key: str, *, temporary: bool) -> Operation:
        """Run the check on `key`; the operation's result a BackOfficeOutcome."""

        async def body(operation: Operation) -> BackOfficeOutcome:
            client = self._services.sessions.shared_client(key)
            if client is None:
                raise InvalidInput(f"Log in to charger {key} first.")
            writer = None
            if temporary:
                operation.report(
                    QCoreApplication.translate(
                        "BackOfficeCheck", "Putting back what an interrupted check left…"
                    )
                )
                journals, serial = self._services.paths.journals, client.identity.serial
                for note in await recover(client, journals, serial):
                    log.warning("%s", note)
                entry = self._services.directory.entry(key)
                address = entry.url if entry else ""
                writer = JournalLimitWriter(
                    client, journals, serial=serial, address=address, purpose=PURPOSE
                )
            operation.report(
                QCoreApplication.translate("BackOfficeCheck", "Checking the back office…")
            )
            result = await run_check(
                client, writer, listen=self.listen, wait=self.wait, reboot=self.reboot
            )
            return BackOfficeOutcome(result, save_check(result, self._services.paths.reports))

        return self._services.runner.start(
            QCoreApplication.translate("BackOfficeCheck", "Back office check on {key}").format(
                key=key
            ),
            body,
        )
