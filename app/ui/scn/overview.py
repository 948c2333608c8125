"""SCN overview: every member's sockets, the network total per phase, who alternation pauses.

Read on demand and every few seconds while shown, over the members' sessions. It says which
member reads the meter (guide §6.5: that member computes the current available to the whole
network). "Paused until" is an estimate the charger does not report: first seen paused + the
alternating period, shown only while other sockets charge (alternation); when nothing in the
network charges, a paused socket waits for current and no time is guessed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.scn_view import MemberView, SocketView
from app.services.operations import Operation
from app.services.scn import NetworkStatus, PausedSocket, ScnService
from app.ui import texts

REFRESH_MS = 3000


def meter_words(service: ScnService, rows: tuple[MemberView, ...]) -> str:
    """Which member reads the meter, in words."""
    readers = [service.display_name(r.serial) for r in rows if r.alb and not r.error]
    if not readers:
        return QCoreApplication.translate(
            "ScnOverviewPage",
            "No member reads a meter: the network shares its grid total current, whatever "
            "else the building draws.",
        )
    if len(readers) > 1:
        return QCoreApplication.translate(
            "ScnOverviewPage",
            "{names} all read a meter, but only one member of a network may: switch active "
            "load balancing off on all but one.",
        ).format(names=", ".join(readers))
    return QCoreApplication.translate(
        "ScnOverviewPage",
        "Meter-reading member: {name}. It computes the current available to the whole "
        "network (the maximum meter current minus what the rest of the building draws); the "
        "network shares it.",
    ).format(name=readers[0])


def _state(state: str) -> str:
    """The driver's words for a socket state, in the installer's language (texts.py)."""
    return texts.MISSING if state == "?" else QCoreApplication.translate("Texts", state)


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
        self.totals = QLabel(self.tr("Read the members on the set-up page first."))
        self.meter = QLabel()
        self.meter.setObjectName("scn-meter-member")
        self.meter.setWordWrap(True)
        self.table = self._table()
        self.problems = QLabel()
        self.problems.setObjectName("scn-problems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_list: list[str] = []
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
        layout.addWidget(self.meter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.note)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 8)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Charger"),
                self.tr("Network"),
                self.tr("Socket"),
                self.tr("SCN ID"),
                self.tr("Phases"),
                self.tr("State"),
                self.tr("Current per phase"),
                self.tr("Alternation"),
            ]
        )
        header = table.horizontalHeader()
        for column in range(7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return table

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
        self._show_lines([str(error)])

    def _show_lines(self, lines: list[str]) -> None:
        self.problem_list = lines
        self.problems.setText("\n".join(f"• {line}" for line in lines))

    def show_status(self, status: NetworkStatus) -> None:
        self.status = status
        amps = " / ".join(
            f"L{n} {texts.number(a, 1)}" for n, a in enumerate(status.totals, start=1)
        )
        self.totals.setText(
            self.tr("The network draws {amps} A (grid total current: {limit} per phase)").format(
                amps=amps, limit=texts.number(status.limit, 0, "A")
            )
        )
        self.meter.setText(meter_words(self.service, status.rows))
        paused = {(p.serial, p.number): p for p in status.paused}
        rows = [(m, s) for m in status.rows for s in m.sockets]
        self.table.setRowCount(len(rows))
        for row, (member, socket) in enumerate(rows):
            cells = self._cells(member, socket, paused.get((member.serial, socket.number)))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._show_problems(status)

    def _cells(
        self, member: MemberView, socket: SocketView, pause: PausedSocket | None
    ) -> tuple[str, ...]:
        network = member.network or self.tr("in no network")
        currents = " / ".join(texts.number(a, 1) for a in socket.currents) + " A"
        return (
            self.service.display_name(member.serial),
            network,
            str(socket.number),
            texts.MISSING if socket.socket_id is None else str(socket.socket_id),
            socket.mapping.value if socket.mapping else texts.MISSING,
            texts.MISSING
            if socket.state == "?"
            else QCoreApplication.translate("Texts", socket.state),
            currents,
            self._pause_words(pause),
        )

    def _pause_words(self, pause: PausedSocket | None) -> str:
        if pause is None:
            return ""
        if pause.until is None:
            return self.tr("waiting: the network has too little current")
        moment = QDateTime.fromSecsSinceEpoch(round(pause.until)).time()
        clock = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        return self.tr("paused until about {time}").format(time=clock)

    def _show_problems(self, status: NetworkStatus) -> None:
        lines = []
        for member in status.rows:
            if member.error:
                lines.append(f"{self.service.display_name(member.serial)}: {member.error}")
        for serial, violation in status.problems:
            name = self.service.display_name(serial) if serial else ""
            lines.append(f"{name + ': ' if name else ''}{violation.message}")
        if not lines:
            lines.append(
                self.tr("Network consistent: {n} members agree.").format(n=len(status.rows))
            )
        self._show_lines(lines)
