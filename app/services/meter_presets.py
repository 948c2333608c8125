"""Meter presets for the GUI: the library with imported presets, import and export of files.

A thin adapter over app/store/presets.py (the ui layer does not import protocol code);
every bad file ends in one `InvalidInput` naming the file and the field, and changes nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.core.plan import RegisterMap
from app.core.presets import MeterPreset
from app.drivers import registry
from app.store import presets as preset_files

log = logging.getLogger(__name__)


def library(data_dir: Path | None) -> list[MeterPreset]:
    """The built-in presets plus those imported under `data_dir`, by maker and model."""
    found = preset_files.load_library(preset_files.library_dirs(data_dir))
    for problem in found.problems:
        log.warning("Meter preset not loaded: %s", problem)
    return sorted(found.presets, key=lambda p: (p.maker.lower(), p.model.lower()))


def find(name: str, data_dir: Path | None) -> MeterPreset | None:
    """The preset with file name `name` (built-in or imported), or None."""
    return next((p for p in library(data_dir) if p.name == name), None)


def import_file(source: Path, data_dir: Path) -> MeterPreset:
    """Validate `source`, copy it into the user presets (replacing an earlier import of it)."""
    target = preset_files.import_preset(source, data_dir, replace=True)
    return preset_files.load_preset_file(target)


def export_file(preset: MeterPreset, target: Path) -> None:
    """Write `preset` as TOML (or JSON, from the suffix)."""
    preset_files.export_preset(preset, target)


def map_preset(register_map: RegisterMap, unit_id: int | None = None) -> MeterPreset:
    """A register map typed by hand (the plan's custom map) as a preset."""
    return registry.driver().map_preset(register_map, unit_id)
