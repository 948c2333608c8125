"""The on-site back-office check against a simulated site on 127.0.0.1: passive facts, the
temporary central system, the customer's URL put back (also after a crash mid-check)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.drivers.alfen.properties import PropertyId
from app.store.journal import Journal, journal_dir
from app.store.ocpp_checks import save_check
from app.transports.ocpp_central import CentralSystem
from app.transports.pins import PinStore
from app.workflows.apply import Action, Applier, connector
from app.workflows.ocpp_check import URL, run_check
from app.workflows.temporary_settings import recover
from tests.sim.helpers import eventually
from tests.workflows.verify_support import THREE, connected, only_run, restored, running, writer

CUSTOMER = "ws://backoffice.invalid/ocpp/"  # the CPO's URL: not reachable from the test


def set_url(site: object, url: str) -> None:
    site.node(THREE).charger.values[PropertyId.parse(URL)] = url  # type: ignore[attr-defined]


def url_of(site: object) -> object:
    return site.node(THREE).charger.values[PropertyId.parse(URL)]  # type: ignore[attr-defined]


async def test_passive_check_reports_boot_state_and_reachability_in_words() -> None:
    async with running() as site, CentralSystem() as central, connected(site, THREE) as client:
        set_url(site, central.url)
        await eventually(lambda: site.node(THREE).charger.get(PropertyId.parse("3600_1")) == 2)
        result = await run_check(client, None)
        assert result.passed and result.facts is None
        text = "\n".join(result.passive.lines())
        assert "accepted: the charger is registered" in text
        assert "answers from this laptop" in text
        set_url(site, CUSTOMER)
        await eventually(lambda: site.node(THREE).charger.get(PropertyId.parse("3600_1")) == 0)
        result = await run_check(client, None)
        assert not result.passed
        assert "does not resolve" in result.passive.reachability.words()
        assert result.summary.startswith("not registered")


async def test_temporary_check_passes_and_puts_the_customer_url_back(tmp_path: Path) -> None:
    async with running() as site, connected(site, THREE) as client:
        set_url(site, CUSTOMER)
        limits = writer(site, client, tmp_path, THREE, purpose="back-office check")
        result = await run_check(client, limits, wait=20.0, reboot=False)
        assert url_of(site) == CUSTOMER
        assert result.passed, result.summary
        facts = result.facts
        assert facts is not None and facts.restored
        seen = [e["what"] for e in facts.timeline]
        assert seen.index("Connected") < seen.index("BootNotification") < seen.index("Heartbeat")
        assert facts.keys["NumberOfConnectors"] == "1" and facts.keys["AuthorizationKey"] is None
        assert {e["identity"] for e in facts.timeline} == {THREE.upper()}
    assert restored(tmp_path)
    report = json.loads(save_check(result, tmp_path / "reports").read_text())
    assert report["kind"] == "ocppcheck" and report["result"]["passed"] is True
    body = report["result"]
    assert body["temporary"]["restored"] and body["configured"]["url"] == CUSTOMER


async def test_a_check_killed_midway_is_rolled_back_by_the_journal(tmp_path: Path) -> None:
    async with running() as site:
        set_url(site, CUSTOMER)
        async with connected(site, THREE) as client, CentralSystem() as laptop:
            limits = writer(site, client, tmp_path, THREE, purpose="back-office check")
            await limits.apply({URL: laptop.url})  # type: ignore[dict-item]
            assert await laptop.wait_for(lambda: bool(laptop.events(what="BootNotification")), 10)
            assert limits.journal is not None
            limits.journal.close()  # the process dies here: no restore
        run = only_run(tmp_path)
        assert run.needs_attention and url_of(site) != CUSTOMER
        node = site.node(THREE)
        connect = connector(lambda _s: node.charger.password, pins=PinStore())
        with Journal.open(run.path) as journal:
            with pytest.raises(InvalidInput, match="never resumed"):
                await Applier(journal, connect).run(Action.APPLY)
            await Applier(journal, connect).run(Action.ROLLBACK)
        assert url_of(site) == CUSTOMER
    assert restored(tmp_path)


async def test_the_next_check_puts_back_what_a_killed_one_left(tmp_path: Path) -> None:
    async with running() as site, connected(site, THREE) as client:
        set_url(site, CUSTOMER)
        crashed = writer(site, client, tmp_path, THREE, purpose="back-office check")
        await crashed.apply({URL: "ws://127.0.0.1:9/ocpp"})  # type: ignore[dict-item]
        assert crashed.journal is not None
        crashed.journal.close()
        notes = await recover(client, journal_dir(tmp_path), THREE)
        assert len(notes) == 1 and url_of(site) == CUSTOMER


async def test_temporary_check_with_reboots_as_a_real_charger_needs(tmp_path: Path) -> None:
    async with running() as site, connected(site, THREE) as client:
        set_url(site, CUSTOMER)
        boots = site.node(THREE).charger.boot_count
        limits = writer(site, client, tmp_path, THREE, purpose="back-office check")
        result = await run_check(client, limits, wait=20.0, reboot=True)
        assert result.passed, result.summary
        assert site.node(THREE).charger.boot_count == boots + 2
        assert url_of(site) == CUSTOMER
