"""Ring buffers with timestamps: order, wrap-around, gaps as NaN, windows, downsampling, memory."""

from __future__ import annotations

import math

import numpy as np
import pytest

from app.core.errors import InvalidInput
from app.core.series import (
    History,
    SeriesTable,
    capacity_for,
    downsample,
    finite_fraction,
    mean_between,
)


def test_rows_come_back_oldest_first_after_wrapping() -> None:
    table = SeriesTable(["a", "b"], capacity=4)
    for i in range(6):
        table.append(float(i), {"a": i, "b": 10 * i})
    window = table.window()
    assert len(table) == 4
    assert window.t.tolist() == [2.0, 3.0, 4.0, 5.0]
    assert window.column("a").tolist() == [2, 3, 4, 5]
    assert window.column("b").tolist() == [20, 30, 40, 50]


def test_missing_channels_and_gap_rows_are_nan_not_zero() -> None:
    table = SeriesTable(["a", "b"], capacity=8)
    table.append(0.0, {"a": 1.0})
    table.append_gap(0.25)
    table.append(0.5, {"a": 2.0, "b": None, "unknown": 5.0})
    window = table.window()
    assert math.isnan(window.column("b")[0])
    assert np.isnan(window.values[1]).all()
    assert window.column("a")[2] == 2.0 and math.isnan(window.column("b")[2])
    assert table.gaps == 1


def test_a_reused_slot_forgets_its_old_values() -> None:
    table = SeriesTable(["a", "b"], capacity=2)
    table.append(0.0, {"a": 1.0, "b": 1.0})
    table.append(1.0, {"a": 1.0, "b": 1.0})
    table.append(2.0, {"a": 3.0})  # overwrites row 0: b must not keep the old 1.0
    assert math.isnan(table.latest()["b"])


def test_time_must_not_go_backwards() -> None:
    table = SeriesTable(["a"], capacity=4)
    table.append(5.0, {"a": 1.0})
    with pytest.raises(InvalidInput):
        table.append(4.0, {"a": 1.0})
    assert len(table) == 1


def test_window_selects_by_time_and_mean_ignores_gaps() -> None:
    table = SeriesTable(["a"], capacity=100)
    for i in range(20):
        if i == 12:
            table.append_gap(i / 4)
        else:
            table.append(i / 4, {"a": float(i)})
    window = table.window(2.0, 3.5)
    assert window.t[0] == 2.0 and window.t[-1] == 3.5
    assert mean_between(window, "a", 2.0, 3.5) == pytest.approx(np.mean([8, 9, 10, 11, 13, 14]))
    assert math.isnan(mean_between(window, "a", 100.0, 200.0))
    assert finite_fraction(window.column("a")) == pytest.approx(6 / 7)


def test_bad_tables_are_refused() -> None:
    with pytest.raises(InvalidInput):
        SeriesTable(["a", "a"], capacity=4)
    with pytest.raises(InvalidInput):
        SeriesTable(["a"], capacity=1)
    with pytest.raises(InvalidInput):
        capacity_for(0, 4.0)
    with pytest.raises(InvalidInput):
        SeriesTable(["a"], capacity=4).window().column("b")


def test_downsample_keeps_peaks_and_gaps() -> None:
    t = np.arange(10_000, dtype=float)
    y = np.zeros(10_000)
    y[5_003] = 9.0  # one spike
    y[2_000:2_400] = np.nan  # a long gap
    out_t, out_y = downsample(t, y, 200)
    assert out_t.size == 200 and out_y.size == 200
    assert np.nanmax(out_y) == 9.0
    assert np.isnan(out_y).any()
    assert np.all(np.diff(out_t) >= 0)
    small_t, _ = downsample(t[:50], y[:50], 200)
    assert small_t.size == 50


def test_memory_is_fixed_at_creation_and_accounted() -> None:
    history = History(seconds=3600, rate_hz=4)
    table = history.table("ace0001", ["a", "b", "c"])
    assert table.capacity == 14_400
    assert table.nbytes == 14_400 * 8 + 14_400 * 3 * 4
    before = history.nbytes
    for i in range(1000):
        table.append(float(i), {"a": 1.0})
    assert history.nbytes == before
    assert history.table("ace0001", ["a", "b", "c"]) is table
    with pytest.raises(InvalidInput):
        history.table("ace0001", ["x"])
