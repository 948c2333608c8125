"""The Overview tab: identity, licensed features, socket states and current limits in force."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.licence import Feature
from app.core.overview import LiveStatus, Overview
from app.services.devices import ChargerEntry
from app.ui import texts
from app.ui.overview.controls import ControlsBoxes
from app.ui.resources import set_themed_icon


class OverviewTab(QWidget):
    """Shows one charger; asks the window to log in, log out or refresh through signals."""

    loginRequested = Signal()
    logoutRequested = Signal()
    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: ChargerEntry | None = None
        self.overview: Overview | None = None
        self._build()
        self.set_entry(None, logged_in=False)

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login_button = QPushButton(self)
        self.logout_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        set_themed_icon(self.login_button, "login")
        set_themed_icon(self.logout_button, "logout")
        set_themed_icon(self.refresh_button, "refresh")
        self.login_button.clicked.connect(self.loginRequested)
        self.logout_button.clicked.connect(self.logoutRequested)
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        for button in (self.refresh_button, self.login_button, self.logout_button):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.details = QWidget(self)
        self._build_details(self.details)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll, 1)
        layout.addStretch(0)
        self._set_texts()

    def _set_texts(self) -> None:
        """Every fixed text, in the language installed now."""
        if self._entry is not None and not self._entry.needs_password:
            self.login_button.setText(self.tr("&Connect"))
            self.logout_button.setText(self.tr("Dis&connect"))
        else:
            self.login_button.setText(self.tr("&Log in…"))
            self.logout_button.setText(self.tr("Log &out"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.own.set_texts()
        self.identity_box.setTitle(self.tr("Identity"))
        self.features_box.setTitle(self.tr("Licensed features"))
        self.sockets_box.setTitle(self.tr("Sockets"))
        self.limits_box.setTitle(self.tr("Current limits"))
        self.sockets_table.setHorizontalHeaderLabels(
            [
                self.tr("Socket"),
                self.tr("State"),
                self.tr("Mode 3"),
                self.tr("In force"),
                self.tr("Current L1 / L2 / L3"),
            ]
        )
        self.limits_table.setHorizontalHeaderLabels(
            [self.tr("Limit"), self.tr("Socket 1"), self.tr("Socket 2")]
        )

    def retranslate(self) -> None:
        """After a language switch: the fixed texts and the shown overview again."""
        self._set_texts()
        if self.overview is not None:
            self.show_overview(self.overview)

    def _build_details(self, parent: QWidget) -> None:
        self.identity_box = QGroupBox(parent)
        self.identity_form = QFormLayout(self.identity_box)
        self.features_box = QGroupBox(parent)
        self.features_label = QLabel(self.features_box)
        self.features_label.setTextFormat(Qt.TextFormat.RichText)
        self.features_label.setWordWrap(True)
        QVBoxLayout(self.features_box).addWidget(self.features_label)
        self.sockets_box = QGroupBox(parent)
        self.sockets_table = _table(5)
        QVBoxLayout(self.sockets_box).addWidget(self.sockets_table)
        self.limits_box = QGroupBox(parent)
        self.limits_table = _table(3)
        QVBoxLayout(self.limits_box).addWidget(self.limits_table)
        # A charger with its own flat settings (a Trydan): these instead of licences and limits.
        self.own = ControlsBoxes(parent)
        self.own.set_visible(False)
        grid = QGridLayout(parent)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.identity_box, 0, 0)
        grid.addWidget(self.features_box, 0, 1)
        grid.addWidget(self.own.network_box, 0, 1)
        grid.addWidget(self.sockets_box, 1, 0, 1, 2)
        grid.addWidget(self.limits_box, 2, 0, 1, 2)
        grid.addWidget(self.own.settings_box, 3, 0)
        grid.addWidget(self.own.dynamic_box, 3, 1)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    # --- content ----------------------------------------------------------------------------

    def set_entry(self, entry: ChargerEntry | None, *, logged_in: bool) -> None:
        """Show a charger's list entry; details stay until an overview of it arrives."""
        if entry is None or self._entry is None or entry.key != self._entry.key or not logged_in:
            self.overview = None
        self._entry = entry
        self._set_texts()  # "Connect" for a charger without a login
        self.title.setText(entry.display_name if entry else self.tr("No charger selected"))
        self.subtitle.setText(
            " · ".join(x for x in (entry.serial, entry.model, entry.firmware, entry.address) if x)
            if entry
            else self.tr("Pick a charger in the list, or add one by its address.")
        )
        has_lan = bool(entry and entry.url)
        self.login_button.setVisible(has_lan and not logged_in)
        self.logout_button.setVisible(logged_in)
        self.refresh_button.setVisible(logged_in)
        self.scroll.setVisible(self.overview is not None)
        if entry is not None and not logged_in and not entry.needs_password:
            self.hint.setText(
                self.tr(
                    "Connect (no password: its local API has none) to read its state, limits, "
                    "dynamic power control and network."
                )
            )
        elif entry is not None and not logged_in:
            self.hint.setText(
                self.tr(
                    "Log in (user admin, password from the installer card) to read licences, "
                    "socket states and current limits."
                )
            )
        self.hint.setVisible(entry is not None and not logged_in)

    def clear(self) -> None:
        """Forget the shown overview (after a logout): nothing stale stays on screen."""
        self.overview = None
        self.scroll.setVisible(False)

    def show_overview(self, overview: Overview) -> None:
        self.overview = overview
        self._fill_identity(overview)
        self._fill_features(overview)
        self.features_box.setVisible(overview.has_licences)
        self.update_live(overview.live)
        self._fill_limits(overview)
        self.limits_box.setVisible(overview.controls is None)
        self.own.fill(overview)
        self.scroll.setVisible(True)

    def _fill_identity(self, overview: Overview) -> None:
        form = self.identity_form
        while form.rowCount():
            form.removeRow(0)
        for label, value in self._identity_rows(overview):
            field = QLabel(value or "—")
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)

    def _identity_rows(self, overview: Overview) -> list[tuple[str, str]]:
        ident = overview.identity
        if overview.controls is not None:  # its own settings: MAC and phases shown there
            rows = [(self.tr("Charger ID"), ident.serial)]
            if overview.device_name and overview.device_name != ident.serial:
                rows.insert(0, (self.tr("Device name"), overview.device_name))
            return [*rows, (self.tr("Model"), ident.model), (self.tr("Firmware"), ident.firmware)]
        rows = [
            (self.tr("Device name"), overview.device_name),
            (self.tr("Serial (Object ID)"), ident.serial),
            (self.tr("Model"), ident.model),
            (self.tr("Firmware"), ident.firmware),
            (self.tr("Sockets"), str(ident.sockets)),
            (self.tr("Installation phases"), overview.installation_phases),
            (self.tr("MAC address"), overview.mac_address),
        ]
        if overview.has_licences:
            rows.append((self.tr("Licence device id"), overview.licence_device_id))
        return rows

    def _fill_features(self, overview: Overview) -> None:
        unlocked = set(overview.features)
        lines = []
        for flag in Feature:
            if flag is Feature.OBJECT_ID:
                continue
            mark = "✔" if flag in unlocked else "✘"
            state = self.tr("unlocked") if flag in unlocked else self.tr("locked")
            lines.append(f"{mark} {texts.feature(flag)} <i>({state})</i>")
        self.features_label.setText("<br>".join(lines))

    def update_live(self, live: LiveStatus) -> None:
        table = self.sockets_table
        table.setRowCount(len(live.sockets))
        for row, socket in enumerate(live.sockets):
            currents = _phase_currents(socket.currents)
            cells = [
                str(socket.number),
                texts.main_state(socket.main_state),
                texts.mode3(socket.mode3),
                texts.amps(socket.limit),
                currents,
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        _fit_height(table)

    def _fill_limits(self, overview: Overview) -> None:
        limits = overview.station
        station = [
            (self.tr("Station maximum current"), limits.station_max),
            (self.tr("Maximum smart-meter current"), limits.meter_max),
            (self.tr("ALB safe current"), limits.alb_safe),
        ]
        first, second = overview.socket(1), overview.socket(2)
        per_socket = [
            (self.tr("Socket maximum current"), _amps(first.configured, second.configured)),
            (self.tr("External maximum (RAM)"), _amps(first.external, second.external)),
            (self.tr("Static load-balancing limit"), _amps(first.static_lb, second.static_lb)),
            (self.tr("Active load-balancing limit"), _amps(first.alb, second.alb)),
            (self.tr("In force now"), _amps(first.in_force, second.in_force)),
        ]
        rows: list[tuple[str, str, str]] = []
        for label, amps in station:
            rows.append((label, texts.amps(amps), ""))
        for label, (one, two) in per_socket:
            rows.append((label, one, two))
        table = self.limits_table
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.setColumnHidden(2, overview.identity.sockets < 2)
        _fit_height(table)


def _phase_currents(currents: tuple[float, ...]) -> str:
    """`16.0 / 15.9 / 16.1 A`; a dash for a phase the charger did not report."""
    if not any(math.isfinite(c) for c in currents):
        return texts.MISSING
    return " / ".join(texts.number(c, 1) for c in currents) + " A"


def _amps(first: float | None, second: float | None) -> tuple[str, str]:
    """One limit of both sockets as table cells."""
    return texts.amps(first), texts.amps(second)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fit_height(table: QTableWidget) -> None:
    """Tables show all their rows; the scroll area around the tab scrolls instead."""
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height)
