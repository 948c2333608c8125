"""The editing pages of the Commissioning tab; every field row comes from `FieldRow`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CommissionerError
from app.core.licence import Feature, LicenceKey, partial_key_problem
from app.core.ocpp import BOOT_STATES, charge_point_model
from app.core.phases import PhaseMapping
from app.core.plan import ChargerFacts, ChargerPlan
from app.ui import texts
from app.ui.commissioning.backoffice_check import BackOfficeCheckPanel
from app.ui.commissioning.diagrams import MeterPlacementDiagram, PhaseOrderDiagram
from app.ui.commissioning.fields import FieldRow, as_text, plan_value


class Page(QWidget):
    """A title, a form of field rows, notes, and the live list of broken rules at the bottom."""

    edited = Signal(str, object)  # path, raw
    paths: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()  # violations under these prefixes are listed too

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>", self)
        self.layout_.addWidget(heading)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.rows: dict[str, FieldRow] = {}
        for path in self.paths:
            self.add_row(path)
        self.build()
        self.layout_.addStretch(1)
        self.problems_label = QLabel(self.tr("Checks"), self)
        self.problems = QListWidget(self)
        self.problems.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setWordWrap(True)  # a sentence per problem, never cut at the edge
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setAccessibleName(self.tr("Checks of this page"))
        self.layout_.addWidget(self.problems_label)
        self.layout_.addWidget(self.problems)

    def add_row(self, path: str) -> FieldRow:
        row = FieldRow(path, self)
        row.add_to(self.form)
        row.edited.connect(self.edited)
        self.rows[path] = row
        return row

    def note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(label)
        return label

    def build(self) -> None:
        """Extra widgets of a page (after the field rows)."""

    @property
    def checked(self) -> tuple[str, ...]:
        return self.paths + self.sections

    def show_plan(self, plan: ChargerPlan | None, facts: ChargerFacts | None) -> None:
        for row in self.rows.values():
            row.show(plan)

    def show_problems(self, sentences: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(sentences or [self.tr("No problems found on this page.")])
        self._fit_problems()

    def _fit_problems(self) -> None:
        """As tall as its sentences: the page scrolls, never the list inside it."""
        rows = sum(max(self.problems.sizeHintForRow(i), 0) for i in range(self.problems.count()))
        line = self.fontMetrics().height() + 4
        self.problems.setFixedHeight(max(rows, 2 * line) + 2 * self.problems.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # wrapped sentences change height
        super().resizeEvent(event)
        self._fit_problems()

    def sentences(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]


class LicencesPage(Page):
    _serial = ""  # the charger whose plan is shown

    def build(self) -> None:
        self.features = self.note("")
        self.key = QLineEdit(self)
        self.key.setPlaceholderText("1A2B.3C4D.5E6F.7081.92A3.B4C5")
        self.key.setClearButtonEnabled(True)
        self.key.textEdited.connect(self._typed)
        self.form.addRow(self.tr("Licence key"), self.key)
        self.key_problem = self.note("")
        self.note(
            self.tr(
                "Paste the key as bought: spaces, dashes and lower case are fine. The charger "
                "reboots to take a new key."
            )
        )

    def _typed(self, text: str) -> None:
        problem = partial_key_problem(text)
        if problem is None and text.strip():
            try:
                key = LicenceKey.parse(text)
            except CommissionerError:
                self.key_problem.setText(self.tr("Keep typing: a key has 24 hex digits."))
                return
            self.key_problem.setText(self.tr("Key complete: {key}").format(key=key.text))
            self.edited.emit("licence_key", key.text)
            return
        self.key_problem.setText(problem or "")
        if not text.strip():
            self.edited.emit("licence_key", None)

    def show_plan(self, plan: ChargerPlan | None, facts: ChargerFacts | None) -> None:
        bits = facts.licence_bits if facts else 0
        lines = [
            ("✔ " if bits & flag else "✘ ") + texts.feature(flag)
            for flag in Feature
            if flag.name is not None
        ]
        self.features.setText(self.tr("Features this charger has:") + "\n" + "\n".join(lines))
        serial = plan.serial if plan is not None else ""
        if not self.key.hasFocus() or serial != self._serial:  # another charger: its own key
            self._serial = serial
            self.key.setText(as_text(plan_value(plan, "licence_key")))
            if not self.key.text():  # another charger, or the key taken back out
                self.key_problem.setText("")


class AlbPage(Page):
    paths = (
        *("alb.enabled", "alb.source", "alb.protocol", "alb.include_ev"),
        *("alb.max_meter_current", "alb.safe_current"),
        *("alb.p1.interface", "alb.p1.address", "alb.p1.port"),
        *("alb.ems.mode", "alb.ems.validity"),
    )
    sections = ("alb",)

    def build(self) -> None:
        self.include_note = self.note(
            self.tr(
                "Meter includes the charging EV: tick it when the meter also measures this "
                "charger (it sits upstream of its supply), so ALB subtracts the EV's own current."
            )
        )
        self.placement = MeterPlacementDiagram(self)
        self.layout_.addWidget(self.placement)
        self.p1_note = self.note(self.tr("P1 cable: at most 20 m from the meter to the charger."))
        self.tic_note = self.note(self.tr("TIC cable: at most 35 m from the meter to the charger."))
        self.ems_note = self.note(
            self.tr(
                "EMS validity time: when the EMS sends nothing for this long, the charger falls "
                "back to the safe current."
            )
        )

    def show_plan(self, plan: ChargerPlan | None, facts: ChargerFacts | None) -> None:
        super().show_plan(plan, facts)
        enabled = plan_value(plan, "alb.enabled") is not False
        source = as_text(plan_value(plan, "alb.source"))
        protocol = as_text(plan_value(plan, "alb.protocol"))
        meter = enabled and source in ("meter", "meter+ems")
        ems = enabled and source in ("ems", "meter+ems")
        p1 = meter and protocol == "dsmr-p1"
        visible = {
            "alb.source": enabled,
            "alb.protocol": meter,
            "alb.include_ev": meter,
            "alb.max_meter_current": meter,
            "alb.safe_current": enabled,
            "alb.p1.interface": p1,
            "alb.p1.address": p1 and as_text(plan_value(plan, "alb.p1.interface")) != "serial",
            "alb.p1.port": p1 and as_text(plan_value(plan, "alb.p1.interface")) != "serial",
            "alb.ems.mode": ems,
            "alb.ems.validity": ems,
        }
        for path, shown in visible.items():
            self.rows[path].set_visible(shown)
        self.include_note.setVisible(meter)
        self.placement.setVisible(meter)
        self.placement.set_include_ev(plan_value(plan, "alb.include_ev") is True)
        self.p1_note.setVisible(p1)
        self.tic_note.setVisible(meter and protocol == "tic")
        self.ems_note.setVisible(ems)


class PhasesPage(Page):
    paths = ("phase_mapping", "phase_switching")

    def build(self) -> None:
        self.note(
            self.tr(
                "Phase mapping: which supply phase feeds the charger's L1, L2 and L3 (rotate "
                "the chargers of a site so single-phase cars spread over the phases)."
            )
        )
        self.order = PhaseOrderDiagram(self)
        self.layout_.addWidget(self.order)

    def show_plan(self, plan: ChargerPlan | None, facts: ChargerFacts | None) -> None:
        super().show_plan(plan, facts)
        mapping = plan_value(plan, "phase_mapping")
        self.order.set_mapping(mapping if isinstance(mapping, PhaseMapping) else PhaseMapping.NONE)


class PowerPage(Page):
    paths = (
        "station_max_current",
        "socket1_max_current",
        "socket2_max_current",
        "chameleon_min_current",
    )

    def show_plan(self, plan: ChargerPlan | None, facts: ChargerFacts | None) -> None:
        super().show_plan(plan, facts)
        self.rows["socket2_max_current"].set_visible(bool(facts and facts.sockets > 1))


class ConnectivityPage(Page):
    paths = ("back_office.url", "back_office.identity")
    sections = ("back_office",)

    def build(self) -> None:
        self.boot = self.note("")
        self.model = self.note("")
        self.note(
            self.tr(
                "The charger registers with the back office by its ChargePointModel; a back "
                "office other than the vendor's must know that model. A new URL or identity "
                "takes effect after the reboot that applying does."
            )
        )
        self.check = BackOfficeCheckPanel(self)
        self.layout_.addWidget(self.check)

    def boot_words(self, state: int | None) -> str:
        words = {
            "none": self.tr(
                "not registered: no boot notification accepted yet (no back office set, or "
                "not reached)"
            ),
            "pending": self.tr("pending: the back office has not accepted the charger yet"),
            "accepted": self.tr("accepted: the charger is registered with the back office"),
            "rejected": self.tr(
                "rejected: the back office refused the charger (check the charge-box identity)"
            ),
        }
        if state is None:
            return self.tr("unknown (not read)")
        name = BOOT_STATES.get(state)
        return (
            words[name]
            if name
            else self.tr("code {code}, not one the tool knows").format(code=state)
        )

    def set_boot_state(self, state: int | None) -> None:
        self.boot.setText(
            self.tr("OCPP boot notification: {state}").format(state=self.boot_words(state))
        )

    def set_model(self, model: str) -> None:
        row = charge_point_model(model)
        if row is not None:
            text = self.tr("ChargePointModel: {model} — {description} (article {article})").format(
                model=row.model, description=row.description, article=row.article
            )
        elif model:
            text = self.tr(
                "ChargePointModel: {model} (not in the vendor's NG910 table; ask the back "
                "office which model to register)"
            ).format(model=model)
        else:
            text = self.tr("ChargePointModel: unknown (not read)")
        self.model.setText(text)
