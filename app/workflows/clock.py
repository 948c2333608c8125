"""The charger's clock next to the laptop's: read it, and say how far apart they are.

Setting it is the plan field `set_clock` (applied, journaled and rolled back like any other:
the driver writes the laptop's UTC at the moment of applying, and a rollback leaves the clock
set, because writing the as-found reading back would move it backwards by the time since).
Which setting holds the clock is the driver's: the one its `set_clock` step writes. A driver
that holds `set_clock` keeps its clock as whole ms since the Unix epoch, UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.errors import InvalidInput
from app.core.plan import ChargerPlan
from app.drivers.base import ChargerClient, Driver, SettingKey
from app.drivers.steps import StepKind


@dataclass(frozen=True, slots=True)
class ClockReading:
    """The charger's clock and the laptop's, both UTC, read a moment apart."""

    charger: dt.datetime
    laptop: dt.datetime

    @property
    def difference(self) -> float:
        """Seconds the charger is ahead of the laptop (negative: behind)."""
        return (self.charger - self.laptop).total_seconds()


def clock_key(driver: Driver) -> SettingKey:
    """The setting that holds the clock; InvalidInput when the driver holds none."""
    if "set_clock" not in driver.capabilities.plan_fields:
        raise InvalidInput(f"A {driver.brand} charger has no clock this program can read or set.")
    steps = driver.plan_steps(ChargerPlan("", "", set_clock=True))
    keys = [key for step in steps if step.kind is StepKind.WRITE for key, _ in step.values]
    if len(keys) != 1:
        raise InvalidInput(f"The {driver.brand} driver does not say where its clock is.")
    return keys[0]


async def read_clock(link: ChargerClient) -> ClockReading:
    """Read the charger's clock; the laptop's UTC is taken halfway through the request."""
    key = clock_key(link.driver)
    before = dt.datetime.now(dt.UTC)
    values = await link.read([key])
    after = dt.datetime.now(dt.UTC)
    raw = values.get(key)
    if not isinstance(raw, int | float) or isinstance(raw, bool):
        raise InvalidInput(f"Charger {link.identity.serial} did not report its clock.")
    charger = dt.datetime.fromtimestamp(raw / 1000, dt.UTC)
    return ClockReading(charger, before + (after - before) / 2)


def describe_difference(seconds: float) -> str:
    """`3.2 s ahead of the laptop`, `2 h 5 min behind the laptop`, `in step with the laptop`."""
    if abs(seconds) < 0.5:
        return "in step with the laptop (within half a second)"
    way = "ahead of" if seconds > 0 else "behind"
    left = abs(seconds)
    if left < 60:
        amount = f"{left:.1f} s"
    else:
        days, rest = divmod(round(left), 86400)
        hours, rest = divmod(rest, 3600)
        minutes, secs = divmod(rest, 60)
        parts = [f"{days} d" if days else "", f"{hours} h" if hours else ""]
        parts += [f"{minutes} min" if minutes else "", f"{secs} s" if secs else ""]
        amount = " ".join(p for p in parts if p)
    return f"{amount} {way} the laptop"


__all__ = ["ClockReading", "clock_key", "describe_difference", "read_clock"]
