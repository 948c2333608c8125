"""SCN overview: every member's sockets, the network total per phase, who alternation pauses.

Read on demand and every few seconds while shown, over the members' sessions. "Paused until"
is an estimate the charger does not report: first seen paused + the alternating period.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.services.operations import Operation
from app.services.scn import NetworkStatus, ScnService

REFRESH_MS = 3000


class ScnOverviewPage(QWidget):
    """What the members report, refreshed while the page is visible."""

    def __init__(self, service: ScnService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.keys: list[str] = []
        self.status: NetworkStatus | None = None
        self.operation: Operation | None = None
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.totals = QLabel()
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Charger"),
                self.tr("Socket"),
                self.tr("SCN ID"),
                self.tr("Phases"),
                self.tr("State"),
                self.tr("A per phase"),
                self.tr("Alternation"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "Chargers do not report when a pause ends: 'until' is when this program first "
                "saw the socket paused plus the alternating period."
            )
        )
        self.note.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.totals, 1)
        head.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.note)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def watch(self, keys: list[str]) -> None:
        self.keys = list(keys)
        self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.keys:
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()  # nothing is read while nobody looks (nor after the window closed)
        super().hideEvent(event)

    def refresh(self) -> Operation | None:
        if not self.keys or (self.operation is not None and self.operation.running):
            return None
        self.operation = operation = self.service.read_network(self.keys)
        operation.succeeded.connect(self.show_status)
        operation.failed.connect(self._failed)
        return operation

    def _failed(self, error: CommissionerError) -> None:
        self.problems.clear()
        self.problems.addItem(str(error))

    def show_status(self, status: NetworkStatus) -> None:
        self.status = status
        limit = "?" if status.limit is None else f"{status.limit:g}"
        amps = " / ".join(f"L{n} {a:.1f}" for n, a in enumerate(status.totals, start=1))
        self.totals.setText(
            self.tr("Network total {amps} A of {limit} A per phase").format(amps=amps, limit=limit)
        )
        paused = {(p.serial, p.number): p for p in status.paused}
        rows = [(m, s) for m in status.rows for s in m.sockets]
        self.table.setRowCount(len(rows))
        for row, (member, socket) in enumerate(rows):
            pause = paused.get((member.serial, socket.number))
            until = ""
            if pause is not None:
                clock = time.strftime("%H:%M:%S", time.localtime(pause.until))
                until = self.tr("paused until about {time}").format(time=clock)
            cells = (
                f"{member.serial} ({member.network or '-'})",
                str(socket.number),
                "-" if socket.socket_id is None else str(socket.socket_id),
                socket.mapping.value if socket.mapping else "?",
                socket.state,
                " ".join(f"{a:.1f}" for a in socket.currents),
                until,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.problems.clear()
        for member in status.rows:
            if member.error:
                self.problems.addItem(f"{member.serial}: {member.error}")
        for serial, violation in status.problems:
            self.problems.addItem(f"{serial + ': ' if serial else ''}{violation.message}")
        if self.problems.count() == 0:
            self.problems.addItem(
                self.tr("Network consistent: {n} members agree.").format(n=len(status.rows))
            )
