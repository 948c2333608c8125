"""Smoke test of a built Commissioner: run the frozen binary headless and judge what it says.

    python packaging/smoke_test.py [--binary PATH] [--require-window] [--qpa offscreen]

Standard library only, so any Python 3.11 can run it against any build. Steps:
 1. `--version` prints "commissioner <the version in pyproject.toml>".
 2. `--self-check` (app/bundle/selfcheck.py, run inside the frozen app) reports every check "ok":
    keyring backends and their entry-point metadata, zeroconf's and dbus-fast's compiled modules,
    bleak's platform backend, a pymodbus read over 127.0.0.1, the Qt platform and image plugins,
    qasync and pyqtgraph on PySide6, data files and licence metadata. See `keyring_is_fatal`
    for the one "degraded" result that is tolerated.
 3. Linux, when dbus-run-session and gnome-keyring-daemon are installed: the self-check again
    inside a private D-Bus session with an unlocked throwaway keyring, where the keyring check
    must be "ok" (SecretService): the real-backend check that macOS and Windows get in step 2.
 4. `--demo --quit-after N`: the main window opens on the simulated site and the program ends
    by itself with exit 0. Until the GUI exists, its stub says so and exits 2: that is reported
    as SKIPPED with the reason (fatal with --require-window), never as a pass.
Every run gets a temporary --data-dir (and XDG dirs on Linux), and stray QT_API /
PYQTGRAPH_QT_LIB values that the bundle must ignore. Any stderr line not in ALLOWED_STDERR fails.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = "Commissioner"
# Lines Qt prints on a healthy run; anything else on stderr fails the smoke test.
ALLOWED_STDERR = (re.compile(r"This plugin does not support propagateSizeHints\(\)"),)
# What app/commands/gui.py's stub prints while the GUI is not built.
GUI_STUB_MARKER = "not built yet"
VERDICTS = ("PASS", "FAIL", "SKIPPED", "REPORTED")


@dataclass
class Result:
    verdict: str  # PASS, FAIL, REPORTED (noted, not fatal), SKIPPED
    step: str
    text: str = ""


def default_binary(platform: str = sys.platform) -> Path:
    """Where packaging/commissioner.spec puts the program on `platform`."""
    if platform == "darwin":
        return ROOT / "dist" / f"{APP}.app" / "Contents" / "MacOS" / APP
    if platform == "win32":  # the console twin: the windowed .exe has no stdout or stderr
        return ROOT / "dist" / APP / f"{APP.lower()}-cli.exe"
    return ROOT / "dist" / APP / APP.lower()


def expected_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def unexpected_stderr(stderr: str, also_allowed: tuple[str, ...] = ()) -> list[str]:
    """The stderr lines that are neither blank nor allowed."""
    allowed = [*ALLOWED_STDERR, *(re.compile(re.escape(text)) for text in also_allowed)]
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(pattern.search(line) for pattern in allowed)
    ]


def keyring_is_fatal(platform: str, status: str) -> bool:
    """Whether the keyring check's status fails the build on `platform`.

    On macOS (Keychain) and Windows (Credential Manager) the system keyring is part of the OS,
    so anything short of a real backend means the build lost keyring's backends. On Linux the
    keyring is a D-Bus service (GNOME Keyring, KWallet) that headless machines and CI runners
    do not have, so keyring rightly falls back to its `fail` backend there: the self-check
    reports that as "degraded" only after it has imported every backend module, found the
    entry-point metadata and imported secretstorage and jeepney (it reports "fail" otherwise),
    so on Linux "degraded" is a fact about the machine, reported but not fatal.
    """
    if status == "ok":
        return False
    return not (status == "degraded" and platform.startswith("linux"))


def judge_self_check(report: dict[str, object], platform: str) -> list[Result]:
    """One result per check of a --self-check report."""
    results = []
    if report.get("frozen") is not True:
        results.append(Result("FAIL", "self-check", "the binary is not a frozen build"))
    for check in report.get("checks", []):  # type: ignore[union-attr]
        name, status, detail = check["name"], check["status"], check["detail"]
        summary = detail.get("reason") or detail.get("error") or _summary(detail)
        step = f"self-check {name}"
        if name == "keyring" and status != "ok":
            fatal = keyring_is_fatal(platform, status)
            results.append(Result("FAIL" if fatal else "REPORTED", step, summary))
        else:
            results.append(Result("PASS" if status == "ok" else "FAIL", step, summary))
    if not results:
        results.append(Result("FAIL", "self-check", "the report has no checks"))
    return results


def _summary(detail: dict[str, object]) -> str:
    keys = (
        "backend",
        "version",
        "compiled_modules",
        "registers",
        "version_metadata",
        "data_files",
        "libraries",
        "platform",
        "qt",
        "qasync_binding",
        "pyqtgraph_binding",
    )
    return ", ".join(f"{k}={detail[k]}" for k in keys if k in detail)


def judge_window(code: int | None, stderr: str, quit_after: float, require: bool) -> Result:
    """The verdict on `--demo --quit-after`: quit by itself, exit 0, nothing unexpected said."""
    if code == 2 and GUI_STUB_MARKER in stderr:
        reason = "the GUI is not built yet (run_gui stub): " + stderr.strip().splitlines()[0]
        return Result("FAIL" if require else "SKIPPED", "window", reason)
    if code is None:
        return Result("FAIL", "window", f"still running {quit_after} s after --quit-after")
    extra = unexpected_stderr(stderr)
    if code != 0 or extra:
        return Result("FAIL", "window", f"exit {code}; stderr: {extra[:5]}")
    return Result("PASS", "window", f"the demo window opened and quit after {quit_after} s")


class Runner:
    """Runs the binary with a private data dir and environment."""

    def __init__(self, binary: Path, work: Path, qpa: str | None) -> None:
        self.binary = binary
        self.data_dir = work / "data"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        # The bundle must ignore these (packaging/rthook_qt_binding.py); prove it.
        self.env.update(QT_API="pyqt6", PYQTGRAPH_QT_LIB="PyQt6")
        if qpa:
            self.env["QT_QPA_PLATFORM"] = qpa
        if sys.platform.startswith("linux"):
            for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
                self.env[var] = str(work / var.lower())
            runtime = work / "runtime"
            runtime.mkdir(mode=0o700)
            self.env["XDG_RUNTIME_DIR"] = str(runtime)

    def run(self, *args: str, timeout: float) -> tuple[int | None, str, str, float]:
        """Exit code (None on timeout), stdout, stderr and seconds taken."""
        command = [str(self.binary), *args, "--data-dir", str(self.data_dir)]
        start = time.monotonic()
        try:
            done = subprocess.run(
                command, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired as exc:
            out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
            err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
            return None, out, err, time.monotonic() - start
        return done.returncode, done.stdout, done.stderr, time.monotonic() - start


def step_version(runner: Runner, version: str) -> Result:
    code, out, err, took = runner.run("--version", timeout=120)
    wanted = f"{APP.lower()} {version}"
    if code == 0 and out.strip() == wanted and not unexpected_stderr(err):
        return Result("PASS", "version", f"{wanted} ({took:.1f} s)")
    return Result("FAIL", "version", f"exit {code}, stdout {out.strip()!r}, stderr {err!r}")


def step_self_check(runner: Runner) -> list[Result]:
    code, out, err, took = runner.run("--self-check", timeout=180)
    try:
        report = json.loads(out)
    except json.JSONDecodeError:
        return [Result("FAIL", "self-check", f"exit {code}, no JSON; stderr: {err[-2000:]}")]
    results = judge_self_check(report, sys.platform)
    extra = unexpected_stderr(err)
    if extra:
        results.append(Result("FAIL", "self-check stderr", f"unexpected: {extra[:5]}"))
    if code not in (0, 1):
        results.append(Result("FAIL", "self-check", f"exit {code} after {took:.1f} s"))
    return results


# Inside a private D-Bus session: unlock a throwaway GNOME Keyring, then run the self-check with
# its stderr in a file (dbus-daemon writes its own notices to the shared stderr).
_KEYRING_SESSION = (
    "printf smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
    'exec "$0" --self-check --data-dir "$1" 2>"$2"'
)


def step_linux_keyring(runner: Runner) -> Result:
    """Linux: with a Secret Service running, the frozen app must use it (a real keyring)."""
    step = "keyring with a Secret Service"
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if missing:
        return Result("SKIPPED", step, f"not installed here: {', '.join(missing)}")
    home = runner.data_dir.parent / "keyring-home"
    home.mkdir()
    err_file = home / "stderr.txt"
    command = [
        "dbus-run-session", "--", "sh", "-c", _KEYRING_SESSION,
        str(runner.binary), str(runner.data_dir), str(err_file),
    ]  # fmt: skip
    env = {**runner.env, "HOME": str(home)}  # the throwaway keyring lives under HOME
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=180, check=False
    )
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return Result("FAIL", step, f"exit {done.returncode}, no JSON: {done.stderr[-500:]}")
    [check] = [c for c in report["checks"] if c["name"] == "keyring"]
    extra = unexpected_stderr(err_file.read_text(encoding="utf-8"))
    if check["status"] != "ok" or extra:
        reason = check["detail"].get("reason") or f"stderr: {extra[:5]}"
        return Result("FAIL", step, reason)
    return Result("PASS", step, f"backend={check['detail']['backend']}")


def step_window(runner: Runner, quit_after: float, require: bool) -> Result:
    code, _, err, _ = runner.run("--demo", "--quit-after", str(quit_after), timeout=quit_after + 60)
    return judge_window(code, err, quit_after, require)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Smoke-test a built Commissioner.")
    parser.add_argument("--binary", type=Path, default=default_binary())
    parser.add_argument("--expect-version", default=None, help="default: pyproject.toml's")
    parser.add_argument("--quit-after", type=float, default=3.0)
    parser.add_argument("--require-window", action="store_true", help="fail if no GUI yet")
    default_qpa = (
        "offscreen"
        if sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        else None
    )
    parser.add_argument(
        "--qpa",
        default=default_qpa,
        help="Qt platform plugin (default: offscreen on a headless Linux, else the native one)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not args.binary.is_file():
        print(f"FAIL  no binary at {args.binary}: build first (packaging/build.sh)")
        return 1
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="commissioner-smoke-") as work:
        runner = Runner(args.binary, Path(work), args.qpa)
        results = [step_version(runner, args.expect_version or expected_version())]
        results += step_self_check(runner)
        if sys.platform.startswith("linux"):
            results.append(step_linux_keyring(runner))
        results.append(step_window(runner, args.quit_after, args.require_window))
    for result in results:
        print(f"{result.verdict:<9} {result.step}: {result.text}")
    counts = {v: sum(r.verdict == v for r in results) for v in VERDICTS}
    # Not in pytest's "N passed, N failed" form: in .ci/run that line must stay pytest's.
    tally = ", ".join(f"{verdict} {counts[verdict]}" for verdict in VERDICTS)
    print(f"smoke test result: {tally} ({time.monotonic() - start:.1f} s, {args.binary})")
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
