"""One data directory for the window and the CLI (the end-to-end run: tests/ui/test_data_dir.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

import platformdirs

from app.commands.common import data_dir, pin_store
from app.services.context import build_services
from app.store.journal import journal_dir
from app.store.paths import data_paths
from app.store.presets import user_preset_dir


def test_one_data_directory_decides_every_sub_directory(tmp_path: Path) -> None:
    paths = data_paths(tmp_path)
    assert paths.root == tmp_path
    assert paths.journals == journal_dir(tmp_path) == tmp_path / "journals"
    assert paths.pins == tmp_path / "pins.json"
    assert paths.presets == user_preset_dir(tmp_path)
    assert {paths.reports.parent, paths.logs.parent, paths.settings.parent} == {tmp_path}


def test_without_an_override_the_platform_decides() -> None:
    paths = data_paths(None)
    assert paths.root == Path(platformdirs.user_data_dir("commissioner"))
    assert paths.journals.parent == paths.root


def test_the_window_and_the_cli_agree(tmp_path: Path) -> None:
    services = build_services(tmp_path)
    args = argparse.Namespace(data_dir=str(tmp_path))
    assert services.paths == data_paths(data_dir(args))
    assert services.settings.path == data_paths(tmp_path).settings
    services.pins.pin("ace0000001", b"certificate")
    assert pin_store(args).get("ace0000001") is not None
