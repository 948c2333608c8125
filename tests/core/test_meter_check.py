"""The meter sanity check on hand-made observations (the end-to-end fault tests are in protocol)."""

from __future__ import annotations

import pytest

from app.core.measurands import Measurand, WordOrder
from app.core.meter_check import Observation, Reference, check_meter, exponent_into
from app.core.presets import MeterPreset, parse_preset
from app.transports.read_blocks import one_per_entry, plan_reads

M = Measurand

PRESET = parse_preset(
    """schema_version = 1
maker = "Test"
model = "T3"
phases = 3
source = "hand-made"
[transport]
function_code = 4
[measurands]
v_l1n = { register = 0, type = "S32", scale = -1 }
v_l2n = { register = 2, type = "S32", scale = -1 }
v_l3n = { register = 4, type = "S32", scale = -1 }
i_l1 = { register = 6, type = "S32", scale = -3 }
i_l2 = { register = 8, type = "S32", scale = -3 }
i_l3 = { register = 10, type = "S32", scale = -3 }
p_l1 = { register = 12, type = "S32", scale = -1 }
p_l2 = { register = 14, type = "S32", scale = -1 }
p_l3 = { register = 16, type = "S32", scale = -1 }
p_total = { register = 18, type = "S32", scale = -1 }
frequency = { register = 20, type = "S16", scale = -1 }
e_import_total = { register = 30, type = "S32", scale = 2 }
e_export_total = { register = 32, type = "S32", scale = 2 }
""",
    "t3.toml",
)

TRUE = {
    M.V_L1N: 231.0,
    M.V_L2N: 229.0,
    M.V_L3N: 230.0,
    M.I_L1: 10.0,
    M.I_L2: 4.0,
    M.I_L3: 1.0,
    M.P_L1: 2194.5,
    M.P_L2: 824.4,
    M.P_L3: 230.0,
    M.P_TOTAL: 3248.9,
    M.FREQUENCY: 50.0,
    M.E_IMPORT_TOTAL: 12300.0,
    M.E_EXPORT_TOTAL: 100.0,
}


def observe(
    preset: MeterPreset,
    values: dict[Measurand, float],
    *,
    meter_scale: dict[Measurand, int] | None = None,
    swapped: bool = False,
) -> list[Observation]:
    """What a meter holding `values` would give, under `meter_scale` (default: the preset's)."""
    out = []
    for e in preset.entries:
        raw = values[e.measurand] / 10.0 ** (meter_scale or {}).get(e.measurand, e.scale)
        garbage = raw * 65536.0 + 12345.0 if e.type.registers > 1 else raw
        out.append(Observation(e, garbage if swapped else raw, raw if swapped else garbage))
    return out


def test_a_right_preset_passes_every_check_with_evidence() -> None:
    result = check_meter(PRESET, observe(PRESET, TRUE))
    assert result.plausible and not result.changed and not result.proposals
    topics = {f.topic for f in result.findings}
    assert {
        "word order",
        "voltage scale",
        "frequency scale",
        "P ≈ V·I·cosφ",
        "sign",
        "P total = sum",
    } <= topics
    assert all(f.ok for f in result.findings)
    assert result.values[M.I_L1] == pytest.approx(10.0)


def test_swapped_words_are_found_from_voltage_and_frequency() -> None:
    result = check_meter(PRESET, observe(PRESET, TRUE, swapped=True))
    assert result.plausible
    assert result.proposed.transport.word_order is WordOrder.HIGH_LOW.swapped
    assert result.proposals == ['set word_order = "low-high"']
    assert result.values[M.V_L1N] == pytest.approx(231.0)


def test_a_voltage_scale_off_by_ten_is_corrected() -> None:
    voltages = {M.V_L1N: -2, M.V_L2N: -2, M.V_L3N: -2}  # the meter counts 0.01 V
    result = check_meter(PRESET, observe(PRESET, TRUE, meter_scale=voltages))
    assert [e.scale for e in result.proposed.entries if e.measurand in voltages] == [-2, -2, -2]
    assert any("scale -1 on v_l1n, v_l2n, v_l3n" in p for p in result.proposals)


def test_power_in_kilowatts_is_corrected_on_power_not_current() -> None:
    kw = {m: 2 for m in (M.P_L1, M.P_L2, M.P_L3, M.P_TOTAL)}  # the meter counts 100 W
    result = check_meter(PRESET, observe(PRESET, TRUE, meter_scale=kw))
    fixed = {e.measurand: e.scale for e in result.proposed.entries}
    assert [fixed[m] for m in kw] == [2, 2, 2, 2]
    assert fixed[M.I_L1] == -3
    assert result.plausible


def test_current_in_milliamps_is_corrected_on_current() -> None:
    ma = {M.I_L1: -6, M.I_L2: -6, M.I_L3: -6}  # preset -3, meter really µA-ish: 1000× too big
    result = check_meter(PRESET, observe(PRESET, TRUE, meter_scale=ma))
    fixed = {e.measurand: e.scale for e in result.proposed.entries}
    assert [fixed[m] for m in ma] == [-6, -6, -6]


def test_total_register_with_its_own_scale_error_is_caught_by_the_sum() -> None:
    result = check_meter(PRESET, observe(PRESET, TRUE, meter_scale={M.P_TOTAL: 0}))
    assert result.proposed.entry(M.P_TOTAL).scale == 0  # type: ignore[union-attr]
    assert [f.topic for f in result.findings if not f.ok] == ["P total = sum"]


def inverted(values: dict[Measurand, float]) -> dict[Measurand, float]:
    out = {m: (-v if m.name.startswith("P_") else v) for m, v in values.items()}
    out[M.E_IMPORT_TOTAL], out[M.E_EXPORT_TOTAL] = (
        values[M.E_EXPORT_TOTAL],
        values[M.E_IMPORT_TOTAL],
    )
    return out


def test_inverted_sign_is_proposed_from_the_energy_counters() -> None:
    result = check_meter(PRESET, observe(PRESET, inverted(TRUE)))
    assert any("invert the sign" in p for p in result.proposals)
    fixed = result.proposed
    assert fixed.entry(M.P_L1).invert and not fixed.entry(M.I_L1).invert  # type: ignore[union-attr]
    assert fixed.entry(M.E_IMPORT_TOTAL).register == 32  # type: ignore[union-attr]
    assert result.values[M.P_TOTAL] == pytest.approx(3248.9)


def test_negative_power_is_fine_when_the_site_exports() -> None:
    result = check_meter(PRESET, observe(PRESET, inverted(TRUE)), Reference(importing=False))
    assert not result.changed and result.plausible
    said_importing = check_meter(
        PRESET,
        observe(PRESET, {**TRUE, **{m: -v for m, v in TRUE.items() if m.name.startswith("P_")}}),
        Reference(importing=True),
    )
    assert said_importing.proposed.entry(M.P_L1).invert  # type: ignore[union-attr]


def test_clamp_readings_reveal_ct_scale_and_phase_order() -> None:
    ct = {m: PRESET.entry(m).scale + 2 for m in TRUE if m.name[:2] in ("I_", "P_")}  # type: ignore[union-attr]
    result = check_meter(
        PRESET, observe(PRESET, TRUE, meter_scale=ct), Reference(currents=(4.1, 1.0, 9.8))
    )
    assert any("scale +2 on i_l1" in p for p in result.proposals)
    order = next(f for f in result.findings if f.topic == "phase order")
    assert not order.ok and "grid L1 on meter L2" in order.evidence
    fixed = result.proposed
    assert fixed.entry(M.I_L1).register == 8 and fixed.entry(M.I_L3).register == 6  # type: ignore[union-attr]
    assert fixed.entry(M.I_L1).scale == -1  # type: ignore[union-attr]


def test_garbage_is_not_plausible_in_either_word_order() -> None:
    zeros = {m: 0.0 for m in TRUE}
    assert not check_meter(PRESET, observe(PRESET, zeros)).plausible
    nonsense = {**TRUE, M.V_L1N: 3.0, M.V_L2N: 3.0, M.V_L3N: 3.0, M.FREQUENCY: 5000.0}
    result = check_meter(PRESET, observe(PRESET, nonsense, meter_scale={M.FREQUENCY: -1}))
    assert not result.plausible


@pytest.mark.parametrize(
    ("value", "low", "high", "k"),
    [
        (230.0, 180, 270, 0),
        (2300, 180, 270, -1),
        (0.23, 180, 270, 3),
        (0.0, 180, 270, None),
        (float("nan"), 180, 270, None),
        (1e-41, 180, 270, None),
        (-230.0, 180, 270, 0),
    ],
)
def test_exponent_into(value: float, low: float, high: float, k: int | None) -> None:
    assert exponent_into(value, low, high) == k


def test_read_plan_merges_touching_registers_and_respects_limits() -> None:
    blocks = plan_reads(PRESET.entries, max_registers=100)
    assert [(b.start, b.count) for b in blocks] == [(0, 21), (30, 4)]
    assert [(b.start, b.count) for b in plan_reads(PRESET.entries, max_gap=9)] == [(0, 34)]
    small = plan_reads(PRESET.entries, max_registers=8)
    assert all(b.count <= 8 for b in small) and sum(len(b.entries) for b in small) == 13
    assert len(one_per_entry(PRESET.entries)) == 13
    block = blocks[0]
    registers = list(range(100, 121))
    assert block.words(PRESET.entry(M.FREQUENCY), registers) == (120,)  # type: ignore[arg-type]
