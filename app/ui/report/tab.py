"""The Report tab: the commissioning report of this visit, filled in, previewed and exported.

Pages: the chargers and what the report holds for them (with what is missing), the site and
installation, the electrical measurements, photos and notes, the sign-off, and the preview;
under them the Preview and Export buttons with their progress. What the installer types is
kept as a draft in the data folder after every change (`app/services/report_session.py`), so
it survives a restart; the journals and test results are read from the data folder again
when the tab is shown, when the chargers or the date change, and on request.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.report import Signature, SignOff
from app.core.report_judge import missing_tests
from app.core.report_visit import LANGUAGES, Visit, VisitCharger
from app.services.context import AppServices
from app.services.devices import ChargerEntry
from app.services.operations import Operation
from app.services.report.words import qt_words
from app.services.report_session import ReportSession
from app.services.report_session_preview import PreviewPages
from app.ui.report.contents_page import ContentsPage
from app.ui.report.contents_text import before_signing_html
from app.ui.report.export_bar import ExportBar, suggested_name
from app.ui.report.measurements import MeasurementPanel, ProfileChooser
from app.ui.report.photos import PhotoPanel
from app.ui.report.preview import PagePreview
from app.ui.report.signoff import SignatureInput, SignOffPanel
from app.ui.report.site_form import SiteForm

SAVE_DELAY_MS = 400  # typing is saved this long after the last key


def scrolled(page: QWidget, parent: QWidget) -> QScrollArea:
    """The page's one scroll: its lists and boxes are as tall as their contents."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


class ReportTab(QWidget):
    """The pages over one `ReportSession`; `operation` is the preview or export under way."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session = ReportSession(services, self)
        self.operation: Operation | None = None
        self.gathering: Operation | None = None
        self._loading = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._build()
        self._restore_draft()
        services.directory.entryChanged.connect(self._entry_changed)
        for entry in services.directory.entries():
            self._entry_changed(entry)
        self.session.gathered.connect(self.refresh)
        self.refresh()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.words = qt_words()
        self.contents = ContentsPage(self.words, self)
        self.site = SiteForm(self)
        self.measurements = MeasurementPanel(self)
        self.measurements.set_thresholds(self.session.thresholds)
        self.profile = ProfileChooser(self.session.profiles(), self)
        self.profile.chosen.connect(self._use_profile)
        self.photos = PhotoPanel(self)
        self.photos.keep = self.session.keep_photo
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(
            self.tr("Anything the next visitor should know: where the meter is, what is left…")
        )
        self.signoff = SignOffPanel(self)
        self.preview = PagePreview(self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.contents, self.tr("Chargers and tests"))
        self.pages.addTab(scrolled(self.site, self), self.tr("Site and installation"))
        readings = self._padded(self.measurements)
        readings.layout().insertWidget(0, self.profile)
        self.pages.addTab(scrolled(readings, self), self.tr("Measurements"))
        self.pages.addTab(scrolled(self._evidence(), self), self.tr("Photos and notes"))
        self.pages.addTab(scrolled(self.signoff, self), self.tr("Sign-off"))
        self.pages.addTab(self.preview, self.tr("Preview"))
        self.bar = ExportBar(self)
        self.bar.preview_button.clicked.connect(self.start_preview)
        self.bar.export_button.clicked.connect(self.export)
        column = QVBoxLayout(self)
        column.addWidget(self.pages, 1)
        column.addWidget(self.bar)
        for editor in (self.site, self.measurements, self.photos, self.signoff):
            editor.changed.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.contents.picker.changed.connect(self._chargers_changed)
        self.contents.rereadRequested.connect(self.gather)
        self.site.visit_date.dateChanged.connect(self._chargers_changed)

    def _padded(self, widget: QWidget) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addStretch(1)
        return page

    def _evidence(self) -> QWidget:
        page = QWidget(self)
        notes = QGroupBox(self.tr("Notes"), page)
        QVBoxLayout(notes).addWidget(self.notes)
        self.notes.setMinimumHeight(4 * self.notes.fontMetrics().lineSpacing())
        # As tall as the page leaves, never the reason for the page to scroll.
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.photos)
        column.addWidget(notes, 1)
        return page

    # --- the draft ----------------------------------------------------------------------

    def _restore_draft(self) -> None:
        """Fill the pages from the draft of the last session (nothing to do without one)."""
        if not self.session.load_draft():
            if self.session.problem:
                self.bar.status.setText(self.session.problem)
            return
        visit = self.session.visit
        self._loading = True
        try:
            self.site.show_report_parts(visit.header, visit.installation)
            self.measurements.set_thresholds(self.session.thresholds)
            self.profile.show_profile(visit.thresholds)
            self.measurements.set_measurements(visit.measurements)
            self.photos.set_photos(list(visit.photos))
            self.notes.setPlainText(visit.notes)
            signoff = visit.signoff
            self.signoff.show_parts(
                signoff.checklist,
                self._signature_input("installer", signoff.installer),
                self._signature_input("customer", signoff.customer),
            )
            if visit.chargers:
                self.contents.picker.choose([c.serial for c in visit.chargers])
        finally:
            self._loading = False

    def _use_profile(self, name: str) -> None:
        self.save_now()
        self.session.use_profile(name)
        self.measurements.set_thresholds(self.session.thresholds)
        self.refresh()

    def _signature_input(self, who: str, signature: Signature) -> SignatureInput:
        return SignatureInput(signature.name, signature.typed, self.session.signature_png(who))

    def _edited(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def save_now(self) -> None:
        """Collect the pages into the visit and save the draft (also on hiding the tab)."""
        self._save_timer.stop()
        self.session.set_visit(self.visit())
        self.refresh()

    def visit(self) -> Visit:
        """The visit as the pages show it; drawn signatures are saved beside the draft."""
        language = QLocale().name()[:2]
        header = self.site.header()
        return Visit(
            header=header,
            installation=self.site.installation(),
            chargers=tuple(VisitCharger(s) for s in self.contents.picker.serials()),
            measurements=tuple(self.measurements.measurements()),
            photos=tuple(self.photos.photos()),
            notes=self.notes.toPlainText().strip(),
            signoff=SignOff(
                installer=self._signature("installer", self.signoff.installer.value()),
                customer=self._signature("customer", self.signoff.customer.value()),
                date=header.date,
                checklist=self.signoff.checklist(),
            ),
            thresholds=self.session.visit.thresholds,
            language=language if language in LANGUAGES else "en",
        )

    def _signature(self, who: str, value: SignatureInput) -> Signature:
        try:
            image = self.session.keep_signature(who, value.png)
        except OSError as exc:
            self.bar.status.setText(
                self.tr("The drawn signature could not be saved: {why}").format(
                    why=exc.strerror or exc
                )
            )
            image = ""
        return Signature(value.name, value.typed, image)

    # --- the chargers ---------------------------------------------------------------------

    def _entry_changed(self, entry: object) -> None:
        if isinstance(entry, ChargerEntry):
            before = self.contents.picker.serials()
            self.contents.picker.add_entry(entry)
            if self.contents.picker.serials() != before:
                self._chargers_changed()

    def _chargers_changed(self) -> None:
        if self._loading:
            return
        self.save_now()
        self.gather()

    def gather(self) -> Operation | None:
        """Read the visit's records again (only with the program's event loop running)."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return None
        if self.gathering is not None and self.gathering.running:
            self.gathering.cancel()
        self.gathering = self.session.gather()
        self.gathering.failed.connect(
            lambda error: self.bar.status.setText(
                self.tr("The records could not be read: {why}").format(why=error)
            )
        )
        return self.gathering

    def refresh(self) -> None:
        """What the report holds and what it lacks, from the visit and the last gathering."""
        report = self.session.report()
        missing = missing_tests(report)
        self.contents.show_report(report, missing)
        self.signoff.summary.setText(before_signing_html(report, missing, self.words))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.gather()  # a test may have been run on another tab meanwhile

    def hideEvent(self, event: QHideEvent) -> None:
        if self._save_timer.isActive():
            self.save_now()
        super().hideEvent(event)

    # --- preview and export -----------------------------------------------------------------

    def start_preview(self) -> Operation | None:
        """Render the pages as pictures and show them on the Preview page."""
        self.save_now()
        operation = self.session.preview()
        self.operation = operation
        operation.succeeded.connect(self._show_pages)
        self.bar.follow(
            operation,
            lambda _pages: self.tr("{count} pages.").format(count=self.preview.page_count()),
        )
        return operation

    def _show_pages(self, preview: PreviewPages) -> None:
        self.preview.show_pages(preview)
        self.pages.setCurrentWidget(self.preview)

    def export(self) -> Operation | None:
        """Ask where, then write the PDF there and its JSON twin beside it."""
        self.save_now()
        header = self.session.visit.header
        target = self.bar.choose_save(suggested_name(header.site_name, header.date))
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        operation = self.session.export(target, target.with_suffix(".json"))
        self.operation = operation
        self.bar.follow(operation, lambda result: self._written(target))
        return operation

    def _written(self, target: Path) -> str:
        return self.tr("Written: {pdf} and {json}").format(
            pdf=target.name, json=target.with_suffix(".json").name
        )
