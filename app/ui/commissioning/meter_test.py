"""The Meter page's "Test smart meter" box: both paths side by side, and the check in words.

Per phase, the current the charger reports for its smart meter next to the current this
computer reads from the meter itself; below, the sanity check's verdict as sentences (what
was checked, what is wrong, the proposed fix) and the charger's Modbus link state.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.meter_check import CheckResult, Reference
from app.core.plan import ChargerPlan
from app.services.meter_test import MeterTestResult, MeterTestService, agree
from app.services.operations import Operation
from app.ui import texts

Current = Callable[[], tuple[str, ChargerPlan | None]]  # the selected charger and its plan


def _amps(value: float | None) -> str:
    return texts.number(value, 2)  # a dash for a reading that is missing


class MeterTestPanel(QGroupBox):
    """Start, cancel and show one meter test; `attach` gives it the service and the charger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Test smart meter"))
        self.service: MeterTestService | None = None
        self._current: Current = lambda: ("", None)
        self._pending: Callable[[], bool] = lambda: False  # the plan's meter not applied yet
        self.operation: Operation | None = None
        self.result: MeterTestResult | None = None
        layout = QVBoxLayout(self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self._controls(layout)
        self.intro = self.tr(
            "Reads the meter through the charger and directly from this computer (Modbus "
            "TCP at the meter IP address, port and unit id), and checks that the values make "
            "sense."
        )
        self.status = self._label(self.intro)
        self.results: dict[str, MeterTestResult] = {}  # the last test of each charger
        layout.addWidget(self.status)
        self.table = self._table()
        layout.addWidget(self.table)
        self.verdict = self._label("")
        layout.addWidget(self.verdict)
        self.set_running(False)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _controls(self, layout: QVBoxLayout) -> None:
        self.importing = QComboBox(self)
        self.importing.addItems(
            [
                self.tr("Site now: not known"),
                self.tr("Site now: draws from the grid"),
                self.tr("Site now: feeds into the grid"),
            ]
        )
        self.importing.setToolTip(self.tr("Lets the check tell a reversed meter from export."))
        self.clamp = QLineEdit(self)
        self.clamp.setPlaceholderText(self.tr("Clamp A per phase: 10.2, 4.9, 2.1"))
        self.clamp.setToolTip(
            self.tr("Optional: currents measured with a clamp meter, to check scale and phases.")
        )
        self.clamp.setClearButtonEnabled(True)
        self.clamp.setMinimumWidth(120)
        self.tic_port = QLineEdit(self)
        self.tic_port.setPlaceholderText(self.tr("Serial port (TIC, RS-485)"))
        self.tic_port.setToolTip(
            self.tr(
                "Only for a meter on a serial line. A TIC (Linky) meter: the serial port of the "
                "TIC dongle on this computer (/dev/ttyUSB0, COM3) or the address of a TIC "
                "gateway (host:port). A Modbus RTU meter: the serial port of the USB–RS-485 "
                "adapter on the meter's line."
            )
        )
        self.tic_port.setClearButtonEnabled(True)
        self.test_button = QPushButton(self.tr("&Test smart meter"), self)
        self.test_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.importing)
        row.addWidget(self.clamp, 1)
        row.addWidget(self.tic_port, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        layout.addLayout(buttons)

    def _table(self) -> QTableWidget:
        table = QTableWidget(3, 4, self)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Charger (A)"),
                self.tr("ALB uses (A)"),
                self.tr("Direct (A)"),
                self.tr("Same?"),
            ]
        )
        tips = (
            self.tr("The meter's currents as the charger reports them (5221)."),
            self.tr("The currents ALB balances on (212F): negative while the site exports."),
            self.tr("The meter read from this computer with the preset or custom map."),
            self.tr("Whether the charger and this computer read the same current."),
        )
        for column, tip in enumerate(tips):
            item = table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)
        table.setVerticalHeaderLabels(["L1", "L2", "L3"])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setDefaultSectionSize(22)
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + 3 * 22 + 2 * table.frameWidth())
        table.setAccessibleName(self.tr("Meter currents per phase, both paths"))
        return table

    def attach(
        self, service: MeterTestService, current: Current, pending: Callable[[], bool]
    ) -> None:
        """`pending()`: the plan changes the ALB or meter settings and is not applied yet."""
        self.service, self._current, self._pending = service, current, pending

    # --- running ----------------------------------------------------------------------------

    def reference(self) -> Reference:
        """What the installer told: whether the site imports, clamp-meter currents."""
        text = self.clamp.text().strip()
        try:
            currents = tuple(float(p) for p in text.replace(";", ",").split(",")) if text else ()
        except ValueError:
            raise CommissionerError(
                self.tr(
                    "Clamp currents '{text}': give amperes per phase, like 10.2, 4.9, 2.1."
                ).format(text=text)
            ) from None
        importing = {0: None, 1: True, 2: False}[self.importing.currentIndex()]
        return Reference(currents=currents, importing=importing)

    def start(self) -> Operation | None:
        key, plan = self._current()
        if self.service is None or not key or plan is None:
            self.status.setText(self.tr("Log in to a charger and read it first."))
            return None
        try:
            reference = self.reference()
        except CommissionerError as exc:
            self.status.setText(str(exc))
            return None
        operation = self.service.run(key, plan, reference, self.tic_port.text())
        self.operation = operation
        self.set_running(True)
        operation.progressed.connect(self._progressed)
        operation.succeeded.connect(lambda result: self._finished(key, result))
        operation.failed.connect(lambda error: self._ended(str(error)))
        operation.cancelled.connect(lambda: self._ended(self.tr("Meter test cancelled.")))
        return operation

    def _finished(self, key: str, result: MeterTestResult) -> None:
        self.results[key] = result
        if self._current()[0] == key:
            self.show_result(result)
        else:  # another charger is shown now: its own result, not this one
            self.set_running(False)

    def show_for(self, key: str) -> None:
        """The last test of charger `key`, or an empty table: never another charger's."""
        if key in self.results:
            self.show_result(self.results[key])
            return
        self.result = None
        for row in range(3):
            for column in range(4):
                self.table.setItem(row, column, QTableWidgetItem(""))
        self.status.setText(self.intro)
        self.verdict.setText("")

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def set_running(self, running: bool) -> None:
        self.test_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)

    def _progressed(self, text: str, done: int, total: int) -> None:
        self.status.setText(text)
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _ended(self, text: str) -> None:
        self.set_running(False)
        self.status.setText(text)

    # --- the result -------------------------------------------------------------------------

    def show_result(self, result: MeterTestResult) -> None:
        self.result = result
        self.set_running(False)
        none = (None, None, None)
        charger = result.charger.currents if result.charger else none
        alb = result.charger.alb_currents if result.charger else none
        direct = result.direct.currents
        for row in range(3):
            same = agree(charger[row], direct[row])
            cells = [_amps(charger[row]), _amps(alb[row]), _amps(direct[row])]
            cells.append({True: "✔", False: "✘", None: ""}[same])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.status.setText(" ".join(self.path_sentences(result)))
        self.verdict.setText(self.verdict_html(result.direct.result))

    def path_sentences(self, result: MeterTestResult) -> list[str]:
        """What each path gave, in plain sentences."""
        out = []
        if result.charger is None:
            out.append(
                self.tr("The charger did not report its meter: {why}").format(
                    why=result.charger_problem
                )
            )
        else:
            out.append(
                self.tr("Charger's Modbus meter link: {state}.").format(
                    state=self.link_words(result.charger.link_state)
                )
            )
        direct = result.direct
        if direct.result is None:
            out.append(
                self.tr("The meter cannot be reached directly from this computer: {why}").format(
                    why=direct.problem
                )
            )
            if result.charger is not None:
                out.append(self.tr("Only the charger's view is shown."))
        else:
            out.append(self.tr("Read directly at {where}.").format(where=direct.where))
        charger = result.charger.currents if result.charger else (None, None, None)
        verdicts = [agree(a, b) for a, b in zip(charger, direct.currents, strict=True)]
        pending = self._pending()
        if pending:
            out.append(
                self.tr(
                    "The plan is not applied yet: the charger still uses its meter settings as "
                    "found, while this computer read the meter with the plan's. Apply the plan, "
                    "then test again."
                )
            )
        if False in verdicts and not pending:
            phases = ", ".join(f"L{i}" for i, v in enumerate(verdicts, 1) if v is False)
            out.append(
                self.tr(
                    "The two paths disagree on {phases}: the charger's register map or "
                    "address differs from what was read here."
                ).format(phases=phases)
            )
        elif verdicts.count(True) == 3:
            out.append(self.tr("Both paths read the same currents."))
        return out

    def link_words(self, state: int | None) -> str:
        words = {
            0: self.tr("idle (no Modbus meter in use)"),
            1: self.tr("initialising (no answer from the meter yet)"),
            2: self.tr("normal"),
            3: self.tr("warning (the last poll failed)"),
            4: self.tr("error (the meter is quiet or the settings are unusable)"),
        }
        if state is None:
            return self.tr("not reported")
        return words.get(state, self.tr("code {code}").format(code=state))

    def verdict_html(self, result: CheckResult | None) -> str:
        """The sanity check's findings: a headline, then one line per finding."""
        if result is None:
            return ""
        if not result.plausible:
            head = self.tr("The values read are not plausible with this preset.")
        elif result.changed:
            head = self.tr("The meter reads, but the preset needs a correction:")
        else:
            head = self.tr("The values read are plausible: the preset fits this meter.")
        lines = [f"<b>{head}</b>"]
        for finding in result.findings:
            mark = "✔" if finding.ok else "✘"
            line = escape(f"{mark} {finding.topic}: {finding.evidence}")
            if finding.proposal:
                line += " " + escape(self.tr("Proposed fix: {fix}.").format(fix=finding.proposal))
            lines.append(line)
        return "<br>".join(lines)
