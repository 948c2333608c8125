"""GUI settings on disk (window geometry, splitter, preferences): a small versioned JSON file,
and the data folder a start uses (read before Qt is loaded: no Qt here)."""

from __future__ import annotations

import base64
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import TypeVar

from app.store.paths import data_paths

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
Preference = TypeVar("Preference", bool, int, float, str)
FILE_NAME = "gui.json"
RECENT_KEPT = 5
# Preferences the Settings dialog edits (read at start by the application).
LANGUAGE = "app.ui.language"  # "" for the system's language, else "fr", "nl", …
TIMEOUT = "app.ui.timeout"  # seconds a charger has to answer
REBOOT_TIMEOUT = "app.ui.reboot_timeout"  # seconds a charger may take to restart
DEFAULT_REBOOT_TIMEOUT = 300.0
DATA_DIR = "app.ui.data_dir"  # the data folder from the next start ("" for the platform's)
RECENT_PLANS = "app.ui.recent_plans"
RECENT_ADDRESSES = "app.ui.recent_addresses"


def settings_path(data_dir: Path | None = None) -> Path:
    """`<data-dir>/gui.json`, or the platform's user config directory."""
    return data_paths(data_dir).settings


class GuiSettings:
    """Binary Qt states (saveGeometry, saveState) kept as base64, and the installer's
    preferences (plain JSON scalars); a damaged file is ignored."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, str] = {}
        self._preferences: dict[str, bool | int | float | str] = {}
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("schema_version") != SCHEMA_VERSION:
                raise ValueError(f"schema_version {data.get('schema_version')!r}")
            self._values = {str(k): str(v) for k, v in data["states"].items()}
            preferences = data.get("preferences", {})
            self._preferences = {
                str(k): v for k, v in preferences.items() if isinstance(v, (bool, int, float, str))
            }
        except (ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
            # Only window layout and preferences live here: defaults are the right answer.
            log.warning("Ignoring damaged GUI settings %s (%s)", self.path, exc)
            self._values = {}
            self._preferences = {}

    def preference(self, name: str, default: Preference) -> Preference:
        """The saved value of `name`, or `default` when absent or of another type."""
        value = self._preferences.get(name)
        return value if type(value) is type(default) else default  # type: ignore[return-value]

    def set_preference(self, name: str, value: bool | int | float | str) -> None:
        self._preferences[name] = value

    def recent(self, name: str) -> list[str]:
        """A most-recent-first list kept as one preference (file paths, addresses)."""
        return [line for line in self.preference(name, "").splitlines() if line]

    def add_recent(self, name: str, item: str, keep: int = RECENT_KEPT) -> list[str]:
        """Put `item` first in the list `name`, keeping the newest `keep`."""
        items = [item, *(i for i in self.recent(name) if i != item)][:keep]
        self.set_preference(name, "\n".join(items))
        return items

    def state(self, name: str) -> bytes | None:
        text = self._values.get(name)
        if text is None:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            return None

    def set_state(self, name: str, value: bytes) -> None:
        self._values[name] = base64.b64encode(value).decode("ascii")

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = {
            "schema_version": SCHEMA_VERSION,
            "states": self._values,
            "preferences": self._preferences,
        }
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".gui-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(body, handle, indent=1)
        os.replace(tmp, self.path)


def startup_folders(
    data_dir: Path | None, preferences_file: Path | None = None
) -> tuple[Path | None, GuiSettings | None]:
    """The data folder (--data-dir, else the one chosen in Settings, else None: the platform's)
    and, without --data-dir, the platform's preferences (which stay where the next start reads
    them even when the data folder moved)."""
    if data_dir is not None:
        return data_dir, None
    preferences = GuiSettings(preferences_file or settings_path(None))
    return chosen_data_dir(preferences), preferences


def chosen_data_dir(settings: GuiSettings | None = None) -> Path | None:
    """The data folder chosen in Settings (when no --data-dir is given), or None."""
    chosen = (settings or GuiSettings(settings_path(None))).preference(DATA_DIR, "")
    if not chosen:
        return None
    if Path(chosen).exists() and not Path(chosen).is_dir():
        log.warning("The data folder chosen in Settings, %s, is a file: using the default", chosen)
        return None
    return Path(chosen)
