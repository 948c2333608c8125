"""The log file: one handler per path, and the chatty libraries kept quiet in it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.logs import start_log_file, stop_log_file

NAMES = ("pymodbus", "httpx", "httpcore")


@pytest.fixture
def restored_levels() -> Iterator[None]:
    root = logging.getLogger()
    saved = {name: logging.getLogger(name).level for name in NAMES}
    saved_root = root.level
    yield
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)
    root.setLevel(saved_root)


def test_the_log_file_keeps_pymodbus_timeouts_out(tmp_path: Path, restored_levels: None) -> None:
    path = start_log_file(tmp_path)
    try:
        assert start_log_file(tmp_path) == path  # a second start adds no second handler
        logging.getLogger("pymodbus.logging").error("Modbus timeout, frame dump …")
        logging.getLogger("app.test").info("kept")
        assert logging.getLogger("httpx").level == logging.WARNING
    finally:
        stop_log_file(path)
    text = path.read_text(encoding="utf-8")
    assert "kept" in text and "frame dump" not in text
