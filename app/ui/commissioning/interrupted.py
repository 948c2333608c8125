"""The banner over the commissioning pages when a run on this charger did not finish (the
program or the link went down mid-apply): resume it, or roll it back to the settings as found."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.commissioning import RunSummary
from app.ui.commissioning import words


class InterruptedBanner(QFrame):
    """Hidden unless `show_runs` gets runs; acts on the oldest one first."""

    resumeRequested = Signal(object)  # RunSummary
    rollbackRequested = Signal(object)  # RunSummary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.run: RunSummary | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Re&sume it"), self)
        self.rollback_button = QPushButton(self.tr("Roll it back to as &found"), self)
        self.resume_button.clicked.connect(lambda: self.resumeRequested.emit(self.run))
        self.rollback_button.clicked.connect(lambda: self.rollbackRequested.emit(self.run))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.rollback_button)
        self.setVisible(False)

    def show_runs(self, runs: list[RunSummary]) -> None:
        self.run = runs[0] if runs else None
        self.setVisible(self.run is not None)
        if self.run is None:
            return
        text = self.tr(
            "⚠ A run of the plan '{plan}' stopped before it finished ({status}). Some settings "
            "may be half-applied."
        ).format(plan=self.run.plan_name, status=words.run_status(self.run.status))
        self.text.setToolTip(self.tr("Run {run}").format(run=self.run.run_id))
        if len(runs) > 1:
            text += " " + self.tr("({count} more after this one.)").format(count=len(runs) - 1)
        self.text.setText(text)
