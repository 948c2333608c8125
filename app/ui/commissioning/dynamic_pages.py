"""The Commissioning pages of a charger that regulates itself from its own CT clamp (the V2C
Trydan): current limits with the contracted-power calculator, charge mode and installation
voltage, dynamic power control, lock and LEDs. Which pages a charger gets is its driver's
capabilities' business (page_choice.py)."""

from __future__ import annotations

from app.core.plan import ChargerFacts, ChargerPlan
from app.core.plan_options import ChargeMode
from app.ui.commissioning.calculator import ContractedPowerCalculator
from app.ui.commissioning.fields import plan_value
from app.ui.commissioning.pages import Page


class CurrentLimitsPage(Page):
    paths = ("station_max_current", "socket1_max_current", "alb.safe_current")

    def build(self) -> None:
        self.rows["socket1_max_current"].label.setText(self.tr("Charging current"))
        self.rows["alb.safe_current"].label.setText(self.tr("Minimum current"))
        self.note(
            self.tr(
                "The station maximum is the most the charger ever gives; the charging current "
                "is what it offers a car; dynamic power control never goes below the minimum."
            )
        )
        self.calculator = ContractedPowerCalculator(self)
        self.calculator.useResult.connect(
            lambda amps: self.edited.emit("station_max_current", amps)
        )
        self.layout_.addWidget(self.calculator)

    def show_plan(self, plan: ChargerPlan | None, facts: ChargerFacts | None) -> None:
        super().show_plan(plan, facts)
        power = plan_value(plan, "dynamic_power.contracted_power")
        mode = plan_value(plan, "charge_mode")
        phases = facts.phases if facts is not None else None
        if isinstance(mode, ChargeMode):
            phases = 1 if mode is ChargeMode.ONE_PHASE else 3
        self.calculator.set_inputs(power if isinstance(power, float) else None, phases)


class ChargeModePage(Page):
    paths = ("charge_mode", "installation_voltage")

    def build(self) -> None:
        self.note(
            self.tr(
                "Charge mode: one phase or three phases, as the charger is wired. Installation "
                "voltage: 230 V for a supply on one phase, 400 V for a supply on three phases."
            )
        )


class DynamicPowerPage(Page):
    paths = (
        "dynamic_power.enabled",
        "dynamic_power.mode",
        "dynamic_power.contracted_power",
        "dynamic_power.pause_when_modulating",
    )
    sections = ("dynamic_power",)

    def build(self) -> None:
        self.note(
            self.tr(
                "Dynamic power control: the charger reads the house's power with its own "
                "clamp and lowers its current so that the house stays under the contracted "
                "power. Pause when modulating: stop charging instead of keeping the minimum "
                "current when there is not enough power left."
            )
        )

    def show_plan(self, plan: ChargerPlan | None, facts: ChargerFacts | None) -> None:
        super().show_plan(plan, facts)
        on = plan_value(plan, "dynamic_power.enabled") is not False
        for path in self.paths[1:]:
            self.rows[path].set_visible(on)


class LockLedsPage(Page):
    paths = ("locked", "leds.light", "leds.logo")
    sections = ("leds",)

    def build(self) -> None:
        self.note(
            self.tr(
                "A locked charger starts no charge until it is unlocked. The brightness of "
                "each LED is 0 (off) to 100 %."
            )
        )
