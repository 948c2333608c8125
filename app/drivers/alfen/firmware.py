"""Firmware upgrade of an Alfen NG9xx over its local API (the port's `FirmwareUpgrade`).

The sequence is the vendor installer's, in our words:

1. **Clock.** The charger checks the image's signature against its clock, so the laptop's UTC
   time is set first: the `date yyyy-MM-dd HH:mm:ss` command, and the clock setting 2059_0
   (ms since the epoch), which is the write that is checked.
2. **Nothing in progress.** `GET /api/firmware` says `uploadInProgress`; an upload already
   running (another laptop, the vendor's tool) is never interrupted.
3. **Upload** on a fresh connection with a fresh login (the charger serves one session per
   connection): `POST /api/firmware`, one multipart part named `firmwarefile` under a
   meaningless file name, an explicit `Content-Length` (never chunked) and `Accept: */*` (an
   Accept of `application/json` makes the charger reset the connection).
   TLS records must stay ≤ 7000 bytes, larger ones reset the charger. How that holds: the body
   is handed to httpx as an async iterator of slices of `UPLOAD_SLICE` bytes; httpx/h11 write
   each slice with its own `write()`, and the TLS layer (an `ssl.SSLObject` under anyio)
   turns each `write()` of at most 16 KiB into exactly one record, so each record carries at
   most `UPLOAD_SLICE` bytes plus its ~30 bytes of framing.
4. **Follow the update** by polling `GET /api/firmware` (a trailing `,}` in its reply is
   tolerated) through the charger's own reboot. The charger keeps its last status after an
   update, so a final status counts only once an in-progress status or the reboot (the link
   lost) was seen in this run.
5. **Commit** with the `forcefirmwarepermanent` command (a reboot before it rolls back).
6. **Read the version back** from `/api/info`.

Every wait is bounded (`FirmwareLimits`); a failure is a `FirmwareFailed` naming the stage and
saying what to do. Asking for the new password an upgrade across major version 5 needs is the
caller's job (`set_password`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import TypeVar

import httpx

from app.core.errors import DeviceTimeout, ProtocolError, SessionBusy, Unreachable
from app.drivers.alfen.client import AlfenClient
from app.drivers.base import FirmwareFailed, FirmwareLimits, FirmwareProgress

log = logging.getLogger(__name__)

FIRMWARE_PATH = "/api/firmware"
PART_NAME = "firmwarefile"
UPLOAD_SLICE = 6 * 1024  # plaintext bytes per TLS record; the charger resets above 7000
CLOCK = "2059_0"
VERSION = "100A_0"  # firmware version, as /api/info FWVersion
COMMIT = "forcefirmwarepermanent"

STATUS_WORDS = {
    0: "idle",
    1: "erasing",
    2: "erased",
    3: "ready for download",
    4: "downloading",
    5: "download done",
    6: "checked",
    7: "ready for update",
    8: "updating",
    9: "ready to roll",
    10: "done",
    11: "checking the image",
    12: "image checked",
    -1: "download error",
    -2: "update error",
    -3: "rolling back",
    -4: "rolled back",
}
DONE, IDLE = 10, 0
IN_PROGRESS = frozenset({1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, -3})
FAILURES = {
    -1: (
        "refused the image or received it damaged",
        "It keeps its current firmware. Check that the image is the right one for this model, "
        "then upload it again.",
    ),
    -2: (
        "could not install the image",
        "It keeps its current firmware. Restart it, then try once more; if it fails again, "
        "send the charger's support bundle to the vendor.",
    ),
    -4: (
        "started the new firmware, found it faulty and went back to its old version",
        "It runs its old firmware. Try once more; if it rolls back again, contact the vendor.",
    ),
}
_LINK_LOST = (Unreachable, DeviceTimeout, SessionBusy)
Progress = Callable[[FirmwareProgress], None]
T = TypeVar("T")


def status_words(status: int) -> str:
    """A status code in plain words (`status 42` for a code §2.4 does not list)."""
    return STATUS_WORDS.get(status, f"status {status}")


def parse_state(content: bytes) -> tuple[bool, int]:
    """`uploadInProgress` and the update status code of a `GET /api/firmware` reply."""
    text = re.sub(r",\s*}", "}", content.decode("utf-8", errors="replace"))
    try:
        data = json.loads(text)
        busy = str(data.get("uploadInProgress", "false")).strip().lower() == "true"
        status = data["OD_fileFirmwareUpdateStatus"]["value"]
        if isinstance(status, bool) or not isinstance(status, int | float | str):
            raise TypeError(status)
        return busy, int(status)
    except (ValueError, TypeError, KeyError, AttributeError):
        raise ProtocolError(
            f"The charger's firmware status is unreadable: {text[:60]!r}."
        ) from None


class AlfenFirmware:
    """Firmware upgrade over one `AlfenClient` (logged in; reconnects as needed)."""

    version_key = VERSION

    def __init__(self, client: AlfenClient) -> None:
        self.client = client

    @property
    def _serial(self) -> str:
        return self.client.identity.serial

    async def version(self) -> str:
        """The version property (100A_0) over the logged-in session (a second connection for
        /api/info would be refused while it is open)."""
        return str(await self.client.get(VERSION))

    async def set_password(self, password: str) -> None:
        await self.client.session.request("POST", "/api/password", json_body={"password": password})

    async def upgrade(
        self,
        image: bytes,
        *,
        progress: Progress | None = None,
        limits: FirmwareLimits = FirmwareLimits(),  # noqa: B008 (frozen)
    ) -> str:
        report = progress or (lambda _: None)
        before = self.client.identity.firmware
        await self._stage("clock", before, self._set_clock())
        report(FirmwareProgress("clock"))
        busy, status = await self._stage("check", before, self.read_state())
        report(FirmwareProgress("check", status=status, words=status_words(status)))
        if busy:
            raise FirmwareFailed(
                f"Charger {self._serial} is already receiving a firmware upload "
                f"({status_words(status)}); nothing was sent.",
                stage="check",
                version=before,
                hint="Wait until that upload ends (another laptop or the vendor's tool may be "
                "sending it), then start again.",
            )
        await self._upload(image, report, limits, before)
        await self._stage("update", before, self._follow(report, limits, before))
        await self._stage("commit", before, self.client.command(COMMIT))
        report(FirmwareProgress("commit"))
        after = await self._stage("version", before, self.version())
        report(FirmwareProgress("version", words=after))
        return after

    async def _stage(self, stage: str, before: str, work: Awaitable[T]) -> T:
        """Await `work`; a lost link or refusal becomes FirmwareFailed naming `stage`."""
        try:
            return await work
        except (*_LINK_LOST, ProtocolError) as exc:
            raise FirmwareFailed(
                f"Charger {self._serial}: firmware upgrade stopped at {stage}: {exc}",
                stage=stage,
                version=before,
                hint=_STAGE_HINTS[stage],
            ) from exc

    async def _set_clock(self) -> None:
        now = datetime.now(UTC)
        try:
            await self.client.command(f"date {now:%Y-%m-%d %H:%M:%S}")
        except ProtocolError as exc:  # older firmware: the clock setting below does it
            log.info("%s refused the date command (%s)", self._serial, exc)
        await self.client.write({CLOCK: int(now.timestamp() * 1000)})

    async def read_state(self) -> tuple[bool, int]:
        """`uploadInProgress` and the status code, logging in again as needed."""
        session = self.client.session
        if session._client is None:
            await session.open()
        http = session._require_client()
        response = await session._send(http, "GET", FIRMWARE_PATH)
        if response.status_code in (401, 403):
            await session.login()
            response = await session._send(http, "GET", FIRMWARE_PATH)
        session._raise_for_status(response, "read its firmware status")
        return parse_state(response.content)

    async def _upload(
        self, image: bytes, report: Progress, limits: FirmwareLimits, before: str
    ) -> None:
        """POST the image on a fresh connection and login, within the size's time bound."""
        bound = len(image) / limits.min_upload_rate + limits.upload_grace
        sent = [0]
        session = self.client.session
        await session.logout()  # the charger holds one session: give it up for the fresh one
        try:
            async with asyncio.timeout(bound):
                await session.open()
                response = await self._post(image, sent, report, bound)
        except TimeoutError:
            raise self._upload_failed(
                f"did not take the image within {bound:.0f} s", sent, image, before
            ) from None
        except httpx.TransportError as exc:
            raise self._upload_failed(
                f"dropped the upload ({exc.__class__.__name__})", sent, image, before
            ) from None
        except (*_LINK_LOST, ProtocolError) as exc:
            raise self._upload_failed(str(exc), sent, image, before) from None
        finally:
            await session.close_connection()  # the update runs now; poll on a new connection
        if response.status_code == 409:
            raise FirmwareFailed(
                f"Charger {self._serial} refused the upload: another upload is in progress.",
                stage="upload",
                version=before,
                hint=_STAGE_HINTS["check"],
            )
        if not response.is_success:
            raise self._upload_failed(f"answered HTTP {response.status_code}", sent, image, before)

    async def _post(
        self, image: bytes, sent: list[int], report: Progress, bound: float
    ) -> httpx.Response:
        boundary = secrets.token_hex(16)
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{PART_NAME}"; '
            f'filename="firmware.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
        ).encode("ascii")
        tail = f"\r\n--{boundary}--\r\n".encode("ascii")

        async def body() -> AsyncIterator[bytes]:
            yield head
            for start in range(0, len(image), UPLOAD_SLICE):
                piece = image[start : start + UPLOAD_SLICE]
                yield piece
                sent[0] += len(piece)
                report(FirmwareProgress("upload", sent=sent[0], total=len(image)))
            yield tail

        headers = {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Content-Length": str(len(head) + len(image) + len(tail)),
            "Accept": "*/*",
        }
        session = self.client.session
        http = session._require_client()
        return await http.post(
            FIRMWARE_PATH, content=body(), headers=headers, timeout=httpx.Timeout(bound)
        )

    def _upload_failed(
        self, why: str, sent: list[int], image: bytes, before: str
    ) -> FirmwareFailed:
        return FirmwareFailed(
            f"Charger {self._serial} {why} after {sent[0]} of {len(image)} bytes.",
            stage="upload",
            version=before,
            hint=_STAGE_HINTS["upload"],
        )

    async def _follow(self, report: Progress, limits: FirmwareLimits, before: str) -> int:
        """Poll the update status until a final one that counts; bounded by `limits.update`."""
        deadline = time.monotonic() + limits.update
        progressed = rebooted = answering = False
        last: int | None = None
        while time.monotonic() < deadline:
            try:
                _, status = await self.read_state()
            except _LINK_LOST:
                rebooted, answering = True, False
                await self.client.session.close_connection()
                await asyncio.sleep(limits.poll)
                continue
            answering = True
            if status != last:
                report(FirmwareProgress("update", status=status, words=status_words(status)))
                last = status
            if status in IN_PROGRESS:
                progressed = True
            elif progressed or rebooted:
                if status == DONE or (status == IDLE and rebooted):
                    return status
                if status in FAILURES:
                    what, hint = FAILURES[status]
                    raise FirmwareFailed(
                        f"Charger {self._serial} {what} (status {status}).",
                        stage="update",
                        version=before,
                        hint=hint,
                    )
            await asyncio.sleep(limits.poll)
        raise self._never_finished(limits, before, answering, last)

    def _never_finished(
        self, limits: FirmwareLimits, before: str, answering: bool, last: int | None
    ) -> FirmwareFailed:
        if not answering:
            return FirmwareFailed(
                f"Charger {self._serial} did not come back within {limits.update:g} s of its "
                "firmware update.",
                stage="update",
                version=before,
                hint="Do not cut its power. Wait, then check its display and network; when it "
                "answers again, read its version (`commissioner info`) and upgrade again if it "
                "still runs the old one.",
            )
        return FirmwareFailed(
            f"Charger {self._serial}'s firmware update did not finish within "
            f"{limits.update:g} s (last: {status_words(last) if last is not None else 'none'}).",
            stage="update",
            version=before,
            hint="Wait a few minutes, then read its version (`commissioner info`); upgrade "
            "again if it still runs the old one.",
        )


_STAGE_HINTS = {
    "clock": "Check the link to the charger and its password, then start again; nothing was "
    "sent yet.",
    "check": "Wait until the other upload ends, then start again; nothing was sent yet.",
    "upload": "The charger keeps its current firmware. Check the network link (a cable is "
    "better than Wi-Fi for a long upload), then start the upgrade again.",
    "update": "Wait until the charger answers again, read its version, then upgrade again.",
    "commit": "The charger runs the new firmware but it is not yet permanent: do not restart "
    "it; run the upgrade again, which commits it.",
    "version": "The update is committed; read its version with `commissioner info` once it "
    "answers.",
}
