"""What only the installer knows about the site: who, where, and how the supply is built.

Two boxes side by side: the report's header (site, customer, installer, company and
qualification, the visit's date) and the installation (earthing system, the main fuse or
subscribed power and where the current limit comes from, the supply cable and breaker, the
RCD type). Every field is free text or a choice; the numbers take the locale's format.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.report import Earthing, Header, Installation, LimitSource
from app.services.report.words import qt_words
from app.ui import texts
from app.ui.report.measurements import decimals, parse_number

RCD_TYPES = (
    QT_TRANSLATE_NOOP("ReportSite", "Type A 30 mA + 6 mA DC in the charger"),
    QT_TRANSLATE_NOOP("ReportSite", "Type B 30 mA"),
    QT_TRANSLATE_NOOP("ReportSite", "Type F 30 mA"),
    QT_TRANSLATE_NOOP("ReportSite", "Type EV 30 mA"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportSite", text)


def _number_text(value: float | None) -> str:
    return "" if value is None else texts.number(value, decimals(value))


class SiteForm(QWidget):
    """Header and installation; `header()` / `installation()` read them, `show_*` fill them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site_name = self._line(self.tr("e.g. Dupont residence"))
        self.site_address = self._line()
        self.customer = self._line()
        self.installer_name = self._line()
        self.company = self._line()
        self.qualification = self._line(self.tr("e.g. IRVE level 2, or your licence number"))
        self.visit_date = QDateEdit(QDate.currentDate(), self)
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat("yyyy-MM-dd")  # as the report prints it
        self.visit_date.dateChanged.connect(self.changed)
        words = qt_words()
        self.earthing = self._combo([(e.value, words.earthing(e)) for e in Earthing])
        self.main_fuse = self._line(self.tr("e.g. 40"))
        self.subscribed_power = self._line(self.tr("e.g. 12"))
        self.limit_source = self._combo([(s.value, words.limit_source(s)) for s in LimitSource])
        self.supply_cable = self._line(self.tr("e.g. 5G6 mm² copper, 25 m"))
        self.breaker = self._line(self.tr("e.g. C40 4-pole"))
        self.rcd_type = QComboBox(self)
        self.rcd_type.setEditable(True)
        self.rcd_type.addItems(["", *(_tr(t) for t in RCD_TYPES)])
        self.rcd_type.currentTextChanged.connect(self.changed)
        # A chosen or restored type is read from its start, not from where the text ends.
        self.rcd_type.currentIndexChanged.connect(self._rcd_from_start)
        for combo in (self.earthing, self.limit_source, self.rcd_type):
            # Long choices are elided rather than pushing the header's fields narrow.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self._build()

    def _line(self, hint: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(hint)
        edit.textChanged.connect(self.changed)
        return edit

    def _combo(self, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("not stated"), "")
        for value, words in choices:
            combo.addItem(words, value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _build(self) -> None:
        header = QGroupBox(self.tr("Site, customer and installer"), self)
        form = QFormLayout(header)
        form.addRow(self.tr("Site name:"), self.site_name)
        form.addRow(self.tr("Site address:"), self.site_address)
        form.addRow(self.tr("Customer:"), self.customer)
        form.addRow(self.tr("Installer:"), self.installer_name)
        form.addRow(self.tr("Company:"), self.company)
        form.addRow(self.tr("Qualification:"), self.qualification)
        form.addRow(self.tr("Date of the visit:"), self.visit_date)
        supply = QGroupBox(self.tr("Installation"), self)
        form = QFormLayout(supply)
        form.addRow(self.tr("Earthing system:"), self.earthing)
        form.addRow(self.tr("Main fuse (A):"), self.main_fuse)
        form.addRow(self.tr("Subscribed power (kVA):"), self.subscribed_power)
        form.addRow(self.tr("Limit set by:"), self.limit_source)
        form.addRow(self.tr("Supply cable:"), self.supply_cable)
        form.addRow(self.tr("Breaker:"), self.breaker)
        form.addRow(self.tr("RCD type:"), self.rcd_type)
        row = QHBoxLayout()
        row.addWidget(header, 1)
        row.addWidget(supply, 1)
        column = QVBoxLayout(self)  # the boxes as tall as their fields, the rest below
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addStretch(1)

    def _rcd_from_start(self) -> None:
        editor = self.rcd_type.lineEdit()
        if editor is not None and not editor.hasFocus():
            editor.setCursorPosition(0)

    def header(self, tool_version: str = "") -> Header:
        return Header(
            site_name=self.site_name.text().strip(),
            site_address=self.site_address.text().strip(),
            customer=self.customer.text().strip(),
            installer_name=self.installer_name.text().strip(),
            company=self.company.text().strip(),
            qualification=self.qualification.text().strip(),
            date=self.visit_date.date().toString("yyyy-MM-dd"),
            tool_version=tool_version,
        )

    def installation(self) -> Installation:
        return Installation(
            earthing=Earthing(code) if (code := self.earthing.currentData()) else None,
            main_fuse_a=parse_number(self.main_fuse.text()),
            subscribed_power_kva=parse_number(self.subscribed_power.text()),
            limit_source=LimitSource(src) if (src := self.limit_source.currentData()) else None,
            supply_cable=self.supply_cable.text().strip(),
            breaker=self.breaker.text().strip(),
            rcd_type=self.rcd_type.currentText().strip(),
        )

    def show_report_parts(self, header: Header, installation: Installation) -> None:
        """Fill the form from a draft without emitting `changed`."""
        self.blockSignals(True)
        try:
            for edit, text in (
                (self.site_name, header.site_name),
                (self.site_address, header.site_address),
                (self.customer, header.customer),
                (self.installer_name, header.installer_name),
                (self.company, header.company),
                (self.qualification, header.qualification),
                (self.main_fuse, _number_text(installation.main_fuse_a)),
                (self.subscribed_power, _number_text(installation.subscribed_power_kva)),
                (self.supply_cable, installation.supply_cable),
                (self.breaker, installation.breaker),
            ):
                edit.setText(text)
            self.visit_date.setDate(_date(header.date))
            earthing = installation.earthing.value if installation.earthing else ""
            self.earthing.setCurrentIndex(max(0, self.earthing.findData(earthing)))
            source = installation.limit_source.value if installation.limit_source else ""
            self.limit_source.setCurrentIndex(max(0, self.limit_source.findData(source)))
            self.rcd_type.setCurrentText(installation.rcd_type)
            self._rcd_from_start()
        finally:
            self.blockSignals(False)


def _date(text: str) -> QDate:
    """The visit's date from ISO text; today when it is empty or not a date."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return QDate.currentDate()
    return QDate(day.year, day.month, day.day)
