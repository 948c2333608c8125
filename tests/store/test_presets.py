"""Preset files on disk: the library, broken files, imports overriding built-ins, export."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.store.presets import (
    BUILTIN_DIR,
    builtin_library,
    export_preset,
    import_preset,
    library_dirs,
    load_library,
    load_preset_file,
)


def test_library_finds_by_file_name_title_or_model_in_any_case() -> None:
    library = load_library()
    assert library.problems == ()
    assert library.find("EASTRON-SDM630").model == "SDM630"
    assert library.find("carlo gavazzi em340").name == "carlogavazzi-em340"
    assert library.find("pro380").maker == "Inepro"
    with pytest.raises(InvalidInput, match=r"No meter preset called 'sdm999'\. Known presets: "):
        library.find("sdm999")


def test_the_built_in_library_is_read_once_and_holds_every_shipped_preset() -> None:
    assert builtin_library() is builtin_library()  # the simulated site looks it up often
    assert builtin_library() == load_library((BUILTIN_DIR,))


def test_broken_files_are_listed_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("phases = [", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    library = load_library([BUILTIN_DIR, tmp_path])
    assert len(library.presets) == len(load_library().presets)
    assert len(library.problems) == 1 and library.problems[0].startswith("broken.toml: not valid")


def test_import_overrides_a_builtin_and_export_round_trips(tmp_path: Path) -> None:
    original = load_library().find("eastron-sdm120")
    edited = original.with_transport(unit_id=7)
    source = tmp_path / "edited.toml"
    export_preset(edited, source)
    target = import_preset(source, tmp_path / "data")
    assert target.name == "eastron-sdm120.toml"
    library = load_library(library_dirs(tmp_path / "data"))
    assert library.find("eastron-sdm120").transport.unit_id == 7
    assert load_preset_file(target).entries == original.entries
    with pytest.raises(InvalidInput, match=r"\.toml or \.json"):
        export_preset(original, tmp_path / "x.yaml")


def test_import_refuses_an_invalid_file_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text('{"schema_version": 1}', encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"bad\.json: maker: missing"):
        import_preset(source, tmp_path / "data")
    assert not (tmp_path / "data").exists()
