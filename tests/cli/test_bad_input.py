"""Ordinary bad input, each case as a real `python -m app` process with a memory and time bound:
it ends with a clear error and an exit code, never a traceback, never the OOM killer."""

from __future__ import annotations

import http.server
import json
import os
import resource
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 1536 * 1024 * 1024  # far above what any case needs, far below a runaway
TIME_LIMIT = 40  # below the test timeout: a hang fails here, with its output, not the worker


def _files(tmp: Path) -> dict[str, str]:
    binary = tmp / "binary.toml"
    binary.write_bytes(bytes(range(256)) * 8)
    file = tmp / "a-file"
    file.write_text("not a folder\n", encoding="utf-8")
    digits = "1" * 401
    plan = tmp / "current.toml"
    plan.write_text(
        f'schema_version = 1\nname = "x"\n\n[[chargers]]\nserial = "ace0100001"\n'
        f'address = "127.0.0.1:9"\nstation_max_current = {digits}\n',
        encoding="utf-8",
    )
    members = tmp / "members.toml"
    members.write_text(
        'schema_version = 1\nname = "x"\n\n[[chargers]]\nserial = "ace0100001"\n'
        'address = "127.0.0.1:9"\n\n[chargers.scn]\nname = "PARK"\nfirst_socket_id = 0\n'
        "total_sockets = 100000000\nsockets = 100000000\n",
        encoding="utf-8",
    )
    request = tmp / "request.toml"
    request.write_text(
        'schema_version = 1\nname = "PARK"\ntotal_current = 63\ntotal_safe_current = 24\n\n'
        '[[chargers]]\nserial = "ace0100001"\naddress = "127.0.0.1:9"\n'
        "sockets = 1000000000000\n",
        encoding="utf-8",
    )
    preset = tmp / "bad-preset.toml"
    preset.write_text('schema_version = 1\nmaker = "x"\n', encoding="utf-8")
    good_plan = ROOT / "presets/plans/demo-alb.toml"
    names = (binary, file, plan, members, request, preset, good_plan)
    keys = ("binary", "file", "current", "members", "request", "preset", "plan")
    return {k: str(v) for k, v in zip(keys, names, strict=True)}


# (case, argv with {placeholders} from _files, a phrase the one-line error must contain)
CASES = [
    ("binary plan", ["apply", "{binary}", "--dry-run"], "not UTF-8"),
    ("binary SCN request", ["scn", "plan", "{binary}"], "not UTF-8"),
    ("binary preset", ["presets", "validate", "{binary}"], "not UTF-8"),
    ("binary site template", ["simulate", "--site", "{binary}", "--endpoints", "e"], "not UTF-8"),
    ("endless plan", ["apply", "/dev/zero", "--dry-run"], "larger than"),
    ("endless SCN request", ["scn", "plan", "/dev/zero"], "larger than"),
    ("endless site template", ["simulate", "--site", "/dev/zero", "--endpoints", "e"], "larger"),
    ("plan is a folder", ["apply", "/", "--dry-run"], "Cannot read plan"),
    ("[ in an address", ["info", "[192.168.1.20"], "not an address"),
    ("] in an address", ["info", "192.168.1.20]"], "not an address"),
    ("[ in a props address", ["props", "[x", "--password", "p"], "not an address"),
    ("401-digit current", ["apply", "{current}", "--dry-run"], "far beyond"),
    ("10^12 sockets in a request", ["scn", "plan", "{request}"], "Charger ace0100001"),
    ("10^8 sockets in a plan", ["apply", "{members}", "--dry-run"], "SCN sockets"),
    ("--timeout nan", ["info", "127.0.0.1:9", "--timeout", "nan"], "above 0"),
    ("--timeout -1", ["info", "127.0.0.1:9", "--timeout", "-1"], "above 0"),
    ("--timeout inf", ["get", "127.0.0.1:9", "x", "--timeout", "inf"], "above 0"),
    ("--timeout 1e999", ["apply", "{plan}", "--timeout", "1e999"], "above 0"),
    ("--parallel 0", ["apply", "{plan}", "--parallel", "0"], "number of chargers"),
    ("--reboot-timeout 0", ["scn", "apply", "{plan}", "--reboot-timeout", "0"], "above 0"),
    (
        "--time-scale nan",
        ["simulate", "--site", "s", "--endpoints", "e", "--time-scale", "nan"],
        "time scale",
    ),
    ("--data-dir is a file", ["--data-dir", "{file}", "journal", "list"], "not a folder"),
    ("--data-dir under a file", ["--data-dir", "{file}/x", "apply", "{plan}"], "not a folder"),
    ("bad preset", ["presets", "validate", "{preset}"], "bad-preset.toml"),
]


def commissioner(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    def bound() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    env = {**os.environ, "PYTHONPATH": str(ROOT), "COMMISSIONER_PASSWORD": "unused"}
    return subprocess.run(
        [sys.executable, "-m", "app", *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
        preexec_fn=bound,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.mark.parametrize(("argv", "phrase"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_gives_one_clear_error(argv: list[str], phrase: str, tmp_path: Path) -> None:
    files = _files(tmp_path)
    done = commissioner([a.format(**files) for a in argv], tmp_path)
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output
    assert done.returncode in (1, 2), output
    assert phrase in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if "error" in line]
    assert len(errors) == 1, done.stderr
    assert len(errors[0]) < 400, errors[0]


def test_a_second_simulator_advertising_the_same_names_says_so(tmp_path: Path) -> None:
    site = ["simulate", "--site", str(ROOT / "presets/sites/demo.toml"), "--mdns"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen(
        [sys.executable, "-m", "app", *site, "--endpoints", str(tmp_path / "e1.json")],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert first.stdout is not None
        assert "ready" in first.stdout.readline()  # advertised before it says ready
        second = commissioner([*site, "--endpoints", str(tmp_path / "e2.json")], tmp_path)
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=20)
        assert first.stdout is not None
        first.stdout.close()
    assert "Traceback" not in second.stderr, second.stderr
    assert second.returncode == 1
    assert second.stderr.strip().splitlines() == [
        "error: Another simulator already advertises these chargers over mDNS: stop it, "
        "or start this one without --mdns."
    ]


class _GarbledInfo(http.server.BaseHTTPRequestHandler):
    """A charger look-alike whose /api/info carries a garbled field."""

    body = b""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.mark.parametrize(
    ("info", "field"),
    [
        ({"ObjectId": "ace0100001", "Type": "2x"}, "field Type"),
        ({"ObjectId": "ace0100001", "Type": 10**400}, "field Type"),
        ({"ObjectId": ["ace"], "Type": "1"}, "field ObjectId"),
    ],
    ids=["Type 2x", "400-digit Type", "ObjectId a list"],
)
def test_info_on_a_garbled_reply_prints_one_line(
    info: dict[str, object], field: str, tmp_path: Path
) -> None:
    handler = type("Handler", (_GarbledInfo,), {"body": json.dumps(info).encode()})
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            address = f"http://127.0.0.1:{server.server_address[1]}"
            done = commissioner(["--data-dir", str(tmp_path), "info", address], tmp_path)
        finally:
            server.shutdown()
            thread.join()
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and field in lines[0] and "answered /api/info" in lines[0], lines
