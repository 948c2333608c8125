"""Automatic phase identification: which grid phase each of a charger's phases lands on.

The probe holds the charger's current at alternating levels (6 A, 13 A, 6 A, …) while an EV
charges. Each change of level is an *edge*: the charger's phases change by ΔI_k and the grid
meter's phases by ΔM_p = ΣΔI_k·[mapping(k) = p] + household noise. For every candidate phase
mapping we predict ΔM from ΔI, fit one common gain (a meter read with the wrong scale or sign
still shows where the current goes), and keep the mapping that explains the edges best.

Mappings that predict the same thing cannot be told apart: a 3-phase EV draws the same current
on all three phases, so only the set of grid phases is seen, not their order; a 1-phase EV on
a 3-phase charger shows where the charger's L1 lands only. The result says so (PARTIAL) and
names every mapping still possible. It refuses, with what to do, when the steps are too small,
the household load too noisy, or the meter does not see the charger at all.
"""

from __future__ import annotations

import enum
import itertools
import math
from dataclasses import dataclass, replace

import numpy as np

from app.core.errors import InvalidInput
from app.core.phases import PhaseMapping
from app.core.series import BoolArray, FloatArray

MIN_STEP_A = 2.0  # smaller steps drown in ordinary household noise
MIN_SNR = 3.0  # step / household noise
MAX_FIT_RESIDUAL = 0.3  # of the step: the best mapping must explain the edges this well
TIE_DISTANCE = 0.25  # of the step: mappings predicting closer than this are indistinguishable
VOLTAGE_MARGIN_V = 0.1  # the runner-up must be this much (and twice) further off


class PhaseIdStatus(enum.Enum):
    IDENTIFIED = "identified"
    PARTIAL = "partial"
    REFUSED = "refused"


class Refusal(enum.Enum):
    NO_DATA = "no_data"
    WEAK_SIGNAL = "weak_signal"
    METER_BLIND = "meter_blind"
    NOISY = "noisy"
    NO_FIT = "no_fit"


_ADVICE = {
    Refusal.NO_DATA: "Keep the EV charging for the whole probe and check the connection to the "
    "charger; then repeat.",
    Refusal.WEAK_SIGNAL: "Check that the EV is charging and accepts the higher current "
    "(some EVs need at least 14 A: repeat with a higher upper step, e.g. 16 A).",
    Refusal.METER_BLIND: "The grid meter must measure the charger's feed: check that the meter "
    "is set to include the EV, is on the main incomer, and that its values update.",
    Refusal.NOISY: "Switch off large household loads (heat pump, oven, kettle, washing machine) "
    "for the few minutes of the probe, or use longer steps; then repeat.",
    Refusal.NO_FIT: "The meter's changes do not match any phase mapping: two charger phases may "
    "be on the same grid phase, or the meter may not measure this charger alone. Check the "
    "wiring with a clamp meter.",
}


@dataclass(frozen=True, slots=True)
class ProbeData:
    """Samples of one probe: charger-phase currents (3, n), grid-meter currents (3, n).

    `segments` are the (start, end) times of each held level, in order; the last
    `settled` share of each is averaged (the first part is the charger ramping).
    """

    t: FloatArray
    socket: FloatArray
    meter: FloatArray
    segments: tuple[tuple[float, float], ...]
    phases: int = 3
    settled: float = 0.5
    socket_v: FloatArray | None = None  # the socket meter's phase voltages (3, n), optional
    meter_v: FloatArray | None = None  # the grid meter's phase voltages (3, n), optional

    def __post_init__(self) -> None:
        n = self.t.shape[0]
        if self.socket.shape != (3, n) or self.meter.shape != (3, n):
            raise InvalidInput("Probe data: socket and meter must be 3 rows of len(t) samples.")
        if self.phases not in (1, 3):
            raise InvalidInput(f"A charger has 1 or 3 phases, not {self.phases}.")


@dataclass(frozen=True, slots=True)
class Levels:
    """Settled means per held level (3, S) and the household noise seen inside levels."""

    socket: FloatArray
    meter: FloatArray
    noise: float


@dataclass(frozen=True, slots=True)
class Score:
    """How well one mapping explains the edges."""

    mapping: PhaseMapping
    gain: float
    residual: float  # RMS over edges and phases, A
    prediction: FloatArray  # (3, J) before the gain
    error: FloatArray  # (3, J) what the gain times the prediction leaves unexplained


@dataclass(frozen=True, slots=True)
class PhaseIdResult:
    """The inferred wiring, or why there is none."""

    status: PhaseIdStatus
    mapping: PhaseMapping | None = None
    candidates: tuple[PhaseMapping, ...] = ()
    grid_phase_of: tuple[int | None, ...] = ()
    configured: PhaseMapping | None = None
    wiring_fault: bool = False
    refusal: Refusal | None = None
    gain: float = math.nan
    step: float = math.nan
    noise: float = math.nan
    confidence: float = 0.0
    reason: str = ""

    @property
    def advice(self) -> str:
        return _ADVICE[self.refusal] if self.refusal else ""

    @property
    def snr(self) -> float:
        return self.step / self.noise if self.noise > 0 else math.inf


def candidates_for(phases: int) -> tuple[PhaseMapping, ...]:
    """Every mapping a charger with this many phases can have."""
    if phases == 1:
        return (PhaseMapping.L1, PhaseMapping.L2, PhaseMapping.L3)
    return tuple(PhaseMapping.from_grid_phases(p) for p in itertools.permutations((1, 2, 3)))


def settled_levels(data: ProbeData) -> Levels:
    """Mean socket and meter currents over the settled part of each segment."""
    sockets, meters, noises = [], [], []
    for start, end in data.segments:
        begin = end - data.settled * (end - start)
        mask = (data.t >= begin) & (data.t <= end)
        sock, met = data.socket[:, mask], data.meter[:, mask]
        good = np.isfinite(sock[: data.phases]).all(axis=0) & np.isfinite(met).all(axis=0)
        if good.sum() < 2:
            continue
        sockets.append(np.nan_to_num(sock[:, good]).mean(axis=1))
        meters.append(met[:, good].mean(axis=1))
        noises.append(float(met[:, good].std(axis=1).max()))
    if len(sockets) < 2:
        empty = np.zeros((3, 0))
        return Levels(empty, empty.copy(), math.nan)
    return Levels(np.array(sockets).T, np.array(meters).T, float(np.median(noises)))


def score_mappings(d_socket: FloatArray, d_meter: FloatArray, phases: int) -> list[Score]:
    """Every candidate mapping scored on edges (3, J), best first."""
    scores = []
    for mapping in candidates_for(phases):
        prediction = np.zeros_like(d_meter)
        for k, grid in enumerate(mapping.grid_phases):
            prediction[grid - 1] += d_socket[k]
        power = float((prediction**2).sum())
        gain = float((prediction * d_meter).sum()) / power if power > 0 else 0.0
        error = d_meter - gain * prediction
        rms = float(np.sqrt((error**2).mean()))
        scores.append(Score(mapping, gain, rms, prediction, error))
    return sorted(scores, key=lambda s: s.residual)


def identify(
    data: ProbeData,
    configured: PhaseMapping | None = None,
    *,
    min_step: float = MIN_STEP_A,
    min_snr: float = MIN_SNR,
) -> PhaseIdResult:
    """Infer the mapping from a probe; see the module text for the method and its limits."""
    result = identify_levels(
        settled_levels(data), data.phases, configured, min_step=min_step, min_snr=min_snr
    )
    if result.status is PhaseIdStatus.PARTIAL and data.socket_v is not None:
        return _order_by_voltage(result, data)
    return result


def _order_by_voltage(result: PhaseIdResult, data: ProbeData) -> PhaseIdResult:
    """Pick among current-equivalent mappings by matching the socket's and the meter's
    phase voltages (each grid phase has its own level and wobble). Unchanged when unclear."""
    assert data.socket_v is not None
    if data.meter_v is None:
        return result
    scored = []
    for mapping in result.candidates:
        distance = _voltage_distance(mapping, data.socket_v, data.meter_v)
        if distance is None:
            return result
        scored.append((distance, mapping))
    scored.sort(key=lambda pair: pair[0])
    (best, mapping), (second, _) = scored[0], scored[1]
    if second < 2 * best + VOLTAGE_MARGIN_V:
        return result
    fault = result.configured not in (None, PhaseMapping.NONE, mapping)
    text = (
        f"The charger's phases land on grid {mapping.value}: the current steps show where "
        f"they go, the phase voltages (within {best:.2f} V, next best {second:.2f} V) their "
        "order."
    )
    if fault and result.configured is not None:
        text += f" The configured mapping {result.configured.value} contradicts this."
    return replace(
        result,
        status=PhaseIdStatus.IDENTIFIED,
        mapping=mapping,
        candidates=(mapping,),
        grid_phase_of=mapping.grid_phases,
        wiring_fault=fault,
        reason=text,
    )


def _voltage_distance(
    mapping: PhaseMapping, socket_v: FloatArray, meter_v: FloatArray
) -> float | None:
    """Median difference of each charger phase's voltage and its grid phase's (the worst
    phase); None without data. The median ignores samples taken while a reading lagged."""
    worst = 0.0
    for k, grid in enumerate(mapping.grid_phases):
        a, b = socket_v[k], meter_v[grid - 1]
        ok = np.isfinite(a) & np.isfinite(b) & (a > 50.0) & (b > 50.0)
        if ok.sum() < 8:
            return None
        worst = max(worst, float(np.median(np.abs(a[ok] - b[ok]))))
    return worst


def identify_levels(
    levels: Levels,
    phases: int,
    configured: PhaseMapping | None = None,
    *,
    min_step: float = MIN_STEP_A,
    min_snr: float = MIN_SNR,
) -> PhaseIdResult:
    """Infer the mapping from held levels (also usable on one edge, e.g. a session start)."""
    if levels.socket.shape[1] < 2:
        return _refuse(Refusal.NO_DATA, "Fewer than two held levels have usable samples.")
    d_socket = np.diff(levels.socket, axis=1)
    d_meter = np.diff(levels.meter, axis=1)
    step = float(np.median(np.abs(d_socket[:phases]).max(axis=0)))
    if step < min_step:
        text = f"The charger's current changed by only {step:.1f} A per step (need {min_step:g} A)."
        return _refuse(Refusal.WEAK_SIGNAL, text, step=step)
    if float(np.abs(d_meter).max()) < 0.3 * step:
        text = f"The grid meter did not change when the charger stepped by {step:.1f} A."
        return _refuse(Refusal.METER_BLIND, text, step=step, noise=levels.noise)
    if levels.noise * min_snr > step:
        text = (
            f"The household current varies by ±{levels.noise:.1f} A while the charger steps by "
            f"{step:.1f} A: too noisy to tell the phases apart."
        )
        return _refuse(Refusal.NOISY, text, step=step, noise=levels.noise)
    scores = score_mappings(d_socket, d_meter, phases)
    disturbed = _disturbed_edges(scores[0], step)
    note = ""
    if disturbed.any():
        count, edges = int(disturbed.sum()), int(disturbed.size)
        if 3 * count > edges or edges - count < 2:
            text = f"Household loads switched during {count} of the {edges} steps."
            return _refuse(Refusal.NOISY, text, step=step, noise=levels.noise)
        scores = score_mappings(d_socket[:, ~disturbed], d_meter[:, ~disturbed], phases)
        note = f" {count} of {edges} steps, disturbed by a household load switching, were left out."
    result = _decide(scores, phases, configured, step, levels)
    return replace(result, reason=result.reason + note) if note else result


def _disturbed_edges(best: Score, step: float) -> BoolArray:
    """Edges the best mapping explains far worse than the others: a load switched there."""
    per_edge = np.sqrt((best.error**2).mean(axis=0))
    return per_edge > max(MAX_FIT_RESIDUAL * step, 3 * float(np.median(per_edge)))  # type: ignore[no-any-return]


def _decide(
    scores: list[Score],
    phases: int,
    configured: PhaseMapping | None,
    step: float,
    levels: Levels,
) -> PhaseIdResult:
    best = scores[0]
    if best.residual > MAX_FIT_RESIDUAL * step:
        return _misfit(best, step, levels.noise)
    ties = [s for s in scores if _distance(s, best) < TIE_DISTANCE * step]
    rivals = [s.residual for s in scores if _distance(s, best) >= TIE_DISTANCE * step]
    confidence = 1.0 - best.residual / min(rivals) if rivals else 1.0
    candidates = tuple(s.mapping for s in ties)
    fault = configured is not None and configured is not PhaseMapping.NONE
    fault = fault and configured not in candidates
    known = _known_phases(candidates, phases)
    status = PhaseIdStatus.IDENTIFIED if len(candidates) == 1 else PhaseIdStatus.PARTIAL
    return PhaseIdResult(
        status=status,
        mapping=best.mapping if len(candidates) == 1 else None,
        candidates=candidates,
        grid_phase_of=known,
        configured=configured,
        wiring_fault=fault,
        gain=best.gain,
        step=step,
        noise=levels.noise,
        confidence=max(0.0, confidence),
        reason=_explain(candidates, known, phases, best.gain, configured, fault),
    )


def _misfit(best: Score, step: float, noise: float) -> PhaseIdResult:
    """A poor fit: systematic (follows the steps) means no mapping fits; else loads switched."""
    direction = best.prediction.sum(axis=0)
    error = best.error
    power = float((direction**2).sum())
    along = np.outer(np.ones(3), direction) * ((error @ direction) / power)[:, None] if power else 0
    share = float((np.asarray(along) ** 2).sum() / max(float((error**2).sum()), 1e-12))
    if share < 0.7:
        text = "Household loads switched during the probe: the steps do not repeat."
        return _refuse(Refusal.NOISY, text, step=step, noise=noise)
    text = (
        f"The best phase mapping ({best.mapping.value}) still leaves {best.residual:.1f} A "
        f"unexplained per step of {step:.1f} A, the same way at every step."
    )
    return _refuse(Refusal.NO_FIT, text, step=step, noise=noise)


def _distance(a: Score, b: Score) -> float:
    return float(np.sqrt(((a.prediction - b.prediction) ** 2).mean()))


def _known_phases(candidates: tuple[PhaseMapping, ...], phases: int) -> tuple[int | None, ...]:
    """Per charger phase, the grid phase all candidates agree on, else None."""
    out: list[int | None] = []
    for k in range(phases):
        seen = {m.grid_phases[k] for m in candidates}
        out.append(seen.pop() if len(seen) == 1 else None)
    return tuple(out)


def _explain(
    candidates: tuple[PhaseMapping, ...],
    known: tuple[int | None, ...],
    phases: int,
    gain: float,
    configured: PhaseMapping | None,
    fault: bool,
) -> str:
    parts = []
    if len(candidates) == 1:
        parts.append(f"The charger's phases land on grid {candidates[0].value}.")
    else:
        seen = ", ".join(f"charger L{k + 1} → grid L{g}" for k, g in enumerate(known) if g)
        parts.append(
            (f"Seen: {seen}. " if seen else "")
            + "The other phases carried the same current (or none), so their order cannot be "
            + "seen; still possible: "
            + ", ".join(m.value for m in candidates)
            + "."
            + (" A 1-phase EV (or a test box set to 1 phase) shows more." if phases == 3 else "")
        )
    if gain < 0:
        parts.append("The meter reads the charger's current with the wrong sign.")
    elif abs(gain - 1.0) > 0.2:
        parts.append(f"The meter reads the charger's current ×{gain:.2g}: check its scale.")
    if fault and configured is not None:
        parts.append(
            f"The configured mapping {configured.value} contradicts this: a wiring fault or a "
            "wrong phase-mapping setting."
        )
    return " ".join(parts)


def _refuse(
    refusal: Refusal, text: str, *, step: float = math.nan, noise: float = math.nan
) -> PhaseIdResult:
    return PhaseIdResult(
        status=PhaseIdStatus.REFUSED, refusal=refusal, step=step, noise=noise, reason=text
    )
