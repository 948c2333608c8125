"""Collect a support bundle from one logged-in charger and write it (app/store/support_bundle.py).

Steps, each announced through `progress`: identity, every readable setting (as `props` reads
them), the event log and the transaction log (Alfen chargers; another brand's bundle notes that
it has none), then the program's own log and the journals of runs on this charger. A log the
charger refuses to give does not stop the bundle: it is noted in the README instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path

from app.core.errors import CommissionerError
from app.drivers.alfen import logs as alfen_logs
from app.drivers.alfen.client import AlfenClient
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
    alfen = getattr(client, "alfen", None)
    if isinstance(alfen, AlfenClient):
        await _alfen_logs(alfen, parts, progress)
    else:
        parts.notes.append(f"{client.driver.brand} chargers keep no event or transaction log.")
    return parts


async def _alfen_logs(client: AlfenClient, parts: BundleParts, progress: Progress) -> None:
    serial = parts.serial
    try:
        lines = await alfen_logs.event_log(client)
        parts.texts["event-log.txt"] = "".join(f"{line.raw}\n" for line in lines)
        progress(f"{serial}: {len(lines)} event-log lines read")
    except CommissionerError as exc:
        parts.notes.append(f"event log: {exc}")
        progress(f"{serial}: event log not read ({exc})")
    try:
        records = await alfen_logs.transaction_log(client)
        parts.texts["transactions.txt"] = "".join(f"{r.raw}\n" for r in records)
        progress(f"{serial}: {len(records)} transaction records read")
    except CommissionerError as exc:
        parts.notes.append(f"transaction log: {exc}")
        progress(f"{serial}: transaction log not read ({exc})")


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
