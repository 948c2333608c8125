"""`commissioner` without a display says so and names the headless commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("args", [[], ["--demo"]])
def test_without_a_display_the_program_says_so_and_names_the_cli(args: list[str]) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "app", *args],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert "no display found" in done.stderr
    assert "commissioner simulate" in done.stderr and "commissioner --help" in done.stderr
    assert done.stdout == ""


@pytest.mark.slow
def test_demo_opens_the_window_and_quits_cleanly_after_quit_after(tmp_path: Path) -> None:
    """What the packaged-build smoke test runs, from the source tree (stray QT_API included)."""
    screen = ROOT / "tests" / "offscreen_1366x768.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_API": "pyqt5",
        "PYQTGRAPH_QT_LIB": "PyQt5",
    }
    done = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--quit-after", "2", "--data-dir", str(tmp_path)],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-1000:]
    unexpected = [
        line for line in done.stderr.splitlines() if line and "propagateSizeHints" not in line
    ]
    assert unexpected == []
    log = (tmp_path / "logs" / "commissioner.log").read_text(encoding="utf-8")
    assert "Demo site in its own process: 4 chargers" in log  # `commissioner simulate`
    certificates = tmp_path / "simulator" / "certificates"  # kept with the program's data
    assert sorted(p.name for p in certificates.iterdir()) == [
        *("ace0100001.pem", "ace0100002.pem", "ace0100003.pem")
    ]
    assert not (tmp_path / "pins.json").exists()  # demo certificates are not pinned on disk
    assert (tmp_path / "gui.json").exists()  # the window layout was saved on close
