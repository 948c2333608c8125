"""Which Commissioning pages a charger gets, from its driver's capabilities.

A page is shown when the driver holds the plan fields it exists for (and, for Licences, when
the charger takes licence keys); the others are hidden, not greyed. Without capabilities
(no charger logged in yet) the pages of a charger without a clamp of its own are shown.
"""

from __future__ import annotations

from typing import Protocol

from app.core.plan import SELF_REGULATING_FIELDS


class PageCapabilities(Protocol):
    """The part of a driver's capabilities the choice reads."""

    @property
    def plan_fields(self) -> frozenset[str]: ...

    @property
    def licences(self) -> bool: ...


# English page name → plan fields the driver must hold for the page to be shown.
NEEDS: dict[str, tuple[str, ...]] = {
    "Licences": (),
    "ALB data source": ("alb.enabled", "alb.source"),
    "Meter": ("alb.meter.register_map",),
    "Phases": ("phase_mapping",),
    "Power": ("station_max_current", "chameleon_min_current"),
    "Connectivity": ("back_office.url",),
    "Current limits": ("station_max_current", "dynamic_power.contracted_power"),
    "Charge mode": ("charge_mode",),
    "Dynamic power control": ("dynamic_power.enabled",),
    "Lock and LEDs": ("locked",),
    "Review": (),
}


def shown(name: str, caps: PageCapabilities | None) -> bool:
    """Whether page `name` (English, as in NEEDS) is shown for a charger with `caps`."""
    needs = NEEDS.get(name, ())
    if caps is None:
        return not SELF_REGULATING_FIELDS & set(needs)
    if name == "Licences":
        return caps.licences
    return all(path in caps.plan_fields for path in needs)
