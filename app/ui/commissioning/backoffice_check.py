"""The Connectivity page's "Test the back office" box: the check's verdict, in the page.

"Check" reads the charger's back-office settings and boot state and tries the URL from this
computer; "Test with this computer…" asks first (the charger restarts twice and talks to a
back office on this computer for a minute), then runs the temporary check. The verdict and one
line per finding show in the box; nothing blocks the window.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.ocpp_check import Finding, Reachability
from app.services.backoffice_check import BackOfficeCheckService, BackOfficeOutcome
from app.services.context import AppServices
from app.services.operations import Operation
from app.ui.reboot_confirm import ask_before_reboot, reboot_targets


def finding_words(finding: Finding) -> str:
    """A finding in the installer's language (its English text when the code is new)."""
    a = finding.args
    words = {
        "boot": QCoreApplication.translate(
            "BackOfficeCheckPanel", "boot notification from {model}"
        ),
        "no_boot": QCoreApplication.translate(
            "BackOfficeCheckPanel", "no boot notification reached this computer"
        ),
        "identity_ok": QCoreApplication.translate(
            "BackOfficeCheckPanel", "identity {identity} as configured"
        ),
        "identity_wrong": QCoreApplication.translate(
            "BackOfficeCheckPanel",
            "the charger connected as {seen}, not as its configured identity {identity}",
        ),
        "duplicate": QCoreApplication.translate(
            "BackOfficeCheckPanel", "two connections used one identity: two chargers share it"
        ),
        "heartbeats": QCoreApplication.translate(
            "BackOfficeCheckPanel", "{count} heartbeat(s) received"
        ),
        "no_heartbeat": QCoreApplication.translate(
            "BackOfficeCheckPanel", "no heartbeat within the wait"
        ),
        "connectors_ok": QCoreApplication.translate(
            "BackOfficeCheckPanel", "every socket reported its status"
        ),
        "connectors_missing": QCoreApplication.translate(
            "BackOfficeCheckPanel", "no status of socket(s) {missing}"
        ),
        "restored": QCoreApplication.translate(
            "BackOfficeCheckPanel", "the customer's back office URL is back"
        ),
        "not_restored": QCoreApplication.translate(
            "BackOfficeCheckPanel", "the customer's back office URL could not be confirmed back"
        ),
    }
    template = words.get(finding.code)
    return template.format(**a) if template is not None else finding.text


def reach_words(reach: Reachability) -> str:
    """The configured URL as this computer sees it, in the installer's language."""
    if not reach.checked:
        return QCoreApplication.translate("BackOfficeCheckPanel", "no back office URL is set")
    if reach.reserved:
        return QCoreApplication.translate(
            "BackOfficeCheckPanel",
            "{host} is a reserved example name: it never resolves (a sample URL left in?)",
        ).format(host=reach.host)
    if reach.resolve_error:
        return QCoreApplication.translate(
            "BackOfficeCheckPanel",
            "{host} does not resolve from this computer (check the spelling)",
        ).format(host=reach.host or reach.url)
    where = ", ".join(reach.addresses)
    if reach.connect_error:
        return QCoreApplication.translate(
            "BackOfficeCheckPanel",
            "{host} is {where}, but port {port} does not answer from this computer",
        ).format(host=reach.host, where=where, port=reach.port)
    return QCoreApplication.translate(
        "BackOfficeCheckPanel", "{host} is {where} and port {port} answers from this computer"
    ).format(host=reach.host, where=where, port=reach.port)


class BackOfficeCheckPanel(QGroupBox):
    """Start one check at a time and show its verdict; `attach` gives the services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Test the connection to the back office"))
        self.services: AppServices | None = None
        self.service: BackOfficeCheckService | None = None
        self._key: Callable[[], str] = lambda: ""
        self.operation: Operation | None = None
        self.outcome: BackOfficeOutcome | None = None
        self.question: QWidget | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Check reads the settings and the boot state and tries the URL from this "
                "computer. Test with this computer points the charger at a back office here "
                "for about a minute, then puts the customer's URL back."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.test_button = QPushButton(self.tr("&Test with this computer…"), self)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.check_button.clicked.connect(lambda: self.start(temporary=False))
        self.test_button.clicked.connect(self.ask_temporary)

    def attach(self, services: AppServices, key: Callable[[], str]) -> None:
        self.services = services
        self.service = BackOfficeCheckService(services)
        self._key = key

    def ask_temporary(self) -> None:
        """Ask before the charger is pointed elsewhere and restarted; run the test on yes."""
        if self.services is None or not self._key():
            self.status.setText(self.tr("Log in to a charger first."))
            return
        self._busy(True)
        self.question = ask_before_reboot(
            self,
            self.services,
            reboot_targets(self.services, [self._key()]),
            self.tr("Testing the back office"),
            lambda: self.start(temporary=True),
            lambda: self._busy(False),
        )

    def start(self, *, temporary: bool) -> Operation | None:
        key = self._key()
        if self.service is None or not key:
            self.status.setText(self.tr("Log in to a charger first."))
            self._busy(False)
            return None
        self._busy(True)
        self.status.setText(self.tr("Checking the back office…"))
        operation = self.operation = self.service.check(key, temporary=temporary)
        operation.succeeded.connect(self._show)
        operation.failed.connect(self._failed)
        operation.ended.connect(lambda: self._busy(False))
        return operation

    def _busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def _failed(self, error: CommissionerError) -> None:
        self.status.setText(self.tr("The check could not run: {error}").format(error=error))

    def _show(self, outcome: BackOfficeOutcome) -> None:
        self.outcome = outcome
        result = outcome.result
        if result.facts is None:
            head = (
                self.tr("The charger reports that its back office accepted it.")
                if result.passed
                else self.tr("The charger is not registered with a back office.")
            )
        else:
            head = (
                self.tr("Passed: the charger reaches a back office, registers and reports.")
                if result.passed
                else self.tr("Failed: see the lines below.")
            )
        lines = [
            self.tr("Back office URL: {words}").format(
                words=reach_words(result.passive.reachability)
            )
        ]
        lines += [("✔ " if f.ok else "✘ ") + finding_words(f) for f in result.items]
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        saved = self.tr("Saved for the report.")
        self.status.setText(f"<b>{escape(head)}</b><ul>{items}</ul>{escape(saved)}")
        reach = result.passive.reachability  # the system's own words, for the curious
        self.status.setToolTip(reach.resolve_error or reach.connect_error)
