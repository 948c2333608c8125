"""Which Trydan keyword holds each plan field, declared once, and what plans do with them.

The station maximum is `MaxIntensity`, the socket's configured current is `Intensity`, and
the ALB safe current, the least a load-balanced charger keeps, is `MinIntensity` (dynamic
power control never modulates below it). The charge mode (`ChargeMode`), the installation
voltage (`VoltageInstallation`), dynamic power control (`Dynamic`, `DynamicPowerMode`,
`ContractedPower` in W where the plan says kW, `PauseDynamic`), the lock (`Locked`) and the
LEDs (`LightLED`, `LogoLED`) have plan fields of their own. The write steps, the plan read
back, the keys to read and the as-found limits the rules fall back on are all derived from
`PLAN_SETTINGS` (codecs in plan_codecs.py). No Trydan setting needs a reboot.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from app.core.errors import InvalidInput
from app.core.plan import ChargerFacts, ChargerPlan
from app.core.plan_file import with_field
from app.core.values import Value
from app.drivers.steps import SettingKey, Step, StepKind, touched
from app.drivers.v2c.keywords import BY_KEY, Kind, keyword
from app.drivers.v2c.plan_codecs import PLAN_SETTINGS, Codec, decode, encode

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


def plan_value(plan: ChargerPlan, path: str) -> object:
    """The value at `path` (`dynamic_power.mode`), None when it or its section is unset."""
    value: object = plan
    for name in path.split("."):
        value = getattr(value, name, None)
        if value is None:
            return None
    return value


def plan_steps(plan: ChargerPlan) -> tuple[Step, ...]:
    """Write steps in PLAN_SETTINGS order, one per group (installation, limits, dynamic power,
    lock, LEDs); dynamic power control is switched off before its settings change and on after."""
    groups: dict[str, list[tuple[SettingKey, Value]]] = {}
    for setting in PLAN_SETTINGS:
        wanted = plan_value(plan, setting.path)
        if wanted is not None:
            groups.setdefault(setting.step, []).append((setting.key, encode(setting.codec, wanted)))
    dynamic = groups.get("dynamic-power", [])
    if ("Dynamic", 0) in dynamic:  # off first, so nothing modulates on half-written settings
        dynamic.remove(("Dynamic", 0))
        dynamic.insert(0, ("Dynamic", 0))
    return tuple(Step(name, StepKind.WRITE, tuple(writes)) for name, writes in groups.items())


def rollback_steps(
    applied: tuple[Step, ...], as_found: Mapping[SettingKey, Value]
) -> tuple[Step, ...]:
    """Every keyword the steps wrote, back to its as-found value, in one step; no reboot."""
    restore = tuple((key, as_found[key]) for key in touched(applied) if key in as_found)
    return (Step("restore", StepKind.WRITE, restore),) if restore else ()


def plan_from_values(serial: str, address: str, values: Mapping[SettingKey, Value]) -> ChargerPlan:
    """The settings a Trydan holds, as a plan; `alb.enabled` stays off: the plan's ALB (a
    licence, a meter protocol) is Alfen's, the Trydan's own is `dynamic_power`."""
    plan = ChargerPlan(serial=serial, address=address)
    for setting in PLAN_SETTINGS:
        value = decode(setting.codec, values.get(setting.key))
        if value is not None:
            plan = with_field(plan, setting.path, value)
    if plan.alb is not None:
        plan = with_field(plan, "alb.enabled", False)
    return plan


def facts(values: Mapping[SettingKey, Value]) -> ChargerFacts:
    phases = values.get("Phases")
    firmware = values.get("FirmwareVersion")
    currents = {
        s.path: _number(values.get(s.key)) for s in PLAN_SETTINGS if s.codec is Codec.WHOLE_AMPS
    }
    return ChargerFacts(
        sockets=1,
        phases=phases if phases in (1, 3) else 3,  # type: ignore[arg-type]
        currents={path: amps for path, amps in currents.items() if amps is not None},
        firmware=firmware if isinstance(firmware, str) else "",
        model="Trydan",  # the local API names no model: every charger it serves is a Trydan
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
