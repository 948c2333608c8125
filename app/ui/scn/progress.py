"""How far each member of an SCN apply or roll-back is, in the installer's words.

One row per member: its name, a bar of the steps done (full when the member ended well), and
what it is doing now; the applier's own sentence (with the charger's setting keys) is the
row's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QProgressBar, QTableWidget, QWidget
from PySide6.QtWidgets import QTableWidgetItem as Item

from app.services.scn import MemberProgress
from app.ui import texts
from app.ui.scn.fit import fit_rows, no_scroll

SERIAL_ROLE = Qt.ItemDataRole.UserRole

_STEPS = {
    "licence": QT_TRANSLATE_NOOP("ScnProgress", "applying the licence key"),
    "clock": QT_TRANSLATE_NOOP("ScnProgress", "setting the charger clock"),
    "name": QT_TRANSLATE_NOOP("ScnProgress", "writing the charger name"),
    "alb-off": QT_TRANSLATE_NOOP("ScnProgress", "switching active load balancing off"),
    "alb-on": QT_TRANSLATE_NOOP("ScnProgress", "switching active load balancing on"),
    "scn": QT_TRANSLATE_NOOP("ScnProgress", "writing the network settings"),
    "reboot": QT_TRANSLATE_NOOP("ScnProgress", "restarting"),
    "meter-link": QT_TRANSLATE_NOOP("ScnProgress", "writing the meter connection"),
    "register-map": QT_TRANSLATE_NOOP("ScnProgress", "writing the meter's register map"),
    "alb-settings": QT_TRANSLATE_NOOP("ScnProgress", "writing the load-balancing settings"),
    "phases": QT_TRANSLATE_NOOP("ScnProgress", "writing the phase settings"),
    "limits": QT_TRANSLATE_NOOP("ScnProgress", "writing the current limits"),
    "back-office": QT_TRANSLATE_NOOP("ScnProgress", "writing the back-office settings"),
    "restore": QT_TRANSLATE_NOOP("ScnProgress", "putting the settings back as found"),
    "alb-restore": QT_TRANSLATE_NOOP("ScnProgress", "putting load balancing back as found"),
    "as-found": QT_TRANSLATE_NOOP("ScnProgress", "reading the settings as found"),
    "as-left": QT_TRANSLATE_NOOP("ScnProgress", "reading the settings back"),
}
_OUTCOMES = {
    "done": QT_TRANSLATE_NOOP("ScnProgress", "✔ done"),
    "rolled-back": QT_TRANSLATE_NOOP("ScnProgress", "✔ rolled back"),
    "mismatch": QT_TRANSLATE_NOOP(
        "ScnProgress", "⚠ done, but some settings read back differ from the plan"
    ),
    "invalid": QT_TRANSLATE_NOOP("ScnProgress", "✖ not applied: the plan does not suit it"),
    "failed": QT_TRANSLATE_NOOP("ScnProgress", "✖ stopped (details in the tooltip)"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ScnProgress", text)


def progress_words(progress: MemberProgress) -> str:
    """What the member is doing, never a step name or an outcome code."""
    if progress.stage == "finished":
        return _t(_OUTCOMES.get(progress.outcome or "", _OUTCOMES["failed"]))
    if progress.stage == "waiting":
        if progress.seconds is None:
            return QCoreApplication.translate(
                "ScnProgress", "restarting, waiting for it to come back"
            )
        return QCoreApplication.translate("ScnProgress", "restarting, waiting {time}").format(
            time=texts.number(progress.seconds, 0, "s")
        )
    words = _STEPS.get(progress.stage)
    if words is None:
        return QCoreApplication.translate("ScnProgress", "step {done} of {total}").format(
            done=progress.done, total=progress.total
        )
    return _t(words)


class ApplyProgress(QTableWidget):
    """Charger, progress bar, what it does now; one row per member, in the order they report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Charger"), self.tr("Progress"), self.tr("Now")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 140)
        header.setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        no_scroll(self)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_rows(self, 2, resize=False)

    def setRowCount(self, rows: int) -> None:
        super().setRowCount(rows)
        fit_rows(self, 2, resize=False)

    def row_of(self, serial: str) -> int:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(SERIAL_ROLE) == serial:
                return row
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, Item())
        self.item(row, 0).setData(SERIAL_ROLE, serial)
        self.setCellWidget(row, 1, QProgressBar())
        self.setItem(row, 2, Item())
        fit_rows(self, 2, resize=False)
        return row

    def show_progress(self, progress: MemberProgress, name: str) -> None:
        row = self.row_of(progress.serial)
        self.item(row, 0).setText(name)
        bar = self.bar(row)
        bar.setRange(0, max(progress.total, 1))
        bar.setValue(min(progress.done, max(progress.total, 1)))
        bar.setFormat(self.tr("%v of %m steps") if progress.total else self.tr("starting"))
        words = self.item(row, 2)
        words.setText(progress_words(progress))
        words.setToolTip(progress.detail)

    def bar(self, row: int) -> QProgressBar:
        bar = self.cellWidget(row, 1)
        assert isinstance(bar, QProgressBar)
        return bar

    def percent(self, serial: str) -> int:
        """How full the member's bar is, 0–100 (for tests and the status line)."""
        bar = self.bar(self.row_of(serial))
        span = bar.maximum() - bar.minimum()
        return round(100 * (bar.value() - bar.minimum()) / span) if span else 0
