"""The support bundle: one zip for support staff, with every secret taken out.

Contents (all text):
- `README.txt`: what is in the bundle and what was redacted;
- `identity.json`: who the charger is; `settings.json`: every readable setting, as `props`
  reads them (format `SETTINGS_FORMAT`), secret values replaced by `REDACTED`;
- `event-log.txt`, `transactions.txt`: the charger's own logs, as it sent them;
- `tool-log/…`: the program's log files (`commissioner.log` and its rotations);
- `journals/…`: the journals of the runs that touched this charger.

What counts as secret:
- a setting whose name says password, passcode, secret, token, PIN, PSK or key (in the Alfen
  catalogue today that is only the licence key; write-only secrets such as the APN or proxy
  password are not readable at all, and the rule catches them should a charger show one);
- the values of those settings and the login password, wherever else they occur (logs,
  journals), replaced text-wise before a file enters the zip;
- anything shaped like an Alfen licence key (24 hex digits, in groups of four or not), and the
  value of any JSON field named like a password, secret or token, in every file.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.core.values import Value
from app.drivers.base import SettingRecord
from app.store.journal import SUFFIX, list_runs

REDACTED = "<redacted>"
SETTINGS_FORMAT = 1
_SECRET_NAME = re.compile(r"\b(password|passcode|passwd|secret|token|pin|psk|key)\b", re.I)
_LICENCE_KEY = re.compile(r"\b[0-9A-Fa-f]{4}(?:[.\- ]?[0-9A-Fa-f]{4}){5}\b")
_SECRET_FIELD = re.compile(
    r'("[^"\\]{0,40}(?:password|passwd|secret|token)[^"\\]{0,40}"\s*:\s*)"(?:[^"\\]|\\.)*"',
    re.I,
)
MAX_PASSES = 8
MIN_SECRET = 4  # shorter values are not searched for (they would blank out ordinary text)
LOG_GLOB = "*.log*"


@dataclass
class BundleParts:
    """What goes into a bundle, before redaction of the text files."""

    serial: str
    identity: dict[str, object]
    settings: list[SettingRecord]
    texts: dict[str, str] = field(default_factory=dict)  # name in the zip → content
    files: dict[str, Path] = field(default_factory=dict)  # name in the zip → file to copy
    secrets: set[str] = field(default_factory=set)  # values to take out wherever they occur
    notes: list[str] = field(default_factory=list)  # what could not be collected, and why


def is_secret(record: SettingRecord) -> bool:
    return bool(_SECRET_NAME.search(record.name))


def _plain(value: Value) -> object:
    return value if isinstance(value, str | int | float | bool) else str(value)


def settings_document(parts: BundleParts, read_at: datetime) -> dict[str, object]:
    """The settings snapshot: secret settings keep their key, lose their value."""
    rows = []
    for record in parts.settings:
        secret = is_secret(record)
        if secret and record.value not in ("", None):
            parts.secrets.add(str(record.value))
        rows.append(
            {
                "key": record.key,
                "name": record.name,
                "value": REDACTED if secret else _plain(record.value),
                "unit": record.unit,
                "details": {k: _plain(v) for k, v in record.details.items()},  # type: ignore[arg-type]
                **({"redacted": True} if secret else {}),
            }
        )
    return {
        "format": SETTINGS_FORMAT,
        "serial": parts.serial,
        "model": parts.identity.get("model", ""),
        "firmware": parts.identity.get("firmware", ""),
        "read_at": read_at.isoformat(timespec="seconds"),
        "settings": rows,
    }


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret value, licence-key shape and password field taken out."""
    forms = {form for s in secrets if len(s) >= MIN_SECRET for form in (s, json.dumps(s)[1:-1])}
    ordered = sorted(forms, key=len, reverse=True)  # a longer secret before one inside it
    for _ in range(MAX_PASSES):  # a secret with < or > can form again around a replacement
        if not any(form in text for form in ordered):
            break
        for form in ordered:
            text = text.replace(form, REDACTED)
    text = _LICENCE_KEY.sub(REDACTED, text)
    return _SECRET_FIELD.sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)


def journals_of(journal_dir: Path, serial: str) -> list[Path]:
    """The journal files of runs that name `serial` (damaged ones included), oldest first."""
    return [run.path for run in list_runs(journal_dir) if serial in run.serials]


def tool_logs(log_dir: Path) -> list[Path]:
    """The program's log file and its rotations."""
    return sorted(p for p in log_dir.glob(LOG_GLOB) if p.is_file()) if log_dir.is_dir() else []


def add_local_files(parts: BundleParts, journal_dir: Path, log_dir: Path) -> None:
    for path in tool_logs(log_dir):
        parts.files[f"tool-log/{path.name}"] = path
    for path in journals_of(journal_dir, parts.serial):
        parts.files[f"journals/{path.stem}{SUFFIX}"] = path


def _readme(parts: BundleParts, read_at: datetime, names: Sequence[str]) -> str:
    lines = [
        f"Support bundle for charger {parts.serial}, made {read_at:%Y-%m-%d %H:%M} UTC.",
        "",
        "Files:",
        *(f"  {name}" for name in names),
        "",
        "Redacted (replaced by <redacted>): the login password, settings named like a",
        "password, key, PIN or token (the licence key among them), anything shaped like a",
        "licence key, and password or token fields in the journals and logs.",
    ]
    if parts.notes:
        lines += ["", "Not collected:", *(f"  {note}" for note in parts.notes)]
    return "\n".join(lines) + "\n"


def write_bundle(path: Path, parts: BundleParts, read_at: datetime | None = None) -> Path:
    """Write the zip at `path` (replacing it); every file passes through `redact` first."""
    moment = read_at or datetime.now(UTC)
    contents: dict[str, str] = {
        "identity.json": json.dumps(parts.identity, indent=2, ensure_ascii=False),
        "settings.json": json.dumps(settings_document(parts, moment), indent=2, ensure_ascii=False),
        **parts.texts,
    }
    for name, source in parts.files.items():
        contents[name] = source.read_text(encoding="utf-8", errors="replace")
    contents = {"README.txt": _readme(parts, moment, sorted(contents)), **contents}
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for name, text in contents.items():
            bundle.writestr(name, redact(text, parts.secrets))
    partial.replace(path)
    return path
