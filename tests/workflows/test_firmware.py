"""Firmware upgrade of a whole network in parallel, and what the summary and journal say."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from app.core.identity import ChargerIdentity
from app.drivers.alfen.driver import ALFEN
from app.drivers.base import ChargerClient, FirmwareLimits, FirmwareProgress
from app.sim.alfen.firmware_image import make_image, release_name
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.store.journal import list_runs
from app.store.journal_file import read_state
from app.workflows.firmware import FirmwareJob, Result, upgrade_firmware

TARGET = "7.5.0-4500"
LIMITS = FirmwareLimits(update=60.0, poll=0.05, upload_grace=30.0)


def network_site(count: int, firmware: str = "7.4.5-4415") -> dict[str, object]:
    """A site of `count` Alfen chargers on one network (a template built here)."""
    return {
        "schema_version": 1,
        "name": f"{count}-charger network",
        "session_idle_seconds": 60,
        "grid": {"phases": 3, "voltage": 230.0, "main_fuse": 63.0},
        "chargers": [
            {
                "serial": f"ace10000{n:02d}",
                "password": f"fw-pass-{n}",
                "session": "token",
                "reboot_seconds": 2,
                "firmware": firmware,
            }
            for n in range(count)
        ],
    }


@pytest.fixture
async def network() -> AsyncIterator[SimulatedSite]:
    async with SimulatedSite(parse_site(network_site(8), "network.toml"), time_scale=20) as site:
        yield site


def _job(site: SimulatedSite, tmp_path: Path, **extra: object) -> FirmwareJob:
    passwords = {n.api.url: n.charger.password for n in site.nodes}

    async def open_client(url: str) -> ChargerClient:
        client = ALFEN.client(url, passwords[url])
        return await client.__aenter__()

    options: dict[str, object] = {
        "parallel": 8,
        "limits": LIMITS,
        "journal_dir": tmp_path / "journals",
        **extra,
    }
    return FirmwareJob(
        release_name(TARGET),
        make_image(TARGET, size=64 * 1024),
        [n.api.url for n in site.nodes],
        open_client,
        **options,  # type: ignore[arg-type]
    )


async def _fault(site: SimulatedSite, serial: str, kind: str, **extra: object) -> None:
    async with httpx.AsyncClient(timeout=5) as control:
        reply = await control.post(
            f"{site.control_url}/fault", json={"serial": serial, "kind": kind, **extra}
        )
    assert reply.status_code == 200, reply.text


async def test_an_eight_charger_network_is_upgraded_in_parallel(
    network: SimulatedSite, tmp_path: Path
) -> None:
    seen: dict[str, list[FirmwareProgress]] = {}
    job = _job(network, tmp_path, on_progress=lambda a, p: seen.setdefault(a, []).append(p))
    summary = await upgrade_firmware(job)
    assert summary.ok and summary.same_version
    assert summary.versions == {TARGET: [n.charger.serial for n in network.nodes]}
    assert all(n.charger.firmware == TARGET for n in network.nodes)
    for progress in seen.values():  # bytes first, then status words
        stages = [p.stage for p in progress]
        assert stages.index("upload") < stages.index("update")
        assert progress[-1].words == TARGET
    (run,) = list_runs(tmp_path / "journals")
    state, _ = read_state(run.path)
    assert state.status == "complete" and len(state.chargers) == 8
    one = state.chargers[network.nodes[0].charger.serial]
    assert one.as_found == {"100A_0": "7.4.5-4415"} and one.as_left == {"100A_0": TARGET}


async def test_one_failing_member_is_named_and_the_network_is_not_level(
    network: SimulatedSite, tmp_path: Path
) -> None:
    bad = network.nodes[3].charger
    await _fault(network, bad.serial, "firmware_update_error", on=True)
    summary = await upgrade_firmware(_job(network, tmp_path, parallel=3))
    failed = [c for c in summary.chargers if not c.ok]
    assert [c.serial for c in failed] == [bad.serial]
    assert failed[0].stage == "update" and "could not install" in failed[0].message
    assert failed[0].version == "7.4.5-4415" == bad.firmware
    assert not summary.same_version
    assert summary.versions["7.4.5-4415"] == [bad.serial]
    (run,) = list_runs(tmp_path / "journals")
    assert run.status == "failed"


async def test_a_downgrade_is_refused_unless_asked(network: SimulatedSite, tmp_path: Path) -> None:
    job = _job(network, tmp_path)
    older = FirmwareJob(
        release_name("7.4.0-4300"),
        make_image("7.4.0-4300", size=64 * 1024),
        job.addresses[:1],
        job.open_client,
        limits=LIMITS,
    )
    summary = await upgrade_firmware(older)
    (refused,) = summary.chargers
    assert refused.result == Result.REFUSED and "downgrade" in refused.message
    allowed = FirmwareJob(**{**older.__dict__, "allow_downgrade": True})
    (done,) = (await upgrade_firmware(allowed)).chargers
    assert done.result == Result.UPGRADED and done.after == "7.4.0-4300"


@pytest.mark.parametrize(("password", "accepted"), [("N3w-unique-pass", True), ("Sh0rt!", False)])
async def test_the_five_boundary_asks_first_and_keeps_only_an_accepted_password(
    tmp_path: Path, password: str, accepted: bool
) -> None:
    """The question comes before any byte is sent; the simulated charger takes a new admin
    password of 8 characters or more (`POST /api/password`) and refuses a shorter one: then the
    upgrade ends at the password stage and nothing reaches the keyring."""
    site_data = network_site(1, firmware="4.14.0-3000")
    async with SimulatedSite(parse_site(site_data, "old.toml"), time_scale=20) as site:
        stored: dict[str, str] = {}
        asked: list[tuple[str, str]] = []
        charger = site.nodes[0].charger
        old_password = charger.password

        async def ask(serial: str) -> str:
            asked.append((serial, charger.firmware))
            return password

        job = _job(site, tmp_path, ask_password=ask, store_password=stored.__setitem__)
        job = FirmwareJob(
            **{
                **job.__dict__,
                "image_name": release_name("5.8.1-4123"),
                "image": make_image("5.8.1-4123", size=64 * 1024),
            }
        )
        (result,) = (await upgrade_firmware(job)).chargers
        assert asked == [(charger.serial, "4.14.0-3000")]
        assert result.after == "5.8.1-4123" == charger.firmware
        if accepted:
            assert result.result == Result.UPGRADED
            assert stored == {charger.serial: password} and charger.password == password
        else:
            assert result.stage == "password" and stored == {}
            assert charger.password == old_password
        journal_text = "".join(p.read_text() for p in (tmp_path / "journals").glob("*"))
        assert password not in journal_text


class _FakeUpgrade:
    version_key = "100A_0"

    def __init__(self) -> None:
        self.passwords: list[str] = []

    async def upgrade(self, image: bytes, **_: object) -> str:
        return "5.8.1-4123"

    async def set_password(self, password: str) -> None:
        self.passwords.append(password)

    async def version(self) -> str:
        return "5.8.1-4123"


class _FakeClient:
    """A charger on 4.x that accepts the upgrade and the new password (port-level fake)."""

    driver = ALFEN

    def __init__(self) -> None:
        self.identity = ChargerIdentity("ace3000001", "NG910-60027", "4.14.0-3000")
        self.firmware = _FakeUpgrade()

    async def __aexit__(self, *_: object) -> None:
        return None


async def test_an_accepted_new_password_goes_to_the_store_only(tmp_path: Path) -> None:
    client = _FakeClient()
    stored: dict[str, str] = {}

    async def open_client(_address: str) -> ChargerClient:
        return client  # type: ignore[return-value]

    async def ask(_serial: str) -> str:
        return "N3w-unique-pass"

    job = FirmwareJob(
        release_name("5.8.1-4123"),
        make_image("5.8.1-4123", size=4096),
        ["charger.local"],
        open_client,
        ask_password=ask,
        store_password=stored.__setitem__,
        journal_dir=tmp_path / "journals",
    )
    (result,) = (await upgrade_firmware(job)).chargers
    assert result.result == Result.UPGRADED
    assert client.firmware.passwords == ["N3w-unique-pass"]
    assert stored == {"ace3000001": "N3w-unique-pass"}
    journal_text = "".join(p.read_text() for p in (tmp_path / "journals").glob("*"))
    assert "ace3000001" in journal_text and "N3w-unique-pass" not in journal_text
