"""`commissioner --demo` serves its site in a process of its own: the demo lists the rows the
site's endpoints give and drives it through its control API; a process that fails leaves the
demo served in the program, as before."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.services.context import build_services
from app.services.demo import start_demo
from app.services.demo_process import SiteProcess
from app.services.operations import OperationState

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
DEMO_SITE = ROOT / "presets" / "sites" / "demo.toml"


async def test_the_demo_in_its_own_process_lists_its_endpoints_and_steers_the_site(
    tmp_path: Path,
) -> None:
    site = SiteProcess.spawn(DEMO_SITE, tmp_path / "certificates")
    services = build_services(tmp_path / "data", timeout=3.0)
    try:
        demo = await start_demo(
            services, DEMO_SITE, process=site, discovery=False, state_interval=0.2
        )
        assert demo.site is None  # nothing served in this process
        rows = [(e.key, e.driver, e.url) for e in services.directory.entries()]
        assert rows == [
            (str(c["serial"]).upper(), c["driver"], c.get("https", c.get("http")))
            for c in demo.endpoints["chargers"]
        ]
        assert len(rows) == 4
        assert demo.sockets()[2:4] == [("ace0100003", 1), ("ace0100003", 2)]
        assert demo.driver("V2C0100004") == "v2c" and demo.alfen_serials()[0] == "ace0100001"
        assert services.password_hints["ACE0100001"] == demo.endpoints["chargers"][0]["password"]
        plugged = demo.plug("ace0100001", 1, 3)
        assert await plugged.wait() is OperationState.SUCCEEDED, plugged.error
        ev = demo.state["chargers"][0]["sockets"][0]["ev"]
        assert ev is not None and ev["phases"] == 3
    finally:
        await services.shutdown()
    assert site.process is not None and site.process.returncode == 0  # stopped, not killed
    assert not site.folder.exists()


@pytest.mark.parametrize(
    "failing",
    [
        pytest.param(lambda tmp: SiteProcess.spawn(tmp / "missing.toml", tmp), id="bad site"),
        pytest.param(
            lambda tmp: SiteProcess.spawn(DEMO_SITE, tmp, program=[sys.executable, "-c", "0"]),
            id="exits at once",
        ),
    ],
)
async def test_a_site_process_that_fails_leaves_the_demo_served_here(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, failing: Callable[[Path], SiteProcess]
) -> None:
    site = failing(tmp_path)
    services = build_services(tmp_path / "data", timeout=3.0)
    try:
        with caplog.at_level(logging.WARNING, logger="app.services.demo"):
            demo = await start_demo(services, DEMO_SITE, process=site, discovery=False)
        assert "serving it here instead" in caplog.text
        assert demo.site is not None  # served in this process
        assert [e.key for e in services.directory.entries()] == [
            *("ACE0100001", "ACE0100002", "ACE0100003", "V2C0100004")
        ]
        assert (await demo.fetch_state())["chargers"][0]["serial"] == "ace0100001"
        assert site.process is not None and site.process.returncode is not None  # ended
    finally:
        await services.shutdown()


def test_the_program_in_demo_mode_leaves_the_simulator_to_its_process(tmp_path: Path) -> None:
    """The window's process loads neither the site's runner nor its servers' libraries."""
    code = (
        "import asyncio, sys, pathlib\n"
        "from app.ui.application import make_application\n"
        "import qasync\n"
        "from app.services.context import build_services\n"
        "from app.services.demo import start_demo\n"
        "from app.services.demo_process import SiteProcess\n"
        "site = pathlib.Path(sys.argv[1])\n"
        "folder = pathlib.Path(sys.argv[2])\n"
        "async def main():\n"
        "    services = build_services(folder)\n"
        "    process = SiteProcess.spawn(site, folder / 'certificates')\n"
        "    demo = await start_demo(services, site, process=process, discovery=False)\n"
        "    print(demo.site is None, len(services.directory.entries()))\n"
        "    await services.shutdown()\n"
        "loop = qasync.QEventLoop(make_application())\n"
        "with asyncio.Runner(loop_factory=lambda: loop) as runner:\n"
        "    runner.run(main())\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(DEMO_SITE), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    first, modules = done.stdout.splitlines()[-2:]
    assert first == "True 4"  # the rows came from the site's process
    loaded = set(modules.split())
    assert {"app.sim.runner", "pymodbus", "cryptography"} & loaded == set()
