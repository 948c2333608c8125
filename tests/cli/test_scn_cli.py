"""`commissioner scn plan|apply|show` as subprocesses against a simulated car park."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.core.plan_file import loads_plan
from app.drivers.alfen.properties import PropertyId
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site

ROOT = Path(__file__).resolve().parents[2]
P = PropertyId.parse
PASSWORD = "park-cli-pass"
SITE = {
    "schema_version": 1,
    "name": "cli car park",
    "charger_groups": [
        {
            "count": 3,
            "serial_prefix": "cli",
            "password": PASSWORD,
            "licence": ["SCN"],
            "reboot_seconds": 10,
        }
    ],
}


@pytest.fixture
async def park() -> AsyncIterator[SimulatedSite]:
    async with SimulatedSite(parse_site(SITE, "cli.toml"), time_scale=20) as site:
        yield site


def request(site: SimulatedSite, tmp_path: Path, *lines: str, count: int = 3) -> Path:
    text = [
        "schema_version = 1",
        'name = "LOT7"',
        "total_current = 25",
        "total_safe_current = 12",
        *lines,
    ]
    for node in site.nodes[:count]:
        text += ["", "[[chargers]]", f'serial = "{node.charger.serial}"']
        text += [f'address = "{node.api.url}"']
    path = tmp_path / "lot7.toml"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


async def commissioner(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COMMISSIONER_PASSWORD": PASSWORD}
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


async def test_plan_reads_the_chargers_shows_ids_and_rotation_and_writes_the_plan(
    park: SimulatedSite, tmp_path: Path
) -> None:
    req = request(park, tmp_path)
    code, out, err = await commissioner(tmp_path, "scn", "plan", str(req), "--read")
    assert code == 0, err
    assert "SCN LOT7: 3 chargers, 3 sockets, 25 A total (safe 12 A)" in out
    assert "cli0002      socket ID 1        phases L3L1L2" in out
    assert "advised (§6.4)" in out
    target = tmp_path / "lot7-plan.toml"
    assert f"Plan written to {target}" in out
    plan = loads_plan(target.read_text(encoding="utf-8"))
    assert [c.scn.first_socket_id for c in plan.chargers if c.scn] == [0, 1, 2]
    assert {c.scn.firmware for c in plan.chargers if c.scn} == {"7.4.5-4415"}
    assert not any(node.charger.values[P("2180_1")] for node in park.nodes)  # nothing written


async def test_plan_refuses_a_broken_network_with_every_sentence(
    park: SimulatedSite, tmp_path: Path
) -> None:
    req = request(park, tmp_path, "alternating_period = 30", count=1)
    text = req.read_text(encoding="utf-8").replace('name = "LOT7"', 'name = "lot 7"')
    req.write_text(text, encoding="utf-8")
    code, _, err = await commissioner(tmp_path, "scn", "plan", str(req), "--read")
    assert code == 1
    assert "breaks 3 rule(s)" in err
    assert "SCN name 'lot 7' must be 1 to 7 characters" in err
    assert "SCN: a network needs at least 2 chargers; the plan has 1." in err
    assert "SCN alternating period must be between 60 and 36000 s; the plan says 30 s." in err
    assert not (tmp_path / "lot7-plan.toml").exists()


async def test_plan_warns_when_sockets_will_alternate(park: SimulatedSite, tmp_path: Path) -> None:
    req = request(park, tmp_path, "grid_phases = 1")
    text = req.read_text(encoding="utf-8").replace("total_current = 25", "total_current = 12")
    req.write_text(text, encoding="utf-8")
    code, out, err = await commissioner(tmp_path, "scn", "plan", str(req), "--read")
    assert code == 0, err
    assert "Warning: With all 3 sockets in use, 12 A cannot give each its 6 A minimum" in out
    assert "1 at a time paused for the alternating period of 900 s (15 min)" in out


async def test_apply_then_show(park: SimulatedSite, tmp_path: Path) -> None:
    req = request(park, tmp_path)
    code, _, err = await commissioner(tmp_path, "scn", "plan", str(req), "--read")
    assert code == 0, err
    plan = str(tmp_path / "lot7-plan.toml")
    code, out, err = await commissioner(tmp_path, "scn", "apply", plan)
    assert code == 0, err + out
    assert "SCN LOT7: 3 members, up to 64 at once" in out
    assert out.count("rebooting, waiting") >= 3  # progress per charger
    assert "complete." in out
    assert {n.charger.values[P("2180_1")] for n in park.nodes} == {"LOT7"}
    assert {n.charger.values[P("2180_3")] for n in park.nodes} == {3}

    code, out, err = await commissioner(tmp_path, "scn", "show", plan)
    assert code == 0, err + out
    assert "cli0001      LOT7     3 sockets in all, firmware 7.4.5-4415" in out
    assert "socket 1: ID 2   phases L2L3L1" in out
    assert "Network consistent: 3 members agree." in out


async def test_show_names_what_is_inconsistent(park: SimulatedSite, tmp_path: Path) -> None:
    for n, node in enumerate(park.nodes):
        node.charger.values[P("2180_1")] = "LOT7"
        node.charger.values[P("2180_2")] = n
        node.charger.values[P("2180_3")] = 3
    park.nodes[2].charger.values[P("2180_2")] = 1  # two sockets with ID 1
    code, out, _ = await commissioner(tmp_path, "scn", "show", str(request(park, tmp_path)))
    assert code == 1
    assert "! cli0003: SCN socket ID 1 is used by both cli0002 socket 1 and cli0003 socket 1" in out


async def test_apply_refuses_a_plan_without_a_network(tmp_path: Path) -> None:
    plan = tmp_path / "plain.toml"
    plan.write_text(
        'schema_version = 1\nname = "x"\n\n[[chargers]]\nserial = "a1b2"\n'
        'address = "127.0.0.1:9"\nstation_max_current = 20.0\n',
        encoding="utf-8",
    )
    code, _, err = await commissioner(tmp_path, "scn", "apply", str(plan))
    assert code == 1
    assert "sets up no Smart Charging Network; make one with `commissioner scn plan`" in err
