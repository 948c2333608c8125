"""What the driver contract suite needs of a brand: its driver tag and a simulator to test on.

One `ContractTarget` per registered driver (tests/drivers/test_contract.py lists them). A new
brand adds its record next to its own tests and to that list; the suite itself does not change.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass

from app.core.values import Value
from app.drivers.base import SettingKey


@dataclass(frozen=True, slots=True)
class SimulatedCharger:
    """One running simulated charger, with the one knob the suite turns."""

    url: str
    password: str
    serial: str
    refuse_next_write: Callable[[], None]  # the charger refuses the next write it gets


@dataclass(frozen=True, slots=True)
class ContractTarget:
    tag: str  # the registry tag of the driver under test
    simulator: Callable[[], AbstractAsyncContextManager[SimulatedCharger]]
    # A plan setting to write and read back: the driver's key for `alb.safe_current` and two
    # values its charger accepts (the suite writes whichever differs from the one found).
    safe_current: tuple[SettingKey, Value, Value]
    scheme: str = "https"  # how the driver's URLs start (for the unreachable charger)
