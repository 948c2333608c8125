"""Test flows on a logged-in charger from the GUI: the hair-dryer test (and its report).

The flow is `app.protocol.verify_alb.HairDryerTest`, driven through any `Prompter` (dialogs in
the GUI, a script in tests). The temporary maximum meter current goes through a journalled
writer, which puts the real value back at the end, on cancel and on error; a run an earlier
crash left open is rolled back before a new one starts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.core.errors import InvalidInput
from app.core.prompter import Prompter
from app.protocol.journal import journal_dir
from app.protocol.journal_limits import JournalLimitWriter, recover
from app.protocol.verify_alb import HairDryerResult, HairDryerTest, HairDryerTiming
from app.protocol.verify_report import hairdryer_plot, save_report
from app.services.context import AppServices
from app.services.operations import Operation

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HairDryerOutcome:
    """What the tab shows: pass/fail, the reasons, the recorded plot and the saved report."""

    passed: bool
    summary: str
    reasons: tuple[str, ...]
    notes: tuple[str, ...]
    svg: str | None
    report_paths: tuple[Path, ...]
    result: HairDryerResult


class VerificationService:
    """Starts the test flows as cancellable operations of the services' runner."""

    def __init__(self, services: AppServices) -> None:
        self._services = services
        base = services.data_dir or Path(platformdirs.user_data_dir("commissioner"))
        self.journals = journal_dir(base)
        self.reports = base / "reports"

    def hair_dryer(
        self,
        key: str,
        prompter: Prompter,
        *,
        socket: int = 1,
        timing: HairDryerTiming | None = None,
    ) -> Operation:
        """Run the hair-dryer test on `key`'s socket; the operation's result a HairDryerOutcome."""

        async def body(operation: Operation) -> HairDryerOutcome:
            client = self._services.sessions.shared_client(key)
            if client is None:
                raise InvalidInput(f"Log in to charger {key} first.")
            serial = client.identity.serial
            entry = self._services.directory.entry(key)
            operation.report("Putting back what an interrupted test left…")
            for note in await recover(client, self.journals, serial):
                log.warning("%s", note)
            writer = JournalLimitWriter(
                client,
                self.journals,
                serial=serial,
                address=entry.url if entry else "",
                purpose="hair-dryer test",
            )
            operation.report("Hair-dryer test running…")
            test = HairDryerTest(
                client, prompter, writer, serial=serial, socket=socket, timing=timing
            )
            result = await test.run()
            return _outcome(result, save_report(result, self.reports))

        return self._services.runner.start(f"Hair-dryer test on {key}", body)


def _outcome(result: HairDryerResult, paths: list[Path]) -> HairDryerOutcome:
    verdict = result.verdict
    return HairDryerOutcome(
        passed=verdict.passed,
        summary=verdict.summary,
        reasons=tuple(r.text for r in verdict.reasons),
        notes=tuple(verdict.notes),
        svg=hairdryer_plot(result),
        report_paths=tuple(paths),
        result=result,
    )
