"""Collect a support bundle from one logged-in charger and write it (app/store/support_bundle.py).

Steps, each announced through `progress`: identity, every readable setting (as `props` reads
them), the charger's own logs when its driver can read them (`support_logs`: an Alfen charger's
event log and transaction log; a brand without them gets a note in the README), then the
program's own log and the journals of runs on this charger. A log the charger refuses to give
does not stop the bundle: its file says why it is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path

from app.drivers.base import ChargerClient
from app.store.support_bundle import BundleParts, add_local_files, write_bundle

Progress = Callable[[str], None]


def _quiet(_text: str) -> None:
    return None


async def collect(client: ChargerClient, progress: Progress = _quiet) -> BundleParts:
    """Identity, settings and the charger's own logs."""
    identity = client.identity
    progress(f"{identity.serial}: identity {identity.model}, firmware {identity.firmware}")
    parts = BundleParts(identity.serial, {**asdict(identity), "brand": client.driver.brand}, [])
    parts.settings = await client.driver.setting_records(client, None)
    progress(f"{identity.serial}: {len(parts.settings)} settings read")
    texts = await client.driver.support_logs(client)
    if not texts:
        parts.notes.append(f"{client.driver.brand} chargers keep no log this program can read.")
        return parts
    for name, text in texts.items():
        parts.texts[name] = text
        lines = text.count("\n")
        missing = text.startswith("Not read:")
        progress(f"{identity.serial}: {name} " + ("not read" if missing else f"{lines} lines"))
    return parts


async def build_bundle(
    client: ChargerClient,
    target: Path,
    *,
    journal_dir: Path,
    log_dir: Path,
    secrets: Iterable[str] = (),
    progress: Progress = _quiet,
) -> Path:
    """Collect from `client`, add the local files, redact `secrets` (the login password) and
    every secret setting, and write the zip at `target`."""
    parts = await collect(client, progress)
    parts.secrets.update(s for s in secrets if s)
    add_local_files(parts, journal_dir, log_dir)
    journals = sum(1 for name in parts.files if name.startswith("journals/"))
    progress(f"{parts.serial}: {journals} journals and the program's log added")
    path = write_bundle(target, parts)
    progress(f"Support bundle written: {path}")
    return path
