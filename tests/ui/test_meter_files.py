"""The Meter page's preset files (import, export) and the CT meters' ×100 note."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.presets import MeterPreset
from app.services import meter_presets
from app.ui.commissioning.meter_page import PRESET_ROLE, MeterPage

pytestmark = pytest.mark.gui


def page_on(qtbot: QtBot, data_dir: Path) -> MeterPage:
    page = MeterPage("Meter", meter_presets.library(data_dir))
    page.files.data_dir = data_dir
    page._data_dir = data_dir
    qtbot.addWidget(page)
    return page


def listed(page: MeterPage) -> list[str]:
    names = []
    for index in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(index)
        for child in range(group.childCount()):
            preset = group.child(child).data(0, PRESET_ROLE)
            if isinstance(preset, MeterPreset):
                names.append(preset.name)
    return names


def test_export_then_import_round_trips_a_preset(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    page = page_on(qtbot, data)
    original = page.select("eastron-sdm72ct")
    target = tmp_path / "out" / "my meter"
    target.parent.mkdir()
    suggested: list[str] = []
    page.files.choose_save = lambda name: suggested.append(name) or target
    written = page.files.export_file()
    assert written == target.with_suffix(".toml") and written.exists()
    assert suggested == ["eastron-sdm72ct.toml"]
    assert page.files.status.text() == "Exported Eastron SDM72CT to my meter.toml."
    text = written.read_text(encoding="utf-8")
    renamed = text.replace('model = "SDM72CT"', 'model = "SDM72CT B"')
    edited = tmp_path / "out" / "sdm72ct-b.toml"
    edited.write_text(renamed, encoding="utf-8")
    page.files.choose_open = lambda: edited
    imported = page.files.import_file()
    assert imported is not None and imported.model == "SDM72CT B"
    assert imported.entries == original.entries and imported.transport == original.transport
    assert imported.name in listed(page)
    assert page.chosen_preset() == imported  # the list shows and selects it
    assert page.files.status.text() == "Imported Eastron SDM72CT B from sdm72ct-b.toml."
    assert any(p.model == "SDM72CT B" for p in meter_presets.library(data))


def test_the_custom_map_exports_as_a_preset(qtbot: QtBot, tmp_path: Path) -> None:
    page = page_on(qtbot, tmp_path)
    page.select("eastron-sdm630")
    page.custom.click()
    page.set_cell(0, "scale", "-1")
    target = tmp_path / "custom.toml"
    page.files.choose_save = lambda _name: target
    assert page.files.export_file() == target
    text = target.read_text(encoding="utf-8")
    assert 'maker = "Custom"' in text and "scale = -1" in text


def test_a_bad_preset_file_is_named_and_adds_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    page = page_on(qtbot, data)
    before = listed(page)
    bad = tmp_path / "broken.toml"
    bad.write_text('schema_version = 1\nmaker = "X"\nmodel = "Y"\nphases = 7\n', encoding="utf-8")
    page.files.choose_open = lambda: bad
    assert page.files.import_file() is None
    status = page.files.status.text()
    assert status.startswith("Not imported: broken.toml: phases"), status
    assert listed(page) == before
    assert not (data / "presets").exists() or not any((data / "presets").rglob("*.toml"))


def test_a_cancelled_dialog_does_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    page = page_on(qtbot, tmp_path)
    page.select("eastron-sdm630")
    page.files.choose_open = lambda: None
    page.files.choose_save = lambda _name: None
    assert page.files.import_file() is None and page.files.export_file() is None
    assert page.files.status.text() == ""


@pytest.mark.parametrize("name", ["eastron-sdm120ct", "eastron-sdm72ct"])
def test_a_ct_meter_preset_explains_its_times_100_scale(qtbot: QtBot, name: str) -> None:
    page = MeterPage("Meter", meter_presets.library(None))
    qtbot.addWidget(page)
    page.show()
    page.select(name)
    note = page.preset_note.text()
    assert "multiplies current and real, apparent and reactive power by 100" in note, note
    assert "CT ratio" in note
    assert page.preset_note.isVisible()
    rows = range(page.map_table.rowCount())
    scales = {page.cell_text(r, "measurand"): page.cell_text(r, "scale") for r in rows}
    assert scales["I L1"] == "2" and scales["P L1"] == "2", scales  # what the note explains
