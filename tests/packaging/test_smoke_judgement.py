"""How the frozen smoke test judges what the binary said (the policy, not the binary)."""

from __future__ import annotations

import pytest

from tests.packaging.conftest import load_tool

smoke = load_tool("smoke_test")


def _report(keyring_status: str, *, frozen: bool = True, other: str = "ok") -> dict[str, object]:
    return {
        "frozen": frozen,
        "checks": [
            {"name": "keyring", "status": keyring_status, "detail": {"reason": "no D-Bus"}},
            {"name": "zeroconf", "status": other, "detail": {"compiled_modules": 18}},
        ],
    }


@pytest.mark.parametrize(
    ("platform", "status", "verdict"),
    [
        ("linux", "degraded", "REPORTED"),  # no Secret Service on a headless machine
        ("linux", "fail", "FAIL"),  # backends or their metadata missing from the build
        ("darwin", "degraded", "FAIL"),  # the Keychain is always there on macOS
        ("win32", "degraded", "FAIL"),  # so is the Credential Manager on Windows
        ("win32", "ok", "PASS"),
    ],
)
def test_keyring_policy(platform: str, status: str, verdict: str) -> None:
    results = smoke.judge_self_check(_report(status), platform)
    assert [r.verdict for r in results if r.step == "self-check keyring"] == [verdict]


def test_any_other_degraded_check_fails() -> None:
    results = smoke.judge_self_check(_report("ok", other="degraded"), "linux")
    assert [r.verdict for r in results] == ["PASS", "FAIL"]


def test_a_report_from_an_unfrozen_program_fails() -> None:
    results = smoke.judge_self_check(_report("ok", frozen=False), "linux")
    assert "FAIL" in [r.verdict for r in results]


def test_stderr_allows_only_known_qt_lines() -> None:
    stderr = (
        "This plugin does not support propagateSizeHints()\n\n"
        "qt.qpa.fonts: Populating font family aliases took 120 ms\n"
    )
    assert smoke.unexpected_stderr(stderr) == [
        "qt.qpa.fonts: Populating font family aliases took 120 ms"
    ]


def test_window_step_verdicts() -> None:
    stub = "The desktop program is not built yet; see `commissioner --help`.\n"
    assert smoke.judge_window(2, stub, 3.0, require=False).verdict == "SKIPPED"
    assert smoke.judge_window(2, stub, 3.0, require=True).verdict == "FAIL"
    assert smoke.judge_window(None, "", 3.0, require=False).verdict == "FAIL"
    assert smoke.judge_window(0, "", 3.0, require=False).verdict == "PASS"
    assert smoke.judge_window(0, "Traceback (most recent call last):\n", 3.0, False).verdict == (
        "FAIL"
    )
    assert smoke.judge_window(1, "", 3.0, require=False).verdict == "FAIL"


def test_default_binaries_are_where_the_spec_puts_them() -> None:
    meta = load_tool("platform_meta").app_meta()
    assert smoke.default_binary("linux").name == meta.linux_exe
    assert smoke.default_binary("win32").name == f"{meta.cli_exe}.exe"
    mac = smoke.default_binary("darwin")
    assert mac.name == meta.gui_exe and f"{meta.name}.app" in mac.parts
