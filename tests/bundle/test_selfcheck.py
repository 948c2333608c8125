"""`commissioner --self-check` from the source tree: every check runs and none fails here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.bundle import selfcheck

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_self_check_from_source_reports_every_check(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--self-check", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    report = json.loads(done.stdout)
    statuses = {check["name"]: check["status"] for check in report["checks"]}
    assert set(statuses) == {
        "keyring",
        "zeroconf",
        "bleak",
        "pymodbus",
        "bundle",
        "qt",
        "qt_libraries",
    }
    assert "fail" not in statuses.values(), done.stdout
    assert done.returncode == 0
    assert report["frozen"] is False
    assert statuses["pymodbus"] == statuses["zeroconf"] == statuses["qt_libraries"] == "ok"


def test_compiled_modules_are_named_as_importable_modules() -> None:
    names = selfcheck.compiled_modules("zeroconf")
    assert "zeroconf._dns" in names
    assert all(".cpython" not in name and not name.endswith("__init__") for name in names)


def test_the_test_keyring_counts_as_real_and_the_fail_backend_does_not() -> None:
    import keyring
    from keyring.backends import fail

    assert selfcheck._is_real_keyring(keyring.get_keyring())  # conftest's MemoryKeyring
    assert not selfcheck._is_real_keyring(fail.Keyring())


def test_a_check_that_raises_is_reported_as_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> selfcheck.Outcome:
        raise ImportError("No module named 'zeroconf._dns'")

    monkeypatch.setattr(selfcheck, "_checks", lambda: [("zeroconf", broken)])
    report = selfcheck.run_checks()
    [check] = report["checks"]  # type: ignore[misc]
    assert check["status"] == "fail"
    assert "zeroconf._dns" in check["detail"]["error"]
