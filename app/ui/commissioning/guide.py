"""Guided set-up: Back and Next through the commissioning pages in the order of the job, as a
phone app's first-run wizard does, skipping the pages the plan does not need.

The pages stay the same ones the list on the left opens directly; the guide only moves between
them, so both ways build the same plan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.plan import ChargerPlan
from app.ui.commissioning.fields import as_text, plan_value

MODBUS_PROTOCOLS = ("modbus-rtu", "modbus-tcp")


def page_needed(name: str, plan: ChargerPlan | None) -> bool:
    """Whether the guide stops at page `name` (English name) for this plan."""
    if name != "Meter":
        return True
    enabled = plan_value(plan, "alb.enabled") is not False
    source = as_text(plan_value(plan, "alb.source"))
    protocol = as_text(plan_value(plan, "alb.protocol"))
    return enabled and source in ("meter", "meter+ems") and protocol in MODBUS_PROTOCOLS


class GuideBar(QWidget):
    """'Step n of m: title', Back and Next; emits the row of the page to show."""

    moveTo = Signal(int)  # row in the page list

    def __init__(
        self,
        names: Sequence[str],
        titles: Sequence[str],
        plan: Callable[[], ChargerPlan | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = list(names)
        self.titles = list(titles)
        self._plan = plan
        self.row = 0
        self.hidden: set[int] = set()  # rows of pages this charger does not have
        self.step = QLabel(self)
        self.back_button = QPushButton(self.tr("◀ &Back"), self)
        self.next_button = QPushButton(self.tr("&Next ▶"), self)
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.next_button.clicked.connect(lambda: self._go(+1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.step, 1)
        layout.addWidget(self.back_button)
        layout.addWidget(self.next_button)
        self.show_row(0)

    def steps(self) -> list[int]:
        """Rows of the pages this plan needs, in order."""
        plan = self._plan()
        return [
            row
            for row, name in enumerate(self.names)
            if row not in self.hidden and page_needed(name, plan)
        ]

    def set_hidden(self, rows: set[int]) -> None:
        """Leave out the pages of fields the charger does not hold (they are not listed)."""
        self.hidden = set(rows)
        self.show_row(self.row)

    def show_row(self, row: int) -> None:
        """Reflect the page shown (also when chosen in the list, even one the guide skips)."""
        self.row = row
        steps = self.steps()
        # Numbered as the page list (a page the plan does not need keeps its number: Next
        # passes over it), so "Step n of m" always counts the pages the installer sees.
        listed = [r for r in range(len(self.names)) if r not in self.hidden]
        n = listed.index(row) + 1 if row in listed else row + 1
        m = len(listed)
        if row in steps:
            text = self.tr("Step {n} of {m}: {title}").format(n=n, m=m, title=self.titles[row])
        else:
            text = self.tr("Step {n} of {m}: {title} (not needed for this plan)").format(
                n=n, m=m, title=self.titles[row]
            )
        self.step.setText(text)
        self.back_button.setEnabled(any(r < row for r in steps))
        self.next_button.setEnabled(any(r > row for r in steps))

    def _go(self, direction: int) -> None:
        steps = self.steps()
        ahead = [r for r in steps if (r - self.row) * direction > 0]
        if ahead:
            self.moveTo.emit(min(ahead) if direction > 0 else max(ahead))
