"""Each charger's last apply or roll back, kept apart: the Review page shows the selected one's.

A run reports its steps as `Progress` (machine names, as journaled); `RunBook` turns them into
lines in words (the raw report as the tooltip) and keeps them with the outcome and the settings
as left under the charger the run was started on, whatever charger is selected meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.services.commissioning import Progress
from app.ui.commissioning import words
from app.ui.commissioning.review import RunView

CONTEXT = "CommissioningRuns"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def step_line(progress: Progress) -> str | None:
    """The log line of a finished step or stage, None for reports that are not one."""
    if progress.message == "done" and progress.total:
        step = words.step(progress.stage)
        if progress.skipped and progress.stage == "reboot":
            text = _t("– {n}/{m} {step}: skipped, not needed")
        elif progress.skipped:
            text = _t("– {n}/{m} {step}: skipped, nothing to do")
        else:
            text = _t("✔ {n}/{m} {step}")
        return text.format(n=progress.done, m=progress.total, step=step)
    if progress.stage in ("as-found", "as-left"):
        return "… " + words.step(progress.stage)
    if progress.stage == "finished":
        return "■ " + words.outcome(progress.message.split(":", 1)[0])
    return None


def step_text(progress: Progress) -> str:
    """The step under way, in words."""
    if progress.stage == "waiting":
        return words.step("waiting")
    if progress.total and progress.message != "done":
        return _t("Step {n} of {m}: {step}").format(
            n=progress.done + 1, m=progress.total, step=words.step(progress.stage)
        )
    return words.step(progress.stage) if progress.stage != "finished" else ""


class RunBook:
    """Run views by charger key; `shown` tells which one the Review page displays."""

    def __init__(self, render: Callable[[RunView | None], None], shown: Callable[[], str]):
        self.views: dict[str, RunView] = {}
        self._render = render
        self._shown = shown

    def view(self, key: str) -> RunView | None:
        return self.views.get(key)

    def start(self, key: str) -> RunView:
        view = self.views[key] = RunView(running=True)
        self.refresh(key)
        return view

    def progressed(self, key: str, progress: Progress) -> None:
        view = self.views.setdefault(key, RunView(running=True))
        line = step_line(progress)
        if line is not None:
            view.steps.append((line, f"{progress.stage}: {progress.message}"))
        if progress.total:
            view.done, view.total = min(progress.done, progress.total), progress.total
        view.step = step_text(progress)
        self.refresh(key)

    def ended(
        self, key: str, outcome: str, details: str, *, full: bool, can_roll_back: bool
    ) -> None:
        view = self.views.setdefault(key, RunView())
        view.outcome, view.outcome_details = outcome, details
        view.running, view.can_roll_back = False, can_roll_back
        view.step = ""
        if full:
            view.done = view.total = max(view.total, 1)
        self.refresh(key)

    def refresh(self, key: str) -> None:
        if key == self._shown():
            self._render(self.views.get(key))
