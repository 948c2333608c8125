"""The plan's parts for chargers that regulate themselves from their own CT clamp (the V2C
Trydan): charge mode, dynamic power control and LEDs. `app.core.plan` holds them in
`ChargerPlan` and declares their fields in `FIELDS`."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ChargeMode(enum.Enum):
    """On how many phases a charger that can choose charges (the Trydan's ChargeMode)."""

    ONE_PHASE = "one-phase"
    THREE_PHASE = "three-phase"


class DynamicPowerMode(enum.Enum):
    """What dynamic power control, steered by the charger's own CT clamp, aims at."""

    TIMED_ON = "timed-power-on"
    TIMED_OFF = "timed-power-off"  # deprecated by the vendor; kept to read it back
    MINIMUM = "minimum-power"
    SOLAR = "solar-only"
    GRID_AND_SOLAR = "grid-and-solar"
    STOP = "stop"


@dataclass(frozen=True, slots=True)
class DynamicPowerPlan:
    """Dynamic power control: the charger reads the house's power with its own CT clamp and
    lowers its current to keep the house under the contracted power (in kW, as on the bill)."""

    enabled: bool | None = None
    mode: DynamicPowerMode | None = None
    contracted_power: float | None = None
    pause_when_modulating: bool | None = None


@dataclass(frozen=True, slots=True)
class LedPlan:
    """Brightness of the charger's LEDs, in percent."""

    light: int | None = None
    logo: int | None = None
