"""The question asked before anything that reboots chargers: which ones, and who is charging.

Every action that restarts a charger (apply, roll back, SCN apply, licence…) goes through
`ask_before_reboot`. The dialog is not modal: the rest of the window (and the demo panel)
stays usable while it is open, and the caller keeps its button disabled until it is answered.
On the demo site only, a preference can turn the question off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services.context import AppServices

ASK_ON_SIMULATED_SITE = "confirm_reboots_on_simulated_site"  # GuiSettings preference


@dataclass(frozen=True, slots=True)
class RebootTarget:
    """One charger about to restart: its name, and the sockets with an EV drawing current
    (None: not known, the charger is not polled)."""

    name: str
    charging_sockets: tuple[int, ...] | None
    simulated: bool = False


def reboot_targets(services: AppServices, keys: Iterable[str]) -> list[RebootTarget]:
    """Targets for charger-list keys, from the live poll of the session service."""
    demo_serials = set(getattr(services.demo, "serials", list)()) if services.demo else set()
    targets = []
    for key in keys:
        entry = services.directory.entry(key)
        name = entry.display_name if entry is not None else key
        serial = entry.serial if entry is not None else key
        live = services.sessions.live(key)
        charging = None if live is None else tuple(s.number for s in live.sockets if s.charging)
        targets.append(RebootTarget(name, charging, simulated=serial in demo_serials))
    return targets


def describe(target: RebootTarget) -> str:
    """One line per charger, in the installer's words."""
    if target.charging_sockets is None:
        return QCoreApplication.translate(
            "RebootConfirmation", "{name}: not polled, so whether an EV is charging is not known"
        ).format(name=target.name)
    if not target.charging_sockets:
        return QCoreApplication.translate("RebootConfirmation", "{name}: no EV charging").format(
            name=target.name
        )
    sockets = ", ".join(str(n) for n in target.charging_sockets)
    return QCoreApplication.translate(
        "RebootConfirmation", "{name}: an EV is charging on socket {sockets}: charging stops"
    ).format(name=target.name, sockets=sockets)


def question_needed(services: AppServices, targets: Sequence[RebootTarget]) -> bool:
    """Always on real chargers; on a fully simulated set, as the installer chose."""
    if not targets or not all(t.simulated for t in targets):
        return True
    return services.settings.preference(ASK_ON_SIMULATED_SITE, True)


class RebootConfirmation(QDialog):
    """Names the chargers that will restart and warns, per socket, where an EV is charging."""

    def __init__(
        self, targets: Sequence[RebootTarget], action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reboot-confirmation")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowTitle(self.tr("Restart chargers?"))
        count = len(targets)
        charging = any(t.charging_sockets for t in targets)
        heading = QLabel(
            self.tr("{action} restarts {count} charger(s). A restart takes about a minute; "
                    "sockets do not charge meanwhile.").format(action=action, count=count)
        )  # fmt: skip
        heading.setWordWrap(True)
        self.lines = QLabel("\n".join(f"• {describe(t)}" for t in targets))
        self.lines.setObjectName("reboot-targets")
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.lines)
        if charging:
            warning = QLabel(self.tr("⚠ Charging is interrupted where an EV is charging."))
            warning.setObjectName("reboot-warning")
            layout.addWidget(warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restart = self.buttons.addButton(
            self.tr("Restart {count} charger(s)").format(count=count),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


def ask_before_reboot(
    parent: QWidget,
    services: AppServices,
    targets: Sequence[RebootTarget],
    action: str,
    proceed: Callable[[], None],
    cancelled: Callable[[], None] | None = None,
) -> RebootConfirmation | None:
    """Show the question and call `proceed` on yes (`cancelled` on no); without a question
    (simulated site, turned off) call `proceed` at once and return None."""
    if not question_needed(services, targets):
        proceed()
        return None
    dialog = RebootConfirmation(targets, action, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(proceed)
    if cancelled is not None:
        dialog.rejected.connect(cancelled)
    dialog.show()
    return dialog
