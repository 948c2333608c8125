"""The Review page: the as-found → plan diff, Apply with per-step progress, as-left, Rollback."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.plan import ChargerPlan, Plan
from app.core.plan_file import plan_to_dict
from app.ui.commissioning import words
from app.ui.commissioning.field_labels import field_label


def _flat(data: Any, prefix: str = "") -> dict[str, Any]:
    """Field path → value; a register map stays one value (shown as a summary)."""
    if isinstance(data, dict) and not prefix.endswith("register_map"):
        out: dict[str, Any] = {}
        for key, value in data.items():
            out.update(_flat(value, f"{prefix}.{key}" if prefix else key))
        return out
    return {prefix: data}


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """A table as tall as its rows: the page scrolls, never the table inside it."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    _fit(table)
    return table


def _fit(table: QTableWidget) -> None:
    rows = max(table.rowCount(), 1)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount())) or rows * 30
    table.setFixedHeight(height + 2)


def _fill(
    table: QTableWidget, rows: list[tuple[str, Any, Any]], labels: dict[str, str] | None = None
) -> None:
    """Rows of (path, value, …): the field's name, then each value in words (raw as tooltip)."""
    table.setRowCount(len(rows))
    for row, (path, *values) in enumerate(rows):
        name = QTableWidgetItem((labels or {}).get(path) or field_label(path))
        name.setToolTip(path)
        table.setItem(row, 0, name)
        for column, data in enumerate(values, 1):
            item = QTableWidgetItem(words.value(path, data))
            item.setToolTip("" if data is None else json.dumps(data, ensure_ascii=False))
            table.setItem(row, column, item)
    table.resizeRowsToContents()
    _fit(table)


@dataclass
class RunView:
    """What the Review page shows of one charger's last run (kept per charger)."""

    steps: list[tuple[str, str]] = field(default_factory=list)  # line, raw (tooltip)
    step: str = ""
    done: int = 0
    total: int = 0
    outcome: str = ""
    outcome_details: str = ""
    as_left: ChargerPlan | None = None
    running: bool = False
    can_roll_back: bool = False


class ReviewPage(QWidget):
    previewRequested = Signal()
    applyRequested = Signal()
    cancelRequested = Signal()
    rollbackRequested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.labels: dict[str, str] = {}  # a field's name on this charger, where it differs
        self.held: frozenset[str] | None = None  # fields the charger holds (None: all)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{title}</h2>", self))
        layout.addWidget(QLabel(self.tr("What applying changes (as found → plan):"), self))
        self.changes = _table(self, [self.tr("Setting"), self.tr("As found"), self.tr("Plan")])
        layout.addWidget(self.changes)
        self.reboot = QLabel(self)
        self.reboot.setWordWrap(True)
        layout.addWidget(self.reboot)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Check against the charger"), self)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"), self)
        self.rollback_button = QPushButton(self.tr("&Roll back"), self)
        for button in (
            self.preview_button,
            self.apply_button,
            self.cancel_button,
            self.rollback_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.previewRequested)
        self.apply_button.clicked.connect(self.applyRequested)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.rollback_button.clicked.connect(self.rollbackRequested)
        self.progress = QProgressBar(self)
        self.step = QLabel(self)
        self.step.setWordWrap(True)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.steps = QListWidget(self)
        self.steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.steps.setAccessibleName(self.tr("Steps of the run"))
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.steps)
        layout.addWidget(self.outcome)
        layout.addWidget(QLabel(self.tr("As left:"), self))
        self.as_left = _table(self, [self.tr("Setting"), self.tr("As left")])
        layout.addWidget(self.as_left)
        layout.addStretch(1)
        self.set_running(False, can_roll_back=False)
        self.show_run(None)

    def set_running(self, running: bool, *, can_roll_back: bool) -> None:
        self.preview_button.setEnabled(not running)
        self.apply_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.rollback_button.setEnabled(not running and can_roll_back)

    def set_asking(self, asking: bool, *, can_roll_back: bool) -> None:
        """While the restart question is open nothing else starts; after it, as before."""
        self.set_running(False, can_roll_back=can_roll_back)
        if asking:
            for button in (self.preview_button, self.apply_button, self.rollback_button):
                button.setEnabled(False)

    def show_run(self, run: RunView | None) -> None:
        """One charger's last run (None: this charger has none)."""
        run = run or RunView()
        self.progress.setMaximum(max(run.total, 1))
        self.progress.setValue(min(run.done, max(run.total, 1)))
        self.step.setText(run.step)
        self.steps.clear()
        for line, raw in run.steps:
            self.steps.addItem(line)
            self.steps.item(self.steps.count() - 1).setToolTip(raw)
        self._fit_steps()
        self.outcome.setText(run.outcome)
        self.outcome.setToolTip(run.outcome_details)
        self.show_as_left(run.as_left)
        self.set_running(run.running, can_roll_back=run.can_roll_back)

    def _fit_steps(self) -> None:
        """As tall as its lines (two at least): the page scrolls, not the list."""
        rows = max(self.steps.count(), 2)
        height = self.steps.sizeHintForRow(0) if self.steps.count() else 0
        height = height if height > 0 else self.fontMetrics().height() + 2
        self.steps.setFixedHeight(rows * height + 2 * self.steps.frameWidth() + 2)

    def show_diff(self, found: ChargerPlan | None, plan: ChargerPlan | None) -> None:
        """The fields whose plan value differs from the value as found."""
        before = _flat(plan_to_dict_of(found))
        after = _flat(plan_to_dict_of(plan))
        rows = [
            (key, before.get(key), value)
            for key, value in after.items()
            if before.get(key) != value
        ]
        _fill(self.changes, rows, self.labels)  # all: a field it lacks shows, and is refused
        for row in range(self.changes.rowCount()):  # a map changed but summed up the same
            found, planned = self.changes.item(row, 1), self.changes.item(row, 2)
            if found.text() == planned.text():
                planned.setText(self.tr("{value} (changed)").format(value=planned.text()))
        if not rows:
            self.reboot.setText(self.tr("The plan holds the settings as found: nothing to apply."))
        else:
            self.reboot.setText("")

    def show_preview(self, reboot: bool, violations: list[str], error: str, changes: int) -> None:
        """The end of "Check against the charger": all checks passed, or the problems."""
        problems = [*violations, error] if error else violations
        if problems:
            head = self.tr("The check found {count} problem(s):").format(count=len(problems))
            self.reboot.setText("\n".join([head, *(f"• {p}" for p in problems)]))
            return
        text = self.tr("All checks passed: applying writes {count} setting(s).").format(
            count=changes
        )
        if reboot:
            text += " " + self.tr("The charger restarts to take them.")
        self.reboot.setText(text)

    def show_as_left(self, plan: ChargerPlan | None) -> None:
        rows = [(k, v) for k, v in _flat(plan_to_dict_of(plan)).items()]
        _fill(self.as_left, self._mine(rows), self.labels)

    def set_fields(self, held: frozenset[str] | None, labels: dict[str, str]) -> None:
        """Show only the fields the charger holds, under its own names for them."""
        self.held, self.labels = held, labels

    def _mine(self, rows: list[Any]) -> list[Any]:
        held = self.held
        return rows if held is None else [r for r in rows if r[0] in held]


def plan_to_dict_of(plan: ChargerPlan | None) -> dict[str, Any]:
    """A charger plan's set fields as plain data (serial and address left out)."""
    if plan is None:
        return {}
    data = plan_to_dict(Plan("x", (plan,)))["chargers"][0]
    return {k: v for k, v in data.items() if k not in ("serial", "address")}
