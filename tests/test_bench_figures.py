"""The benchmark table's plumbing (tests/bench/figures.py, run_all.py); benchmarks themselves
run on demand, outside the suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench import run_all
from tests.bench.figures import ENV, Figure, read_figures, record


def test_a_figure_is_met_against_its_goal_in_the_right_direction() -> None:
    assert Figure("b", "time", 0.3, "s", 0.35).met is True
    assert Figure("b", "time", 0.4, "s", 0.35).met is False
    assert Figure("b", "speed-up", 45, "×", 40, higher_is_better=True).met is True
    assert Figure("b", "speed-up", 35, "×", 40, higher_is_better=True).met is False
    assert Figure("b", "info", 1.0, "ms").met is None


def test_record_appends_to_the_file_run_all_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "figures.jsonl"
    monkeypatch.setenv(ENV, str(target))
    record("bench_x", "first", 1.5, "s", 2.0)
    record("bench_x", "second", 50, "×", 40, higher_is_better=True)
    assert [(f.name, f.met) for f in read_figures(target)] == [("first", True), ("second", True)]


def test_record_writes_nothing_outside_run_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert record("bench_x", "alone", 3.0, "ms").measured == 3.0
    assert list(tmp_path.iterdir()) == []


def test_the_table_says_met_missed_and_failed() -> None:
    figures = [Figure("bench_a", "fast", 0.1, "s", 0.2), Figure("bench_a", "slow", 9, "s", 1)]
    rows = run_all.table(figures, {"bench_b": "exit 1: boom"})
    assert [r[-1] for r in rows] == ["met", "MISSED", "FAILED"]
    assert rows[0][2] == "≤ 0.20 s"
    text = run_all.render_text(rows)
    assert "bench_b" in text and "boom" in text
