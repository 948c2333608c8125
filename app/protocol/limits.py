"""Temporary settings for a test, always put back: on success, cancel, error, or after a crash.

`LimitWriter` is the port the test flows use. `RestoreFileWriter` is a minimal stand-in for
the commissioning journal: before the first temporary write of a property it reads the value
in force and stores it in a small JSON file (written and synced before the charger is
touched); `restore()` writes the originals back, checks them by reading, and deletes the file.
A file left behind by a crash is found by `recover()` the next time a test runs on that
charger. When the journal lands, an adapter implementing `LimitWriter` replaces this class.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from app.core.errors import DeviceError, InvalidInput, ProtocolError, WriteRejected
from app.core.properties import PropertyId, Value
from app.protocol.poller import PropertyClient

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
TOLERANCE = 0.05


class LimitWriter(Protocol):
    """Write temporary values and put the originals back."""

    async def apply(self, values: Mapping[PropertyId, float]) -> None:
        """Write temporary values; the first write of an id remembers the original."""
        ...

    async def restore(self) -> None:
        """Write every remembered original back and check it; idempotent."""
        ...


def restore_path(directory: Path, serial: str) -> Path:
    """Where the pending-restore record of one charger lives."""
    if not serial or any(c in serial for c in "/\\.") or len(serial) > 64:
        raise InvalidInput(f"'{serial}' is not a charger serial.")
    return directory / f"{serial}.json"


class RestoreFileWriter:
    """`LimitWriter` over a property client, with a restore record on disk per charger."""

    def __init__(
        self, client: PropertyClient, directory: Path, serial: str, purpose: str = "test"
    ) -> None:
        self._client = client
        self.path = restore_path(directory, serial)
        self.serial = serial
        self.purpose = purpose
        self.originals: dict[PropertyId, Value] = {}

    @property
    def pending(self) -> bool:
        return bool(self.originals)

    async def apply(self, values: Mapping[PropertyId, float]) -> None:
        new = [pid for pid in values if pid not in self.originals]
        if new:
            found = await self._client.read(new)
            missing = [pid.wire for pid in new if pid not in found]
            if missing:
                raise ProtocolError(
                    f"Charger {self.serial} has no {', '.join(missing)}: cannot change it for "
                    "the test."
                )
            self.originals.update((pid, found[pid].value) for pid in new)
            self._save()
        await self._client.write({pid: value for pid, value in values.items()})
        await self._check(dict(values), "the temporary value")

    async def restore(self) -> None:
        if not self.originals:
            return
        await self._client.write({pid: value for pid, value in self.originals.items()})
        await self._check(self.originals, "the original value")
        log.info("Restored %s on %s", _describe(self.originals), self.serial)
        self.originals.clear()
        self.path.unlink(missing_ok=True)

    async def _check(self, wanted: Mapping[PropertyId, Value], what: str) -> None:
        found = await self._client.read(list(wanted))
        wrong = [
            pid.wire
            for pid, value in wanted.items()
            if pid not in found or not _same(found[pid].value, value)
        ]
        if wrong:
            raise WriteRejected(
                f"Charger {self.serial} did not take {what} of {', '.join(wrong)}.",
                hint="The feature may not be licensed on this charger, or it is rebooting.",
            )

    def _save(self) -> None:
        record = {
            "schema_version": SCHEMA_VERSION,
            "serial": self.serial,
            "purpose": self.purpose,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "originals": {pid.wire: value for pid, value in self.originals.items()},
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(record, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

    @classmethod
    def load(cls, client: PropertyClient, directory: Path, serial: str) -> RestoreFileWriter | None:
        """The writer of a record left behind (by a crash), or None when there is none."""
        path = restore_path(directory, serial)
        if not path.exists():
            return None
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            if record.get("schema_version") != SCHEMA_VERSION or record.get("serial") != serial:
                raise ValueError("wrong schema or serial")
            originals = {PropertyId.parse(k): v for k, v in record["originals"].items()}
        except (OSError, ValueError, KeyError, AttributeError, InvalidInput) as exc:
            raise InvalidInput(
                f"The restore record {path} cannot be read ({exc}).",
                hint="Check the charger's settings by hand, then delete the file.",
            ) from None
        writer = cls(client, directory, serial, str(record.get("purpose", "test")))
        writer.originals = originals
        return writer


async def recover(client: PropertyClient, directory: Path, serial: str) -> str | None:
    """Put back what an interrupted test left changed; a sentence saying what, or None."""
    writer = RestoreFileWriter.load(client, directory, serial)
    if writer is None:
        return None
    what = _describe(writer.originals)
    try:
        await writer.restore()
    except DeviceError as exc:
        raise DeviceError(
            f"An interrupted {writer.purpose} left settings changed on {serial}; putting back "
            f"{what} failed: {exc}",
            hint="Run the command again when the charger answers.",
        ) from exc
    return f"An interrupted {writer.purpose} had changed settings on {serial}: put back {what}."


def _same(found: Value, wanted: Value) -> bool:
    if isinstance(found, int | float) and isinstance(wanted, int | float):
        return math.isclose(float(found), float(wanted), abs_tol=TOLERANCE)
    return found == wanted


def _describe(values: Mapping[PropertyId, Value]) -> str:
    return ", ".join(f"{pid.wire} = {value}" for pid, value in values.items())
