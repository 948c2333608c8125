"""`commissioner simulate` with a Trydan on the site: its endpoints entry, and the V2C driver
reading and writing it over the `http` endpoint (loopback only)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from app.drivers.v2c.driver import V2C

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "presets" / "sites" / "demo.toml"


@pytest.fixture
async def endpoints(tmp_path: Path) -> AsyncIterator[dict[str, object]]:
    """The endpoints file of `simulate --site presets/sites/demo.toml`, while the site runs."""
    path = tmp_path / "e.json"
    proc = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "app", "simulate", "--site", str(DEMO)),
        *("--endpoints", str(path), "--time-scale", "10"),
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        async with asyncio.timeout(30):
            line = (await proc.stdout.readline()).decode()
        assert "ready: 4 chargers" in line, line
        yield json.loads(path.read_text(encoding="utf-8"))
        proc.send_signal(signal.SIGTERM)
        async with asyncio.timeout(20):
            assert await proc.wait() == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


def _trydan(endpoints: dict[str, object]) -> dict[str, str]:
    chargers = endpoints["chargers"]
    assert isinstance(chargers, list)
    assert [c["driver"] for c in chargers] == ["alfen", "alfen", "alfen", "v2c"]
    trydan = chargers[3]
    assert set(trydan) == {"driver", "serial", "model", "sockets", "http", "modbus"}
    return {str(k): str(v) for k, v in trydan.items()}


async def test_the_trydan_is_listed_and_the_driver_reads_and_writes_it(
    endpoints: dict[str, object],
) -> None:
    trydan = _trydan(endpoints)
    assert trydan["serial"] == "V2C0100004"
    assert trydan["http"].startswith("http://127.0.0.1:")
    assert trydan["modbus"].startswith("127.0.0.1:")
    client = V2C.client(trydan["http"], "", timeout=5.0, modbus=trydan["modbus"])
    async with client as charger:
        assert charger.identity.serial == "V2C0100004"
        found = await charger.read(["Dynamic", "ContractedPower", "MaxIntensity", "Intensity"])
        assert found == {"Dynamic": 1, "ContractedPower": 6900, "MaxIntensity": 16, "Intensity": 16}
        await charger.write({"Intensity": 10, "ContractedPower": 8000})
        assert await charger.read(["Intensity", "ContractedPower"]) == {
            "Intensity": 10,
            "ContractedPower": 8000,
        }
    # Any client written for a real Trydan: the plain API over the same endpoint.
    async with httpx.AsyncClient(base_url=trydan["http"], timeout=5.0, trust_env=False) as raw:
        assert (await raw.get("/read/Intensity")).text == "10"


async def test_the_trydan_follows_the_site_and_its_faults_switch(
    endpoints: dict[str, object],
) -> None:
    trydan = _trydan(endpoints)
    control = str(endpoints["control"])
    async with httpx.AsyncClient(timeout=5.0, trust_env=False) as c:
        plug = {"serial": trydan["serial"], "socket": 1, "max_current": 32}
        assert (await c.post(f"{control}/ev", json=plug)).json() == {"ok": True}
        fault = {"serial": trydan["serial"], "kind": "misspelt_l1"}
        assert (await c.post(f"{control}/fault", json=fault)).json() == {"ok": True}
        data = (await c.get(f"{trydan['http']}/RealTimeData")).json()
    # Household 10 A at 230 V is 2300 W; 6900 W contracted leave 4600 W: 6 A on three phases.
    assert data["HousePower"] == pytest.approx(2300.0)
    assert data["IntensityMeasure_L1y"] == 6.0 and "IntensityMeasure_L1" not in data
    assert data["ChargeState"] == 2 and data["GridPower"] == pytest.approx(2300.0 + 6 * 690)
