"""Runs of temporary test settings in the journal: their plan, their steps, their description.

The hair-dryer test lowers the maximum smart-meter current (2067_0) and the phase probe steps
a socket's external maximum current (212A_0 / 312A_0) for a while. Such a run's plan names
only the charger (serial and address, to reconnect); its as-found holds the originals, and
each temporary write is a `StepStarted` with its values. Rolling it back uses the same steps
as a plan run (`plan_steps.rollback_steps`): one write of the originals, checked by reading,
and never a reboot, since these settings act at once.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.plan import ChargerPlan, Plan
from app.core.properties import PropertyId, Value
from app.drivers.alfen.catalogue import CATALOGUE
from app.drivers.alfen.plan_steps import Step, StepKind, charger_steps
from app.store.journal_model import RunState

TEMPORARY_STEP = "temporary"


def temporary_plan(serial: str, address: str, purpose: str) -> Plan:
    """The plan a temporary run records: the charger only, so a rollback can reconnect."""
    return Plan(f"temporary test setting: {purpose}", (ChargerPlan(serial, address),))


def applied_steps(state: RunState, serial: str) -> tuple[Step, ...]:
    """What a run applies to one charger: its plan's steps, or the temporary writes."""
    if not state.temporary:
        return charger_steps(state.plan.charger(serial))
    run = state.chargers[serial]
    found = run.as_found or {}
    values = tuple((pid, run.temporary.get(pid, value)) for pid, value in found.items())
    # Not `reboot`: the settings act at once, so putting them back needs no reboot either.
    return (Step(TEMPORARY_STEP, StepKind.WRITE, values), Step("reboot", StepKind.REBOOT))


def describe(state: RunState) -> str:
    """One line: `temporary test setting on ace0300003 (hair-dryer test): 2067_0 maximum
    smart-meter current 12 A, original 25 A`; a plan run's plan name."""
    if not state.temporary:
        return state.plan.name
    parts = []
    for run in state.chargers.values():
        found = run.as_found or {}
        settings = "; ".join(_setting(pid, run.temporary, found) for pid in found)
        parts.append(f"on {run.serial} ({state.purpose}): {settings or 'nothing written'}")
    return "temporary test setting " + ", ".join(parts)


def _setting(
    pid: PropertyId, temporary: Mapping[PropertyId, Value], found: Mapping[PropertyId, Value]
) -> str:
    spec = CATALOGUE.get(pid)
    unit = spec.unit if spec else ""
    name = f"{pid.wire} {spec.name}" if spec else pid.wire
    now = _shown(temporary[pid], unit) if pid in temporary else "not changed yet"
    return f"{name} {now}, original {_shown(found[pid], unit)}"


def _shown(value: Value, unit: str) -> str:
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return f"{text} {unit}" if unit else text
