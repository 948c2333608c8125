"""Firmware upload and update on a simulated Alfen charger (device-protocols.md §2.4, §3.1).

The wire side, as a real charger serves it (behind the login, like every endpoint but info):

- `GET /api/firmware` answers `{"uploadInProgress": "true"|"false",
  "OD_fileFirmwareUpdateStatus": {"value": <status code>}}` (`Status` below).
- `POST /api/firmware` takes a single-part `multipart/form-data` body whose one part is named
  `firmwarefile` (its file name means nothing), with a `Content-Length`. An `Accept` that asks
  for `application/json` without `*/*` makes the charger reset the connection. Answers: 200
  `{"result": "ok"}` once the bytes are in; 400 for a body that is not one `firmwarefile` part;
  409 while an upload or update is in progress. Bytes are taken at `rate` bytes per second of
  site time (a real charger takes about 18 KB/s), so the reply comes after size / rate.
- `POST /api/cmd {"command": "forcefirmwarepermanent"}` commits the new firmware (200). A
  reboot before the commit rolls the charger back to its old version (status -4).

After the upload the charger works through the statuses on its own, one every `step` seconds
of site time: 5 download done, 11 CRC calculating, 12 CRC calculated, then either -1 download
error (wrong CRC, an image of another family or kind, a cut or truncated file: the version is
unchanged) or 6 checked, 7 ready for update, 8 updating, 9 ready to roll, then it reboots
(offline for the charger's reboot time) and comes back with 10 done. The charger keeps its last
status afterwards, as a real one does.

The new version comes from the bytes, because clients send the image under a meaningless part
file name: the real header's version field is not public, so the simulator reads the ASCII line
`FWVersion=<version>` right after the 160-byte header (app.sim.alfen.firmware_image makes such
images). An image without that line installs, but the charger keeps reporting its old version,
and the simulator logs a warning.

Faults (switched through the control API, see `FIRMWARE_FAULT_KINDS`; each stays on until
switched off): `cut` resets the connection half-way through the upload (-1); `update_error`
stops at 8 with -2 and no reboot; `rollback` reboots and comes back with -3, then -4, on the
old version; `no_return` keeps the charger offline after the update's reboot until the fault
is switched off, and it then comes back on its old version with -4.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
from collections.abc import Callable
from enum import IntEnum

from app.core.errors import InvalidInput
from app.core.firmware import (
    IMAGE_TYPES,
    ImageKind,
    embedded_version,
    family_for_model,
    parse_header,
)
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimCharger
from app.sim.http import Connection, Request, Response

log = logging.getLogger(__name__)

FIRMWARE_PATH = "/api/firmware"
COMMIT_COMMAND = "forcefirmwarepermanent"
FIRMWARE_VERSION = PropertyId.parse("100A_0")
PART_NAME = "firmwarefile"
REAL_RATE = 18_000.0  # bytes per second a real charger takes

FIRMWARE_FAULT_KINDS = {
    "firmware_cut": "the next uploads are reset half-way while `on` is true (default true)",
    "firmware_update_error": "updates stop with status -2 while `on` is true (default true)",
    "firmware_rollback": "updates roll back after the reboot (-3, -4) while `on` is true",
    "firmware_no_return": "the update's reboot never ends until `on` is false",
    "firmware_rate": "upload speed in `bytes_per_second` of site time (a real charger 18000)",
}


class Status(IntEnum):
    """`OD_fileFirmwareUpdateStatus` codes."""

    IDLE = 0
    ERASING = 1
    ERASED = 2
    READY_FOR_DOWNLOAD = 3
    DOWNLOADING = 4
    DOWNLOAD_DONE = 5
    CHECKED = 6
    READY_FOR_UPDATE = 7
    UPDATING = 8
    READY_TO_ROLL = 9
    DONE = 10
    CRC_CALCULATING = 11
    CRC_CALCULATED = 12
    DOWNLOAD_ERROR = -1
    UPDATE_ERROR = -2
    ROLLING_BACK = -3
    ROLLED_BACK = -4


# Statuses after which nothing more happens on its own (the charger keeps showing them).
TERMINAL = frozenset({Status.IDLE, Status.DONE, Status.DOWNLOAD_ERROR, Status.UPDATE_ERROR})
TERMINAL = TERMINAL | {Status.ROLLED_BACK}


def firmware_part(request: Request) -> bytes:
    """The bytes of the single `firmwarefile` part; InvalidInput (400) for anything else."""
    match = re.search(r'boundary="?([^";]+)"?', request.header("content-type"))
    if not request.header("content-type").startswith("multipart/form-data") or match is None:
        raise InvalidInput("The firmware must be sent as multipart/form-data.")
    delimiter = b"--" + match.group(1).encode("latin-1")
    pieces = request.body.split(delimiter)
    parts = [p for p in pieces[1:] if not p.startswith(b"--")]
    if len(pieces) < 3 or len(parts) != 1:
        raise InvalidInput("The firmware upload must hold exactly one part.")
    head, sep, data = parts[0].partition(b"\r\n\r\n")
    if not sep or f'name="{PART_NAME}"'.encode() not in head:
        raise InvalidInput(f"The firmware upload must be the part named {PART_NAME}.")
    return data[:-2] if data.endswith(b"\r\n") else data


class FirmwareUpdater:
    """The upgrade state machine of one charger; `reboot` restarts it through its API."""

    def __init__(
        self,
        charger: SimCharger,
        reboot: Callable[[], None],
        *,
        rate: float = REAL_RATE,
        step: float = 2.0,
    ) -> None:
        self.charger = charger
        self._reboot = reboot
        self.rate = rate  # bytes per second of site time
        self.step = step  # site seconds between two statuses
        self.status = Status.IDLE
        self.in_progress = False
        self.received = 0
        self.expected = 0
        self.faults: set[str] = set()
        self.awaiting_commit = False
        self.previous = charger.firmware
        self._image = b""
        self._task: asyncio.Task[None] | None = None
        self._booted = asyncio.Event()
        self._released = asyncio.Event()

    # --- the wire -----------------------------------------------------------------------------

    async def handle(self, request: Request, conn: Connection, authorised: bool) -> Response:
        """Any request to `FIRMWARE_PATH` (401 without the session, 405 for other methods)."""
        if not authorised:
            return Response.error(401, "login required")
        if request.method == "GET":
            return self.state()
        if request.method == "POST":
            return await self.upload(request, conn)
        return Response.error(405, f"{request.method} is not allowed on {FIRMWARE_PATH}")

    def state(self) -> Response:
        """The reply to `GET /api/firmware`."""
        return Response.json(
            {
                "uploadInProgress": "true" if self.in_progress else "false",
                "OD_fileFirmwareUpdateStatus": {"value": int(self.status)},
            }
        )

    async def upload(self, request: Request, conn: Connection) -> Response:
        """The reply to `POST /api/firmware`, after taking the bytes at the set rate."""
        accept = request.header("accept")
        if "application/json" in accept and "*/*" not in accept:
            conn.abort()  # what a real charger does to such a client
            return Response.error(400, "connection reset")
        if self.in_progress:
            return Response.error(409, "a firmware upload is already in progress")
        image = firmware_part(request)
        self.in_progress, self.awaiting_commit = True, False
        self.received, self.expected = 0, len(image)
        self._set(Status.DOWNLOADING)
        if not await self._receive(image, conn):
            return Response.error(400, "upload cut")
        self._image = image
        self._set(Status.DOWNLOAD_DONE)
        self._task = asyncio.get_running_loop().create_task(self._update())
        return Response.json({"result": "ok"})

    async def _receive(self, image: bytes, conn: Connection) -> bool:
        """Take the bytes at `rate`; False when the `cut` fault reset the connection."""
        total = self.charger.clock.real_seconds(len(image) / self.rate) if self.rate > 0 else 0
        slices = max(1, math.ceil(total / 0.05))
        for n in range(1, slices + 1):
            await asyncio.sleep(total / slices)
            self.received = len(image) * n // slices
            if "firmware_cut" in self.faults and self.received * 2 >= len(image):
                log.warning("charger %s: firmware upload cut half-way", self.charger.serial)
                self._finish(Status.DOWNLOAD_ERROR)
                conn.abort()
                return False
        return True

    def commit(self) -> Response:
        """The reply to `forcefirmwarepermanent`."""
        if self.awaiting_commit:
            log.info("charger %s: firmware %s made permanent", self.charger.serial, self.version)
        self.awaiting_commit = False
        self.previous = self.charger.firmware
        return Response(200, b'{"result": "submitted"}')

    @property
    def version(self) -> str:
        return self.charger.firmware

    # --- the update ---------------------------------------------------------------------------

    async def _pause(self) -> None:
        await asyncio.sleep(self.charger.clock.real_seconds(self.step))

    def _set(self, status: Status) -> None:
        self.status = status
        log.debug("charger %s: firmware status %d", self.charger.serial, status)

    def _finish(self, status: Status) -> None:
        self._set(status)
        self.in_progress = False

    def _image_fits(self) -> bool:
        try:
            header = parse_header(self._image)
        except InvalidInput as exc:
            log.warning("charger %s refuses the image: %s", self.charger.serial, exc)
            return False
        family, kind = IMAGE_TYPES.get(header.image_type, (None, None))
        if family is not family_for_model(self.charger.model):
            log.warning("charger %s refuses an image of another family", self.charger.serial)
            return False
        return kind is not None

    async def _update(self) -> None:
        for status in (Status.CRC_CALCULATING, Status.CRC_CALCULATED):
            await self._pause()
            self._set(status)
        await self._pause()
        if not self._image_fits():
            self._finish(Status.DOWNLOAD_ERROR)
            return
        for status in (Status.CHECKED, Status.READY_FOR_UPDATE, Status.UPDATING):
            self._set(status)
            await self._pause()
        if "firmware_update_error" in self.faults:
            log.warning("charger %s: firmware update failed", self.charger.serial)
            self._finish(Status.UPDATE_ERROR)
            return
        self._set(Status.READY_TO_ROLL)
        await self._pause()
        self.previous = self.charger.firmware
        self._booted.clear()
        self._reboot()
        await self._booted.wait()
        if self.status is Status.ROLLING_BACK:
            await self._pause()
            self._finish(Status.ROLLED_BACK)

    async def boot_hold(self) -> None:
        """Runs inside every reboot, just before the charger comes back: installs the new
        firmware, or rolls back, or (fault `no_return`) holds the charger offline."""
        if self.status is Status.READY_TO_ROLL:
            await self._install()
        elif self.awaiting_commit:
            log.warning("charger %s: rebooted before the commit; rolling back", self.charger.serial)
            self.charger.pending[FIRMWARE_VERSION] = self.previous
            self.awaiting_commit = False
            self._finish(Status.ROLLED_BACK)
        self._booted.set()

    async def _install(self) -> None:
        serial = self.charger.serial
        if "firmware_no_return" in self.faults:
            log.warning("charger %s: the update's reboot does not return", serial)
            self.charger.offline_until = math.inf
            self._released.clear()
            await self._released.wait()
            self.charger.offline_until = self.charger.clock.now()
            self._finish(Status.ROLLED_BACK)
            return
        if "firmware_rollback" in self.faults:
            log.warning("charger %s: the new firmware failed to start; rolling back", serial)
            self._set(Status.ROLLING_BACK)
            return
        self._install_version()
        self._finish(Status.DONE)

    def _install_version(self) -> None:
        header = parse_header(self._image)
        if IMAGE_TYPES[header.image_type][1] is not ImageKind.CORE:
            log.info("charger %s: display package installed", self.charger.serial)
            return
        found = embedded_version(self._image)
        if found is None:
            log.warning(
                "charger %s: the image has no FWVersion= line after its header; it is "
                "installed but the charger keeps reporting %s",
                self.charger.serial,
                self.charger.firmware,
            )
        else:
            self.charger.pending[FIRMWARE_VERSION] = str(found)
        self.awaiting_commit = True

    async def stop(self) -> None:
        """Cancel a running update (the site stops)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    # --- control ------------------------------------------------------------------------------

    def switch(self, kind: str, on: Callable[[], bool], rate: Callable[[], float]) -> None:
        """A fault of `FIRMWARE_FAULT_KINDS` from the control API."""
        if kind == "firmware_rate":
            self.rate = rate()
            return
        if kind not in FIRMWARE_FAULT_KINDS:
            raise InvalidInput(f"Unknown firmware fault {kind!r}.")
        if on():
            self.faults.add(kind)
            return
        self.faults.discard(kind)
        if kind == "firmware_no_return":
            self._released.set()

    def describe(self) -> dict[str, object]:
        """For the control API's /state."""
        return {
            "status": int(self.status),
            "in_progress": self.in_progress,
            "received": self.received,
            "expected": self.expected,
            "awaiting_commit": self.awaiting_commit,
            "rate": self.rate,
            "faults": sorted(self.faults),
        }
