"""The Commissioning tab: page list on the left, one page at a time, bound to the selected charger.

Reading as found starts when the tab is shown for a logged-in charger (or on Read again). Each
edit goes to `CommissioningService.set_field`; a value that cannot be typed into the plan is
listed under its page, and every page's list shows the rules the changes break.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.licence import Feature
from app.core.plan import ChargerPlan
from app.services import meter_presets
from app.services.commissioning import (
    CommissioningService,
    Progress,
    RunResult,
    RunSummary,
)
from app.services.context import AppServices
from app.services.operations import Operation
from app.ui import texts
from app.ui.charger_list import ChargerListPanel
from app.ui.commissioning.guide import GuideBar
from app.ui.commissioning.interrupted import InterruptedBanner
from app.ui.commissioning.meter_page import MeterPage
from app.ui.commissioning.pages import (
    AlbPage,
    ConnectivityPage,
    LicencesPage,
    Page,
    PhasesPage,
    PowerPage,
)
from app.ui.commissioning.review import ReviewPage

PAGE_NAMES = ("Licences", "ALB data source", "Meter", "Phases", "Power", "Connectivity", "Review")


class CommissioningTab(QWidget):
    chargerChanged = Signal(str)  # key: a run changed this charger (apply, roll back, licence)

    def __init__(
        self,
        services: AppServices,
        charger_list: ChargerListPanel,
        parent: QWidget | None = None,
        *,
        service: CommissioningService | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.charger_list = charger_list
        journals = services.paths.journals
        self.service = service or CommissioningService(
            services.sessions, services.runner, journals, parent=self
        )
        self.errors: dict[str, str] = {}  # path → why the typed text is not a value
        self._bits_before = 0  # licence bits when the last apply started
        self.operation: Operation | None = None
        self._build()
        self._connect()
        self._charger_changed(charger_list.current_key())

    def _build(self) -> None:
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.read_button = QPushButton(self.tr("Read &as found"), self)
        self.reset_button = QPushButton(self.tr("&Undo all changes"), self)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.reset_button)
        top.addWidget(self.read_button)
        body = self._build_pages()
        self.interrupted = InterruptedBanner(self)
        self.interrupted.resumeRequested.connect(lambda run: self.reopen(run, rollback=False))
        self.interrupted.rollbackRequested.connect(lambda run: self.reopen(run, rollback=True))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.interrupted)
        layout.addLayout(body, 1)

    def _build_pages(self) -> QHBoxLayout:
        """The page list, the pages (each in a scroll area) and the guide under them."""
        self.page_list = QListWidget(self)
        self.page_list.setMaximumWidth(150)
        self.stack = QStackedWidget(self)
        self.pages: list[Page] = [
            LicencesPage(self.tr("Licences"), self),
            AlbPage(self.tr("ALB data source"), self),
            MeterPage(self.tr("Meter"), meter_presets.library(self.services.data_dir), self),
            PhasesPage(self.tr("Phases"), self),
            PowerPage(self.tr("Power"), self),
            ConnectivityPage(self.tr("Connectivity"), self),
        ]
        self.review = ReviewPage(self.tr("Review"), self)
        # Pages are found by their English name: the titles shown are translated.
        self._by_name = dict(zip(PAGE_NAMES, [*self.pages, self.review], strict=True))
        for page in [*self.pages, self.review]:
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self.page_list.addItem(page.title)
        self.guide = GuideBar(
            PAGE_NAMES, [p.title for p in [*self.pages, self.review]], lambda: self.service.plan
        )
        self.guide.moveTo.connect(self.page_list.setCurrentRow)
        self.page_list.currentRowChanged.connect(self._page_chosen)
        self.page_list.setCurrentRow(0)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addWidget(self.guide)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addLayout(right, 1)
        return body

    def _connect(self) -> None:
        self.charger_list.selectionChanged.connect(self._charger_changed)
        self.services.sessions.loggedIn.connect(lambda _key: self._charger_changed(self.key))
        self.services.sessions.loggedOut.connect(lambda _key: self._charger_changed(self.key))
        self.read_button.clicked.connect(self.read)
        self.reset_button.clicked.connect(self._reset)
        for page in self.pages:
            page.edited.connect(self.edit)
        meter = self.page("Meter")
        assert isinstance(meter, MeterPage)
        meter.presetChosen.connect(self._preset)
        meter.mapEdited.connect(self._custom_map)
        meter.attach(self.services, lambda: (self.key, self.service.plan))
        self.service.planChanged.connect(self._plan_changed)
        self.review.previewRequested.connect(self.preview)
        self.review.applyRequested.connect(self.apply)
        self.review.cancelRequested.connect(self.cancel)
        self.review.rollbackRequested.connect(self.rollback)
        self.service.progressed.connect(self._progressed)

    # --- queries ------------------------------------------------------------------------

    @property
    def key(self) -> str:
        return self.charger_list.current_key()

    def page(self, name: str) -> Page | ReviewPage:
        """The page called `name` in English (PAGE_NAMES), whatever the language shown."""
        return self._by_name[name]

    def show_page(self, name: str) -> Page | ReviewPage:
        page = self.page(name)
        self.page_list.setCurrentRow([*self.pages, self.review].index(page))
        return page

    def _page_chosen(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.guide.show_row(row)
        if row == len(self.pages):
            self.review.show_diff(self.service.as_found, self.service.plan)

    # --- charger and plan ---------------------------------------------------------------

    def _charger_changed(self, key: str) -> None:
        logged_in = bool(key) and self.services.sessions.is_logged_in(key)
        self.read_button.setEnabled(logged_in)
        if not key:
            self.status.setText(self.tr("Select a charger in the list."))
        elif not logged_in:
            self.status.setText(self.tr("Log in to {key} to commission it.").format(key=key))
        elif self.service.key != key or self.service.plan is None:
            self.read()

    def read(self) -> Operation | None:
        key = self.key
        if not key or not self.services.sessions.is_logged_in(key):
            return None
        self.status.setText(self.tr("Reading {key} as found…").format(key=key))
        operation = self.service.load(key)
        operation.succeeded.connect(lambda _plan: self._loaded())
        operation.failed.connect(lambda error: self.status.setText(str(error)))
        return operation

    def _loaded(self) -> None:
        self.errors.clear()
        self.status.setText(
            self.tr("{key}: settings as found read; change what the job needs.").format(
                key=self.service.key
            )
        )
        connectivity = self.page("Connectivity")
        assert isinstance(connectivity, ConnectivityPage)
        connectivity.set_boot_state(self.service.boot_state)
        connectivity.set_model(self.service.model)
        self.review.set_running(False, can_roll_back=False)
        self.review.show_as_left(None)
        self.interrupted.show_runs(self.service.interrupted_runs())

    def reopen(self, run: RunSummary, *, rollback: bool) -> Operation | None:
        """Resume or roll back an interrupted run; the Review page shows its progress."""
        self.show_page("Review")
        operation = self._start(lambda: self.service.reopen(run, rollback=rollback))
        if operation is not None:
            self.interrupted.setVisible(False)
            operation.ended.connect(
                lambda: self.interrupted.show_runs(self.service.interrupted_runs())
            )
        return operation

    def _reset(self) -> None:
        self.errors.clear()
        self.service.reset()

    def edit(self, path: str, raw: object) -> None:
        """One field changed by the installer; bad text is listed and changes nothing."""
        try:
            self.service.set_field(path, raw)
        except CommissionerError as exc:
            self.errors[path] = str(exc)
            self._refresh_problems()
            return
        self.errors.pop(path, None)
        self._refresh_problems()

    def _preset(self, preset: object) -> None:
        try:
            self.service.use_preset(preset)  # type: ignore[arg-type]
        except CommissionerError as exc:
            self.errors["alb.meter.preset"] = str(exc)
            self._refresh_problems()

    def _custom_map(self, register_map: object) -> None:
        try:
            self.service.use_custom_map(register_map)  # type: ignore[arg-type]
        except CommissionerError as exc:
            self.errors["alb.meter.register_map"] = str(exc)
            self._refresh_problems()
            return
        self.errors.pop("alb.meter.register_map", None)

    def _plan_changed(self, plan: ChargerPlan) -> None:
        for page in self.pages:
            page.show_plan(plan, self.service.facts)
        self.guide.show_row(self.guide.row)  # a source change adds or drops the Meter step
        self._refresh_problems()
        if self.stack.currentIndex() == len(self.pages):
            self.review.show_diff(self.service.as_found, plan)

    def _refresh_problems(self) -> None:
        violations = self.service.violations()
        for page in self.pages:
            mine = [
                message
                for path, message in self.errors.items()
                if any(path == p or path.startswith(p + ".") for p in page.checked)
            ]
            mine += [
                v.message
                for v in violations
                if any(v.field == p or v.field.startswith(p + ".") for p in page.checked)
            ]
            page.show_problems(list(dict.fromkeys(mine)))

    # --- review -------------------------------------------------------------------------

    def preview(self) -> Operation | None:
        if self.service.plan is None:
            return None
        operation = self.service.preview()
        operation.succeeded.connect(
            lambda result: self.review.show_preview(
                result.reboot, [v.message for v in result.violations], result.error
            )
        )
        operation.failed.connect(lambda error: self.review.outcome.setText(str(error)))
        return operation

    def apply(self) -> Operation | None:
        self._bits_before = self.service.facts.licence_bits if self.service.facts else 0
        return self._start(self.service.apply)

    def rollback(self) -> Operation | None:
        return self._start(self.service.rollback)

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _start(self, start: object) -> Operation | None:
        if self.service.plan is None:
            return None
        operation = start()  # type: ignore[operator]
        assert isinstance(operation, Operation)
        self.operation = operation
        self.review.set_running(True, can_roll_back=False)
        self.review.outcome.setText("")
        self.review.progress.setValue(0)
        self.review.steps.clear()
        operation.progressed.connect(self.review.show_progress)
        operation.succeeded.connect(self._run_ended)
        operation.failed.connect(lambda error: self._run_failed(str(error)))
        operation.cancelled.connect(lambda: self._run_failed(self.tr("Cancelled.")))
        return operation

    def _progressed(self, progress: Progress) -> None:
        if progress.message == "done" and progress.total:
            line = f"✔ {progress.done}/{progress.total} {progress.stage}"
        elif progress.stage in ("as-found", "as-left", "finished"):
            line = f"{progress.stage}: {progress.message}"
        else:
            return
        self.review.add_step(line)

    def _run_ended(self, result: RunResult) -> None:
        text = self.tr("Outcome: {outcome}").format(outcome=result.outcome)
        gained = (self.service.facts.licence_bits if self.service.facts else 0) & ~self._bits_before
        unlocked = [texts.feature(flag) for flag in Feature if flag.name and gained & flag]
        if unlocked and result.outcome == "done":
            text += ". " + self.tr("The key unlocked: {features}").format(
                features=", ".join(unlocked)
            )
        self.review.outcome.setText(f"{text}. {result.message}".strip())
        self.review.show_as_left(result.as_left)
        connectivity = self.page("Connectivity")
        assert isinstance(connectivity, ConnectivityPage)
        connectivity.set_boot_state(self.service.boot_state)
        for page in self.pages:  # the facts as left (a licence unlocked, …)
            page.show_plan(self.service.plan, self.service.facts)
        if result.outcome in ("done", "rolled-back"):
            self.review.progress.setValue(self.review.progress.maximum())
        self.review.set_running(False, can_roll_back=self.service.journal is not None)

    def _run_failed(self, text: str) -> None:
        self.review.outcome.setText(text)
        self.review.set_running(False, can_roll_back=self.service.journal is not None)
