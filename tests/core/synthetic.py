"""Synthetic sites for the pure analyses: a small ALB model and a phase-probe model, in numpy.

These are test fixtures, not the simulator: they make recordings with one fault at a time so
the analyses can be checked on every failure case without a network.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from app.core.hairdryer_reaction import Recording, TestSetup
from app.core.phase_id import ProbeData
from app.core.phases import PhaseMapping

RATE = 4.0


def _on_grid(current: np.ndarray, mapping: PhaseMapping) -> np.ndarray:
    out = np.zeros(3)
    for k, grid in enumerate(mapping.grid_phases):
        out[grid - 1] += current[k]
    return out


@dataclass
class AlbSite:
    """One socket under ALB, a household, a test load; faults switched by fields."""

    household: tuple[float, float, float] = (10.0, 10.0, 10.0)
    load: float = 9.0
    load_phase: int = 1
    configured: PhaseMapping = PhaseMapping.L1L2L3
    wiring: PhaseMapping | None = None  # true wiring; None = as configured
    ev_phases: int = 3
    ev_max: float = 16.0
    ev_min: float = 6.0
    maximum: float = 18.0
    safe: float = 6.0
    include_ev: bool = True
    alb: bool = True
    sign: float = 1.0
    silent: bool = False
    noise: float = 0.0
    delay: float = 2.0
    session_at: float = 10.0
    on_at: float = 40.0
    end_at: float = 70.0
    seed: int = 1
    charging: bool = True
    meter_scale: float = 1.0
    rng: np.random.Generator = field(init=False)

    def __post_init__(self) -> None:
        self.rng = np.random.default_rng(self.seed)

    @property
    def true_wiring(self) -> PhaseMapping:
        return self.wiring or self.configured

    def setup(self) -> TestSetup:
        return TestSetup(
            test_maximum=self.maximum,
            test_load=self.load,
            include_ev=self.include_ev,
            mapping=self.configured,
            safe_current=self.safe,
            alb_enabled=self.alb,
            ev_minimum=self.ev_min,
        )

    def _draw(self, level: float) -> np.ndarray:
        phases = len(self.configured.grid_phases)
        current = np.zeros(3)
        current[: min(self.ev_phases, phases)] = level
        return current

    def _target(self, reading: np.ndarray, own: np.ndarray) -> float:
        if not self.alb:
            return self.ev_max
        if self.silent:
            return self.safe
        seen = reading - (_on_grid(own, self.configured) if self.include_ev else 0.0)
        phases = [g for k, g in enumerate(self.configured.grid_phases) if k < self.ev_phases]
        allowed = self.maximum - max(seen[p - 1] for p in phases)
        return 0.0 if allowed < self.ev_min else min(allowed, self.ev_max)

    def record(self) -> Recording:
        t = np.arange(0.0, self.end_at, 1 / RATE)
        meter, socket, limit = np.zeros((3, t.size)), np.zeros((3, t.size)), np.zeros(t.size)
        level, pending, frozen = 0.0, [], None
        for i, now in enumerate(t):
            house = np.array(self.household) + self.rng.normal(0, self.noise, 3)
            if now >= self.on_at:
                house[self.load_phase - 1] += self.load
            current = self._draw(level)
            true = house + (_on_grid(current, self.true_wiring) if self.include_ev else 0.0)
            reading = self.sign * self.meter_scale * true
            if self.silent:
                frozen = reading if frozen is None else frozen
                reading = frozen
            target = self._target(reading, current)
            pending.append((now + self.delay, target))
            while pending and pending[0][0] <= now:
                level = pending.pop(0)[1]
            if now < self.session_at or not self.charging:
                level = 0.0
            meter[:, i], socket[:, i], limit[i] = reading, self._draw(level), target
        pre = (t >= self.session_at - 5) & (t < self.session_at)
        base = meter[:, pre].mean(axis=1)
        return Recording(t, meter, socket, limit, (base[0], base[1], base[2]), self.on_at)


@dataclass
class Probe:
    """A charger stepped between two levels while a grid meter watches."""

    wiring: PhaseMapping = PhaseMapping.L1L2L3
    phase_factors: tuple[float, float, float] = (1.0, 1.0, 1.0)
    levels: tuple[float, ...] = (6.0, 13.0, 6.0, 13.0, 6.0, 13.0)
    dwell: float = 12.0
    household: tuple[float, float, float] = (4.0, 7.0, 3.0)
    noise: float = 0.2
    follow: bool = True
    meter_sees_ev: bool = True
    gain: float = 1.0
    meter_phase_gain: tuple[float, float, float] = (1.0, 1.0, 1.0)
    switch_at: float | None = None  # a household load of 8 A switching on at this time
    toggle_every: float | None = None  # an 8 A household load toggling with this period
    seed: int = 3

    def data(self) -> ProbeData:
        rng = np.random.default_rng(self.seed)
        phases = self.wiring.phases
        t = np.arange(0.0, self.dwell * len(self.levels), 1 / RATE)
        socket, meter = np.full((3, t.size), np.nan), np.zeros((3, t.size))
        for i, now in enumerate(t):
            segment = min(int(now // self.dwell), len(self.levels) - 1)
            into = now - segment * self.dwell
            previous = self.levels[segment - 1] if segment else self.levels[0]
            level = self.levels[segment] if into > 2.0 else previous
            level = level if self.follow else 6.0
            current = np.array(self.phase_factors) * level
            current[phases:] = np.nan
            socket[:, i] = current
            house = np.array(self.household) + rng.normal(0, self.noise, 3)
            if self.switch_at is not None and now >= self.switch_at:
                house[1] += 8.0
            if self.toggle_every is not None and int(now // self.toggle_every) % 2:
                house[1] += 8.0
            seen = _on_grid(np.nan_to_num(current), self.wiring) * self.meter_phase_gain
            seen = seen if self.meter_sees_ev else 0.0
            meter[:, i] = self.gain * (house + seen)
        segments = tuple((k * self.dwell, (k + 1) * self.dwell) for k in range(len(self.levels)))
        return ProbeData(t, socket, meter, segments, phases=phases)
