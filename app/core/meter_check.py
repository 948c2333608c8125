"""Meter sanity check: is a preset's reading of a meter physically plausible, and if not, what fix?

Input is what the protocol probe read: each preset entry decoded in the preset's word order and
in the swapped one (before scaling), plus optional references the installer has (clamp-meter
currents per grid phase, whether the site is importing now). The check decides, with evidence:
word order (voltage ≈ 230 V and frequency ≈ 50 Hz in only one order), voltage and frequency
scale, P ≈ V·I·cosφ, S ≈ V·I, sum of phase values ≈ total, sign (import positive), current scale
and phase order against clamp readings; and proposes the corrected preset.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.core.measurands import Kind, Measurand
from app.core.meter_fixes import (
    CT_KINDS,
    SIGNED_KINDS,
    corrected_preset,
    exponent_into,
    match_phases,
)
from app.core.presets import MeterPreset, PresetEntry

RANGES = {
    Kind.VOLTAGE: (180.0, 270.0),
    Kind.VOLTAGE_LL: (310.0, 470.0),
    Kind.FREQUENCY: (45.0, 65.0),
}
PF_RANGE = (0.2, 1.05)
RATIO_RANGE = (0.9, 1.1)
MIN_CURRENT = 0.5
MIN_POWER = 50.0
MAX_CURRENT = 1000.0


@dataclass(frozen=True)
class Observation:
    """One entry as read: decoded in the preset's word order and swapped, before scaling."""

    entry: PresetEntry
    raw: float
    raw_swapped: float


@dataclass(frozen=True)
class Reference:
    """What the installer knows independently of the meter."""

    currents: tuple[float, ...] = ()
    importing: bool | None = None


@dataclass(frozen=True)
class Finding:
    """One thing checked: the evidence, and a proposal when it is wrong."""

    topic: str
    ok: bool
    evidence: str
    proposal: str = ""


@dataclass(frozen=True)
class CheckResult:
    """The verdict on one preset against one meter."""

    preset: MeterPreset
    proposed: MeterPreset
    findings: tuple[Finding, ...]
    plausible: bool
    values: Mapping[Measurand, float] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return self.proposed != self.preset

    @property
    def changes(self) -> int:
        """How many entries (and the word order) the proposal changes."""
        before = set(self.preset.entries)
        moved = sum(1 for e in self.proposed.entries if e not in before)
        return moved + (self.proposed.transport != self.preset.transport)

    @property
    def live(self) -> int:
        """How many measurands read something other than zero."""
        return sum(1 for v in self.values.values() if v)

    @property
    def proposals(self) -> list[str]:
        return [f.proposal for f in self.findings if f.proposal]


def check_meter(
    preset: MeterPreset, observations: Iterable[Observation], reference: Reference | None = None
) -> CheckResult:
    """Check `preset` against what the meter answered; see the module docstring."""
    return _Check(preset, observations, reference or Reference()).run()


class _Check:
    def __init__(
        self, preset: MeterPreset, observations: Iterable[Observation], reference: Reference
    ) -> None:
        self.preset = preset
        self.obs = {o.entry.measurand: o for o in observations}
        self.ref = reference
        self.swapped = False
        self.delta: dict[Measurand, int] = {}
        self.inverted = False
        self.permutation = tuple(range(1, preset.phases + 1))
        self.findings: list[Finding] = []
        self.plausible = True

    def run(self) -> CheckResult:
        if self._word_order():
            self._anchor_scale(Kind.VOLTAGE)
            self._anchor_scale(Kind.VOLTAGE_LL)
            self._anchor_scale(Kind.FREQUENCY)
            self._against_reference()
            self._power_vs_current()
            self._sign()
            self._sums()
        proposed = corrected_preset(
            self.preset,
            swapped=self.swapped,
            delta=self.delta,
            inverted=self.inverted,
            permutation=self.permutation,
        )
        values = {m: self.value(m) for m in self.obs}
        return CheckResult(self.preset, proposed, tuple(self.findings), self.plausible, values)

    # -- values under the corrections decided so far ---------------------------------------

    def value(self, m: Measurand) -> float:
        o = self.obs[m]
        raw = o.raw_swapped if self.swapped else o.raw
        sign = -1.0 if (o.entry.invert != (self.inverted and m.kind in SIGNED_KINDS)) else 1.0
        if self.inverted and m.kind in (Kind.ENERGY_IMPORT, Kind.ENERGY_EXPORT):
            twin = Measurand(m + 4 if m.kind is Kind.ENERGY_IMPORT else m - 4)
            if twin in self.obs:
                t = self.obs[twin]
                raw = t.raw_swapped if self.swapped else t.raw
                return raw * 10.0 ** (t.entry.scale + self.delta.get(twin, 0))
        return sign * raw * 10.0 ** (o.entry.scale + self.delta.get(m, 0))

    def _of(self, kind: Kind) -> list[Measurand]:
        return [m for m in self.obs if m.kind is kind]

    def _phase(self, kind: Kind, phase: int) -> Measurand | None:
        return next((m for m in self._of(kind) if m.phase == phase), None)

    def _say(self, topic: str, ok: bool, evidence: str, proposal: str = "") -> None:
        self.findings.append(Finding(topic, ok, evidence, proposal))

    # -- the checks -------------------------------------------------------------------------

    def _anchors(self) -> list[Measurand]:
        return [
            m
            for m in self.obs
            if m.kind in (Kind.VOLTAGE, Kind.FREQUENCY) and self.obs[m].raw != 0.0
        ]

    def _fits(self, swapped: bool) -> bool:
        saved, self.swapped = self.swapped, swapped
        try:
            return all(
                exponent_into(self.value(m), *RANGES[m.kind]) is not None for m in self._anchors()
            )
        finally:
            self.swapped = saved

    def _word_order(self) -> bool:
        anchors = self._anchors()
        if not anchors:
            self.plausible = False
            self._say(
                "voltage",
                False,
                "no voltage or frequency reads non-zero: this preset "
                "does not match the meter, or the meter measures no supply.",
            )
            return False
        shown = ", ".join(f"{m.label} {self.obs[m].raw:.6g}" for m in anchors[:3])
        swapped_shown = ", ".join(f"{m.label} {self.obs[m].raw_swapped:.6g}" for m in anchors[:3])
        order = self.preset.transport.word_order
        if self._fits(False):
            self._say("word order", True, f"{order.text}: {shown} are mains values.")
            return True
        if any(self.obs[m].entry.type.registers > 1 for m in anchors) and self._fits(True):
            self.swapped = True
            self._say(
                "word order",
                False,
                f"as configured ({order.text}) {shown}; with words swapped "
                f"{swapped_shown}, which are mains values.",
                f'set word_order = "{order.swapped.text}"',
            )
            return True
        self.plausible = False
        self._say(
            "voltage",
            False,
            f"{shown} (swapped: {swapped_shown}) is not a mains voltage "
            "and frequency in either word order: wrong preset or wrong function code.",
        )
        return False

    def _anchor_scale(self, kind: Kind) -> None:
        members = [m for m in self._of(kind) if self.obs[m].raw != 0.0]
        if not members:
            return
        needed = {exponent_into(self.value(m), *RANGES[kind]) for m in members}
        low, high = RANGES[kind]
        shown = ", ".join(f"{m.label} {self.value(m):.4g} {m.unit}" for m in members)
        if needed == {0}:
            self._say(f"{kind.value} scale", True, f"{shown}: within {low:g}…{high:g} {kind.unit}.")
            return
        if len(needed) != 1 or None in needed:
            self.plausible = False
            self._say(f"{kind.value} scale", False, f"{shown}: not consistently mains values.")
            return
        k = needed.pop()
        assert k is not None
        for m in self._of(kind):
            self.delta[m] = self.delta.get(m, 0) + k
        self._say(
            f"{kind.value} scale",
            False,
            f"{shown}: off by a factor 10^{k}.",
            self._scale_text(self._of(kind), k),
        )

    def _scale_text(self, members: list[Measurand], k: int) -> str:
        keys = ", ".join(m.key for m in members)
        return f"scale {k:+d} on {keys} (multiply by 10^{k})"

    def _ratios(self, kind: Kind) -> dict[int, float]:
        """Per phase: |X| / (V·|I|) for X = P or S, where current and voltage are usable."""
        ratios = {}
        for p in range(1, self.preset.phases + 1):
            v, i, x = (
                self._phase(Kind.VOLTAGE, p),
                self._phase(Kind.CURRENT, p),
                self._phase(kind, p),
            )
            if v is None or i is None or x is None or abs(self.value(i)) < MIN_CURRENT:
                continue
            ratios[p] = abs(self.value(x)) / (abs(self.value(v)) * abs(self.value(i)))
        return ratios

    def _power_vs_current(self) -> None:
        for kind, window, label in (
            (Kind.POWER, PF_RANGE, "P ≈ V·I·cosφ"),
            (Kind.APPARENT_POWER, RATIO_RANGE, "S ≈ V·I"),
        ):
            symbol = label[0]
            ratios = self._ratios(kind)
            if not ratios:
                continue
            shown = ", ".join(f"L{p} {r:.3g}" for p, r in ratios.items())
            needed = {exponent_into(r, *window) for r in ratios.values()}
            if needed == {0}:
                self._say(label, True, f"|{symbol}|/(V·I) per phase: {shown}.")
                continue
            if len(needed) != 1 or None in needed:
                self._say(
                    label,
                    False,
                    f"|{symbol}|/(V·I) per phase: {shown}: "
                    "inconsistent; check the registers of each phase.",
                )
                self.plausible = False
                continue
            self._fix_power_ratio(kind, needed.pop() or 0, shown, label)

    def _fix_power_ratio(self, kind: Kind, k: int, shown: str, label: str) -> None:
        currents = [abs(self.value(m)) for m in self._of(Kind.CURRENT)]
        if max(currents, default=0.0) > MAX_CURRENT:
            fix, k = self._of(Kind.CURRENT), -k
        else:
            kinds = (kind,) if kind is Kind.APPARENT_POWER else (Kind.POWER, Kind.REACTIVE_POWER)
            fix = [m for m in self.obs if m.kind in kinds]
        for m in fix:
            self.delta[m] = self.delta.get(m, 0) + k
        self._say(
            label,
            False,
            f"|{label[0]}|/(V·I) per phase: {shown}: off by 10^{k}.",
            self._scale_text(fix, k),
        )

    def _sign(self) -> None:
        powers = [self.value(m) for m in self._of(Kind.POWER) if m.phase]
        net = math.fsum(powers)
        shown = ", ".join(f"{p:.0f} W" for p in powers)
        if not powers:
            return
        if max(abs(p) for p in powers) < MIN_POWER:
            self._say("sign", True, f"phase powers {shown}: too little flows to judge the sign.")
            return
        if net > -MIN_POWER:
            self._say("sign", True, f"phase powers {shown}: the site imports, counted positive.")
            return
        e_in, e_out = Measurand.E_IMPORT_TOTAL, Measurand.E_EXPORT_TOTAL
        counters = (self.value(e_in), self.value(e_out)) if {e_in, e_out} <= set(self.obs) else None
        if self.ref.importing:
            why = "you said the site imports now"
        elif self.ref.importing is None and counters and counters[1] > counters[0]:
            why = (
                f"the export counter ({counters[1]:.0f} Wh) exceeds the import counter "
                f"({counters[0]:.0f} Wh)"
            )
        else:
            self._say("sign", True, f"phase powers {shown}: the site exports now.")
            return
        self.inverted = True
        self._say(
            "sign",
            False,
            f"phase powers {shown} while {why}: the meter counts import as negative.",
            "invert the sign of P, Q and cosφ and swap the import and "
            "export energy registers (or turn the CT clamps round: arrow towards the load)",
        )

    def _sums(self) -> None:
        for kind, total in (
            (Kind.POWER, Measurand.P_TOTAL),
            (Kind.APPARENT_POWER, Measurand.S_TOTAL),
            (Kind.CURRENT, Measurand.I_SUM),
        ):
            parts = [m for m in self._of(kind) if m.phase]
            if total not in self.obs or len(parts) < self.preset.phases:
                continue
            part_sum = math.fsum(
                abs(self.value(m)) if kind is Kind.CURRENT else self.value(m) for m in parts
            )
            if abs(part_sum) < (MIN_CURRENT if kind is Kind.CURRENT else MIN_POWER):
                continue
            ratio = self.value(total) / part_sum
            k = exponent_into(ratio, *RATIO_RANGE)
            shown = f"{total.label} {self.value(total):.4g} vs sum of phases {part_sum:.4g}"
            if k == 0 and ratio > 0:
                self._say(f"{total.label} = sum", True, f"{shown} {total.unit}.")
            elif k is not None and ratio > 0:
                self.delta[total] = self.delta.get(total, 0) + k
                self._say(
                    f"{total.label} = sum",
                    False,
                    f"{shown}: off by 10^{k}.",
                    self._scale_text([total], k),
                )
            else:
                self.plausible = False
                self._say(
                    f"{total.label} = sum",
                    False,
                    f"{shown}: the total register does not match the phases.",
                )

    def _against_reference(self) -> None:
        clamp = self.ref.currents
        phases = range(1, self.preset.phases + 1)
        meter = [self._phase(Kind.CURRENT, p) for p in phases]
        if not clamp or len(clamp) != len(meter) or None in meter:
            why = (
                "give clamp-meter currents per phase"
                if not clamp
                else f"{len(clamp)} clamp readings for a {len(meter)}-phase preset"
            )
            self._say("phase order", True, f"not checked: {why}.")
            return
        read = [abs(self.value(m)) for m in meter if m is not None]
        k = 0
        if sum(clamp) >= MIN_CURRENT and sum(read) > 0:
            k = round(math.log10(sum(clamp) / sum(read)))
        match = match_phases([r * 10.0**k for r in read], clamp)
        shown = (
            f"meter {', '.join(f'{r:.3g}' for r in read)} A, clamp "
            f"{', '.join(f'{c:.3g}' for c in clamp)} A"
        )
        if match is None:
            self.plausible = False
            self._say("currents vs clamp", False, f"{shown}: no phase order matches.")
            return
        if k:
            fix = [m for m in self.obs if m.kind in CT_KINDS]
            for m in fix:
                self.delta[m] = self.delta.get(m, 0) + k
            self._say(
                "current scale",
                False,
                f"{shown}: the meter reads 10^{-k} of the "
                "clamp (CT ratio not set, or a CT preset missing).",
                self._scale_text(fix, k),
            )
        self._phase_order(match, shown)

    def _phase_order(self, match: tuple[int, ...], shown: str) -> None:
        if list(match) == sorted(match):
            self._say("phase order", True, f"{shown}: meter L1, L2, L3 are grid L1, L2, L3.")
            return
        self.permutation = tuple(j + 1 for j in match)
        pairs = ", ".join(f"grid L{p} on meter L{q}" for p, q in enumerate(self.permutation, 1))
        self._say(
            "phase order",
            False,
            f"{shown}: {pairs}.",
            "remap the per-phase registers so each L matches the grid phase (or fix the "
            "meter's wiring)",
        )
