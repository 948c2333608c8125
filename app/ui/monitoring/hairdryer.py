"""The hair-dryer test as a panel beside the plot: steps, what to do, questions, the verdict.

Nothing here is modal: the questions are answered in the panel (a field and Continue), the rest
of the window and the demo panel stay usable, and Cancel at any step ends the test (the real
maximum meter current is put back). The verdict belongs to the charger it ran on: another
charger's page never shows it; back on that charger it is there again.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.prompter import NumberQuestion, Prompter
from app.services.context import AppServices
from app.services.hairdryer import HairDryerOutcome, VerificationService
from app.services.operations import Operation
from app.ui import texts
from app.ui.monitoring import hairdryer_texts
from app.ui.monitoring.prompter import QuestionPanel
from app.ui.monitoring.recording import VerdictDialog

log = logging.getLogger(__name__)

PASS_COLOUR, FAIL_COLOUR = "#2e7d32", "#c62828"
STEPS = (
    QT_TRANSLATE_NOOP("HairDryerControl", "Compare the meter with your clamp meter"),
    QT_TRANSLATE_NOOP("HairDryerControl", "Test load and temporary maximum"),
    QT_TRANSLATE_NOOP("HairDryerControl", "Charging session"),
    QT_TRANSLATE_NOOP("HairDryerControl", "Test load on"),
    QT_TRANSLATE_NOOP("HairDryerControl", "Result"),
)
ADVICE = (
    QT_TRANSLATE_NOOP(
        "HairDryerControl",
        "The EV's own current is read from the charger. Type what your clamp meter shows for "
        "the household WITHOUT the EV: clamp the house feed beside the charger's cable, or "
        "take the meter's reading minus the EV's current.",
    ),
    QT_TRANSLATE_NOOP(
        "HairDryerControl",
        "Type the current of your test load (a 2 kW hair dryer draws about 9 A). A temporary "
        "maximum meter current below household + test load is proposed; the real value is "
        "put back at the end, also on Cancel.",
    ),
    QT_TRANSLATE_NOOP(
        "HairDryerControl",
        "An EV (or a test box) must charge on the socket; the charger first measures the "
        "voltage for about a minute.",
    ),
    QT_TRANSLATE_NOOP(
        "HairDryerControl",
        "Switch the test load on when asked; the charger should lower the EV's current within "
        "seconds.",
    ),
    "",
)
# The test of dynamic power control (a charger with a CT clamp and a contracted power).
POWER_STEPS = (
    QT_TRANSLATE_NOOP("HairDryerControl", "House power from the charger's CT clamp"),
    QT_TRANSLATE_NOOP("HairDryerControl", "Test load"),
    QT_TRANSLATE_NOOP("HairDryerControl", "Charging session and temporary contracted power"),
    QT_TRANSLATE_NOOP("HairDryerControl", "Test load on"),
    QT_TRANSLATE_NOOP("HairDryerControl", "Result"),
)
POWER_ADVICE = (
    QT_TRANSLATE_NOOP(
        "HairDryerControl",
        "The charger's CT clamp measures the house without the EV; the test reads it for a "
        "few seconds.",
    ),
    QT_TRANSLATE_NOOP(
        "HairDryerControl",
        "Type the current of your test load (a 2 kW hair dryer draws about 9 A).",
    ),
    QT_TRANSLATE_NOOP(
        "HairDryerControl",
        "An EV (or a test box) must charge. A temporary contracted power is then proposed so "
        "that the EV must come down when the load goes on; the real value is put back at the "
        "end, also on Cancel.",
    ),
    QT_TRANSLATE_NOOP(
        "HairDryerControl",
        "Switch the test load on when asked, anywhere in the house; the charger should lower "
        "the EV's current within seconds so that house + EV stay within the contracted power.",
    ),
    "",
)
_POWER_STEP_OF = {"test_maximum": 2}
_STEP_OF = {
    "test_load": 1,
    "test_maximum": 1,
    "start_session": 2,
    "already_charging": 2,
    "waiting_for_charging": 2,
    "load_on": 3,
    "observing": 3,
    "load_off": 3,
    "verdict": 4,
}


def step_of(key: str, power: bool = False) -> int:
    """The step (0–4) a question or message of the flow belongs to (`power`: the test of
    dynamic power control)."""
    if power and key in _POWER_STEP_OF:
        return _POWER_STEP_OF[key]
    return _STEP_OF.get(key, 0)


class HairDryerControl(QGroupBox):
    """The start button (the tab puts it in its button row) and the panel of the test."""

    finished = Signal(object)  # HairDryerOutcome, or a CommissionerError
    shownChanged = Signal(bool)  # the panel appeared or went

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Hair-dryer test"))
        self.service = VerificationService(services)
        self.key = ""
        self.power = False  # the test of `key` is of dynamic power control
        self.operation: Operation | None = None
        self.running_key = ""
        self.results: dict[str, HairDryerOutcome | str] = {}
        self.result_dialog: VerdictDialog | None = None
        self.timing = None  # HairDryerTiming; None: the real waits
        self.button = QPushButton(self.tr("&Hair-dryer test…"), parent)
        self.button.clicked.connect(self.start)
        self.questions = QuestionPanel(self._inform, self)
        self.prompter: Prompter = self.questions
        self.questions.asked.connect(self._show_step)
        self.questions.words = self._words
        self._build()
        self._show_nothing()

    def _build(self) -> None:
        self.steps = QLabel(self)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        self.load_phase = QLabel(self)
        self.load_phase.setWordWrap(True)
        self.ev_current = QLabel(self)
        self.ev_current.setWordWrap(True)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.headline.setFont(font)
        self.plot_button = QPushButton(self.tr("Show the recorded currents…"), self)
        self.plot_button.clicked.connect(self.show_plot)
        self.cancel_button = QPushButton(self.tr("Cancel test"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)  # on top: Cancel is always in sight, however long the text
        for widget in (self.steps, self.load_phase, self.ev_current, self.advice):
            layout.addWidget(widget)
        layout.addWidget(self.headline)
        layout.addWidget(self.status)
        layout.addWidget(self.questions)
        layout.addStretch(1)

    # --- which charger --------------------------------------------------------------------------

    def set_key(self, key: str) -> None:
        """Show the test of `key`: the one running on it, its verdict, or nothing."""
        self.key = key
        if self.operation is None:
            self.power = bool(key) and self.service.tests_power(key)
        self.button.setEnabled(bool(key) and self.operation is None)
        self.button.setToolTip(self._tooltip())
        if self.operation is not None:
            self._show_running()
        elif key in self.results:
            self._show_result(self.results[key])
        else:
            self._show_nothing()

    def _tooltip(self) -> str:
        if self.power:
            return self.tr(
                "Checks that dynamic power control lowers the EV's current when a test load "
                "(a hair dryer, a kettle) raises the house power, so that house + EV stay "
                "within the contracted power."
            )
        return self.tr(
            "Checks that active load balancing lowers the EV's current when a test load "
            "(a hair dryer, a kettle) pushes the installation over a temporary maximum."
        )

    def _set_shown(self, shown: bool) -> None:
        changed = self.isHidden() == shown
        self.setVisible(shown)
        if changed:
            self.shownChanged.emit(shown)

    def _show_nothing(self) -> None:
        self._set_shown(False)

    # --- running ----------------------------------------------------------------------------

    def start(self) -> Operation | None:
        if not self.key or self.operation is not None:
            return None
        self.running_key = self.key
        self.results.pop(self.key, None)
        self.operation = self.service.hair_dryer(self.key, self.prompter, timing=self.timing)
        self.operation.succeeded.connect(self._succeeded)
        self.operation.failed.connect(self._failed)
        self.operation.cancelled.connect(self._cancelled)
        self.operation.ended.connect(self._ended)
        self.button.setEnabled(False)
        for label in (self.load_phase, self.ev_current, self.status):
            label.clear()
        self._show_running()
        self._show_step("")
        self.questions.answers.clear()
        self.status.setText(self._words("reading", "", None))
        return self.operation

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _show_running(self) -> None:
        self.setTitle(self.tr("Hair-dryer test on {key}").format(key=self.running_key))
        self.steps.setVisible(True)
        for label in (self.load_phase, self.ev_current):
            label.setVisible(bool(label.text()))
        self.advice.setVisible(True)
        self.headline.setVisible(False)
        self.plot_button.setVisible(False)
        self.close_button.setVisible(False)
        self.cancel_button.setVisible(True)
        self._set_shown(True)

    def _show_step(self, key: str) -> None:
        """ "Step 2 of 5: …" in bold, every step in the tooltip, and what to do in this one."""
        current = step_of(key, self.power)
        if key == "" and self.questions.key == "":
            current = 0
        steps, advices = (POWER_STEPS, POWER_ADVICE) if self.power else (STEPS, ADVICE)
        lines = []
        for index, name in enumerate(steps):
            words = html.escape(QCoreApplication.translate("HairDryerControl", name))
            mark = "✔" if index < current else "▶" if index == current else "○"
            lines.append(f"{mark} {index + 1}. {words}")
        self.steps.setToolTip("<br>".join(lines))
        name = QCoreApplication.translate("HairDryerControl", steps[current])
        self.steps.setText(
            "<b>"
            + html.escape(
                self.tr("Step {n} of {total}: {step}").format(
                    n=current + 1, total=len(steps), step=name
                )
            )
            + "</b>"
        )
        advice = advices[current]
        words = QCoreApplication.translate("HairDryerControl", advice) if advice else ""
        self.advice.setText(words)
        self.advice.setVisible(bool(advice))

    def _words(self, key: str, text: str, question: NumberQuestion | None) -> str:
        load = texts.number(self.questions.answers.get("test_load"), 1, "A")
        return hairdryer_texts.words(key, text, question, load)

    def _inform(self, key: str, text: str) -> None:
        text = self._words(key, text, None)
        if key.startswith("load_phase"):
            self.load_phase.setText("<b>" + html.escape(text) + "</b>")
            self.load_phase.setVisible(True)
        elif key == "ev_current":
            self.ev_current.setText(
                text + " " + self.tr("(read from the charger: nothing to measure)")
            )
            self.ev_current.setVisible(True)
        elif key != "verdict":
            self.status.setText(text)
        self._show_step(key)

    # --- the end ------------------------------------------------------------------------------

    def _succeeded(self, outcome: HairDryerOutcome) -> None:
        self.results[self.running_key] = outcome
        self.finished.emit(outcome)

    def _failed(self, error: CommissionerError) -> None:
        self.results[self.running_key] = self.tr("Test stopped: {error}").format(error=error)
        self.finished.emit(error)

    def _cancelled(self) -> None:
        self.results[self.running_key] = (
            self.tr("Test cancelled; the real contracted power is back.")
            if self.power
            else self.tr("Test cancelled; the real maximum meter current is back.")
        )

    def _ended(self) -> None:
        self.operation = None
        self.running_key = ""
        self.set_key(self.key)

    def _show_result(self, result: HairDryerOutcome | str) -> None:
        self.setTitle(self.tr("Hair-dryer test on {key}").format(key=self.key))
        for widget in (self.steps, self.load_phase, self.ev_current, self.advice):
            widget.setVisible(False)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        if isinstance(result, str):
            self.headline.setVisible(False)
            self.plot_button.setVisible(False)
            self.status.setText(result)
        else:
            self._show_verdict(result)
        self._set_shown(True)

    def _show_verdict(self, outcome: HairDryerOutcome) -> None:
        self.headline.setText(self.tr("PASS") if outcome.passed else self.tr("FAIL"))
        colour = PASS_COLOUR if outcome.passed else FAIL_COLOUR
        self.headline.setStyleSheet(f"color: {colour}")
        self.headline.setVisible(True)
        if outcome.passed and outcome.result.verdict.contracted_power is not None:
            lines = [
                self.tr(
                    "Dynamic power control lowered the EV's current and kept house + EV "
                    "within the contracted power."
                )
            ]
        elif outcome.passed:
            lines = [self.tr("Active load balancing reacts to the test load as it should.")]
        else:
            lines = [f"• {reason}" for reason in outcome.reasons]
        lines += [self.tr("Note: {note}").format(note=n) for n in outcome.notes]
        if outcome.report_paths:
            lines.append(self.tr("Report saved: {path}").format(path=outcome.report_paths[0]))
        self.status.setText("\n".join(lines))
        self.plot_button.setVisible(outcome.result.window is not None)

    def verdict_of(self, key: str) -> HairDryerOutcome | None:
        """The last verdict of the charger `key` (None: no finished test)."""
        result = self.results.get(key)
        return result if isinstance(result, HairDryerOutcome) else None

    def show_plot(self) -> None:
        outcome = self.verdict_of(self.key)
        if outcome is None or outcome.result.window is None:
            return
        if self.result_dialog is not None:
            self.result_dialog.close()
        self.result_dialog = VerdictDialog(outcome, self)
        self.result_dialog.show()

    def dismiss(self) -> None:
        """Close the panel (the verdict stays in the report)."""
        self.results.pop(self.key, None)
        self._show_nothing()
