"""Applying a plan as ordered steps, the part every brand shares: what a step is, and what a
list of steps writes.

A driver turns a `ChargerPlan` into steps (`Driver.plan_steps`) in the order its chargers need;
the applier runs them, journals each one and rolls them back, knowing nothing of the brand.
A step's writes are keyed by the brand's own setting keys, opaque here.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.core.values import Value

SettingKey = str  # a setting as the brand spells it on the wire; opaque above app/drivers
Writes = tuple[tuple[SettingKey, Value], ...]


class StepKind(enum.Enum):
    LICENCE = "licence"
    WRITE = "write"
    REBOOT = "reboot"


@dataclass(frozen=True, slots=True)
class Step:
    """One step of applying a plan to a charger; `reboot` marks writes active after a reboot."""

    name: str
    kind: StepKind
    values: Writes = ()
    reboot: bool = False

    def as_dict(self) -> dict[SettingKey, Value]:
        return dict(self.values)


def targets(steps: Iterable[Step]) -> dict[SettingKey, Value]:
    """The final value of every setting the steps write, licence key included (last wins)."""
    out: dict[SettingKey, Value] = {}
    for step in steps:
        out.update(step.values)
    return out


def touched(steps: Iterable[Step]) -> tuple[SettingKey, ...]:
    """Every setting the steps write, licence key included, in first-write order."""
    keys = (key for step in steps for key, _ in step.values)
    return tuple(dict.fromkeys(keys))


def licence_keys(steps: Iterable[Step]) -> frozenset[SettingKey]:
    """The settings the licence steps write (a key is checked by what it unlocks, not read)."""
    return frozenset(key for s in steps if s.kind is StepKind.LICENCE for key, _ in s.values)


def same_value(a: Value, b: Value) -> bool:
    """Equal as a charger stores them: reals within f32 rounding, arrays element-wise."""
    if isinstance(a, int | float) and isinstance(b, int | float):  # bool is an int here
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-4)
    return a == b


def differences(
    wanted: Mapping[SettingKey, Value], found: Mapping[SettingKey, Value]
) -> dict[SettingKey, tuple[Value, Value | None]]:
    """Settings whose found value is not the wanted one: key → (wanted, found or None)."""
    return {
        key: (value, found.get(key))
        for key, value in wanted.items()
        if key not in found or not same_value(value, found[key])
    }


__all__ = [
    "SettingKey",
    "Step",
    "StepKind",
    "Writes",
    "differences",
    "licence_keys",
    "same_value",
    "targets",
    "touched",
]
