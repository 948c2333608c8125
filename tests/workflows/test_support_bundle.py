"""The support bundle from a simulated charger: everything support needs, no secret in it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.core.licence import Feature, LicenceKey
from app.core.plan import ChargerPlan, Plan
from app.drivers.alfen.driver import ALFEN
from app.drivers.v2c.driver import V2C
from app.sim.alfen.charger import LICENCE_DEVICE, LICENCE_KEY, SimEV, licence_key_for
from app.sim.v2c.model import TrydanModel
from app.sim.v2c.server import SimulatedTrydan
from app.store.journal import Journal
from app.store.support_bundle import REDACTED
from app.transports.pins import PinStore
from app.workflows.support_bundle import build_bundle

pytestmark = pytest.mark.asyncio


def _leaky_files(base: Path, serial: str, secrets: list[str]) -> tuple[Path, Path]:
    """A tool log that (wrongly) holds the secrets, as a careless version might have written,
    and the journal of a plan that set a licence key on the charger (a real journal holds it)."""
    logs, journals = base / "logs", base / "journals"
    logs.mkdir()
    (logs / "commissioner.log").write_text(
        "".join(f"2026-01-01 INFO app: talking to {serial} with {s}\n" for s in secrets),
        encoding="utf-8",
    )
    (logs / "commissioner.log.1").write_text(f"older log for {serial}\n", encoding="utf-8")
    key = LicenceKey.parse(secrets[-1]) if len(secrets[-1]) == 24 else None
    plan = Plan("licence", (ChargerPlan(serial, "127.0.0.1:1", licence_key=key),))
    Journal.create(journals, plan, run_id="20260101-000000-abcd").close()
    return journals, logs


def _texts(bundle: Path) -> dict[str, str]:
    with zipfile.ZipFile(bundle) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


async def test_bundle_holds_identity_settings_logs_and_journals_without_secrets(
    sim, tmp_path: Path
) -> None:
    charger, endpoint = sim.charger("token")
    key = licence_key_for(str(charger.values[LICENCE_DEVICE]), int(Feature.ALB))
    charger.values[LICENCE_KEY] = key.text
    charger.plug(1, SimEV())
    charger.unplug(1)
    leaked = [charger.password, key.text, key.text.replace(".", "")]
    journals, logs = _leaky_files(tmp_path, charger.serial, leaked)
    journal_text = next(journals.glob("*.jsonl")).read_text(encoding="utf-8")
    assert key.text in journal_text  # the real journal holds the key the plan set
    secrets = [*leaked, *(node.charger.password for node in sim.site.nodes)]
    async with ALFEN.client(endpoint, charger.password, pins=PinStore()) as client:
        lines: list[str] = []
        path = await build_bundle(
            client,
            tmp_path / "out" / "bundle.zip",
            journal_dir=journals,
            log_dir=logs,
            secrets=[charger.password],
            progress=lines.append,
        )
    files = _texts(path)
    assert set(files) >= {
        "README.txt",
        "identity.json",
        "settings.json",
        "event-log.txt",
        "transactions.txt",
        "tool-log/commissioner.log",
        "tool-log/commissioner.log.1",
        "journals/20260101-000000-abcd.jsonl",
    }
    for name, text in files.items():
        for secret in secrets:
            assert secret not in text, f"{name} holds a secret"
            assert secret.lower() not in text.lower(), f"{name} holds a secret"
    settings = json.loads(files["settings.json"])
    by_key = {row["key"]: row for row in settings["settings"]}
    assert by_key["21A1_0"]["value"] == REDACTED and by_key["21A1_0"]["redacted"] is True
    assert by_key["2051_0"]["value"] == charger.serial  # ordinary settings are kept
    assert len(by_key) > 100 and settings["format"] == 1
    assert json.loads(files["identity.json"])["serial"] == charger.serial
    assert "txstart" in files["transactions.txt"] and "txstop" in files["transactions.txt"]
    assert ":login: admin" in files["event-log.txt"]
    assert REDACTED in files["tool-log/commissioner.log"]
    assert any("settings read" in line for line in lines) and lines[-1].endswith("bundle.zip")
    event_lines = files["event-log.txt"].count("\n")
    assert f"{charger.serial}: event-log.txt {event_lines} lines" in lines


async def test_journals_of_other_chargers_stay_out(sim, tmp_path: Path) -> None:
    charger, endpoint = sim.charger("cookie")
    journals, logs = _leaky_files(tmp_path, "someone-else", ["unrelated-pw"])
    async with ALFEN.client(endpoint, charger.password, pins=PinStore()) as client:
        path = await build_bundle(client, tmp_path / "b.zip", journal_dir=journals, log_dir=logs)
    names = set(_texts(path))
    assert not any(name.startswith("journals/") for name in names)
    assert "tool-log/commissioner.log" in names


async def test_a_trydan_bundle_has_settings_and_says_it_has_no_charger_logs(tmp_path: Path) -> None:
    async with SimulatedTrydan(TrydanModel()) as trydan:
        client = V2C.client(trydan.url, "", timeout=5.0)
        async with client:
            path = await build_bundle(
                client, tmp_path / "t.zip", journal_dir=tmp_path / "j", log_dir=tmp_path / "l"
            )
    files = _texts(path)
    assert "event-log.txt" not in files
    assert "keep no log this program can read" in files["README.txt"]
    assert json.loads(files["settings.json"])["settings"]
