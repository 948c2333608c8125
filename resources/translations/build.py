"""Refresh the translation sources from the code and compile them.

    python resources/translations/build.py          # lupdate, then lrelease
    python resources/translations/build.py --check  # exit 1 if anything is untranslated or stale

English is the source language. Each `commissioner_<lang>.ts` is updated with
`pyside6-lupdate` (existing translations are kept; new strings arrive as "unfinished"),
translated by hand (Qt Linguist: `pyside6-linguist`), and compiled with `pyside6-lrelease`
into the `.qm` the program loads. Both tools ship with PySide6-Essentials.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = ("app/ui", "app/services")
LANGUAGES = ("fr", "nl", "de", "it", "es")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: it comes with PySide6-Essentials.")
    return found


def source_files() -> list[str]:
    files = sorted(p for d in SOURCES for p in (ROOT / d).rglob("*.py"))
    return [os.path.relpath(p, HERE) for p in files]


def ts_path(language: str) -> Path:
    return HERE / f"commissioner_{language}.ts"


def update(language: str, target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *source_files(), "-locations", "none", "-no-obsolete",
         "-target-language", language, "-ts", str(target)],
        cwd=HERE, check=True, capture_output=True,
    )  # fmt: skip


def release(source: Path, target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[str]:
    """Source texts without a finished translation."""
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            out.append(message.findtext("source") or "")
    return out


def check(language: str) -> list[str]:
    """Problems: strings the code has and the .ts lacks, untranslated ones, a stale .qm."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts_path(language).name
        shutil.copy(ts_path(language), fresh)
        update(language, fresh)
        problems += [f"{language}: untranslated: {text!r}" for text in unfinished(fresh)]
        compiled = Path(tmp) / "fresh.qm"
        release(ts_path(language), compiled)
        qm = ts_path(language).with_suffix(".qm")
        if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
            problems.append(f"{language}: {qm.name} is older than its .ts: run build.py")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report problems")
    args = parser.parse_args()
    if args.check:
        problems = [p for language in LANGUAGES for p in check(language)]
        print("\n".join(problems) or "translations are complete and compiled")
        return 1 if problems else 0
    for language in LANGUAGES:
        update(language, ts_path(language))
        release(ts_path(language), ts_path(language).with_suffix(".qm"))
        missing = unfinished(ts_path(language))
        print(f"{language}: {len(missing)} string(s) to translate in {ts_path(language).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
