"""A simulated Modbus energy meter built from any preset, its values taken from a `GridSource`.

The site physics (app/sim/physics, another module) implements `GridSource`: per grid phase the
voltage, the current at the grid connection (household loads + EV currents on the phases each
socket is truly wired to), the power factor, the frequency and the energy counters. `FixedGrid`
is a settable stand-in for tests and benchmarks. Faults are part of the simulator: sign
inverted (CT clamps reversed), CT scale wrong, words swapped, wrong unit id, meter silent.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from app.core.errors import InvalidInput
from app.core.measurands import Kind, Measurand, WordOrder, phase_measurand
from app.core.presets import MeterPreset
from app.sim.modbus_server import ModbusFault, ModbusServer, ModbusSilent
from app.transports.meter_registers import encode_entry

GATEWAY_NO_RESPONSE = 0x0B
_SIGNED_KINDS = (Kind.POWER, Kind.REACTIVE_POWER, Kind.POWER_FACTOR)
_CT_KINDS = (Kind.CURRENT, Kind.POWER, Kind.APPARENT_POWER, Kind.REACTIVE_POWER)


@dataclass(frozen=True)
class GridState:
    """The grid connection at one instant, per grid phase L1..L3.

    `currents` are positive while the site imports on that phase and negative while it exports;
    `power_factors` are displacement power factors 0..1 (inductive); energies in Wh.
    """

    voltages: tuple[float, float, float] = (230.0, 230.0, 230.0)
    currents: tuple[float, float, float] = (0.0, 0.0, 0.0)
    power_factors: tuple[float, float, float] = (1.0, 1.0, 1.0)
    frequency: float = 50.0
    import_wh: float = 0.0
    export_wh: float = 0.0

    def power(self, phase: int) -> float:
        """Real power of grid phase 1..3 in W, positive while importing."""
        i = phase - 1
        return self.voltages[i] * self.currents[i] * self.power_factors[i]

    def apparent(self, phase: int) -> float:
        i = phase - 1
        return self.voltages[i] * abs(self.currents[i])

    def reactive(self, phase: int) -> float:
        s, p = self.apparent(phase), self.power(phase)
        return math.sqrt(max(s * s - p * p, 0.0))


class GridSource(Protocol):
    """What a simulated meter (Modbus or P1) measures; the site physics implements it."""

    def grid_state(self) -> GridState:
        """The grid connection now."""


@dataclass
class FixedGrid:
    """A `GridSource` whose state is set by hand (tests, benchmarks, the CLI's demo meter)."""

    state: GridState = field(default_factory=GridState)

    def grid_state(self) -> GridState:
        return self.state

    def set(self, **changes: object) -> None:
        """Change fields of the state, e.g. `set(currents=(10.0, 2.0, 0.0))`."""
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]


class IntegratingGrid:
    """A `GridSource` over live voltages and currents that counts energy on the site clock.

    `sample()` returns (volts, amps) per grid phase; `now()` is site time in seconds. Import and
    export counters integrate the net real power between successive samples.
    """

    def __init__(
        self,
        sample: Callable[[], tuple[Sequence[float], Sequence[float]]],
        now: Callable[[], float],
        *,
        power_factor: float = 1.0,
        frequency: float = 50.0,
        import_wh: float = 0.0,
        export_wh: float = 0.0,
    ) -> None:
        self._sample, self._now = sample, now
        self.power_factor, self.frequency = power_factor, frequency
        self.import_wh, self.export_wh = import_wh, export_wh
        self._last = now()

    def grid_state(self) -> GridState:
        volts, amps = self._sample()
        v = (float(volts[0]), float(volts[1]), float(volts[2]))
        i = (float(amps[0]), float(amps[1]), float(amps[2]))
        t = self._now()
        hours, self._last = max(t - self._last, 0.0) / 3600.0, t
        net = math.fsum(a * b * self.power_factor for a, b in zip(v, i, strict=True))
        self.import_wh += max(net, 0.0) * hours
        self.export_wh += max(-net, 0.0) * hours
        pf = self.power_factor
        return GridState(v, i, (pf, pf, pf), self.frequency, self.import_wh, self.export_wh)


def measurand_values(state: GridState, phases: int = 3) -> dict[Measurand, float]:
    """Every measurand a meter on this grid would show (a 1-phase meter sits on L1)."""
    values: dict[Measurand, float] = {Measurand.FREQUENCY: state.frequency}
    on = range(1, phases + 1)
    for p in on:
        values[phase_measurand(Kind.VOLTAGE, p)] = state.voltages[p - 1]
        values[phase_measurand(Kind.CURRENT, p)] = abs(state.currents[p - 1])
        values[phase_measurand(Kind.POWER, p)] = state.power(p)
        values[phase_measurand(Kind.APPARENT_POWER, p)] = state.apparent(p)
        values[phase_measurand(Kind.REACTIVE_POWER, p)] = state.reactive(p)
        s = state.apparent(p)
        values[phase_measurand(Kind.POWER_FACTOR, p)] = state.power(p) / s if s else 1.0
    p_total = math.fsum(state.power(p) for p in on)
    s_total = math.fsum(state.apparent(p) for p in on)
    values |= {
        Measurand.P_TOTAL: p_total,
        Measurand.S_TOTAL: s_total,
        Measurand.Q_TOTAL: math.fsum(state.reactive(p) for p in on),
        Measurand.PF_TOTAL: p_total / s_total if s_total else 1.0,
        Measurand.I_SUM: math.fsum(abs(state.currents[p - 1]) for p in on),
        Measurand.E_IMPORT_TOTAL: state.import_wh,
        Measurand.E_EXPORT_TOTAL: state.export_wh,
    }
    if phases == 3:
        values |= _three_phase_extras(state)
    return values


def _three_phase_extras(state: GridState) -> dict[Measurand, float]:
    v = state.voltages
    extras = {
        # Phasors 120° apart: |Va - Vb|² = Va² + Vb² + Va·Vb.
        Measurand.V_L1L2: math.sqrt(v[0] ** 2 + v[1] ** 2 + v[0] * v[1]),
        Measurand.V_L2L3: math.sqrt(v[1] ** 2 + v[2] ** 2 + v[1] * v[2]),
        Measurand.V_L3L1: math.sqrt(v[2] ** 2 + v[0] ** 2 + v[2] * v[0]),
        Measurand.I_N: _neutral_current(state.currents),
    }
    # Per-phase counters are not in GridState: split the totals evenly.
    for p in (1, 2, 3):
        extras[Measurand(Measurand.E_IMPORT_L1 + p - 1)] = state.import_wh / 3
        extras[Measurand(Measurand.E_EXPORT_L1 + p - 1)] = state.export_wh / 3
    return extras


def _neutral_current(currents: tuple[float, float, float]) -> float:
    angles = (0.0, -2 * math.pi / 3, 2 * math.pi / 3)
    re = math.fsum(abs(i) * math.cos(a) for i, a in zip(currents, angles, strict=True))
    im = math.fsum(abs(i) * math.sin(a) for i, a in zip(currents, angles, strict=True))
    return math.hypot(re, im)


@dataclass(frozen=True)
class MeterFaults:
    """What is wrong with the simulated meter (all off by default)."""

    sign_inverted: bool = False
    ct_scale: float = 1.0
    words_swapped: bool = False
    unit_id: int | None = None
    silent: bool = False


class MeterModel:
    """The registers of one meter, computed from the grid at every request."""

    def __init__(
        self,
        preset: MeterPreset,
        grid: GridSource,
        faults: MeterFaults,
        silent_when: Callable[[], bool] | None = None,
    ) -> None:
        self.preset = preset
        self.grid = grid
        self.faults = faults
        self.silent_when = silent_when
        self.reads = 0

    def values(self) -> dict[Measurand, float]:
        """What the meter believes it measures, faults included, in charger units."""
        values = measurand_values(self.grid.grid_state(), self.preset.phases)
        f = self.faults
        for m in list(values):
            if m.kind in _CT_KINDS:
                values[m] *= f.ct_scale
            if f.sign_inverted and m.kind in _SIGNED_KINDS:
                values[m] = -values[m]
        if f.sign_inverted:  # reversed clamps count import as export
            for m in [m for m in values if m.kind is Kind.ENERGY_IMPORT]:
                twin = Measurand(m + 4)  # E import L1…total → E export L1…total
                values[m], values[twin] = values.get(twin, 0.0), values[m]
        return values

    def registers(self) -> dict[int, int]:
        """Register address → word for every mapped measurand."""
        order = self.preset.transport.word_order
        if self.faults.words_swapped:
            order = WordOrder(1 - order)
        values = self.values()
        image: dict[int, int] = {}
        for entry in self.preset.entries:
            words = encode_entry(values.get(entry.measurand, 0.0), entry, order)
            image.update(
                zip(range(entry.register, entry.register + len(words)), words, strict=True)
            )
        return image

    def read(self, function_code: int, address: int, count: int) -> list[int]:
        if self.faults.silent or (self.silent_when is not None and self.silent_when()):
            raise ModbusSilent
        self.reads += 1
        if function_code != self.preset.transport.function_code:
            return [0] * count
        image = self.registers()
        return [image.get(a, 0) for a in range(address, address + count)]

    def write(self, address: int, values: list[int]) -> None:
        raise ModbusFault(0x02)


class _OtherUnits:
    """Unit ids nobody answers: an RS-485 gateway's 0x0B, or silence."""

    def __init__(self, silent: bool) -> None:
        self.silent = silent

    def read(self, function_code: int, address: int, count: int) -> list[int]:
        if self.silent:
            raise ModbusSilent
        raise ModbusFault(GATEWAY_NO_RESPONSE)

    def write(self, address: int, values: list[int]) -> None:
        self.read(16, address, len(values))


class MeterSimulator:
    """A Modbus TCP (or RTU-over-TCP) meter on 127.0.0.1 serving `preset` from `grid`."""

    def __init__(
        self,
        preset: MeterPreset,
        grid: GridSource,
        *,
        faults: MeterFaults | None = None,
        rtu_over_tcp: bool = False,
        port: int = 0,
        other_units_silent: bool = False,
        silent_when: Callable[[], bool] | None = None,
    ) -> None:
        self.model = MeterModel(preset, grid, faults or MeterFaults(), silent_when)
        self._rtu = rtu_over_tcp
        self._port = port
        self._others = _OtherUnits(other_units_silent)
        self._server: ModbusServer | None = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def unit(self) -> int:
        """The unit id the meter answers on (the preset's, unless the wrong-unit fault is on)."""
        return self.model.faults.unit_id or self.model.preset.transport.unit_id

    @property
    def faults(self) -> MeterFaults:
        return self.model.faults

    async def start(self) -> None:
        if not 1 <= self.unit <= 247:
            raise InvalidInput(f"Simulated meter: unit id {self.unit} is not 1…247.")
        server = ModbusServer(
            {self.unit: self.model, 0: self._others}, port=self._port, rtu_over_tcp=self._rtu
        )
        await server.start()
        self._server, self._port = server, server.port

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.stop()
            self._server = None

    async def set_faults(self, faults: MeterFaults) -> None:
        """Switch faults on or off; a new unit id restarts the server on the same port."""
        restart = self._server is not None and (faults.unit_id or 0) != (
            self.model.faults.unit_id or 0
        )
        self.model.faults = faults
        if restart:
            await self.stop()
            await self.start()

    async def __aenter__(self) -> MeterSimulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
