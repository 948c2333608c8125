"""Preset files on disk: the built-in presets/meters folder, imported presets, export.

Parsing and validation are in app/core/presets.py; this module only reads and writes files, so
every malformed file still ends in one `InvalidPreset` naming it.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import InvalidInput
from app.core.preset_dump import dump_preset
from app.core.presets import InvalidPreset, MeterPreset, parse_preset
from app.store.paths import data_paths

log = logging.getLogger(__name__)

BUILTIN_DIR = Path(__file__).resolve().parents[2] / "presets" / "meters"
SUFFIXES = (".toml", ".json")
MAX_FILE_BYTES = 256 * 1024


@dataclass(frozen=True)
class PresetLibrary:
    """The presets found, and the files that could not be loaded (with why)."""

    presets: tuple[MeterPreset, ...]
    problems: tuple[str, ...] = ()

    def find(self, name: str) -> MeterPreset:
        """A preset by file name (`eastron-sdm630`) or title (`Eastron SDM630`), any case."""
        wanted = _compact(name)
        for preset in self.presets:
            if wanted in (_compact(preset.name), _compact(preset.title), _compact(preset.model)):
                return preset
        names = ", ".join(p.name for p in self.presets)
        raise InvalidInput(f"No meter preset called '{name}'. Known presets: {names}.")


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def load_preset_file(path: Path) -> MeterPreset:
    """Read and validate one preset file."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InvalidPreset(
                f"{path.name}: larger than {MAX_FILE_BYTES // 1024} KiB; not a preset file."
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InvalidPreset(f"{path.name}: not UTF-8 text; is this a preset file?") from None
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read the preset file ({exc.strerror}).") from None
    return parse_preset(text, path.name)


def preset_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


def load_library(directories: Iterable[Path] = (BUILTIN_DIR,)) -> PresetLibrary:
    """Every preset in `directories`; later folders override earlier ones with the same name."""
    found: dict[str, MeterPreset] = {}
    problems: list[str] = []
    for directory in directories:
        for path in preset_files(directory):
            try:
                preset = load_preset_file(path)
            except InvalidInput as exc:
                problems.append(str(exc))
                continue
            found[preset.name] = preset
    ordered = sorted(found.values(), key=lambda p: (p.maker.lower(), p.model.lower()))
    return PresetLibrary(tuple(ordered), tuple(problems))


@functools.cache
def builtin_library() -> PresetLibrary:
    """The presets shipped with the program, read once per process (they do not change while
    it runs): the simulated site's meters and chargers each look one up as they start."""
    return load_library((BUILTIN_DIR,))


def user_preset_dir(data_dir: Path) -> Path:
    """Where imported presets live, next to settings and journals."""
    return data_paths(data_dir).presets


def library_dirs(data_dir: Path | None) -> Sequence[Path]:
    return (BUILTIN_DIR,) if data_dir is None else (BUILTIN_DIR, user_preset_dir(data_dir))


def import_preset(source: Path, data_dir: Path, *, replace: bool = False) -> Path:
    """Validate `source` and copy it into the user preset folder; return the new file."""
    preset = load_preset_file(source)
    target_dir = user_preset_dir(data_dir)
    target = target_dir / f"{_compact_name(preset)}{source.suffix.lower()}"
    if target.exists() and not replace:
        raise InvalidInput(
            f"A preset {target.name} was imported before; pass --replace to overwrite it."
        )
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"{target}: cannot write the preset ({exc.strerror}).") from None
    log.info("imported preset %s as %s", preset.title, target)
    return target


def _compact_name(preset: MeterPreset) -> str:
    return re.sub(r"[^a-z0-9]+", "-", preset.title.lower()).strip("-") or preset.name


def export_preset(preset: MeterPreset, target: Path) -> None:
    """Write `preset` as .toml or .json (from the suffix)."""
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("toml", "json"):
        raise InvalidInput(f"{target.name}: export to a .toml or .json file.")
    try:
        target.write_text(dump_preset(preset, fmt), encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"{target}: cannot write the preset ({exc.strerror}).") from None
