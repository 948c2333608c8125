"""The report's files: the visit file, threshold profiles, photos, and the JSON twin.

- `load_visit(path)`: a visit TOML (`presets/report/sample-visit.toml`); photo and signature
  paths in it are taken relative to the file.
- `load_thresholds(name)`: `presets/report/thresholds-<name>.toml` (or a file path).
- `check_image(path)`: a photo must be a JPEG or PNG, by its content, not its name; anything
  else is refused in one line.
- `save_report_json` / `load_report_json`: the JSON twin, written atomically.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tomllib
from collections.abc import Callable
from pathlib import Path

from app.core.errors import InvalidInput
from app.core.report import Photo, Report, Signature, Thresholds
from app.core.report_json import report_from_data, report_to_data
from app.core.report_judge import thresholds_from_data
from app.core.report_visit import Visit, visit_from_data

PRESETS_DIR = Path(__file__).resolve().parents[2] / "presets" / "report"
SAMPLE_VISIT = PRESETS_DIR / "sample-visit.toml"
MAX_IMAGE_BYTES = 40 * 1024 * 1024
MAX_TEXT_BYTES = 4 * 1024 * 1024
_SIGNATURES = {b"\xff\xd8\xff": "jpeg", b"\x89PNG\r\n\x1a\n": "png"}


def _read_text(path: Path, what: str) -> str:
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise InvalidInput(f"{what} {path.name} is too large to be one.")
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"{what} {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{what} {path.name} cannot be read ({exc}).") from None


def load_visit(path: Path) -> Visit:
    """A visit file; InvalidInput naming the file and the field."""
    text = _read_text(path, "Visit file")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"Visit file {path.name}: not valid TOML ({exc}).") from None
    try:
        visit = visit_from_data(data)
    except InvalidInput as exc:
        raise InvalidInput(f"{path.name}: {exc}") from None
    return with_paths_from(visit, path.parent)


def with_paths_from(visit: Visit, base: Path) -> Visit:
    """Photo and signature paths made absolute from `base` (where the visit file is)."""

    def resolve(text: str) -> str:
        return str((base / text).resolve()) if text and not Path(text).is_absolute() else text

    photos = tuple(dataclasses.replace(p, path=resolve(p.path)) for p in visit.photos)
    signoff = visit.signoff
    signoff = dataclasses.replace(
        signoff,
        installer=_signature(signoff.installer, resolve),
        customer=_signature(signoff.customer, resolve),
    )
    return dataclasses.replace(visit, photos=photos, signoff=signoff)


def _signature(signature: Signature, resolve: Callable[[str], str]) -> Signature:
    return dataclasses.replace(signature, image=resolve(signature.image))


def load_thresholds(name: str = "default") -> Thresholds:
    """A threshold profile by name (presets/report/thresholds-<name>.toml) or by file path."""
    candidate = Path(name)
    path = candidate if candidate.suffix == ".toml" else PRESETS_DIR / f"thresholds-{name}.toml"
    if not path.is_file():
        known = sorted(p.stem.removeprefix("thresholds-") for p in PRESETS_DIR.glob("thresholds-*"))
        raise InvalidInput(f"No threshold profile '{name}'. Known: {', '.join(known)}.")
    try:
        data = tomllib.loads(_read_text(path, "Threshold profile"))
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"Threshold profile {path.name}: not valid TOML ({exc}).") from None
    return thresholds_from_data(data, path.stem.removeprefix("thresholds-"))


def check_image(path: Path) -> str:
    """ "jpeg" or "png" when the file is one; InvalidInput in one line when it is not."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise InvalidInput(f"Photo {path.name}: the file does not exist.") from None
    except OSError as exc:
        raise InvalidInput(f"Photo {path.name}: cannot be read ({exc.strerror}).") from None
    if size > MAX_IMAGE_BYTES:
        raise InvalidInput(f"Photo {path.name}: larger than 40 MB; take a smaller one.")
    for magic, kind in _SIGNATURES.items():
        if head.startswith(magic):
            return kind
    raise InvalidInput(f"Photo {path.name} is not a JPEG or PNG image.")


def check_photos(photos: tuple[Photo, ...]) -> None:
    """Refuse the first photo that is not a JPEG or PNG (one line naming it)."""
    for photo in photos:
        check_image(Path(photo.path))


def dumps_report(report: Report) -> str:
    return json.dumps(report_to_data(report), indent=1, ensure_ascii=False) + "\n"


def save_report_json(report: Report, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(dumps_report(report), encoding="utf-8")
    os.replace(temporary, path)
    return path


def load_report_json(path: Path) -> Report:
    try:
        data = json.loads(_read_text(path, "Report"))
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"Report {path.name}: not valid JSON ({exc.msg}).") from None
    return report_from_data(data)
