"""The site runner: endpoints file, hooks for later servers, fixed ports, clean shutdown."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.helpers import TOKEN, can_connect, eventually, refused, site_data


async def test_endpoints_file_hooks_and_shutdown(tmp_path: Path) -> None:
    calls: list[str] = []

    async def start_meter(site: SimulatedSite) -> None:
        calls.append("start")
        site.extra_endpoints["meters"].append({"kind": "sdm630", "modbus": "127.0.0.1:1"})

    async def stop_meter() -> None:
        calls.append("stop")

    path = tmp_path / "endpoints.json"
    site = SimulatedSite(parse_site(site_data(), "t.toml"), endpoints_path=path)
    site.add_hook(start_meter, stop_meter)
    async with site:
        written = json.loads(path.read_text(encoding="utf-8"))
        assert written == site.endpoints()
        assert written["meters"] == [{"kind": "sdm630", "modbus": "127.0.0.1:1"}]
        assert written["control"] == site.control_url
        urls = [str(c["https"]) for c in written["chargers"]]
        assert all([await can_connect(url) for url in urls])
        assert calls == ["start"]
    assert calls == ["start", "stop"]
    assert [await refused(url) for url in urls] == [True, True]
    assert _files(tmp_path) == [path.name]  # no temp file left behind


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_fixed_ports_are_used_and_a_taken_port_is_a_clear_error() -> None:
    https, modbus = _free_port(), _free_port()
    data = site_data()
    data["chargers"][0].update(https_port=https, modbus_port=modbus)  # type: ignore[index]
    async with SimulatedSite(parse_site(data, "t.toml")) as site:
        ep = site.node(TOKEN).endpoint()
        assert ep["https"] == f"https://127.0.0.1:{https}"
        assert ep["modbus"] == f"127.0.0.1:{modbus}"
        with pytest.raises(InvalidInput, match=f"HTTPS on 127.0.0.1:{https}"):
            async with SimulatedSite(parse_site(data, "t.toml")):
                pass
        assert await can_connect(str(ep["https"]))  # the first site is unharmed


async def test_physics_ticks_while_the_site_runs() -> None:
    async with SimulatedSite(parse_site(site_data(), "t.toml"), physics_hz=50) as site:
        first = site.physics.ticks
        await eventually(lambda: site.physics.ticks >= first + 3, what="three physics ticks")
