"""`commissioner simulate` end to end, as a subprocess writing its endpoints file."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "presets" / "sites" / "demo.toml"


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


async def test_simulate_serves_the_demo_site_until_sigterm(tmp_path: Path) -> None:
    endpoints = tmp_path / "out" / "endpoints.json"
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "simulate",
        "--site",
        str(DEMO),
        "--endpoints",
        str(endpoints),
        "--time-scale",
        "10",
        cwd=ROOT,
        env=_env(),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        async with asyncio.timeout(30):
            line = (await proc.stdout.readline()).decode()
        assert "ready" in line and str(endpoints) in line
        data = json.loads(endpoints.read_text(encoding="utf-8"))
        assert set(data) == {"schema_version", "chargers", "meters", "p1", "tic", "rtu", "control"}
        assert data["schema_version"] == 1
        assert [m["preset"] for m in data["meters"]] == ["eastron-sdm630"]
        assert data["meters"][0]["modbus"].startswith("127.0.0.1:")
        assert [p["dsmr"] for p in data["p1"]] == ["5"]
        assert [(t["mode"], t["tcp"][:10]) for t in data["tic"]] == [("historic", "127.0.0.1:")]
        assert [(r["preset"], r["unit"]) for r in data["rtu"]] == [("eastron-sdm72d", 2)]
        assert [c["serial"] for c in data["chargers"]] == [
            "ace0100001",
            "ace0100002",
            "ace0100003",
            "V2C0100004",
        ]
        trydan = data["chargers"].pop()  # its HTTP API: tests/cli/test_simulate_trydan.py
        assert set(trydan) == {"driver", "serial", "model", "sockets", "http", "modbus"}
        assert trydan["sockets"] == 1
        assert [c["sockets"] for c in data["chargers"]] == [1, 1, 2]  # as the template says
        for charger in data["chargers"]:
            assert set(charger) == {
                *("driver", "serial", "model", "sockets", "https", "modbus"),
                *("username", "password"),
            }
            assert charger["driver"] == "alfen"
            assert charger["https"].startswith("https://127.0.0.1:")
            assert charger["modbus"].startswith("127.0.0.1:") and charger["username"] == "admin"
            async with httpx.AsyncClient(verify=False, timeout=5) as c:
                info = (await c.get(f"{charger['https']}/api/info")).json()
                assert info["ObjectId"] == charger["serial"]
                login = await c.post(
                    f"{charger['https']}/api/login",
                    json={"username": "admin", "password": charger["password"], "displayname": "t"},
                )
                assert login.status_code == 200
        async with httpx.AsyncClient(timeout=5) as c:
            state = (await c.get(f"{data['control']}/state")).json()
        assert state["time_scale"] == 10.0 and len(state["chargers"]) == 3
        proc.send_signal(signal.SIGTERM)
        async with asyncio.timeout(20):
            code = await proc.wait()
        assert code == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_simulate_with_a_bad_site_names_file_and_field(tmp_path: Path) -> None:
    site = tmp_path / "broken.toml"
    site.write_text("schema_version = 1\n[[chargers]]\nserial = 'ace0000001'\n", encoding="utf-8")
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "simulate",
        "--site",
        str(site),
        "--endpoints",
        str(tmp_path / "e.json"),
        cwd=ROOT,
        env=_env(),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(30):
        out, err = await proc.communicate()
    assert proc.returncode == 1 and out == b""
    assert "broken.toml: chargers[0].password: missing" in err.decode()
    assert not (tmp_path / "e.json").exists()


async def test_simulate_until_stdin_closes_stops_when_its_input_ends(tmp_path: Path) -> None:
    endpoints = tmp_path / "endpoints.json"
    proc = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "app", "simulate", "--site", str(DEMO)),
        *("--endpoints", str(endpoints), "--certificates", str(tmp_path / "certificates")),
        "--until-stdin-closes",
        cwd=ROOT,
        env=_env(),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        async with asyncio.timeout(30):
            assert "ready" in (await proc.stdout.readline()).decode()
        control = json.loads(endpoints.read_text(encoding="utf-8"))["control"]
        async with httpx.AsyncClient(timeout=5) as c:
            assert (await c.get(f"{control}/state")).status_code == 200  # serving
        proc.stdin.close()
        async with asyncio.timeout(20):
            code = await proc.wait()
            err = (await proc.stderr.read()).decode()
        assert code == 0 and "Simulated site stopped." in err
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
