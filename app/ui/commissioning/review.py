"""The Review page: the as-found → plan diff, Apply with per-step progress, as-left, Rollback."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.plan import ChargerPlan, Plan
from app.core.plan_file import plan_to_dict
from app.ui.commissioning.field_labels import field_label


def _flat(data: Any, prefix: str = "") -> dict[str, str]:
    if isinstance(data, dict):
        out: dict[str, str] = {}
        for key, value in data.items():
            out.update(_flat(value, f"{prefix}.{key}" if prefix else key))
        return out
    return {prefix: str(data)}


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # long register-map arrays are cut in the cell
            table.setItem(row, column, item)


class ReviewPage(QWidget):
    previewRequested = Signal()
    applyRequested = Signal()
    cancelRequested = Signal()
    rollbackRequested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{title}</h2>", self))
        layout.addWidget(QLabel(self.tr("What applying changes (as found → plan):"), self))
        self.changes = _table(self, [self.tr("Setting"), self.tr("As found"), self.tr("Plan")])
        layout.addWidget(self.changes, 2)
        self.reboot = QLabel(self)
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
        self.steps.setMaximumHeight(120)
        self.steps.setAccessibleName(self.tr("Steps of the run"))
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.steps)
        layout.addWidget(self.outcome)
        layout.addWidget(QLabel(self.tr("As left:"), self))
        self.as_left = _table(self, [self.tr("Setting"), self.tr("As left")])
        layout.addWidget(self.as_left, 2)
        self.set_running(False, can_roll_back=False)

    def set_running(self, running: bool, *, can_roll_back: bool) -> None:
        self.preview_button.setEnabled(not running)
        self.apply_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.rollback_button.setEnabled(not running and can_roll_back)

    def show_diff(self, found: ChargerPlan | None, plan: ChargerPlan | None) -> None:
        """The fields whose plan value differs from the value as found."""
        before = _flat(plan_to_dict_of(found))
        after = _flat(plan_to_dict_of(plan))
        rows = [
            (field_label(key), before.get(key, ""), value)
            for key, value in after.items()
            if before.get(key) != value
        ]
        _fill(self.changes, rows)
        if not rows:
            self.reboot.setText(self.tr("The plan holds the settings as found: nothing to apply."))
        else:
            self.reboot.setText("")

    def show_preview(self, reboot: bool, violations: list[str], error: str) -> None:
        parts = [self.tr("The charger reboots to take these.") if reboot else ""]
        parts += violations
        parts.append(error)
        self.reboot.setText(" ".join(p for p in parts if p))

    def show_progress(self, text: str, done: int, total: int) -> None:
        if total > 0:  # as-found, as-left and waiting reports carry no step count
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))
        self.step.setText(text)

    def add_step(self, line: str) -> None:
        """One line per finished step (and stage) of the run, newest last."""
        self.steps.addItem(line)
        self.steps.scrollToBottom()

    def show_as_left(self, plan: ChargerPlan | None) -> None:
        _fill(self.as_left, [(field_label(k), v) for k, v in _flat(plan_to_dict_of(plan)).items()])


def plan_to_dict_of(plan: ChargerPlan | None) -> dict[str, Any]:
    """A charger plan's set fields as plain data (serial and address left out)."""
    if plan is None:
        return {}
    data = plan_to_dict(Plan("x", (plan,)))["chargers"][0]
    return {k: v for k, v in data.items() if k not in ("serial", "address")}
