"""Timestamped measurement history in fixed-size numpy rings, with gaps kept as NaN.

One `SeriesTable` holds the channels a single poller samples (one charger): a float64 timestamp
column and one float32 column per channel, preallocated for the whole history, so memory is
known at start and appending never allocates. A missed poll is a row of NaN (a gap), never a
zero; a channel absent from one reply is NaN in that row only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.core.errors import InvalidInput

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
VALUE_DTYPE = np.float32
DEFAULT_RATE_HZ = 4.0
DEFAULT_HISTORY_S = 3600.0


def capacity_for(seconds: float, rate_hz: float) -> int:
    """Rows needed to keep `seconds` of history sampled at `rate_hz` (at least 2)."""
    if not (math.isfinite(seconds) and seconds > 0 and math.isfinite(rate_hz) and rate_hz > 0):
        raise InvalidInput("History length and sampling rate must be positive numbers.")
    return max(2, math.ceil(seconds * rate_hz))


@dataclass(frozen=True, slots=True)
class Window:
    """A chronological copy of some rows: times (n,) and values (n, channels)."""

    names: tuple[str, ...]
    t: FloatArray
    values: FloatArray

    def __len__(self) -> int:
        return int(self.t.shape[0])

    def column(self, name: str) -> FloatArray:
        """One channel's values (NaN where missing); InvalidInput for an unknown name."""
        try:
            index = self.names.index(name)
        except ValueError:
            raise InvalidInput(f"No series named '{name}'.") from None
        return self.values[:, index]

    def has(self, name: str) -> bool:
        return name in self.names


class SeriesTable:
    """A ring of rows: one timestamp and one float per named channel."""

    def __init__(self, names: Sequence[str], capacity: int) -> None:
        if len(set(names)) != len(names) or not names:
            raise InvalidInput("Series names must be unique and at least one.")
        if capacity < 2:
            raise InvalidInput("A series table needs room for at least 2 rows.")
        self.names: tuple[str, ...] = tuple(names)
        self.capacity = capacity
        self._index = {name: i for i, name in enumerate(self.names)}
        self._t = np.full(capacity, np.nan, dtype=np.float64)
        self._v = np.full((capacity, len(self.names)), np.nan, dtype=VALUE_DTYPE)
        self._next = 0
        self._count = 0
        self.gaps = 0

    @classmethod
    def for_duration(
        cls,
        names: Sequence[str],
        seconds: float = DEFAULT_HISTORY_S,
        rate_hz: float = DEFAULT_RATE_HZ,
    ) -> SeriesTable:
        return cls(names, capacity_for(seconds, rate_hz))

    def __len__(self) -> int:
        return self._count

    @property
    def nbytes(self) -> int:
        """Bytes held by the arrays (the table's fixed memory cost)."""
        return int(self._t.nbytes + self._v.nbytes)

    @property
    def last_time(self) -> float | None:
        if not self._count:
            return None
        return float(self._t[(self._next - 1) % self.capacity])

    def append(self, t: float, values: Mapping[str, float | None]) -> None:
        """Add one row; channels missing from `values` (or None/non-finite) become NaN."""
        row = self._start_row(t)
        for name, value in values.items():
            column = self._index.get(name)
            if column is not None and value is not None:
                row[column] = value

    def append_gap(self, t: float) -> None:
        """Add a row of NaN: nothing was measured at `t` (missed or failed poll)."""
        self._start_row(t)
        self.gaps += 1

    def _start_row(self, t: float) -> npt.NDArray[np.float32]:
        last = self.last_time
        if not math.isfinite(t) or (last is not None and t < last):
            raise InvalidInput(f"Sample time {t} is not after the previous one ({last}).")
        slot = self._next
        self._t[slot] = t
        row: npt.NDArray[np.float32] = self._v[slot]
        row.fill(np.nan)
        self._next = (slot + 1) % self.capacity
        self._count = min(self._count + 1, self.capacity)
        return row

    def _order(self) -> npt.NDArray[np.intp]:
        start = (self._next - self._count) % self.capacity
        return (start + np.arange(self._count)) % self.capacity

    def window(self, t0: float = -math.inf, t1: float = math.inf) -> Window:
        """Rows with t0 <= t <= t1, oldest first (copies)."""
        order = self._order()
        t = self._t[order]
        keep = (t >= t0) & (t <= t1)
        values = self._v[order[keep]].astype(np.float64)
        return Window(self.names, t[keep], values)

    def latest(self) -> dict[str, float]:
        """The newest row as a dict (NaN where missing); empty when the table is empty."""
        if not self._count:
            return {}
        row = self._v[(self._next - 1) % self.capacity]
        return {name: float(row[i]) for i, name in enumerate(self.names)}


class History:
    """Tables by key (one per charger), with their total memory."""

    def __init__(
        self, seconds: float = DEFAULT_HISTORY_S, rate_hz: float = DEFAULT_RATE_HZ
    ) -> None:
        self.seconds = seconds
        self.rate_hz = rate_hz
        self._tables: dict[str, SeriesTable] = {}

    def table(self, key: str, names: Sequence[str]) -> SeriesTable:
        """The table for `key`, created on first use with these channel names."""
        existing = self._tables.get(key)
        if existing is not None:
            if existing.names != tuple(names):
                raise InvalidInput(f"History '{key}' already has other channels.")
            return existing
        table = SeriesTable.for_duration(names, self.seconds, self.rate_hz)
        self._tables[key] = table
        return table

    def __iter__(self) -> Iterator[tuple[str, SeriesTable]]:
        return iter(self._tables.items())

    @property
    def nbytes(self) -> int:
        return sum(table.nbytes for table in self._tables.values())


def downsample(t: FloatArray, y: FloatArray, max_points: int) -> tuple[FloatArray, FloatArray]:
    """At most `max_points` points for display: min and max of each time bucket.

    Peaks survive (a hair-dryer spike does not vanish at coarse zoom). A bucket with no finite
    value is a gap (NaN); a gap shorter than one bucket is not shown at that zoom.
    """
    n = int(t.shape[0])
    if max_points < 2:
        raise InvalidInput("Downsampling needs at least 2 points.")
    if n <= max_points:
        return t.copy(), y.copy()
    buckets = max_points // 2
    starts = (np.arange(buckets) * n) // buckets
    lows = np.fmin.reduceat(y, starts)
    highs = np.fmax.reduceat(y, starts)
    ends = np.append(starts[1:], n) - 1
    out_t = np.empty(buckets * 2)
    out_y = np.empty(buckets * 2)
    out_t[0::2], out_t[1::2] = t[starts], t[ends]
    out_y[0::2], out_y[1::2] = lows, highs
    return out_t, out_y


def mean_between(window: Window, name: str, t0: float, t1: float) -> float:
    """Mean of a channel's finite values in [t0, t1]; NaN when none."""
    mask = (window.t >= t0) & (window.t <= t1)
    values = window.column(name)[mask]
    values = values[np.isfinite(values)]
    return float(values.mean()) if values.size else math.nan


def finite_fraction(values: Iterable[float] | FloatArray) -> float:
    """Share of finite samples (0 when empty)."""
    array = np.asarray(list(values) if not isinstance(values, np.ndarray) else values, dtype=float)
    return float(np.isfinite(array).mean()) if array.size else 0.0
