"""Saving verification results for the report: versioned JSON plus the recorded plot as SVG."""

from __future__ import annotations

import dataclasses
import json
import math
import os
from pathlib import Path

import numpy as np

from app.core.channel_series import meter_matrix, socket_matrix
from app.core.channels import (
    CONTRACTED_POWER,
    GRID_POWER,
    HOUSE_POWER,
    has_grid_phases,
    socket_power,
)
from app.core.conductors import PHASE_HEX
from app.core.hairdryer_verdict import Verdict
from app.core.plot_svg import Line, render
from app.core.series import FloatArray, Window, downsample
from app.core.verification import HairDryerResult

SCHEMA_VERSION = 1
MAX_POINTS = 2000


def _clean(value: object) -> object:
    """JSON-safe: NaN/inf → null, enums → values, tuples → lists, dataclasses → dicts."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if hasattr(value, "value") and hasattr(value, "name"):  # enums
        return _clean(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _clean(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def verdict_dict(verdict: Verdict) -> dict[str, object]:
    reaction = verdict.reaction
    return {
        "passed": verdict.passed,
        "summary": verdict.summary,
        "reasons": [{"finding": r.finding.value, "text": r.text} for r in verdict.reasons],
        "checks": [dataclasses.asdict(c) for c in verdict.checks],
        "notes": list(verdict.notes),
        "test_maximum": verdict.test_maximum,
        "baseline": None
        if verdict.baseline is None
        else {"meter": verdict.baseline.meter, "clamp": verdict.baseline.clamp},
        "reaction": None
        if reaction is None
        else {
            f.name: getattr(reaction, f.name)
            for f in dataclasses.fields(reaction)
            if f.name != "session_phase"
        },
    }


# A charger that keeps a contracted power (a Trydan) reads powers, in W, where others read
# grid currents per phase: the report names them as the plot does.
POWER_SERIES = {
    "house power W": HOUSE_POWER,
    "grid power W": GRID_POWER,
    "contracted power W": CONTRACTED_POWER,
}


def _series(window: Window, t0: float, socket: int) -> dict[str, object]:
    out: dict[str, object] = {}
    rows: dict[str, FloatArray] = {}
    if has_grid_phases(window.names):
        rows.update({f"meter L{p + 1}": meter_matrix(window)[p] for p in range(3)})
    rows.update({f"socket L{k + 1}": socket_matrix(window, socket)[k] for k in range(3)})
    rows.update({n: window.column(c) for n, c in POWER_SERIES.items() if window.has(c)})
    for name, values in rows.items():
        t, y = downsample(window.t - t0, values, MAX_POINTS)
        out[name] = {"t": np.round(t, 3).tolist(), "y": np.round(y, 3).tolist()}
    return out


def hairdryer_report(result: HairDryerResult) -> dict[str, object]:
    """Everything a report needs about one hair-dryer test (schema_version 1)."""
    window = result.window
    t0 = float(window.t[0]) if window is not None and len(window) else 0.0
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "hair-dryer test",
        "serial": result.serial,
        "socket": result.socket,
        "started": result.started,
        "test_load": result.test_load,
        "load_on_at": None if result.t_on is None else result.t_on - t0,
        "config": result.config,
        "verdict": verdict_dict(result.verdict),
        "series": _series(window, t0, result.socket) if window is not None else {},
    }


def hairdryer_plot(result: HairDryerResult) -> str | None:
    """The recorded currents as SVG, or None when nothing was recorded."""
    window = result.window
    if window is None or not len(window):
        return None
    markers = [] if result.t_on is None else [(result.t_on - window.t[0], "test load on")]
    title = f"Hair-dryer test, {result.serial} socket {result.socket}: " + (
        "PASS" if result.verdict.passed else "FAIL"
    )
    if not has_grid_phases(window.names) and window.has(HOUSE_POWER):
        return render(title, _power_lines(window, result.socket), markers=markers, unit="kW")
    t = window.t - window.t[0]
    meter, socket = meter_matrix(window), socket_matrix(window, result.socket)
    lines = [Line(f"meter L{p + 1}", t, meter[p], colour=PHASE_HEX[p + 1]) for p in range(3)]
    lines += [
        Line(f"socket L{k + 1}", t, socket[k], dashed=True, colour=PHASE_HEX[k + 1])
        for k in range(3)
    ]
    maximum = result.verdict.test_maximum
    levels = [] if maximum is None else [(maximum, f"test maximum {maximum:g} A")]
    return render(title, lines, markers=markers, levels=levels)


def _power_lines(window: Window, socket: int) -> list[Line]:
    """Dynamic power control's test in kW: house and grid power against the contracted
    power in force (its temporary test value included), and the EV's charging power."""
    t = window.t - window.t[0]
    named = {**POWER_SERIES, "EV charging power W": socket_power(socket)}
    return [
        Line(name.removesuffix(" W"), t, window.column(c) / 1000, dashed=c == CONTRACTED_POWER)
        for name, c in named.items()
        if window.has(c)
    ]


def save_report(result: HairDryerResult, directory: Path) -> list[Path]:
    """Write `<serial>-hairdryer-<time>.json` (and `.svg` when something was recorded)."""
    directory.mkdir(parents=True, exist_ok=True)
    stem = f"{result.serial}-hairdryer-{result.started.replace(':', '').replace('+0000', 'Z')}"
    paths = [directory / f"{stem}.json"]
    _write(paths[0], json.dumps(_clean(hairdryer_report(result)), indent=1))
    svg = hairdryer_plot(result)
    if svg is not None:
        paths.append(directory / f"{stem}.svg")
        _write(paths[1], svg)
    return paths


def _write(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
