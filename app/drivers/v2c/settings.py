"""Which Trydan keyword holds each plan field, declared once, and what plans do with them.

Today's plan (app.core.plan) speaks of limits in amperes; three of them have a Trydan home:
the station maximum is `MaxIntensity`, the socket's configured current is `Intensity`, and
the ALB safe current, the least a load-balanced charger keeps, is `MinIntensity` (dynamic
power control never modulates below it). The write steps, the plan read back, the keys to
read and the as-found limits the rules fall back on are all derived from `PLAN_SETTINGS`.
Dynamic power control itself (`Dynamic`, `DynamicPowerMode`, `ContractedPower`), the charge
mode, the installation voltage, the lock and the LEDs have no plan field yet; they are written
by keyword (`set`) until the plan gains Trydan fields. No Trydan setting needs a reboot.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.core.errors import InvalidInput
from app.core.plan import AlbPlan, ChargerFacts, ChargerPlan
from app.core.values import Value
from app.drivers.steps import SettingKey, Step, StepKind, touched
from app.drivers.v2c.keywords import BY_KEY, Kind, keyword


class Codec(enum.Enum):
    WHOLE_AMPS = "whole-amps"  # a plan's amperes, rounded down: a limit never ends up higher


@dataclass(frozen=True, slots=True)
class PlanSetting:
    path: str
    key: SettingKey
    codec: Codec = Codec.WHOLE_AMPS


PLAN_SETTINGS = (
    PlanSetting("station_max_current", "MaxIntensity"),
    PlanSetting("alb.safe_current", "MinIntensity"),
    PlanSetting("socket1_max_current", "Intensity"),
)
PLAN_FIELDS = frozenset(s.path for s in PLAN_SETTINGS)
_BY_PATH = {s.path: s for s in PLAN_SETTINGS}
FACT_KEYS = ("ID", "FirmwareVersion", "Phases", "Dynamic")


def plan_key(path: str) -> SettingKey:
    try:
        return _BY_PATH[path].key
    except KeyError:
        raise InvalidInput(f"The V2C driver does not hold the plan field '{path}'.") from None


def plan_keys() -> tuple[SettingKey, ...]:
    return tuple(dict.fromkeys((*(s.key for s in PLAN_SETTINGS), *FACT_KEYS)))


def _number(value: Value | None) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _plan_values(plan: ChargerPlan) -> dict[str, object]:
    alb = plan.alb
    return {
        "station_max_current": plan.station_max_current,
        "alb.safe_current": alb.safe_current if alb is not None else None,
        "socket1_max_current": plan.socket1_max_current,
    }


def plan_steps(plan: ChargerPlan) -> tuple[Step, ...]:
    """One write step: the maximum first, then the minimum, then the charging current."""
    wanted = _plan_values(plan)
    writes = tuple(
        (s.key, math.floor(float(wanted[s.path])))  # type: ignore[arg-type]
        for s in PLAN_SETTINGS
        if wanted[s.path] is not None
    )
    return (Step("limits", StepKind.WRITE, writes),) if writes else ()


def rollback_steps(
    applied: tuple[Step, ...], as_found: Mapping[SettingKey, Value]
) -> tuple[Step, ...]:
    """Every keyword the steps wrote, back to its as-found value, in one step; no reboot."""
    restore = tuple((key, as_found[key]) for key in touched(applied) if key in as_found)
    return (Step("restore", StepKind.WRITE, restore),) if restore else ()


def plan_from_values(serial: str, address: str, values: Mapping[SettingKey, Value]) -> ChargerPlan:
    """The limits a Trydan holds, as a plan; `alb.enabled` stays off: Dynamic is no plan field
    yet, and the plan's ALB rules (licence, meter protocol) are Alfen's."""

    def amps(path: str) -> float | None:
        return _number(values.get(plan_key(path)))

    safe = amps("alb.safe_current")
    return ChargerPlan(
        serial=serial,
        address=address,
        station_max_current=amps("station_max_current"),
        socket1_max_current=amps("socket1_max_current"),
        alb=AlbPlan(enabled=False, safe_current=safe) if safe is not None else None,
    )


def facts(values: Mapping[SettingKey, Value]) -> ChargerFacts:
    phases = values.get("Phases")
    firmware = values.get("FirmwareVersion")
    currents = {s.path: _number(values.get(s.key)) for s in PLAN_SETTINGS}
    return ChargerFacts(
        sockets=1,
        phases=phases if phases in (1, 3) else 3,  # type: ignore[arg-type]
        currents={path: amps for path, amps in currents.items() if amps is not None},
        firmware=firmware if isinstance(firmware, str) else "",
        alb_on=values.get("Dynamic") == 1,
    )


def typed_values(data: Mapping[str, Any]) -> dict[SettingKey, Value]:
    """Values back from JSON (a journal), typed as the keyword holds them."""
    out: dict[SettingKey, Value] = {}
    for key, raw in data.items():
        known = keyword(key)
        if known.kind is Kind.TEXT:
            out[known.key] = str(raw)
        elif isinstance(raw, int | float) and not isinstance(raw, bool):
            out[known.key] = int(raw) if known.kind is Kind.WHOLE else float(raw)
        else:
            raise InvalidInput(f"{known.key}: {raw!r} in the journal is not a number.")
    return out


def setting_name(key: SettingKey) -> str:
    known = BY_KEY.get(key)
    return known.name if known else ""


def setting_unit(key: SettingKey) -> str:
    known = BY_KEY.get(key)
    return known.unit if known else ""
