"""Where the program keeps its files: one decision, shared by the window and the CLI.

With `--data-dir` everything lives under that one directory. Without it, the data (journals,
pins, imported presets, reports) go to the platform's user data directory, the log to its log
directory and the window settings to its config directory, where earlier versions put them.
A run the window started is therefore listed, resumed and rolled back by `commissioner journal`
given the same `--data-dir` (or none).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "commissioner"


@dataclass(frozen=True, slots=True)
class DataPaths:
    root: Path  # the data directory itself
    journals: Path  # apply, rollback, SCN and temporary-setting runs (`commissioner journal`)
    pins: Path  # the certificate pins file
    presets: Path  # meter presets the installer imported
    reports: Path  # saved verification reports
    logs: Path  # the window's log file
    settings: Path  # the window's settings file


def data_paths(override: Path | str | None = None) -> DataPaths:
    """The directories for `override` (`--data-dir`), or the platform's when None."""
    if override is not None:
        root = Path(override)
        logs, config = root / "logs", root
    else:
        root = Path(platformdirs.user_data_dir(APP_NAME))
        logs = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
        config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return DataPaths(
        root=root,
        journals=root / "journals",
        pins=root / "pins.json",
        presets=root / "presets" / "meters",
        reports=root / "reports",
        logs=logs,
        settings=config / "gui.json",
    )
