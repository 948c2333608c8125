"""The Commissioning tab: page list on the left, one page at a time, bound to the selected charger.

Reading as found starts when the tab is shown for a logged-in charger (or on Read again). Each
edit goes to `CommissioningService.set_field`; a value that cannot be typed into the plan is
listed under its page, and every page's list shows the rules the changes break. The pages
listed are those the selected charger's driver holds fields for (page_choice.py): an Alfen
gets licences, ALB, meter, phases, power and connectivity; a Trydan its current limits with
the contracted-power calculator, charge mode, dynamic power control, lock and LEDs.
"""

from __future__ import annotations

import dataclasses

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

from app.core.errors import CommissionerError, InvalidInput
from app.core.phases import PhaseMapping
from app.core.plan import FIELDS, ChargerPlan, Plan, Violation
from app.services import meter_presets
from app.services.commissioning import (
    CommissioningService,
)
from app.services.context import AppServices
from app.services.operations import Operation
from app.ui.charger_list import ChargerListPanel
from app.ui.commissioning import words
from app.ui.commissioning.dynamic_pages import (
    ChargeModePage,
    CurrentLimitsPage,
    DynamicPowerPage,
    LockLedsPage,
)
from app.ui.commissioning.guide import GuideBar
from app.ui.commissioning.interrupted import InterruptedBanner
from app.ui.commissioning.meter_page import MeterPage
from app.ui.commissioning.page_choice import shown
from app.ui.commissioning.pages import (
    AlbPage,
    ConnectivityPage,
    LicencesPage,
    Page,
    PhasesPage,
    PowerPage,
)
from app.ui.commissioning.review import ReviewPage
from app.ui.commissioning.review_actions import ReviewActions
from app.ui.commissioning.runs import RunBook
from app.ui.reboot_confirm import RebootConfirmation


def lacks(held: frozenset[str]) -> set[str]:
    """The plan fields a charger's driver does not hold."""
    return set(FIELDS) - held


PAGE_NAMES = (
    *("Licences", "ALB data source", "Meter", "Phases", "Power", "Connectivity"),
    *("Current limits", "Charge mode", "Dynamic power control", "Lock and LEDs", "Review"),
)


class CommissioningTab(ReviewActions, QWidget):
    chargerChanged = Signal(str)  # a run (apply, roll back, licence) on this charger ended

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
        self.operation: Operation | None = None
        self.question: RebootConfirmation | None = None  # the restart question, while open
        self._mappings: dict[str, PhaseMapping] = {}  # from phase identification, until read
        self._build()
        self.runs = RunBook(self.review.show_run, lambda: self.key)
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
        self.interrupted.resumeRequested.connect(lambda run: self.ask_reopen(run, rollback=False))
        self.interrupted.rollbackRequested.connect(lambda run: self.ask_reopen(run, rollback=True))
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
            CurrentLimitsPage(self.tr("Current limits"), self),
            ChargeModePage(self.tr("Charge mode"), self),
            DynamicPowerPage(self.tr("Dynamic power control"), self),
            LockLedsPage(self.tr("Lock and LEDs"), self),
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
        meter.attach(self.services, lambda: (self.key, self.service.plan), self._meter_pending)
        connectivity = self.page("Connectivity")
        assert isinstance(connectivity, ConnectivityPage)
        connectivity.check.attach(self.services, lambda: self.key)
        self.service.planChanged.connect(self._plan_changed)
        self.review.previewRequested.connect(self.preview)
        self.review.applyRequested.connect(self.ask_apply)
        self.review.cancelRequested.connect(self.cancel)
        self.review.rollbackRequested.connect(self.ask_rollback)

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

    def shown_pages(self) -> list[str]:
        """The English names of the pages listed for the selected charger, in order."""
        return [n for row, n in enumerate(PAGE_NAMES) if not self.page_list.item(row).isHidden()]

    def _choose_pages(self, key: str) -> None:
        """List the pages the selected charger's driver holds fields for; hide the others."""
        caps = self.service.capabilities(key)
        hidden = {row for row, name in enumerate(PAGE_NAMES) if not shown(name, caps)}
        for row in range(self.page_list.count()):
            self.page_list.item(row).setHidden(row in hidden)
        self.guide.set_hidden(hidden)
        limits = self.page("Current limits")
        own = shown("Current limits", caps)  # a charger with its own clamp names them so
        self.review.set_fields(
            caps.plan_fields if caps is not None else None,
            {path: row.label.text() for path, row in limits.rows.items()} if own else {},
        )
        if self.page_list.currentRow() in hidden:
            self.page_list.setCurrentRow(min(set(range(len(PAGE_NAMES))) - hidden))

    def _page_chosen(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.guide.show_row(row)
        if row == len(self.pages):
            self.review.show_diff(self.service.as_found, self.service.plan)

    # --- charger and plan ---------------------------------------------------------------

    def _charger_changed(self, key: str) -> None:
        logged_in = bool(key) and self.services.sessions.is_logged_in(key)
        self.read_button.setEnabled(logged_in)
        self._choose_pages(key)
        if hasattr(self, "runs"):  # this charger's results, or none; never another's
            self.review.reboot.setText("")
            self.review.show_run(self.runs.view(key))
            meter = self.page("Meter")
            assert isinstance(meter, MeterPage)
            meter.test.show_for(key)
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
        view = self.runs.view(self.service.key)
        if view is not None and not view.running:
            view.can_roll_back = self.service.journal is not None
        self.review.show_run(view)
        self.interrupted.show_runs(self.service.interrupted_runs())
        mapping = self._mappings.pop(self.service.key, None)
        if mapping is not None:
            self.use_phase_mapping(self.service.key, 0, mapping)

    # --- the plan as a whole (File menu, phase identification) ----------------------------

    def current_plan(self) -> Plan | None:
        """The selected charger's plan as edited (what applying writes), None without one."""
        if not self.key or self.service.key != self.key:
            return None
        return self.service.job()

    def load_plan(self, plan: Plan) -> None:
        """Fill the selected charger's pages from a plan file; raises CommissionerError when
        it cannot (no charger read, no entry for it), and says so in the status line."""
        try:
            if not self.key or self.service.key != self.key:
                raise InvalidInput("Select a logged-in charger, then open the plan.")
            self.service.use_plan(plan)
        except CommissionerError as exc:
            self.status.setText(str(exc))
            raise
        self.errors.clear()
        self._refresh_problems()
        self.status.setText(
            self.tr("{key}: plan '{name}' loaded; check it on the pages, then apply.").format(
                key=self.key, name=plan.name
            )
        )

    def use_phase_mapping(self, key: str, socket: int, mapping: PhaseMapping) -> None:
        """Put a mapping found by phase identification into charger `key`'s plan and show
        the Phases page (kept until that charger's settings are read)."""
        if key != self.service.key or self.service.plan is None:
            self._mappings[key] = mapping
            return
        self.edit("phase_mapping", mapping)
        self.show_page("Phases")
        where = self.tr("from socket {n}").format(n=socket) if socket else self.tr("identified")
        self.status.setText(
            self.tr("{key}: phase mapping {mapping} {where} is in the plan; apply it on Review.")
            .format(key=key, mapping=words.choice(mapping.value), where=where)
        )  # fmt: skip

    def _meter_pending(self) -> bool:
        """Whether the plan changes the ALB or meter settings the charger holds (a preset's
        name alone is not on the charger: choosing the preset it has already changes nothing)."""

        def held(plan: ChargerPlan | None) -> object:
            alb = plan.alb if plan is not None else None
            if alb is None or alb.meter is None:
                return alb
            return dataclasses.replace(alb, meter=dataclasses.replace(alb.meter, preset=None))

        return held(self.service.plan) != held(self.service.as_found)

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
        listed = [p for p in self.pages if p.title in self._listed_titles()]
        for page in self.pages:
            mine = self._problems_of(page.checked, violations)
            if listed and page is listed[0]:  # a field it lacks (from a plan file) is named
                held = self.service.held_fields()
                mine += [v.message for v in violations if held and v.field in lacks(held)]
            page.show_problems(list(dict.fromkeys(mine)))
            for path, row in page.rows.items():  # each field says its own problem beside it
                why = self.errors.get(path) or next(
                    (v.message for v in violations if v.field == path), ""
                )
                row.set_problem(why)

    def _listed_titles(self) -> set[str]:
        count = self.page_list.count()
        return {
            self.page_list.item(r).text()
            for r in range(count)
            if not self.page_list.item(r).isHidden()
        }

    def _problems_of(self, checked: tuple[str, ...], violations: list[Violation]) -> list[str]:
        def about(path: str) -> bool:
            return any(path == p or path.startswith(p + ".") for p in checked)

        mine = [message for path, message in self.errors.items() if about(path)]
        return mine + [v.message for v in violations if about(v.field)]
