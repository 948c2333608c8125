"""The charger list on the left: a table model over directory entries, search and add-by-address."""

from __future__ import annotations

import functools

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError, InvalidInput
from app.core.overview import LiveStatus
from app.services.devices import ChargerDirectory, ChargerEntry
from app.services.operations import Operation
from app.ui import texts
from app.ui.resources import icon, set_themed_icon

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_SIZE = QSize(34, 16)  # room for the LAN and BLE icons side by side
Index = QModelIndex | QPersistentModelIndex


class ChargerListModel(QAbstractTableModel):
    """One row per charger entry, in the order they were first seen."""

    NAME, STATE, LINK, ADDRESS, SERIAL, MODEL, FIRMWARE = range(7)

    def __init__(self, directory: ChargerDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChargerEntry] = []
        self._live: dict[str, LiveStatus] = {}
        self._row_of: dict[str, int] = {}
        self._headers: list[str] = []
        self.retranslate()
        for entry in directory.entries():
            self.update_entry(entry)
        directory.entryChanged.connect(self.update_entry)

    def retranslate(self) -> None:
        """Column titles in the language installed now."""
        self._headers = [
            self.tr("Name"),
            self.tr("State"),
            self.tr("Link"),
            self.tr("Address"),
            self.tr("Serial"),
            self.tr("Model"),
            self.tr("Firmware"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        self.repaint_all()

    # --- updates --------------------------------------------------------------------------

    def update_entry(self, entry: ChargerEntry) -> None:
        row = self._row_of.get(entry.key)
        if row is None:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(entry)
            self._row_of[entry.key] = row
            self.endInsertRows()
            return
        self._rows[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.FIRMWARE))

    def update_live(self, key: str, live: LiveStatus) -> None:
        self.update_live_many({key: live})

    def update_live_many(self, lives: dict[str, LiveStatus]) -> None:
        """New poll results; one dataChanged over the rows they touch."""
        rows = []
        for key, live in lives.items():
            if self._live.get(key) != live:
                self._live[key] = live
                if key in self._row_of:
                    rows.append(self._row_of[key])
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), self.STATE),
                self.index(max(rows), self.STATE),
                [Qt.ItemDataRole.DisplayRole],
            )

    def forget_live(self, key: str) -> None:
        self._live.pop(key, None)

    def repaint_all(self) -> None:
        """Icons and colours follow a palette change."""
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def entry_at(self, row: int) -> ChargerEntry:
        return self._rows[row]

    # --- model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == KEY_ROLE:
            return entry.key
        if role == Qt.ItemDataRole.DisplayRole:
            # The link column shows its icons only; its words are for screen readers and tips.
            return "" if column == self.LINK else self._text(entry, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and entry.stale:
            palette = QGuiApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def _text(self, entry: ChargerEntry, column: int) -> str:
        if column == self.NAME:
            return entry.display_name
        if column == self.LINK:
            return " · ".join(_TRANSPORT_TEXT[t] for t in _TRANSPORT_TEXT if t in entry.transports)
        if column == self.STATE:
            return self._state_text(entry)
        values = {
            self.SERIAL: entry.serial,
            self.MODEL: entry.model,
            self.FIRMWARE: entry.firmware,
            self.ADDRESS: entry.address,
        }
        return values.get(column, "")

    def _state_text(self, entry: ChargerEntry) -> str:
        text = texts.link_state(entry.state)
        if not entry.needs_password and entry.state.name == "READY":
            text = self.tr("not connected")  # no login to speak of: its API has none
        elif not entry.needs_password and entry.state.name == "LOGGED_IN":
            text = self.tr("connected")
        if entry.stale:
            text = self.tr("{state} (not seen lately)").format(state=text)
        live = self._live.get(entry.key)
        if live is not None and entry.state.name == "LOGGED_IN":
            sockets = ", ".join(
                f"S{s.number} {texts.main_state(s.main_state)}" for s in live.sockets
            )
            text = f"{text} · {sockets}"
        return text

    def _decoration(self, entry: ChargerEntry, column: int) -> QIcon | None:
        if column == self.NAME and entry.stale:
            return icon("stale")
        if column == self.LINK and entry.transports:
            return _transport_icon(frozenset(entry.transports))
        return None

    def _tooltip(self, entry: ChargerEntry, column: int) -> str | None:
        if column == self.NAME and entry.stale:
            return self.tr("Not seen by discovery lately: it may be off or out of reach.")
        if column == self.STATE:
            full = self._state_text(entry)
            return f"{full}\n{entry.detail}" if entry.detail else full
        if column == self.LINK:
            return self.tr("Reachable over: {links}").format(
                links=", ".join(_TRANSPORT_TEXT.get(t, t) for t in sorted(entry.transports))
            )
        return None


_TRANSPORT_TEXT = {"lan": "LAN", "ble": "Bluetooth"}


class StableSortProxy(QSortFilterProxyModel):
    """Sorts by the chosen column's text, ties by the charger's serial key: a row keeps its
    place when its name or state changes (after a login) unless the user sorts by that column."""

    def lessThan(self, left: Index, right: Index) -> bool:
        def sort_key(index: Index) -> tuple[str, str]:
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").casefold()
            return text, str(index.data(KEY_ROLE) or "")

        return sort_key(left) < sort_key(right)


def _transport_icon(transports: frozenset[str]) -> QIcon:
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _transport_icon_in(transports, colour)


@functools.cache
def _transport_icon_in(transports: frozenset[str], colour: str) -> QIcon:
    """LAN and BLE icons side by side in one cell (an empty slot keeps columns aligned)."""
    pixmap = QPixmap(ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    for i, name in enumerate(_TRANSPORT_TEXT):
        if name in transports:
            painter.drawPixmap(i * 18, 0, icon(name, colour=QColor(colour)).pixmap(16, 16))
    painter.end()
    return QIcon(pixmap)


class ChargerListPanel(QWidget):
    """Search box, the charger table, and a field to add a charger by its address."""

    selectionChanged = Signal(str)  # key, "" when nothing is selected
    activated = Signal(str)  # key: Enter or double-click (log in)
    operationStarted = Signal(object)
    addressAdded = Signal(str)  # the text typed for a charger that answered

    def __init__(self, directory: ChargerDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        self.model = ChargerListModel(directory, self)
        self.proxy = StableSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = self._make_view()
        self.address = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.retranslate()
        set_themed_icon(self.add_button, "add")
        self.add_button.clicked.connect(self.add_by_address)
        self.address.returnPressed.connect(self.add_by_address)
        self.address_problem = QLabel(self)
        self.address_problem.setWordWrap(True)
        self.address_problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.address_problem)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

    def retranslate(self) -> None:
        """Placeholders, names and the column titles in the language installed now."""
        self.search.setPlaceholderText(self.tr("Search name, serial, model, address…"))
        self.search.setAccessibleName(self.tr("Search chargers"))
        self.address.setPlaceholderText(self.tr("IP address or host, e.g. 192.168.1.20"))
        self.address.setAccessibleName(self.tr("Charger address"))
        self.add_button.setText(self.tr("&Add by address"))
        self.view.setAccessibleName(self.tr("Chargers"))
        self.model.retranslate()

    def _make_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setModel(self.proxy)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setIconSize(ICON_SIZE)
        view.setSortingEnabled(True)
        # The serial never changes: rows stay put while names and states arrive.
        view.sortByColumn(ChargerListModel.SERIAL, Qt.SortOrder.AscendingOrder)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._size_columns(view.header())
        view.selectionModel().currentRowChanged.connect(self._on_current)
        self.proxy.rowsInserted.connect(self._select_first)
        view.activated.connect(lambda index: self.activated.emit(self._key(index)))
        return view

    def _size_columns(self, header: QHeaderView) -> None:
        """What changes after a login never moves the other columns: the name has a fixed,
        elided width, the state takes the room left over (elided, whole in its tooltip), the
        others fit their contents."""
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        char = self.fontMetrics().averageCharWidth()
        header.setMinimumSectionSize(6 * char)
        header.setSectionResizeMode(ChargerListModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ChargerListModel.NAME, 14 * char)
        header.setSectionResizeMode(ChargerListModel.STATE, QHeaderView.ResizeMode.Stretch)

    def _key(self, index: QModelIndex) -> str:
        return str(index.data(KEY_ROLE) or "") if index.isValid() else ""

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selectionChanged.emit(self._key(current))

    def _select_first(self) -> None:
        """The first charger found is selected, so the keyboard can start from the list."""
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def current_key(self) -> str:
        return self._key(self.view.currentIndex())

    def select(self, key: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(KEY_ROLE) == key:
                self.view.setCurrentIndex(index)
                return

    def add_by_address(self) -> Operation | None:
        """Probe the typed address; problems are shown under the field."""
        text = self.address.text().strip()
        self.address_problem.hide()
        if not text:
            self._show_problem(self.tr("Type the charger's IP address or host name first."))
            return None
        self.add_button.setEnabled(False)
        operation = self._directory.add_by_address(text)
        operation.succeeded.connect(self._added)
        operation.succeeded.connect(lambda _entry: self.addressAdded.emit(text))
        operation.failed.connect(self._add_failed)
        operation.ended.connect(lambda: self.add_button.setEnabled(True))
        self.operationStarted.emit(operation)
        return operation

    def _added(self, entry: ChargerEntry) -> None:
        self.address.clear()
        self.select(entry.key)

    def _add_failed(self, error: CommissionerError) -> None:
        if isinstance(error, InvalidInput):
            self._show_problem(str(error))
        else:
            self._show_problem(self.tr("No charger answered there: {error}").format(error=error))

    def _show_problem(self, text: str) -> None:
        self.address_problem.setText(text)
        self.address_problem.show()
