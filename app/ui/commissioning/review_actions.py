"""The Review page's actions of the Commissioning tab: check, apply, roll back, resume.

Anything that restarts the charger asks first (app/ui/reboot_confirm.py) with the buttons off
until answered; each run's steps, outcome and settings as left are kept under the charger it
ran on (`RunBook`), so switching chargers never shows one charger's results on another.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.core.licence import Feature
from app.services.commissioning import ChargerPreview, Progress, RunResult, RunSummary
from app.services.operations import Operation
from app.ui import texts
from app.ui.commissioning import words
from app.ui.commissioning.pages import ConnectivityPage
from app.ui.reboot_confirm import ask_before_reboot, reboot_targets

if TYPE_CHECKING:
    from app.ui.commissioning.tab import CommissioningTab

    _Base = CommissioningTab
else:
    _Base = object


class ReviewActions(_Base):
    """Mixed into CommissioningTab (uses its service, review page, runs and status)."""

    def reopen(self, run: RunSummary, *, rollback: bool) -> Operation | None:
        """Resume or roll back an interrupted run; the Review page shows its progress."""
        self.show_page("Review")
        operation = self._start(lambda: self.service.reopen(run, rollback=rollback))
        if operation is not None:
            self.interrupted.setVisible(False)
            operation.ended.connect(
                lambda: self.interrupted.show_runs(self.service.interrupted_runs())
            )
        return operation

    # --- review: each run asks before a restart and belongs to its charger -----------------

    def preview(self) -> Operation | None:
        if self.service.plan is None:
            return None
        key = self.key
        operation = self.service.preview()

        def shown(r: ChargerPreview) -> None:
            if self.key == key:
                messages = [v.message for v in r.violations]
                self.review.show_preview(r.reboot, messages, r.error, len(r.changes))

        operation.succeeded.connect(shown)
        operation.failed.connect(
            lambda error: self.key == key and self.review.show_preview(False, [], str(error), 0)
        )
        return operation

    def ask_apply(self) -> None:
        """Apply after the restart question (none when applying restarts nothing)."""
        if self.service.plan is None:
            return
        if not self.service.restarts():
            self.apply()
            return
        job = self.service.changes()
        action = (
            QCoreApplication.translate("CommissioningTab", "Applying the licence key and the plan")
            if job.licence_key is not None
            else QCoreApplication.translate("CommissioningTab", "Applying the plan")
        )
        self._ask(action, self.apply)

    def _restarts(self) -> bool:
        """Whether a run on the selected charger may restart it (its driver says so)."""
        caps = self.service.capabilities(self.key)
        return caps is None or caps.reboot_to_apply

    def ask_rollback(self) -> None:
        if not self._restarts():  # nothing restarts: no question
            self.rollback()
            return
        self._ask(QCoreApplication.translate("CommissioningTab", "Rolling back"), self.rollback)

    def ask_reopen(self, run: RunSummary, *, rollback: bool) -> None:
        if not self._restarts():
            self.reopen(run, rollback=rollback)
            return
        action = (
            QCoreApplication.translate("CommissioningTab", "Rolling back the interrupted run")
            if rollback
            else QCoreApplication.translate("CommissioningTab", "Resuming the interrupted run")
        )
        self._ask(action, lambda: self.reopen(run, rollback=rollback))

    def _ask(self, action: str, proceed: Callable[[], object]) -> None:
        """The restart question; the buttons stay off until it is answered."""
        key = self.key
        if not key or self.service.plan is None:
            return
        can = self.service.journal is not None

        def answered(yes: bool) -> None:
            self.question = None
            self.review.set_asking(False, can_roll_back=can)
            self.interrupted.setEnabled(True)
            if yes and self.key == key:
                proceed()

        self.review.set_asking(True, can_roll_back=can)
        self.interrupted.setEnabled(False)  # its Resume and Roll back wait for the answer too
        self.question = ask_before_reboot(
            self,
            self.services,
            reboot_targets(self.services, [key]),
            action,
            lambda: answered(True),
            lambda: answered(False),
        )

    def apply(self) -> Operation | None:
        """Apply at once (the Apply button asks first: `ask_apply`)."""
        return self._start(self.service.apply)

    def rollback(self) -> Operation | None:
        return self._start(self.service.rollback)

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _start(self, start: Callable[[], Operation]) -> Operation | None:
        if self.service.plan is None:
            return None
        key, serial = self.key, self.service.plan.serial
        bits_before = self.service.facts.licence_bits if self.service.facts else 0
        operation = start()
        self.operation = operation
        self.runs.start(key)

        def progressed(progress: Progress) -> None:
            if progress.serial == serial:
                self.runs.progressed(key, progress)

        self.service.progressed.connect(progressed)

        def ended() -> None:
            self.service.progressed.disconnect(progressed)
            self.chargerChanged.emit(key)

        operation.succeeded.connect(lambda result: self._run_ended(key, result, bits_before))
        operation.failed.connect(lambda error: self._run_failed(key, str(error)))
        operation.cancelled.connect(
            lambda: self._run_failed(
                key, QCoreApplication.translate("CommissioningTab", "Cancelled.")
            )
        )
        operation.ended.connect(ended)
        return operation

    def _run_ended(self, key: str, result: RunResult, bits_before: int) -> None:
        text = words.outcome(result.outcome)
        gained = (result.facts.licence_bits if result.facts else 0) & ~bits_before
        unlocked = [texts.feature(flag) for flag in Feature if flag.name and gained & flag]
        if unlocked and result.outcome == "done":
            text += ". " + QCoreApplication.translate(
                "CommissioningTab", "The key unlocked: {features}"
            ).format(features=", ".join(unlocked))
        shown_message = result.outcome in ("failed", "invalid") and result.message
        if shown_message:
            text += ". " + result.message
        view = self.runs.views.get(key)
        if view is not None:
            view.as_left = result.as_left
        can = self.service.key != key or self.service.journal is not None
        full = result.outcome in ("done", "rolled-back")
        self.runs.ended(key, text + ".", result.message, full=full, can_roll_back=can)
        if self.service.key == key:
            connectivity = self.page("Connectivity")
            assert isinstance(connectivity, ConnectivityPage)
            connectivity.set_boot_state(self.service.boot_state)
            for page in self.pages:  # the facts as left (a licence unlocked, …)
                page.show_plan(self.service.plan, self.service.facts)

    def _run_failed(self, key: str, text: str) -> None:
        can = self.service.key != key or self.service.journal is not None
        self.runs.ended(key, text, "", full=False, can_roll_back=can)
