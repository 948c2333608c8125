"""A simulated site's clock that moves only when the test says so: timing-free tests of expiries."""

from __future__ import annotations

from app.sim.alfen.charger import SimClock


class HandClock(SimClock):
    """Site time that moves only when the test sets `t` (site seconds)."""

    def __init__(self) -> None:
        super().__init__()
        self.t = 0.0

    def now(self) -> float:
        return self.t
