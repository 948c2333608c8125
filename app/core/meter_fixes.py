"""Meter-check helpers: powers of ten, phase matching, the corrected preset it proposes."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from dataclasses import replace

from app.core.measurands import Kind, Measurand
from app.core.presets import SCALE_MAX, SCALE_MIN, MeterPreset, PresetEntry

CT_KINDS = (Kind.CURRENT, Kind.POWER, Kind.APPARENT_POWER, Kind.REACTIVE_POWER)
SIGNED_KINDS = (Kind.POWER, Kind.REACTIVE_POWER, Kind.POWER_FACTOR)


def corrected_preset(
    preset: MeterPreset,
    *,
    swapped: bool = False,
    delta: Mapping[Measurand, int] | None = None,
    inverted: bool = False,
    permutation: tuple[int, ...] | None = None,
) -> MeterPreset:
    """`preset` with its words swapped, scales shifted by `delta`, the sign inverted (P, Q,
    cosφ; import and export energies exchanged) and per-phase entries moved so that grid phase
    p reads meter phase `permutation[p-1]`."""
    if swapped:
        preset = preset.with_transport(word_order=preset.transport.word_order.swapped)
    shifts = delta or {}
    fixed = {
        e.measurand: replace(
            e, scale=max(SCALE_MIN, min(SCALE_MAX, e.scale + shifts.get(e.measurand, 0)))
        )
        for e in preset.entries
    }
    if inverted:
        fixed = _inverted(fixed)
    if permutation and permutation != tuple(range(1, len(permutation) + 1)):
        fixed = _permuted(fixed, permutation)
    return preset.with_entries(fixed.values())


def _inverted(entries: dict[Measurand, PresetEntry]) -> dict[Measurand, PresetEntry]:
    out = dict(entries)
    for m, e in entries.items():
        if m.kind in SIGNED_KINDS:
            out[m] = replace(e, invert=not e.invert)
        elif m.kind is Kind.ENERGY_IMPORT and Measurand(m + 4) in entries:
            twin = entries[Measurand(m + 4)]
            out[m] = replace(twin, measurand=m)
            out[twin.measurand] = replace(e, measurand=twin.measurand)
    return out


def _permuted(
    entries: dict[Measurand, PresetEntry], permutation: tuple[int, ...]
) -> dict[Measurand, PresetEntry]:
    out = dict(entries)
    for m, e in entries.items():
        if not m.phase or m.kind is Kind.VOLTAGE_LL:
            continue
        target = next(
            t for t in Measurand if t.kind is m.kind and t.phase == permutation.index(m.phase) + 1
        )
        out[target] = replace(e, measurand=target)
    return out


def exponent_into(value: float, low: float, high: float) -> int | None:
    """The power of ten k with low ≤ |value|·10^k ≤ high, within the preset scale range."""
    magnitude = abs(value)
    if not math.isfinite(magnitude) or magnitude == 0.0:
        return None
    for k in range(SCALE_MIN * 2, SCALE_MAX * 2 + 1):
        if low <= magnitude * 10.0**k <= high:
            return k
    return None


def match_phases(meter: list[float], clamp: tuple[float, ...]) -> tuple[int, ...] | None:
    """For each clamp phase, the meter phase index with the same current (identity first)."""
    for perm in itertools.permutations(range(len(meter))):
        if all(abs(meter[j] - c) <= max(1.0, 0.15 * c) for j, c in zip(perm, clamp, strict=True)):
            return perm
    return None
