"""PySide6 6.12 on Python 3.11 takes references from None/True/False; the guard absorbs it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.services import pyside_compat

ROOT = Path(__file__).resolve().parents[2]

# Enough setter calls and signal emissions to exhaust None's and True's real references.
SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {root!r})
    if {guard}:
        import app.services.pyside_compat
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Pinger(QObject):
        ping = Signal()

    app = QApplication([])
    label, pinger = QLabel(), Pinger()
    pinger.ping.connect(lambda: None)
    for n in range(200_000):
        label.setText("x")
        pinger.ping.emit()
    print("done", flush=True)
    """
)


def run(guard: bool) -> subprocess.CompletedProcess[str]:
    code = SCRIPT.format(root=str(ROOT), guard=guard)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.slow
def test_with_the_guard_a_long_qt_session_ends_cleanly() -> None:
    done = run(guard=True)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "done"


@pytest.mark.slow
@pytest.mark.skipif(not pyside_compat.needed(), reason="None/True/False are immortal here")
def test_without_the_guard_this_pyside6_aborts_the_interpreter() -> None:
    """Documents why the guard exists; when PySide6 is fixed, this fails: drop the guard."""
    done = run(guard=False)
    assert done.returncode != 0
    assert "_dealloc" in done.stderr


def test_install_is_idempotent() -> None:
    if not pyside_compat.needed():
        assert pyside_compat.install() is False
        return
    before = sys.getrefcount(None)
    assert pyside_compat.install() is True
    assert abs(sys.getrefcount(None) - before) < 1000  # not a second reserve
    assert before > pyside_compat.RESERVE // 2
