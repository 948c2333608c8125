"""Firmware upload to the simulated charger with a raw httpx client, as a client for a real
charger would do it: upload, poll the update status through the reboot, commit."""

from __future__ import annotations

import asyncio
import logging
import time

import httpx
import pytest

from app.sim.alfen.firmware_image import bad_image, make_image
from app.sim.runner import SimulatedSite
from tests.sim.helpers import (
    TIME_SCALE,
    TOKEN,
    can_connect,
    control,
    endpoint,
    eventually,
    refused,
    session,
)

OLD = "7.4.5-4415"  # what the test site's chargers run
NEW = "7.5.0-4500"
ORDER = [5, 11, 12, 6, 7, 8, 9, "reboot", 10]  # a good update, as a poller may see it
TERMINAL = {10, -1, -2, -4}
Seen = list[int | str]


async def upload(c: httpx.AsyncClient, headers: dict[str, str], image: bytes) -> httpx.Response:
    """POST the image as the single `firmwarefile` part under a meaningless file name."""
    files = {"firmwarefile": ("upload.bin", image, "application/octet-stream")}
    return await c.post("/api/firmware", files=files, headers={**headers, "Accept": "*/*"})


async def status(c: httpx.AsyncClient, headers: dict[str, str]) -> tuple[int, str]:
    body = (await c.get("/api/firmware", headers=headers)).json()
    return body["OD_fileFirmwareUpdateStatus"]["value"], body["uploadInProgress"]


async def poll_until_terminal(site: SimulatedSite, serial: str, within: float = 15.0) -> Seen:
    """The statuses a poller sees (and "reboot" when the charger went away), through fresh
    logins after the reboot, until a terminal status follows progress or a reboot."""
    seen: Seen = []
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            async with session(site, serial) as (c, headers):
                while time.monotonic() < deadline:
                    code, _ = await status(c, headers)
                    if not seen or seen[-1] != code:
                        seen.append(code)
                    if code in TERMINAL and len(seen) > 1:
                        return seen
                    await asyncio.sleep(0.01)
        except httpx.TransportError:
            if seen and seen[-1] != "reboot":
                seen.append("reboot")
            await asyncio.sleep(0.02)
    raise AssertionError(f"no terminal status within {within} s; saw {seen}")


def in_order(seen: Seen, order: list[int | str]) -> bool:
    """True when `seen` is `order` with some steps missed (a poller may miss a short one)."""
    rest = iter(order)
    return all(any(step == wanted for wanted in rest) for step in seen)


async def info_version(site: SimulatedSite, serial: str) -> str:
    url = str(endpoint(site, serial)["https"])
    await eventually(lambda: can_connect(url), what="the charger to answer")
    async with httpx.AsyncClient(base_url=url, verify=False, timeout=5.0) as c:
        return str((await c.get("/api/info")).json()["FWVersion"])


async def fault(site: SimulatedSite, kind: str, **fields: object) -> None:
    reply = await control(site, "/fault", {"serial": TOKEN, "kind": kind, **fields})
    assert reply.status_code == 200, reply.text


async def test_upload_installs_the_version_from_the_image_through_a_reboot(
    site: SimulatedSite,
) -> None:
    charger = site.node(TOKEN).charger
    async with session(site, TOKEN) as (c, headers):
        assert await status(c, headers) == (0, "false")
        reply = await upload(c, headers, make_image(NEW))
        assert reply.status_code == 200, reply.text
        assert (await status(c, headers))[1] == "true"
    seen = await poll_until_terminal(site, TOKEN)
    assert seen[0] == 5 and seen[-1] == 10 and "reboot" in seen and in_order(seen, ORDER), seen
    assert await info_version(site, TOKEN) == NEW
    async with session(site, TOKEN) as (c, headers):
        assert await status(c, headers) == (10, "false")  # the charger keeps its last status
        commit = await c.post(
            "/api/cmd", json={"command": "forcefirmwarepermanent"}, headers=headers
        )
        assert commit.status_code == 200
        await c.post("/api/cmd", json={"command": "reboot"}, headers=headers)
    await eventually(lambda: charger.boot_count == 3, what="the second reboot")
    assert await info_version(site, TOKEN) == NEW  # committed: stays after a reboot


async def test_reboot_before_the_commit_rolls_back(site: SimulatedSite) -> None:
    charger = site.node(TOKEN).charger
    async with session(site, TOKEN) as (c, headers):
        assert (await upload(c, headers, make_image(NEW))).status_code == 200
    assert (await poll_until_terminal(site, TOKEN))[-1] == 10
    async with session(site, TOKEN) as (c, headers):
        await c.post("/api/cmd", json={"command": "reboot"}, headers=headers)
    await eventually(lambda: charger.boot_count == 3, what="the second reboot")
    assert await info_version(site, TOKEN) == OLD
    async with session(site, TOKEN) as (c, headers):
        assert await status(c, headers) == (-4, "false")


@pytest.mark.parametrize("defect", ["wrong_crc", "wrong_family", "truncated"])
async def test_bad_image_ends_in_download_error_without_reboot(
    site: SimulatedSite, defect: str
) -> None:
    async with session(site, TOKEN) as (c, headers):
        assert (await upload(c, headers, bad_image(defect, NEW))).status_code == 200
    seen = await poll_until_terminal(site, TOKEN)
    assert seen[-1] == -1 and "reboot" not in seen and in_order(seen, [5, 11, 12, -1]), seen
    assert site.node(TOKEN).charger.boot_count == 1
    assert await info_version(site, TOKEN) == OLD


async def test_image_without_version_line_installs_but_keeps_the_old_version(
    site: SimulatedSite, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="app.sim.alfen.firmware")
    async with session(site, TOKEN) as (c, headers):
        assert (await upload(c, headers, bad_image("no_version"))).status_code == 200
    seen = await poll_until_terminal(site, TOKEN)
    assert seen[-1] == 10 and "reboot" in seen
    assert await info_version(site, TOKEN) == OLD
    assert any("FWVersion=" in r.getMessage() for r in caplog.records)


async def test_second_upload_while_one_is_in_progress_is_refused(site: SimulatedSite) -> None:
    async with session(site, TOKEN) as (c, headers):
        assert (await upload(c, headers, make_image(NEW))).status_code == 200
        again = await upload(c, headers, make_image(NEW))
        assert again.status_code == 409 and "in progress" in again.json()["error"]
    assert (await poll_until_terminal(site, TOKEN))[-1] == 10


async def test_upload_needs_the_session_and_one_firmwarefile_part(site: SimulatedSite) -> None:
    url = str(endpoint(site, TOKEN)["https"])
    async with httpx.AsyncClient(base_url=url, verify=False, timeout=5.0) as c:
        assert (await c.get("/api/firmware")).status_code == 401
    async with session(site, TOKEN) as (c, headers):
        two = {"firmwarefile": ("a", b"1"), "other": ("b", b"2")}
        reply = await c.post("/api/firmware", files=two, headers=headers)
        assert reply.status_code == 400 and "one part" in reply.json()["error"]
        named = {"image": ("a", make_image(NEW))}
        reply = await c.post("/api/firmware", files=named, headers=headers)
        assert reply.status_code == 400 and "firmwarefile" in reply.json()["error"]
        assert await status(c, headers) == (0, "false")


async def test_json_accept_header_resets_the_connection(site: SimulatedSite) -> None:
    async with session(site, TOKEN) as (c, headers):
        files = {"firmwarefile": ("a", make_image(NEW))}
        with pytest.raises(httpx.TransportError):
            await c.post(
                "/api/firmware", files=files, headers={**headers, "Accept": "application/json"}
            )


async def test_upload_is_throttled_to_the_set_rate(site: SimulatedSite) -> None:
    image = make_image(NEW, size=64 * 1024)
    await fault(site, "firmware_rate", bytes_per_second=4000)
    expected = len(image) / 4000 / TIME_SCALE  # real seconds
    async with session(site, TOKEN) as (c, headers):
        started = time.monotonic()
        assert (await upload(c, headers, image)).status_code == 200
        took = time.monotonic() - started
    assert took >= expected * 0.9, (took, expected)
    state = (await control(site, "/state")).json()["chargers"][0]["api"]["firmware"]
    assert state["received"] == state["expected"] == len(image) and state["rate"] == 4000


# --- faults ------------------------------------------------------------------------------------


async def test_cut_upload_resets_the_connection_and_reports_download_error(
    site: SimulatedSite,
) -> None:
    await fault(site, "firmware_cut")
    async with session(site, TOKEN) as (c, headers):
        with pytest.raises(httpx.TransportError):
            await upload(c, headers, make_image(NEW))
    async with session(site, TOKEN) as (c, headers):
        assert await status(c, headers) == (-1, "false")
    assert await info_version(site, TOKEN) == OLD


async def test_update_error_stops_without_reboot_on_the_old_version(site: SimulatedSite) -> None:
    await fault(site, "firmware_update_error")
    async with session(site, TOKEN) as (c, headers):
        assert (await upload(c, headers, make_image(NEW))).status_code == 200
    seen = await poll_until_terminal(site, TOKEN)
    assert seen[-1] == -2 and "reboot" not in seen and in_order(seen, [5, 11, 12, 6, 7, 8, -2])
    assert site.node(TOKEN).charger.boot_count == 1
    assert await info_version(site, TOKEN) == OLD


async def test_rollback_reboots_and_comes_back_on_the_old_version(site: SimulatedSite) -> None:
    await fault(site, "firmware_rollback")
    async with session(site, TOKEN) as (c, headers):
        assert (await upload(c, headers, make_image(NEW))).status_code == 200
    seen = await poll_until_terminal(site, TOKEN)
    assert seen[-1] == -4 and in_order(seen, [5, 11, 12, 6, 7, 8, 9, "reboot", -3, -4]), seen
    assert "reboot" in seen
    assert await info_version(site, TOKEN) == OLD


async def test_reboot_that_never_returns_until_the_fault_is_lifted(site: SimulatedSite) -> None:
    url = str(endpoint(site, TOKEN)["https"])
    charger = site.node(TOKEN).charger
    await fault(site, "firmware_no_return")
    async with session(site, TOKEN) as (c, headers):
        assert (await upload(c, headers, make_image(NEW))).status_code == 200
    # Watched on the simulator's side: connecting while the server stops could race it.
    api = site.node(TOKEN).api
    await eventually(lambda: api.rebooting and not api.server.listening, what="the reboot")
    reboot_real = charger.reboot_seconds / TIME_SCALE
    await asyncio.sleep(reboot_real * 3)  # three reboot times pass: the port must stay closed
    assert await refused(url) and not charger.online and api.firmware.status == 9
    await fault(site, "firmware_no_return", on=False)
    assert await info_version(site, TOKEN) == OLD
    async with session(site, TOKEN) as (c, headers):
        assert await status(c, headers) == (-4, "false")


async def test_unknown_firmware_rate_is_refused_by_the_control_api(site: SimulatedSite) -> None:
    reply = await control(
        site, "/fault", {"serial": TOKEN, "kind": "firmware_rate", "bytes_per_second": 0}
    )
    assert reply.status_code == 400 and "bytes_per_second" in reply.json()["error"]


async def test_site_stops_cleanly_while_a_charger_is_held_offline(site: SimulatedSite) -> None:
    api = site.node(TOKEN).api
    await fault(site, "firmware_no_return")
    async with session(site, TOKEN) as (c, headers):
        assert (await upload(c, headers, make_image(NEW))).status_code == 200
    await eventually(lambda: api.rebooting and not api.server.listening, what="the reboot")
    started = time.monotonic()
    await api.stop()  # what the site does on shutdown; must not wait for the fault
    assert time.monotonic() - started < 2.0 and not api.server.listening
