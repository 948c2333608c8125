"""The hair-dryer test of dynamic power control on a simulated V2C Trydan: the test load raises
the house power its CT clamp reads and the Trydan must lower its current to keep house + EV
within a temporary contracted power; the real contracted power is put back always."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from app.core.hairdryer import Finding
from app.core.prompter import Cancelled, ScriptedPrompter
from app.drivers.v2c.driver import V2C
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.store.journal import journal_dir, list_runs
from app.workflows.hairdryer import HairDryerTest, HairDryerTiming
from app.workflows.hairdryer_power import PowerHairDryerTest, hair_dryer_test, limits_power
from app.workflows.temporary_settings import JournalLimitWriter, recover

SERIAL = "V2C0000009"
CONTRACTED = 6900
SITE: dict[str, object] = {
    "schema_version": 1,
    "name": "Trydan test site",
    "grid": {"phases": 3, "voltage": 230.0, "main_fuse": 25.0},
    "loads": [
        {"name": "household", "amps": [4.0, 3.5, 2.5], "on": True},
        {"name": "hair dryer", "amps": [0.0, 9.0, 0.0], "on": False},
    ],
    "chargers": [
        {
            "driver": "v2c",
            "serial": SERIAL,
            "wiring": "L2L3L1",
            "settings": {
                "MaxIntensity": 16,
                "Intensity": 16,
                "Dynamic": 1,
                "DynamicPowerMode": 0,
                "ContractedPower": CONTRACTED,
            },
        }
    ],
}
FAST = HairDryerTiming(
    warmup_s=1.0, session_timeout_s=10.0, settle_s=1.5, before_s=1.0, observe_s=2.5, final_s=1.0
)


@contextlib.asynccontextmanager
async def trydan_site() -> AsyncIterator[tuple[SimulatedSite, str]]:
    async with SimulatedSite(parse_site(SITE, "trydan.toml"), time_scale=10.0) as site:
        yield site, str(site.trydans[0].endpoint()["http"])


async def control(site: SimulatedSite, path: str, body: object) -> None:
    async with httpx.AsyncClient(base_url=site.control_url, timeout=5.0) as c:
        reply = await c.post(path, json=body)
    assert reply.status_code == 200, reply.text


def installer(site: SimulatedSite, **answers: object) -> ScriptedPrompter:
    """A 9 A hair dryer, the proposed contracted power, the EV plugged in and the dryer on."""

    async def start_session(_text: str) -> bool:
        await control(site, "/ev", {"serial": SERIAL, "socket": 1, "phases": 3})
        return True

    async def dryer_on(_text: str) -> bool:
        await control(site, "/load", {"name": "hair dryer", "on": True})
        return True

    script: dict[str, object] = {
        "test_load": 9.0,
        "start_session": start_session,
        "load_on": dryer_on,
    }
    return ScriptedPrompter({**script, **answers})


def contracted(site: SimulatedSite) -> int:
    return site.trydans[0].trydan.model.settings["ContractedPower"]


async def run_test(site: SimulatedSite, url: str, data: Path, **answers: object):  # type: ignore[no-untyped-def]
    async with V2C.client(url, "") as client:
        writer = JournalLimitWriter(
            client, journal_dir(data), serial=SERIAL, address=url, purpose="hair-dryer test"
        )
        prompter = installer(site, **answers)
        test = hair_dryer_test(client, prompter, writer, serial=SERIAL, timing=FAST, rate_hz=8.0)
        assert isinstance(test, PowerHairDryerTest)
        return await test.run(), prompter


def test_the_trydan_gets_the_power_test_and_alfen_the_alb_test() -> None:
    from app.drivers.alfen.driver import ALFEN

    assert limits_power(V2C) and not limits_power(ALFEN)
    assert HairDryerTest is not PowerHairDryerTest


async def test_dynamic_power_control_lowers_the_ev_and_passes(tmp_path: Path) -> None:
    async with trydan_site() as (site, url):
        result, prompter = await run_test(site, url, tmp_path)
        assert contracted(site) == CONTRACTED  # the real value is back
    verdict = result.verdict
    assert verdict.passed, [r.text for r in verdict.reasons]
    assert verdict.contracted_power is not None and verdict.contracted_power > CONTRACTED
    by_name = {c.name: c for c in verdict.checks}
    assert by_name["EV current fell"].passed and by_name["house power rose"].passed
    assert "house power of 2300 W" in prompter.asked("house_power")[0].text
    assert result.window is not None and result.window.has("house.P")
    (run,) = list_runs(journal_dir(tmp_path))
    assert run.temporary and run.status == "rolled back"


async def test_dynamic_power_control_off_fails_at_once_and_changes_nothing(
    tmp_path: Path,
) -> None:
    async with trydan_site() as (site, url):
        site.trydans[0].trydan.model.write("Dynamic", 0)
        result, _prompter = await run_test(site, url, tmp_path)
        assert contracted(site) == CONTRACTED
    assert not result.verdict.passed
    assert result.verdict.findings == (Finding.ALB_OFF,)
    assert "Dynamic power control is off" in result.verdict.reasons[0].text
    assert list_runs(journal_dir(tmp_path)) == []


async def test_a_charger_in_a_mode_that_ignores_the_contract_fails(tmp_path: Path) -> None:
    async with trydan_site() as (site, url):
        site.trydans[0].trydan.model.write("DynamicPowerMode", 2)  # minimum power: no contract
        result, _prompter = await run_test(site, url, tmp_path)
        assert contracted(site) == CONTRACTED
    assert not result.verdict.passed
    assert Finding.EV_NO_FALL in result.verdict.findings, result.verdict.reasons
    assert "did not lower the EV's current" in result.verdict.summary


async def test_a_stuck_contracted_power_fails_and_is_put_back_once_it_moves(
    tmp_path: Path,
) -> None:
    async with trydan_site() as (site, url):
        await control(site, "/fault", {"serial": SERIAL, "kind": "stuck_contracted_power"})
        result, _prompter = await run_test(site, url, tmp_path)
        findings = result.verdict.findings
        assert Finding.LIMIT_NOT_TAKEN in findings and Finding.NOT_PUT_BACK in findings
        assert "holds 4600 W" in result.verdict.summary
        await control(
            site, "/fault", {"serial": SERIAL, "kind": "stuck_contracted_power", "on": False}
        )
        async with V2C.client(url, "") as client:
            notes = await recover(client, journal_dir(tmp_path), SERIAL)
        assert notes and contracted(site) == CONTRACTED


async def test_cancel_puts_the_real_contracted_power_back(tmp_path: Path) -> None:
    async with trydan_site() as (site, url):
        with pytest.raises(Cancelled):
            await run_test(site, url, tmp_path, load_on=False)
        assert contracted(site) == CONTRACTED
    (run,) = list_runs(journal_dir(tmp_path))
    assert run.status == "rolled back"
