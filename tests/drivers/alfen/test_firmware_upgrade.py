"""The Alfen firmware upgrade sequence against the simulated charger, and its faults."""

from __future__ import annotations

import ssl

import pytest

from app.drivers.alfen.driver import ALFEN
from app.drivers.alfen.firmware import UPLOAD_SLICE, parse_state
from app.drivers.base import FirmwareFailed, FirmwareLimits, FirmwareProgress, firmware_upgrade
from app.drivers.v2c.driver import V2C
from app.sim.alfen.firmware_image import make_image
from tests.sim_site import SimHandle

FAST = FirmwareLimits(update=40.0, poll=0.05, upload_grace=20.0)


async def _upgrade(sim: SimHandle, image: bytes, seen: list[FirmwareProgress] | None = None) -> str:
    charger, url = sim.charger("token")
    async with ALFEN.client(url, charger.password) as client:
        upgrade = firmware_upgrade(client)
        assert upgrade is not None
        return await upgrade.upgrade(
            image, progress=(seen if seen is not None else []).append, limits=FAST
        )


def test_only_alfen_declares_firmware_upgrade() -> None:
    assert ALFEN.capabilities.firmware and not V2C.capabilities.firmware


def test_status_reply_with_trailing_comma_is_read() -> None:
    assert parse_state(
        b'{"uploadInProgress": "true", "OD_fileFirmwareUpdateStatus": {"value": 4},}'
    ) == (True, 4)
    with pytest.raises(Exception, match="unreadable"):
        parse_state(b'{"uploadInProgress": "false"}')


async def test_upgrade_installs_commits_and_reads_the_new_version(sim: SimHandle) -> None:
    charger, _ = sim.charger("token")
    await sim.fault(charger, "firmware_rate", bytes_per_second=400_000)
    seen: list[FirmwareProgress] = []
    image = make_image("7.5.0-4500", size=100_000)
    version = await _upgrade(sim, image, seen)
    assert version == "7.5.0-4500" and charger.firmware == "7.5.0-4500"
    stages = [p.stage for p in seen]
    assert stages[:2] == ["clock", "check"] and stages[-2:] == ["commit", "version"]
    sent = [p.sent for p in seen if p.stage == "upload"]
    assert sent == sorted(sent) and sent[-1] == len(image)
    assert all(b - a <= UPLOAD_SLICE for a, b in zip([0, *sent], sent, strict=False))
    words = [p.words for p in seen if p.stage == "update"]
    assert "updating" in words and words[-1] == "done"
    api = sim.site.node(charger.serial).api
    assert api.firmware.describe()["awaiting_commit"] is False


@pytest.mark.parametrize(
    ("fault", "stage", "words"),
    [
        ("firmware_cut", "upload", "bytes"),
        ("firmware_update_error", "update", "could not install"),
        ("firmware_rollback", "update", "old version"),
    ],
)
async def test_a_fault_names_its_stage_and_leaves_the_old_version(
    sim: SimHandle, fault: str, stage: str, words: str
) -> None:
    charger, _ = sim.charger("token")
    before = charger.firmware
    await sim.fault(charger, "firmware_rate", bytes_per_second=400_000)
    await sim.fault(charger, fault, on=True)
    with pytest.raises(FirmwareFailed) as caught:
        await _upgrade(sim, make_image("7.5.0-4500", size=100_000))
    assert caught.value.stage == stage and words in str(caught.value)
    assert caught.value.version == before and caught.value.hint
    assert charger.firmware == before


async def test_a_reboot_that_never_returns_is_bounded(sim: SimHandle) -> None:
    charger, _ = sim.charger("token")
    before = charger.firmware
    await sim.fault(charger, "firmware_rate", bytes_per_second=400_000)
    await sim.fault(charger, "firmware_no_return", on=True)
    short = FirmwareLimits(update=6.5, poll=0.05, upload_grace=20.0)
    _, url = sim.charger("token")
    async with ALFEN.client(url, charger.password) as client:
        upgrade = firmware_upgrade(client)
        assert upgrade is not None
        with pytest.raises(FirmwareFailed, match="did not come back") as caught:
            await upgrade.upgrade(make_image("7.5.0-4500", size=100_000), limits=short)
        assert caught.value.stage == "update"
        await sim.fault(charger, "firmware_no_return", on=False)
        await client.alfen.wait_until_back(30.0, down_within=0.0)  # it is back already
        assert await upgrade.version() == before


async def test_the_upload_goes_out_in_tls_records_of_at_most_7000_bytes(
    sim: SimHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every plaintext write handed to TLS becomes one record: none may exceed 7000 bytes."""
    charger, url = sim.charger("token")
    assert url.startswith("https://")
    await sim.fault(charger, "firmware_rate", bytes_per_second=400_000)
    writes: list[int] = []
    original = ssl.SSLObject.write

    def counting(self: ssl.SSLObject, data: bytes) -> int:
        writes.append(len(data))
        return original(self, data)

    monkeypatch.setattr(ssl.SSLObject, "write", counting)
    image = make_image("7.5.0-4500", size=300_000)
    assert await _upgrade(sim, image) == "7.5.0-4500"
    assert sum(writes) > len(image) and max(writes) <= 7000
