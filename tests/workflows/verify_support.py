"""A simulated site set up for ALB tests, a logged-in client, and a scripted installer."""

from __future__ import annotations

import asyncio
import contextlib
import copy
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx

from app.core.prompter import ScriptedPrompter
from app.drivers.alfen.driver import ALFEN, AlfenCharger
from app.drivers.alfen.properties import PropertyId
from app.drivers.base import SettingsAccess
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.store.journal import RunSummary, journal_dir, list_runs
from app.transports.pins import PinStore
from app.workflows.hairdryer import HairDryerTiming
from app.workflows.temporary_settings import JournalLimitWriter

THREE = "ace0300003"  # 3-phase charger, ALB on a P1 meter, meter includes the EV
ONE = "ace0100001"  # 1-phase charger on grid L1, same ALB settings
HOUSEHOLD = (4.0, 3.0, 3.0)
REAL_MAXIMUM = 25.0

_ALB = {
    "2064_0": 2,
    "5217_0": 5,
    "2067_0": REAL_MAXIMUM,
    "2068_0": 6.0,
    "206F_0": 1,
    "2129_0": 16.0,
}

SITE: dict[str, object] = {
    "schema_version": 1,
    "name": "ALB test site",
    "grid": {"phases": 3, "voltage": 230.0, "main_fuse": 25.0},
    "loads": [
        {"name": "household", "amps": list(HOUSEHOLD), "on": True},
        {"name": "hair dryer", "amps": [0.0, 9.0, 0.0], "on": False},
    ],
    # the grid meter's P1 stream, which both chargers' ALB reads (`alb_source = "p1"`)
    "meter": {"preset": "Eastron SDM630", "p1": True},
    "chargers": [
        {
            "serial": THREE,
            "password": "three-pass-3",
            "licence": ["ALB"],
            "alb_source": "p1",
            "properties": {**_ALB, "2069_0": "L1L2L3"},
        },
        {
            "serial": ONE,
            "password": "one-pass-1",
            "licence": ["ALB"],
            "alb_source": "p1",
            "phases": 1,
            "wiring": ["L1"],
            "properties": {**_ALB, "2069_0": "L1", "2189_0": 1},
        },
    ],
}

# The simulated physics ticks at 4 Hz of real time, so these waits are in real seconds.
FAST = HairDryerTiming(
    warmup_s=1.0, session_timeout_s=10.0, settle_s=1.5, before_s=1.0, observe_s=2.5, final_s=1.0
)
RATE_HZ = 8.0


def site_data(**charger_properties: object) -> dict[str, object]:
    """SITE with extra properties set on both chargers."""
    data = copy.deepcopy(SITE)
    for charger in data["chargers"]:  # type: ignore[attr-defined]
        charger["properties"].update(charger_properties)
    return data


@contextlib.asynccontextmanager
async def running(data: dict[str, object] | None = None) -> AsyncIterator[SimulatedSite]:
    async with SimulatedSite(parse_site(data or SITE, "alb.toml"), time_scale=10.0) as site:
        yield site


async def control(site: SimulatedSite, path: str, body: object = None) -> dict[str, object]:
    """Call the site's control API; fail the test on anything but 200."""
    async with httpx.AsyncClient(base_url=site.control_url, timeout=5.0) as c:
        reply = await (c.get(path) if body is None else c.post(path, json=body))
    assert reply.status_code == 200, reply.text
    result: dict[str, object] = reply.json()
    return result


@contextlib.asynccontextmanager
async def connected(site: SimulatedSite, serial: str) -> AsyncIterator[AlfenCharger]:
    endpoint = site.node(serial).endpoint()
    client = ALFEN.client(str(endpoint["https"]), str(endpoint["password"]), pins=PinStore())
    async with client as c:
        yield c


def writer(
    site: SimulatedSite,
    client: SettingsAccess,
    data: Path,
    serial: str,
    purpose: str = "hair-dryer test",
) -> JournalLimitWriter:
    """A journalled writer as the CLI makes one, with its journals under `data`."""
    address = str(site.node(serial).endpoint()["https"])
    directory = journal_dir(data)
    return JournalLimitWriter(client, directory, serial=serial, address=address, purpose=purpose)


def runs(data: Path) -> list[RunSummary]:
    """Every journal run under a data directory."""
    return list_runs(journal_dir(data))


def only_run(data: Path) -> RunSummary:
    """The one run a test recorded; fails when there is not exactly one."""
    found = runs(data)
    assert len(found) == 1, [r.description for r in found]
    return found[0]


def restored(data: Path) -> bool:
    """True when the one run is closed with its originals back (nothing left open)."""
    run = only_run(data)
    return run.temporary and run.status == "rolled back" and not run.needs_attention


def installer(
    site: SimulatedSite, serial: str, *, ev_phases: int = 3, **answers: object
) -> ScriptedPrompter:
    """Answers a careful installer gives: true clamp readings, a 9 A dryer, the proposal."""

    async def start_session(_text: str) -> bool:
        body = {"serial": serial, "socket": 1, "phases": ev_phases, "max_current": 16.0}
        await control(site, "/ev", body)
        return True

    async def dryer_on(_text: str) -> bool:
        await control(site, "/load", {"name": "hair dryer", "on": True})
        return True

    script: dict[str, object] = {
        "clamp_l1": HOUSEHOLD[0],
        "clamp_l2": HOUSEHOLD[1],
        "clamp_l3": HOUSEHOLD[2],
        "test_load": 9.0,
        "start_session": start_session,
        "load_on": dryer_on,
    }
    script.update(answers)
    return ScriptedPrompter(script)


def value_of(site: SimulatedSite, serial: str, pid: str) -> object:
    return site.node(serial).charger.values[PropertyId.parse(pid)]


async def until(check: Callable[[], bool], what: str, within: float = 5.0) -> None:
    """Wait (bounded) for the simulated site to show something, e.g. a fault taking effect."""
    try:
        async with asyncio.timeout(within):
            while not check():  # noqa: ASYNC110 - the site state has no event to wait on
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"the site never showed {what} within {within} s") from None
