"""Runs of temporary test settings in the journal: their plan, their steps, their description.

The hair-dryer test lowers the maximum smart-meter current and the phase probe steps a
socket's external maximum current for a while. Such a run's plan names only the charger
(serial and address, to reconnect); its as-found holds the originals, and each temporary
write is a `StepStarted` with its values. Rolling it back uses the same steps as a plan run
(`Driver.rollback_steps`): one write of the originals, checked by reading, and never a
reboot, since these settings act at once.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.plan import ChargerPlan, Plan
from app.core.values import Value
from app.drivers import registry
from app.drivers.base import Driver, SettingKey
from app.drivers.steps import Step, StepKind
from app.store.journal_model import RunState

TEMPORARY_STEP = "temporary"


def temporary_plan(serial: str, address: str, purpose: str) -> Plan:
    """The plan a temporary run records: the charger only, so a rollback can reconnect."""
    return Plan(f"temporary test setting: {purpose}", (ChargerPlan(serial, address),))


def applied_steps(state: RunState, serial: str, driver: Driver | None = None) -> tuple[Step, ...]:
    """What a run applies to one charger: its plan's steps (by `driver`, the run's own when
    not given), or the temporary writes."""
    if not state.temporary:
        return (driver or registry.driver(state.driver)).plan_steps(state.plan.charger(serial))
    run = state.chargers[serial]
    found = run.as_found or {}
    values = tuple((key, run.temporary.get(key, value)) for key, value in found.items())
    # Not `reboot`: the settings act at once, so putting them back needs no reboot either.
    return (Step(TEMPORARY_STEP, StepKind.WRITE, values), Step("reboot", StepKind.REBOOT))


def describe(state: RunState) -> str:
    """One line: `temporary test setting on ace0300003 (hair-dryer test): <setting key> maximum
    smart-meter current 12 A, original 25 A`; a plan run's plan name."""
    if not state.temporary:
        return state.plan.name
    parts = []
    driver = registry.driver(state.driver)
    for run in state.chargers.values():
        found = run.as_found or {}
        settings = "; ".join(_setting(driver, key, run.temporary, found) for key in found)
        parts.append(f"on {run.serial} ({state.purpose}): {settings or 'nothing written'}")
    return "temporary test setting " + ", ".join(parts)


def _setting(
    driver: Driver,
    key: SettingKey,
    temporary: Mapping[SettingKey, Value],
    found: Mapping[SettingKey, Value],
) -> str:
    unit, known = driver.setting_unit(key), driver.setting_name(key)
    name = f"{key} {known}" if known else key
    now = _shown(temporary[key], unit) if key in temporary else "not changed yet"
    return f"{name} {now}, original {_shown(found[key], unit)}"


def _shown(value: Value, unit: str) -> str:
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return f"{text} {unit}" if unit else text
