"""The GUI's log file: where it lives, and a rotating handler on the root logger."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.store.paths import data_paths

LOG_NAME = "commissioner.log"
# Libraries that log every request at INFO: the demo's state poll alone would fill the file.
_CHATTY = ("httpx", "httpcore")
# pymodbus logs every timeout of a quiet meter at ERROR with a frame dump; the meter test and
# monitoring report it in words, so the log keeps only pymodbus's critical messages.
_NOISY = ("pymodbus",)
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir(data_dir: Path | None = None) -> Path:
    """`<data-dir>/logs` when given, else the platform's user log directory."""
    return data_paths(data_dir).logs


def start_log_file(directory: Path, level: int = logging.INFO) -> Path:
    """Log to `directory/commissioner.log` (1 MB × 3); returns the file's path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    if root.level > level:
        # Lowering the root level must not make the console chattier than asked (-v).
        for other in root.handlers:
            if other.level == logging.NOTSET:
                other.setLevel(root.level)
        root.setLevel(level)
    root.addHandler(handler)
    for name in _CHATTY:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger(name).level))
    for name in _NOISY:
        logging.getLogger(name).setLevel(max(logging.CRITICAL, logging.getLogger(name).level))
    return path


def stop_log_file(path: Path) -> None:
    """Detach and close the handler writing to `path` (tests, shutdown)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            root.removeHandler(handler)
            handler.close()
