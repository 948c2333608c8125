"""A small line plot as SVG text, for reports (no Qt, no I/O): lines, gaps, markers, limits."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

import numpy as np

from app.core.series import FloatArray, downsample

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf")


@dataclass(frozen=True, slots=True)
class Line:
    label: str
    t: FloatArray
    y: FloatArray
    dashed: bool = False
    colour: str | None = None  # e.g. a conductor colour; None: the next of PALETTE


def render(
    title: str,
    lines: Sequence[Line],
    *,
    markers: Sequence[tuple[float, str]] = (),
    levels: Sequence[tuple[float, str]] = (),
    unit: str = "A",
    size: tuple[int, int] = (900, 360),
) -> str:
    """SVG of the lines (NaN breaks a line), vertical markers and horizontal levels."""
    width, height = size
    box = _Box(width, height, *_ranges(lines, levels))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="{width / 2:.0f}" y="16" text-anchor="middle" font-size="13">'
        f"{escape(title)}</text>",
        *box.axes(unit),
    ]
    for value, label in levels:
        y = box.y(value)
        parts.append(_path([(box.left, y), (box.right, y)], "#555", dashed=True))
        parts.append(
            f'<text x="{box.right - 4}" y="{y - 4:.1f}" text-anchor="end">{escape(label)}</text>'
        )
    for time, label in markers:
        x = box.x(time)
        parts.append(_path([(x, box.top), (x, box.bottom)], "#999", dashed=True))
        parts.append(f'<text x="{x + 4:.1f}" y="{box.top + 12}">{escape(label)}</text>')
    for n, line in enumerate(lines):
        color = line.colour or PALETTE[n % len(PALETTE)]
        times, values = downsample(line.t, line.y, 2 * width)
        parts += [_path(run, color, line.dashed) for run in _runs(box, times, values)]
        parts.append(box.legend(n, line.label, color))
    parts.append("</svg>")
    return "\n".join(parts)


def _ranges(
    lines: Sequence[Line], levels: Sequence[tuple[float, str]]
) -> tuple[float, float, float, float]:
    times = [line.t[np.isfinite(line.t)] for line in lines if line.t.size]
    values = [line.y[np.isfinite(line.y)] for line in lines if line.y.size]
    t_all = np.concatenate(times) if times else np.array([0.0, 1.0])
    y_all = np.concatenate([*values, np.array([v for v, _ in levels] + [0.0])])
    t0, t1 = float(t_all.min(initial=0.0)), float(t_all.max(initial=1.0))
    y0, y1 = float(y_all.min()), float(y_all.max())
    pad = max(1.0, 0.08 * (y1 - y0))
    return t0, max(t1, t0 + 1e-9), y0 - pad, y1 + pad


class _Box:
    def __init__(self, width: int, height: int, t0: float, t1: float, y0: float, y1: float):
        self.left, self.right, self.top, self.bottom = 50.0, width - 150.0, 28.0, height - 30.0
        self.t0, self.t1, self.y0, self.y1 = t0, t1, y0, y1

    def x(self, t: float) -> float:
        return self.left + (t - self.t0) / (self.t1 - self.t0) * (self.right - self.left)

    def y(self, v: float) -> float:
        return self.bottom - (v - self.y0) / (self.y1 - self.y0) * (self.bottom - self.top)

    def axes(self, unit: str) -> list[str]:
        out = [
            f'<rect x="{self.left}" y="{self.top}" width="{self.right - self.left}" '
            f'height="{self.bottom - self.top}" fill="none" stroke="#333"/>'
        ]
        for value in _ticks(self.y0, self.y1):
            y = self.y(value)
            out.append(
                f'<text x="{self.left - 4}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>'
            )
        out.append(f'<text x="12" y="{self.top - 8}">{escape(unit)}</text>')
        for value in _ticks(0.0, self.t1 - self.t0):
            x = self.x(self.t0 + value)
            out.append(
                f'<text x="{x:.1f}" y="{self.bottom + 14}" text-anchor="middle">{value:g} s</text>'
            )
        return out

    def legend(self, n: int, label: str, color: str) -> str:
        y = self.top + 14 * n + 8
        return (
            f'<line x1="{self.right + 10}" y1="{y}" x2="{self.right + 30}" y2="{y}" '
            f'stroke="{color}" stroke-width="2"/><text x="{self.right + 34}" y="{y + 4}">'
            f"{escape(label)}</text>"
        )


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    span = high - low
    if not math.isfinite(span) or span <= 0:
        return [low]
    raw = span / count
    step = 10 ** math.floor(math.log10(raw))
    step *= next(m for m in (1, 2, 5, 10) if raw <= m * step)
    first = math.ceil(low / step) * step
    return [round(first + i * step, 10) for i in range(int((high - first) / step) + 1)]


def _runs(box: _Box, t: FloatArray, y: FloatArray) -> list[list[tuple[float, float]]]:
    runs: list[list[tuple[float, float]]] = [[]]
    for time, value in zip(t.tolist(), y.tolist(), strict=True):
        if math.isfinite(value) and math.isfinite(time):
            runs[-1].append((box.x(time), box.y(value)))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _path(points: Sequence[tuple[float, float]], color: str, dashed: bool = False) -> str:
    d = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(points))
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    return f'<path d="{d}" fill="none" stroke="{color}" stroke-width="1.5"{dash}/>'
