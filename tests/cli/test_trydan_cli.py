"""`info`, `get`, `set`, `props`, `apply` and `journal` on a Trydan address, end to end: a
standalone simulated Trydan on 127.0.0.1 and CLI processes with no password anywhere (a prompt
could not be answered: stdin is closed, so asking for one would fail the command)."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.commands.address import plan_driver
from app.core.errors import InvalidInput
from app.sim.v2c.model import TrydanModel
from app.sim.v2c.server import SimulatedTrydan
from tests.drivers.alfen.contract import ALFEN

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def trydan() -> AsyncIterator[SimulatedTrydan]:
    async with SimulatedTrydan(TrydanModel()) as simulated:
        yield simulated


def address(trydan: SimulatedTrydan) -> str:
    """`http://127.0.0.1:P`, as the simulator prints it (the probe still finds the brand)."""
    return trydan.url


async def commissioner(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("COMMISSIONER_PASSWORD", None)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "--data-dir",
        str(tmp_path / "data"),
        *args,
        cwd=ROOT,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(40):
        out, err = await proc.communicate()
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_info_finds_the_v2c_driver_by_probing_and_shows_the_limits(
    trydan: SimulatedTrydan, tmp_path: Path
) -> None:
    trydan.model.settings["MaxIntensity"] = 27
    # No scheme: HTTPS is asked first (the simulator's plain port refuses the TLS handshake,
    # as an HTTP server does), then HTTP answers as a Trydan.
    bare = trydan.url.removeprefix("http://")
    code, out, err = await commissioner(tmp_path, "info", bare, "--timeout", "2")
    assert code == 0, err
    assert f"serial    {trydan.model.serial}" in out
    assert "model     Trydan" in out and "driver    v2c" in out
    assert f"address   {trydan.url}" in out
    assert "MaxIntensity = 27 A  (Maximum current)" in out  # no password needed for these
    assert "licences" not in out  # a Trydan has none


async def test_get_and_set_take_keywords(trydan: SimulatedTrydan, tmp_path: Path) -> None:
    code, out, err = await commissioner(tmp_path, "set", address(trydan), "maxintensity=20")
    assert code == 0, err
    assert "MaxIntensity = 20 A" in out
    assert trydan.model.settings["MaxIntensity"] == 20
    code, out, err = await commissioner(
        tmp_path, "get", address(trydan), "MaxIntensity", "ContractedPower", "--json"
    )
    assert code == 0, err
    rows = {row["id"]: row for row in json.loads(out)}
    assert rows["MaxIntensity"]["value"] == 20 and rows["MaxIntensity"]["writable"] is True
    assert rows["ContractedPower"]["value"] == trydan.model.settings["ContractedPower"]


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (("get", "{a}", "ObjectId"), "not a V2C Trydan keyword"),
        (("set", "{a}", "ChargePower=3"), "cannot be written"),
        (("set", "{a}", "MaxIntensity=twenty"), "not a whole number"),
        (("set", "{a}", "MaxIntensity=99"), "outside"),
    ],
    ids=["an Alfen id", "a read-only keyword", "not a number", "out of range"],
)
async def test_a_refused_keyword_is_one_error_and_writes_nothing(
    trydan: SimulatedTrydan, tmp_path: Path, args: tuple[str, ...], phrase: str
) -> None:
    before = dict(trydan.model.settings)
    code, out, err = await commissioner(tmp_path, *(a.format(a=address(trydan)) for a in args))
    assert code == 1 and phrase in err, (out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert trydan.model.settings == before


async def test_props_lists_every_keyword(trydan: SimulatedTrydan, tmp_path: Path) -> None:
    code, out, err = await commissioner(tmp_path, "props", address(trydan), "--json")
    assert code == 0, err
    ids = {row["id"] for row in json.loads(out)}
    assert {"ID", "Intensity", "MaxIntensity", "ContractedPower", "DynamicPowerMode"} <= ids
    assert {"IntensityMeasure_L1", "SSID", "IP"} <= ids


async def test_driver_names_the_brand_and_is_not_second_guessed(
    trydan: SimulatedTrydan, tmp_path: Path
) -> None:
    code, out, err = await commissioner(tmp_path, "info", trydan.url, "--driver", "v2c")
    assert code == 0 and "driver    v2c" in out, err
    # Told it is an Alfen, the CLI asks as an Alfen (and the Trydan does not answer as one).
    code, out, err = await commissioner(tmp_path, "info", trydan.url, "--driver", "alfen")
    assert code == 1 and "driver    v2c" not in out, out
    code, out, err = await commissioner(tmp_path, "info", trydan.url, "--driver", "tesla")
    assert code == 2 and "invalid choice" in err


def _plan(tmp_path: Path, trydan: SimulatedTrydan, current: int) -> Path:
    path = tmp_path / "trydan.toml"
    path.write_text(
        'schema_version = 1\nname = "trydan limits"\n[[chargers]]\n'
        f'serial = "{trydan.model.serial}"\naddress = "{address(trydan)}"\n'
        f"station_max_current = {current}\n",
        encoding="utf-8",
    )
    return path


async def test_apply_a_plan_to_a_trydan_then_roll_it_back(
    trydan: SimulatedTrydan, tmp_path: Path
) -> None:
    trydan.model.settings["MaxIntensity"] = 32
    plan = _plan(tmp_path, trydan, 25)
    code, out, err = await commissioner(tmp_path, "apply", str(plan), "--dry-run")
    assert code == 0, err
    assert "MaxIntensity (Maximum current): 32 -> 25" in out and "reboot not needed" in out
    assert trydan.model.settings["MaxIntensity"] == 32

    code, out, err = await commissioner(tmp_path, "apply", str(plan))
    assert code == 0 and "complete." in out, (out, err)
    assert trydan.model.settings["MaxIntensity"] == 25
    run_id = out.split()[1].rstrip(":")
    code, out, err = await commissioner(tmp_path, "journal", "show", run_id)
    assert f"Run {run_id} (v2c driver)" in out, err
    assert "MaxIntensity (Maximum current): as found 32, as left 25" in out

    code, out, err = await commissioner(tmp_path, "journal", "rollback", run_id)
    assert code == 0 and "rolled back." in out, (out, err)
    assert trydan.model.settings["MaxIntensity"] == 32


async def test_a_plan_of_two_brands_is_refused_and_one_brand_is_one_driver(
    trydan: SimulatedTrydan,
) -> None:
    async with SimulatedTrydan(TrydanModel(serial="V2C0099999")) as other:
        both = [address(trydan), other.url]
        assert await plan_driver([], timeout=5) == "alfen"  # nothing probed: the default
        assert await plan_driver(both, timeout=5) == "v2c"
        async with ALFEN.simulator() as alfen:
            with pytest.raises(InvalidInput, match=r"more than one brand \(alfen, v2c\)"):
                await plan_driver([*both, alfen.url], timeout=5)
            assert await plan_driver([alfen.url], timeout=5) == "alfen"
            assert await plan_driver([alfen.url], "v2c", timeout=5) == "v2c"  # --driver rules
