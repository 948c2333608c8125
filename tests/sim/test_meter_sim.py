"""What the simulated meter shows for a grid state, with and without faults."""

from __future__ import annotations

import math

import pytest

from app.core.measurands import Measurand
from app.sim.meter_sim import (
    FixedGrid,
    GridState,
    IntegratingGrid,
    MeterFaults,
    MeterModel,
    measurand_values,
)
from app.sim.modbus_server import ModbusSilent
from app.store.presets import load_library
from app.transports.meter_registers import decode_entry

M = Measurand

GRID = GridState(
    voltages=(230.0, 230.0, 230.0),
    currents=(10.0, 10.0, -10.0),
    power_factors=(0.8, 1.0, 1.0),
    import_wh=3000.0,
    export_wh=600.0,
)


def test_grid_quantities_follow_the_physics() -> None:
    values = measurand_values(GRID)
    assert values[M.P_L1] == pytest.approx(1840.0)
    assert values[M.S_L1] == pytest.approx(2300.0)
    assert values[M.Q_L1] == pytest.approx(1380.0)
    assert values[M.P_L3] == pytest.approx(-2300.0) and values[M.I_L3] == 10.0
    assert values[M.P_TOTAL] == pytest.approx(1840.0 + 2300.0 - 2300.0)
    assert values[M.V_L1L2] == pytest.approx(230.0 * math.sqrt(3))
    assert values[M.I_N] == pytest.approx(0.0, abs=1e-9)  # balanced magnitudes
    assert values[M.E_IMPORT_L2] == pytest.approx(1000.0)
    single = measurand_values(GRID, phases=1)
    assert M.I_L2 not in single and single[M.P_TOTAL] == pytest.approx(1840.0)


def model(name: str, faults: MeterFaults) -> MeterModel:
    return MeterModel(load_library().find(name), FixedGrid(GRID), faults)


def read_back(m: MeterModel, measurand: M) -> float:
    """Decode one register the way a correct client of the preset would."""
    entry = m.preset.entry(measurand)
    assert entry is not None
    t = m.preset.transport
    words = m.read(t.function_code, entry.register, entry.type.registers)
    return decode_entry(words, entry, t.word_order)


def test_healthy_model_serves_the_grid_through_its_preset() -> None:
    m = model("eastron-sdm72ct", MeterFaults())
    assert read_back(m, M.I_L1) == pytest.approx(10.0)
    assert read_back(m, M.P_L1) == pytest.approx(1840.0)
    # The CT preset's scale 2 means the meter itself holds 1/100 of the real current.
    entry = m.preset.entry(M.I_L1)
    assert entry is not None
    assert m.registers()[entry.register] == 0x3DCC  # 0.1 as F32, high word
    assert m.read(3, 0, 4) == [0, 0, 0, 0]  # other function code: no measurements


def test_faults_change_what_the_meter_shows() -> None:
    assert read_back(model("eastron-sdm630", MeterFaults(ct_scale=0.01)), M.I_L1) == (
        pytest.approx(0.1)
    )
    inverted = model("eastron-sdm630", MeterFaults(sign_inverted=True))
    assert read_back(inverted, M.P_L1) == pytest.approx(-1840.0)
    assert read_back(inverted, M.I_L1) == pytest.approx(10.0)
    assert read_back(inverted, M.E_EXPORT_TOTAL) == pytest.approx(3000.0)
    swapped = model("carlogavazzi-em340", MeterFaults(words_swapped=True))
    assert read_back(swapped, M.V_L1N) == pytest.approx(2300 * 65536 / 10)
    with pytest.raises(ModbusSilent):
        model("eastron-sdm120", MeterFaults(silent=True)).read(4, 0, 2)


def test_integrating_grid_counts_energy_on_the_site_clock() -> None:
    clock = [0.0]
    amps = [[10.0, 0.0, 0.0]]
    grid = IntegratingGrid(lambda: ([230.0] * 3, amps[0]), lambda: clock[0], import_wh=100.0)
    assert grid.grid_state().import_wh == 100.0
    clock[0] = 3600.0  # one hour at 2300 W
    assert grid.grid_state().import_wh == pytest.approx(2400.0)
    amps[0] = [0.0, 0.0, -5.0]
    clock[0] = 7200.0
    state = grid.grid_state()
    assert state.export_wh == pytest.approx(1150.0) and state.import_wh == pytest.approx(2400.0)
    assert state.power(3) == pytest.approx(-1150.0)


def test_silent_when_follows_the_site_switch() -> None:
    switch = [False]
    m = MeterModel(
        load_library().find("eastron-sdm120"),
        FixedGrid(GRID),
        MeterFaults(),
        silent_when=lambda: switch[0],
    )
    assert len(m.read(4, 0, 2)) == 2
    switch[0] = True
    with pytest.raises(ModbusSilent):
        m.read(4, 0, 2)
