"""How each plan field a Trydan holds is coded in its keyword, declared once (`PLAN_SETTINGS`).

Amperes are written rounded down (a limit never ends up higher than planned); the contracted
power is planned in kW (as on the electricity bill and in the guide's calculator) and held in
W; the charge mode and the dynamic power mode are codes (keywords.py has their words); flags
are 0/1; the voltage and the LED brightness are whole numbers.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from app.core.plan_options import ChargeMode, DynamicPowerMode
from app.core.values import Value
from app.drivers.steps import SettingKey


class Codec(enum.Enum):
    WHOLE_AMPS = "whole-amps"  # a plan's amperes, rounded down
    WHOLE = "whole"  # volts, percent
    FLAG = "flag"  # True ↔ 1, False ↔ 0
    KILOWATTS = "kilowatts"  # the plan's kW ↔ the keyword's W
    CHARGE_MODE = "charge-mode"
    DYNAMIC_MODE = "dynamic-mode"


@dataclass(frozen=True, slots=True)
class PlanSetting:
    path: str
    key: SettingKey
    step: str
    codec: Codec = Codec.WHOLE_AMPS


# In write order: the installation first, then the limits, then what modulates within them.
PLAN_SETTINGS = (
    PlanSetting("charge_mode", "ChargeMode", "installation", Codec.CHARGE_MODE),
    PlanSetting("installation_voltage", "VoltageInstallation", "installation", Codec.WHOLE),
    PlanSetting("station_max_current", "MaxIntensity", "limits"),
    PlanSetting("alb.safe_current", "MinIntensity", "limits"),
    PlanSetting("socket1_max_current", "Intensity", "limits"),
    PlanSetting(
        "dynamic_power.contracted_power", "ContractedPower", "dynamic-power", Codec.KILOWATTS
    ),
    PlanSetting("dynamic_power.mode", "DynamicPowerMode", "dynamic-power", Codec.DYNAMIC_MODE),
    PlanSetting("dynamic_power.pause_when_modulating", "PauseDynamic", "dynamic-power", Codec.FLAG),
    PlanSetting("dynamic_power.enabled", "Dynamic", "dynamic-power", Codec.FLAG),
    PlanSetting("locked", "Locked", "lock", Codec.FLAG),
    PlanSetting("leds.light", "LightLED", "leds", Codec.WHOLE),
    PlanSetting("leds.logo", "LogoLED", "leds", Codec.WHOLE),
)
CHARGE_MODES = {ChargeMode.ONE_PHASE: 0, ChargeMode.THREE_PHASE: 1}  # 2 (mixed): no plan value
DYNAMIC_MODES = {mode: code for code, mode in enumerate(DynamicPowerMode)}


def _number(value: Value | None) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def encode(codec: Codec, value: object) -> int:
    """A plan value as the whole number the keyword takes."""
    if codec is Codec.CHARGE_MODE:
        return CHARGE_MODES[ChargeMode(value)]
    if codec is Codec.DYNAMIC_MODE:
        return DYNAMIC_MODES[DynamicPowerMode(value)]
    if codec is Codec.FLAG:
        return 1 if value else 0
    number = float(value)  # type: ignore[arg-type]
    if codec is Codec.KILOWATTS:
        return round(number * 1000.0)
    return math.floor(number + 1e-9) if codec is Codec.WHOLE_AMPS else round(number)


def decode(codec: Codec, value: Value | None) -> object:
    """A keyword's value as the plan holds it; None when it is missing or means nothing here."""
    number = _number(value)
    if number is None:
        return None
    if codec is Codec.CHARGE_MODE:
        return next((m for m, code in CHARGE_MODES.items() if code == number), None)
    if codec is Codec.DYNAMIC_MODE:
        return next((m for m, code in DYNAMIC_MODES.items() if code == number), None)
    if codec is Codec.FLAG:
        return {0.0: False, 1.0: True}.get(number)
    if codec is Codec.KILOWATTS:
        return number / 1000.0
    return number if codec is Codec.WHOLE_AMPS else int(number)
