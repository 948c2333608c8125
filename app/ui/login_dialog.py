"""Log in to one charger: admin + card password, look-alike spellings, busy session, new cert.

A charger whose API has no login (a V2C Trydan: `ChargerEntry.needs_password` is false) gets
the same dialog as "Connect": no user, no password, nothing remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CertificateChanged, CommissionerError, LoginFailed, SessionBusy
from app.services import credentials
from app.services.devices import ChargerEntry
from app.services.operations import Operation
from app.services.sessions import LoginOutcome, SessionService
from app.ui.certificate_panel import CertificatePanel
from app.ui.resources import set_themed_icon


class LoginDialog(QDialog):
    """Not modal: open it with `show()` (the window and the demo panel stay usable);
    `loggedIn` fires on success, then it closes."""

    loggedIn = Signal(object)  # LoginOutcome
    operationStarted = Signal(object)

    def __init__(
        self,
        sessions: SessionService,
        entry: ChargerEntry,
        *,
        password_hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.entry = entry
        self.operation: Operation | None = None
        self.connect_only = not entry.needs_password
        if self.connect_only:
            self.setWindowTitle(self.tr("Connect to {name}").format(name=entry.display_name))
        else:
            self.setWindowTitle(self.tr("Log in to {name}").format(name=entry.display_name))
        self._build()
        if self.connect_only:
            self.login_button.setFocus()
            return
        remembered = sessions.remembered_password(entry.serial)
        self.password.setText(remembered or password_hint)
        self.remember.setChecked(bool(remembered))
        self.password.setFocus()

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        form = self._build_form()
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.RichText)
        self.variants = QListWidget(self)
        self.variants.setMaximumHeight(self.fontMetrics().height() * 6)
        self.variants.setAccessibleName(self.tr("Look-alike spellings"))
        self.variants.itemActivated.connect(lambda item: self.try_password(item.text()))
        self.try_variant = QPushButton(self.tr("&Try this spelling"), self)
        self.try_variant.clicked.connect(self._try_selected_variant)
        self.certificate = CertificatePanel(self)
        self.certificate.accepted.connect(self._accept_certificate)
        self.certificate.rejected.connect(self.reject)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.login_button = self.buttons.addButton(
            self.tr("&Connect") if self.connect_only else self.tr("&Log in"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.problem, self.variants, self.try_variant, self.certificate):
            layout.addWidget(widget)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._clear_problem()
        self.progress.hide()
        self.setMinimumWidth(480)

    def _build_form(self) -> QFormLayout:
        target = QLabel(
            " · ".join(x for x in (self.entry.serial, self.entry.model, self.entry.address) if x)
        )
        self.user = QLineEdit(self._sessions.username(), self)
        self.user.setReadOnly(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        reveal = QAction(self.tr("Show the password"), self.password)
        set_themed_icon(reveal, "eye")
        reveal.setCheckable(True)
        reveal.toggled.connect(self._reveal)
        self.password.addAction(reveal, QLineEdit.ActionPosition.TrailingPosition)
        self.remember = QCheckBox(self.tr("&Remember in the system keyring"), self)
        self.no_keyring = QLabel(
            self.tr("No system keyring: the password will not be remembered."), self
        )
        self.no_keyring.setWordWrap(True)
        has_keyring = credentials.keyring_available()
        self.remember.setEnabled(has_keyring)
        self.no_keyring.setVisible(not has_keyring)
        form = QFormLayout()
        form.addRow(self.tr("Charger:"), target)
        if self.connect_only:
            self.no_login = QLabel(
                self.tr(
                    "This charger's local API has no password: the program connects at once. "
                    "Anyone on this network can read and change its settings, so keep the "
                    "charger on a network only the site uses."
                ),
                self,
            )
            self.no_login.setWordWrap(True)
            form.addRow("", self.no_login)
            for widget in (self.user, self.password, self.remember, self.no_keyring):
                widget.hide()  # kept (unshown) so the dialog's code paths stay one
            return form
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.no_keyring)
        return form

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)

    def _clear_problem(self) -> None:
        for widget in (self.problem, self.variants, self.try_variant, self.certificate):
            widget.hide()
        self.login_button.show()

    # --- login ------------------------------------------------------------------------------

    def start_login(self) -> Operation | None:
        """Log in with the typed password (connect, for a charger without a login)."""
        if self.connect_only:
            self._clear_problem()
            operation = self._sessions.login(self.entry.key, "")
            self._follow(operation)
            operation.succeeded.connect(self._logged_in)
            operation.failed.connect(self._login_failed)
            return operation
        password = self.password.text()
        if not password:
            self._show_problem(self.tr("Type the password from the installer card."))
            return None
        self._clear_problem()
        operation = self._sessions.login(
            self.entry.key, password, remember=self.remember.isChecked()
        )
        self._follow(operation)
        operation.succeeded.connect(self._logged_in)
        operation.failed.connect(self._login_failed)
        return operation

    def try_password(self, password: str) -> Operation | None:
        self.password.setText(password)
        return self.start_login()

    def _try_selected_variant(self) -> None:
        item = self.variants.currentItem()
        if item is not None:
            self.try_password(item.text())

    def _follow(self, operation: Operation) -> None:
        self.operation = operation
        self._set_busy(True)
        operation.ended.connect(lambda: self._set_busy(False))
        self.operationStarted.emit(operation)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.login_button.setEnabled(not busy)
        self.password.setEnabled(not busy)
        if not busy:  # keyboard users continue where the next decision is
            target: QWidget = self.password
            if self.certificate.isVisible():
                target = self.certificate.confirm
            elif self.connect_only:
                target = self.login_button
            target.setFocus()

    def _logged_in(self, outcome: LoginOutcome) -> None:
        self.loggedIn.emit(outcome)
        self.accept()

    def _login_failed(self, error: CommissionerError) -> None:
        if isinstance(error, LoginFailed):
            self._show_refused(error)
        elif isinstance(error, SessionBusy):
            self._show_busy()
        elif isinstance(error, CertificateChanged):
            self.show_certificate_change(error)
        else:
            self._show_problem(str(error))

    def show_certificate_change(self, change: CertificateChanged) -> None:
        """Ask the installer to trust or refuse the certificate the charger now presents."""
        self.certificate.show_change(change)
        self.login_button.hide()  # the panel's two buttons are the only ways on

    def _show_problem(self, html: str) -> None:
        self.problem.setText(html)
        self.problem.show()

    def _show_refused(self, error: LoginFailed) -> None:
        text = "<b>" + self.tr("The charger refused this password.") + "</b> "
        text += self.tr("Check it against the installer card (user admin).")
        self.variants.clear()
        if error.variants:
            text += "<br>" + self.tr(
                "The digit 1 and the letter l look alike on the card. These spellings swap "
                "them; double-click one to try it. Several wrong tries in a row can lock the "
                "account for a while."
            )
            self.variants.addItems(list(error.variants))
            self.variants.setCurrentRow(0)
            self.variants.show()
            self.try_variant.show()
        self._show_problem(text)

    def _show_busy(self) -> None:
        items = [
            self.tr("close the MyEve app on your phone, or any other tool connected to it;"),
            self.tr("wait about a minute for the other session to expire, then log in again;"),
            self.tr("or switch the charger off and on again (this ends every session)."),
        ]
        self._show_problem(
            "<b>"
            + self.tr("Another client holds this charger's only session.")
            + "</b><br>"
            + self.tr("The charger talks to one client at a time. You can:")
            + "<ul>"
            + "".join(f"<li>{item}</li>" for item in items)
            + "</ul>"
        )
        self.login_button.setText(self.tr("&Try again"))

    def _accept_certificate(self, change: CertificateChanged) -> None:
        operation = self._sessions.accept_certificate(self.entry.key, change)
        self._follow(operation)
        operation.succeeded.connect(lambda _result: self.start_login())
        operation.failed.connect(self._login_failed)

    # --- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel closes the dialog and stops a login still under way."""
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
        super().reject()
