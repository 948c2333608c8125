"""Every meter fault the simulator can inject is found by the probe and the sanity check."""

from __future__ import annotations

import pytest

from app.core.measurands import Measurand, WordOrder
from app.core.meter_check import CheckResult, Reference
from app.core.presets import MeterPreset
from app.sim.meter_sim import FixedGrid, GridState, MeterFaults, MeterSimulator
from app.store.presets import load_library
from app.transports.meter_probe import (
    check_preset,
    detect_framings,
    find_meter,
    identify,
    scan_units,
)
from app.transports.meter_reader import Framing, MeterAddress, ModbusLink, read_meter

LIBRARY = load_library()
GRID = GridState(
    voltages=(231.0, 229.0, 230.0),
    currents=(14.0, 6.0, 2.5),
    power_factors=(0.97, 0.9, 0.85),
    import_wh=8_765_000.0,
    export_wh=12_000.0,
)
CLAMP = Reference(currents=(14.0, 6.0, 2.5))


async def checked(
    preset: MeterPreset, faults: MeterFaults, reference: Reference | None = None
) -> CheckResult:
    async with (
        MeterSimulator(preset, FixedGrid(GRID), faults=faults) as sim,
        ModbusLink(MeterAddress("127.0.0.1", sim.port)) as link,
    ):
        return await check_preset(link, preset, sim.unit, reference)


@pytest.mark.parametrize("name", ["eastron-sdm630", "carlogavazzi-em340", "abb-b23"])
async def test_a_healthy_meter_passes_with_evidence(name: str) -> None:
    result = await checked(LIBRARY.find(name), MeterFaults(), CLAMP)
    assert result.plausible and not result.changed
    assert all(f.ok for f in result.findings)
    assert "grid L1, L2, L3" in next(
        f.evidence for f in result.findings if f.topic == "phase order"
    )


@pytest.mark.parametrize(
    "name", ["eastron-sdm630", "carlogavazzi-em340", "socomec-countis-e", "inepro-pro380"]
)
async def test_swapped_words_are_detected_and_the_order_flipped(name: str) -> None:
    preset = LIBRARY.find(name)
    result = await checked(preset, MeterFaults(words_swapped=True))
    order = preset.transport.word_order
    assert result.proposals == [f'set word_order = "{order.swapped.text}"']
    assert result.proposed.transport.word_order is WordOrder(1 - order)
    assert result.values[Measurand.I_L1] == pytest.approx(14.0, abs=0.01)


@pytest.mark.parametrize("name", ["eastron-sdm630", "abb-b23"])
async def test_inverted_sign_is_detected_and_inversion_proposed(name: str) -> None:
    result = await checked(LIBRARY.find(name), MeterFaults(sign_inverted=True))
    assert len(result.proposals) == 1 and "invert the sign" in result.proposals[0]
    fixed = result.proposed
    assert all(e.invert for e in fixed.entries if e.measurand.key.startswith(("p_", "q_")))
    assert not any(e.invert for e in fixed.entries if e.measurand.key.startswith("i_"))
    assert result.values[Measurand.P_TOTAL] > 0
    assert result.values[Measurand.E_IMPORT_TOTAL] == pytest.approx(8_765_000.0, rel=1e-3)


@pytest.mark.parametrize("name", ["eastron-sdm72ct", "eastron-sdm630"])
async def test_wrong_ct_scale_is_detected_against_the_clamp(name: str) -> None:
    preset = LIBRARY.find(name)
    result = await checked(preset, MeterFaults(ct_scale=0.01), CLAMP)
    assert len(result.proposals) == 1 and result.proposals[0].startswith("scale +2 on i_l1")
    for entry in result.proposed.entries:
        before = preset.entry(entry.measurand)
        assert before is not None
        grows = entry.measurand.key[:2] in ("i_", "p_", "s_", "q_")
        assert entry.scale == before.scale + (2 if grows else 0)


async def test_phase_rotation_is_detected_against_the_clamp() -> None:
    rotated = Reference(currents=(2.5, 14.0, 6.0))  # grid L1 carries what the meter calls L3
    result = await checked(LIBRARY.find("orno-we516"), MeterFaults(), rotated)
    (proposal,) = result.proposals
    assert "remap the per-phase registers" in proposal
    preset = LIBRARY.find("orno-we516")
    moved = result.proposed.entry(Measurand.I_L1)
    assert moved is not None and moved.register == preset.entry(Measurand.I_L3).register  # type: ignore[union-attr]


async def test_wrong_unit_id_is_found_by_the_scan() -> None:
    preset = LIBRARY.find("eastron-sdm630")
    async with MeterSimulator(preset, FixedGrid(GRID), faults=MeterFaults(unit_id=42)) as sim:
        hits = await find_meter("127.0.0.1", sim.port, unit=1, timeout=0.3)
        assert [(h.framing, h.unit, h.answer) for h in hits] == [(Framing.TCP, 42, "registers")]
        reading = await read_meter(MeterAddress("127.0.0.1", sim.port), preset, unit=42)
    assert reading.currents == pytest.approx([14.0, 6.0, 2.5])


async def test_rtu_over_tcp_gateway_is_recognised_and_scanned() -> None:
    preset = LIBRARY.find("carlogavazzi-em112")
    async with MeterSimulator(
        preset, FixedGrid(GRID), rtu_over_tcp=True, faults=MeterFaults(unit_id=3)
    ) as sim:
        assert await detect_framings("127.0.0.1", sim.port, timeout=0.3) == [Framing.RTU_OVER_TCP]
        hits = await find_meter("127.0.0.1", sim.port, units=range(1, 11), timeout=0.3)
    assert [(h.framing, h.unit) for h in hits] == [(Framing.RTU_OVER_TCP, 3)]


async def test_a_silent_meter_behind_a_gateway_answers_nowhere() -> None:
    preset = LIBRARY.find("eastron-sdm120")
    async with MeterSimulator(preset, FixedGrid(GRID), faults=MeterFaults(silent=True)) as sim:
        assert await detect_framings("127.0.0.1", sim.port, timeout=0.2) == [Framing.TCP]
        hits = await find_meter("127.0.0.1", sim.port, units=range(1, 248), timeout=0.2)
        assert hits == []
        await sim.set_faults(MeterFaults())
        back = await scan_units(MeterAddress("127.0.0.1", sim.port), range(1, 4), timeout=0.2)
    assert [h.unit for h in back] == [1]


async def test_identify_ranks_the_simulated_model_first() -> None:
    preset = LIBRARY.find("socomec-countis-e")
    async with (
        MeterSimulator(preset, FixedGrid(GRID)) as sim,
        ModbusLink(MeterAddress("127.0.0.1", sim.port), timeout=0.5) as link,
    ):
        results = await identify(link, LIBRARY.presets, sim.unit)
    assert results[0].preset.name == "socomec-countis-e" and results[0].plausible
    assert not any(r.plausible for r in results[1:])
