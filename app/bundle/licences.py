"""The libraries the program ships with and their licences, read from their own metadata.

Qt-free and device-free, so both the About dialog and `--self-check` use it. In a frozen build
the spec copies the metadata of every runtime dependency (recursively), so this list is exactly
what the build bundles; from a source tree it is what the environment has installed.
"""

from __future__ import annotations

import platform
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

PROJECT = "commissioner"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_MAX_SHORT_LICENCE = 80


@dataclass(frozen=True)
class Library:
    """One bundled distribution: its name, version, licence and the licence files it carries."""

    name: str
    version: str
    licence: str
    licence_files: tuple[str, ...] = ()


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(requirements: Iterable[str]) -> list[str]:
    """Names of the requirements that are not behind an extra (`; extra == "dev"`)."""
    names = []
    for requirement in requirements:
        spec, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        match = _NAME.match(spec)
        if match:
            names.append(match.group(1))
    return names


def direct_requirements() -> list[str]:
    """The project's runtime requirements: from its metadata, else from pyproject.toml."""
    try:
        return _requirement_names(metadata.requires(PROJECT) or [])
    except metadata.PackageNotFoundError:
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        with pyproject.open("rb") as handle:
            return _requirement_names(tomllib.load(handle)["project"]["dependencies"])


def licence_of(meta: metadata.PackageMetadata) -> str:
    """A short licence statement: the SPDX expression, a short License field, or classifiers."""
    expression = meta.get("License-Expression")
    if expression:
        return str(expression).strip()
    field = str(meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= _MAX_SHORT_LICENCE:
        return field
    classifiers = [
        c.rsplit(" :: ", 1)[-1]
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count(" :: ") >= 2
    ]
    if classifiers:
        return ", ".join(dict.fromkeys(classifiers))
    return "see the licence file"


def _library(dist: metadata.Distribution) -> Library:
    meta = dist.metadata
    return Library(
        name=str(meta["Name"]),
        version=dist.version,
        licence=licence_of(meta),
        licence_files=tuple(meta.get_all("License-File") or ()),
    )


def bundled_libraries() -> list[Library]:
    """Every installed runtime dependency of the project, transitively, sorted by name."""
    seen: dict[str, Library] = {}
    pending = direct_requirements()
    while pending:
        name = pending.pop()
        key = _normal(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a dependency for another platform, or one this build did not need
        seen[key] = _library(dist)
        pending.extend(_requirement_names(dist.requires or []))
    return sorted(seen.values(), key=lambda lib: lib.name.lower())


def missing_requirements() -> list[str]:
    """Direct requirements whose metadata cannot be found (in a frozen build: not bundled)."""
    missing = []
    for name in direct_requirements():
        try:
            metadata.distribution(name)
        except metadata.PackageNotFoundError:
            missing.append(name)
    return missing


def licence_text(library: Library) -> str:
    """The full text of a library's licence files, as shipped in its metadata."""
    dist = metadata.distribution(library.name)
    texts = []
    for name in library.licence_files:
        text = dist.read_text(f"licenses/{name}") or dist.read_text(name)
        if text:
            texts.append(text.strip())
    return "\n\n".join(texts)


def python_runtime() -> Library:
    """The Python interpreter itself, which a frozen build also ships."""
    return Library(name="Python", version=platform.python_version(), licence="PSF-2.0")
