"""`ocpp check`, `ocpp export`, `ocpp push` as subprocesses against a simulated site; a check
killed while the charger points at the laptop is put back by `journal rollback` or
`verify-restore`."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from app.drivers.alfen.properties import PropertyId
from app.sim.runner import SimulatedSite
from tests.cli.test_verify_cli import ROOT, Terminal
from tests.workflows.verify_support import THREE, only_run, restored, running, until

CUSTOMER = "ws://backoffice.invalid/ocpp"
URL = PropertyId.parse("2071_1")
PLAN = ROOT / "presets" / "plans" / "demo-alb.toml"


def url_of(site: SimulatedSite) -> object:
    return site.node(THREE).charger.values[URL]


async def test_passive_check_prints_the_facts_and_fails_on_an_unknown_host(
    tmp_path: Path,
) -> None:
    async with running() as site:
        site.node(THREE).charger.values[URL] = CUSTOMER
        term = await Terminal.start(site, tmp_path, "ocpp", "check")
        code = await term.finish()
    assert code == 2, term.seen + term.errors
    assert f"Back-office URL: {CUSTOMER}" in term.seen
    assert "backoffice.invalid does not resolve from this laptop" in term.seen
    assert "FAILED: not registered" in term.seen
    (report,) = (tmp_path / "reports").glob(f"{THREE}-ocppcheck-*.json")
    assert json.loads(report.read_text())["result"]["temporary"] is None


async def test_temporary_check_prints_the_timeline_and_puts_the_url_back(tmp_path: Path) -> None:
    async with running() as site:
        site.node(THREE).charger.values[URL] = CUSTOMER
        args = ("ocpp", "check", "--temporary", "--no-reboot", "--wait", "30")
        term = await Terminal.start(site, tmp_path, *args)
        code = await term.finish()
        assert url_of(site) == CUSTOMER
    assert code == 0, term.seen + term.errors
    assert "BootNotification" in term.seen and "Heartbeat" in term.seen
    assert "PASSED: The charger reaches an OCPP back office" in term.seen
    assert restored(tmp_path)
    (report,) = (tmp_path / "reports").glob(f"{THREE}-ocppcheck-*.json")
    body = json.loads(report.read_text())["result"]
    assert body["passed"] and body["temporary"]["restored"]


async def _killed_mid_check(site: SimulatedSite, data: Path) -> None:
    site.node(THREE).charger.values[URL] = CUSTOMER
    args = ("ocpp", "check", "--temporary", "--no-reboot", "--wait", "30")
    term = await Terminal.start(site, data, *args)
    await until(lambda: url_of(site) != CUSTOMER, "the URL pointed at the laptop", within=20)
    term.proc.kill()
    await term.proc.wait()
    assert url_of(site) != CUSTOMER
    await until(lambda: not site.node(THREE).api.busy, "the killed client's session to end")


async def test_a_killed_check_is_rolled_back_from_the_journal(tmp_path: Path) -> None:
    async with running() as site:
        await _killed_mid_check(site, tmp_path)
        run_id = only_run(tmp_path).run_id
        resume = await Terminal.start(site, tmp_path, "journal", "resume", run_id, host=False)
        assert await resume.finish() == 1
        assert "never resumed" in resume.errors
        rollback = await Terminal.start(site, tmp_path, "journal", "rollback", run_id, host=False)
        code = await rollback.finish()
        assert url_of(site) == CUSTOMER
    assert code == 0, rollback.seen + rollback.errors
    assert restored(tmp_path)


async def test_a_killed_check_is_put_back_by_verify_restore(tmp_path: Path) -> None:
    async with running() as site:
        await _killed_mid_check(site, tmp_path)
        restore = await Terminal.start(site, tmp_path, "verify-restore")
        code = await restore.finish()
        assert url_of(site) == CUSTOMER
    assert code == 0, restore.seen + restore.errors
    assert restored(tmp_path)


async def test_export_json_and_csv_of_the_sample_plan(tmp_path: Path) -> None:
    async with running() as site:
        out = tmp_path / "fleet.json"
        term = await Terminal.start(
            site, tmp_path, "ocpp", "export", str(PLAN), "-o", str(out), host=False
        )
        assert await term.finish() == 0, term.errors
        csv_term = await Terminal.start(
            site, tmp_path, "ocpp", "export", str(PLAN), "--format", "csv", host=False
        )
        assert await csv_term.finish() == 0, csv_term.errors
    body = json.loads(out.read_text())
    (point,) = body["charge_points"]
    assert point["identity"] == "DEMO-ace0100001" and point["reset"] == "Soft"
    keys = [c["key"] for c in point["change_configuration"]]
    assert keys[-2:] == ["Alfen-2071_1", "Alfen-2053_0"]  # the back office moves last
    assert "ConnectorPhaseRotation" in keys and "FeatureLicenseKey" not in keys
    assert csv_term.seen.startswith("identity,serial,order,key,value,source,reset_after")


async def test_export_of_a_missing_plan_is_one_clear_line(tmp_path: Path) -> None:
    async with running() as site:
        term = await Terminal.start(
            site, tmp_path, "ocpp", "export", str(tmp_path / "none.toml"), host=False
        )
        assert await term.finish() == 1
    assert "none.toml" in term.errors and "Traceback" not in term.errors


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_push_applies_an_export_to_a_charger_that_connects(tmp_path: Path) -> None:
    async with running() as site:
        export = tmp_path / "one.json"
        point = {
            "identity": THREE.upper(),
            "serial": THREE,
            "change_configuration": [
                {"key": "Alfen-1008_0", "value": '"Bay 7"', "source": "tool"},
                {"key": "LoadBalancing-SafeCurrent", "value": "8", "source": "tool"},
            ],
            "reset": "Soft",
        }
        export.write_text(json.dumps({"schema_version": 1, "charge_points": [point]}))
        port = _free_port()
        args = ("ocpp", "push", str(export), "--port", str(port), "--wait", "30")
        term = await Terminal.start(site, tmp_path, *args, host=False)
        await term.expect("point the chargers at")
        boots = site.node(THREE).charger.boot_count
        site.node(THREE).charger.values[URL] = f"ws://127.0.0.1:{port}/ocpp"
        code = await term.finish()
        assert code == 0, term.seen + term.errors
        await until(lambda: site.node(THREE).charger.boot_count == boots + 1, "the Reset")
        values = site.node(THREE).charger.values
        assert values[PropertyId.parse("1008_0")] == "Bay 7"
        assert values[PropertyId.parse("2068_0")] == 8.0
    assert f"{THREE.upper()}: 2 key(s) taken, Reset Accepted (ok)" in term.seen
