"""Test flows on a logged-in charger from the GUI: the hair-dryer test (and its report), and
the automatic phase identification.

The flows are `app.workflows.hairdryer.HairDryerTest` and `app.workflows.phase_id.PhaseProbe`,
driven through any `Prompter` (dialogs in the GUI, a script in tests). The temporary limits
(maximum meter current, the socket's external maximum) go through a journalled writer, which
puts the real values back at the end, on cancel and on error; a run an earlier crash left open
is rolled back before a new one starts.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.core import channels as ch
from app.core.errors import InvalidInput
from app.core.phase_id import PhaseIdResult
from app.core.phases import PhaseMapping
from app.core.prompter import NumberQuestion, Prompter
from app.core.verification import HairDryerResult
from app.services.context import AppServices
from app.services.operations import Operation
from app.services.sessions import LockedClient
from app.store.report_results import phase_id_test, save_result
from app.store.verification import hairdryer_plot, save_report
from app.workflows.hairdryer import HairDryerTiming
from app.workflows.hairdryer_power import hair_dryer_test, limits_power
from app.workflows.phase_id import PhaseProbe, ProbeSettings
from app.workflows.temporary_settings import JournalLimitWriter, recover

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


@dataclass(frozen=True, slots=True)
class PhaseIdOutcome:
    """The phase identification of one socket: the inference and the mapping configured then."""

    serial: str
    socket: int
    result: PhaseIdResult
    configured: PhaseMapping | None


class VerificationService:
    """Starts the test flows as cancellable operations of the services' runner."""

    def __init__(self, services: AppServices) -> None:
        self._services = services
        self.journals = services.paths.journals
        self.reports = services.paths.reports

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
            client, serial, writer = await self._prepare(operation, key, "hair-dryer test")
            operation.report(
                QCoreApplication.translate("VerificationService", "Hair-dryer test running…")
            )
            test = hair_dryer_test(
                client, prompter, writer, serial=serial, socket=socket, timing=timing
            )
            result = await test.run()
            return _outcome(result, save_report(result, self.reports))

        return self._services.runner.start(
            QCoreApplication.translate("VerificationService", "Hair-dryer test on {key}").format(
                key=key
            ),
            body,
        )

    def phase_id(
        self,
        key: str,
        prompter: Prompter,
        *,
        settings: ProbeSettings | None = None,
        rate_hz: float = 4.0,
    ) -> Operation:
        """Identify where `key`'s phases land (an EV must charge); the result a PhaseIdOutcome.

        Progress: one report per current step (done/total of the steps)."""
        settings = settings or ProbeSettings()

        async def body(operation: Operation) -> PhaseIdOutcome:
            client, serial, writer = await self._prepare(operation, key, "phase identification")
            operation.report(
                QCoreApplication.translate(
                    "VerificationService", "Phase identification: waiting for the EV to charge…"
                )
            )
            probe = PhaseProbe(
                client,
                _StepReporter(prompter, operation, settings.steps),
                writer,
                serial=serial,
                settings=settings,
                rate_hz=rate_hz,
            )
            found = await probe.run()
            save_result(serial, phase_id_test(found), self.reports)  # for the report
            if found.result.mapping is not None:
                known = self._services.identified_phases.setdefault(serial.lower(), {})
                known[found.socket] = found.result.mapping
            return PhaseIdOutcome(serial, found.socket, found.result, found.configured)

        return self._services.runner.start(
            QCoreApplication.translate(
                "VerificationService", "Phase identification on {key}"
            ).format(key=key),
            body,
        )

    def tests_power(self, key: str) -> bool:
        """`key`'s hair-dryer test is of dynamic power control (a contracted power in W, its
        CT clamp's house power), not of active load balancing."""
        client = self._services.sessions.shared_client(key)
        return client is not None and limits_power(client.driver)

    def phase_probe_applies(self, key: str) -> bool:
        """Phase identification needs the grid current per phase next to the socket's."""
        client = self._services.sessions.shared_client(key)
        if client is None:
            return True
        return ch.has_grid_phases(c.name for c in client.driver.channels(client.identity.sockets))

    async def _prepare(
        self, operation: Operation, key: str, purpose: str
    ) -> tuple[LockedClient, str, JournalLimitWriter]:
        """The logged-in client, after rolling back what an interrupted test left; a writer."""
        client = self._services.sessions.shared_client(key)
        if client is None:  # not logged in
            raise InvalidInput(f"Log in to charger {key} first.")
        serial = client.identity.serial
        entry = self._services.directory.entry(key)
        operation.report(
            QCoreApplication.translate(
                "VerificationService", "Putting back what an interrupted test left…"
            )
        )
        for note in await recover(client, self.journals, serial):
            log.warning("%s", note)
        writer = JournalLimitWriter(
            client,
            self.journals,
            serial=serial,
            address=entry.url if entry else "",
            purpose=purpose,
        )
        return client, serial, writer


class _StepReporter:
    """Passes everything to `inner`; each probe step is also the operation's progress."""

    def __init__(self, inner: Prompter, operation: Operation, steps: int) -> None:
        self.inner, self.operation, self.steps, self.done = inner, operation, steps, 0

    async def ask_number(self, key: str, text: str, question: NumberQuestion) -> float:
        return await self.inner.ask_number(key, text, question)

    async def confirm(self, key: str, text: str) -> bool:
        return await self.inner.confirm(key, text)

    async def choose(self, key: str, text: str, options: Sequence[str]) -> int:
        return await self.inner.choose(key, text, options)

    async def inform(self, key: str, text: str) -> None:
        if key == "probe_step":
            self.done += 1
            self.operation.report(text, self.done, self.steps)
        await self.inner.inform(key, text)


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
