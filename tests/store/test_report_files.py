"""The report's files: photos must be images, visit files and threshold profiles read, results
saved and read back."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.plan import ChargerPlan, Plan
from app.core.report import MeasurementKind, MeterTest, PhaseIdTest
from app.drivers.alfen.firmware import VERSION
from app.store.journal import Journal
from app.store.journal_model import AsFound, AsLeft, ChargerFinished, RunFinished
from app.store.paths import data_paths
from app.store.report_files import (
    PRESETS_DIR,
    SAMPLE_VISIT,
    check_image,
    load_thresholds,
    load_visit,
)
from app.store.report_gather import gather_charger
from app.store.report_results import load_results, meter_test, save_result

# A 1×1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def test_a_png_and_a_jpeg_are_accepted(tmp_path: Path) -> None:
    png = tmp_path / "meter.png"
    png.write_bytes(PNG)
    jpeg = tmp_path / "board.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)
    assert (check_image(png), check_image(jpeg)) == ("png", "jpeg")


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("label.jpg", b"this is a text file, not a photo\n"),
        ("ct.png", b"%PDF-1.4\n"),
        ("x.png", b""),
    ],
)
def test_a_file_that_is_not_an_image_is_refused_in_one_line(
    tmp_path: Path, name: str, body: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(body)
    with pytest.raises(InvalidInput) as caught:
        check_image(path)
    assert str(caught.value) == f"Photo {name} is not a JPEG or PNG image."


def test_a_missing_photo_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"Photo gone\.jpg: the file does not exist\."):
        check_image(tmp_path / "gone.jpg")


def test_the_sample_visit_and_both_threshold_profiles_read() -> None:
    visit = load_visit(SAMPLE_VISIT)
    assert visit.header.site_name == "Demo site"
    default, french = load_thresholds("default"), load_thresholds("fr")
    assert default.of(MeasurementKind.PE_CONTINUITY).maximum == 1.0  # type: ignore[union-attr]
    assert default.of(MeasurementKind.INSULATION).minimum == 1.0  # type: ignore[union-attr]
    assert french.country == "FR"
    assert {p.name for p in PRESETS_DIR.glob("thresholds-*.toml")} == {
        "thresholds-default.toml",
        "thresholds-fr.toml",
    }


def test_photo_paths_are_taken_from_the_visit_file(tmp_path: Path) -> None:
    text = SAMPLE_VISIT.read_text(encoding="utf-8")
    text += '\n[[photos]]\npath = "photos/meter.png"\nkind = "meter"\n'
    (tmp_path / "visit.toml").write_text(text, encoding="utf-8")
    visit = load_visit(tmp_path / "visit.toml")
    assert visit.photos[0].path == str(tmp_path / "photos" / "meter.png")


def test_a_broken_visit_file_is_refused_naming_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "visit.toml"
    path.write_text('[[chargers]]\nserial = "A"\n[installation]\nearthing = "TNS"\n')
    with pytest.raises(InvalidInput, match=r"visit.toml: Visit file: installation.earthing"):
        load_visit(path)
    path.write_text("[[chargers]\n")
    with pytest.raises(InvalidInput, match="not valid TOML"):
        load_visit(path)
    with pytest.raises(InvalidInput, match=r"No threshold profile 'xx'\. Known: default, fr\."):
        load_thresholds("xx")


def test_results_are_saved_and_read_back_per_charger(tmp_path: Path) -> None:
    probe = PhaseIdTest(started="2026-01-24T10:00:00+00:00", status="identified", proposed="L1")
    meter = MeterTest(started="2026-01-24T10:05:00+00:00", passed=True)
    save_result("ACE1", probe, tmp_path)
    save_result("ACE1", meter, tmp_path)
    save_result("ACE2", meter, tmp_path)
    (tmp_path / "ACE1-phaseid-broken.json").write_text("{not json", encoding="utf-8")
    results = load_results(tmp_path, "ace1")
    assert [p.proposed for p in results.phase_id] == ["L1"]
    assert results.phase_id[0].source.startswith("ACE1-phaseid-")
    assert [m.passed for m in results.meter_tests] == [True]
    assert load_results(tmp_path, "ACE1", since="2026-02-01").phase_id == ()


def test_a_meter_test_neither_side_could_read_has_no_verdict() -> None:
    record = meter_test(None, None, started="2026-01-24T10:00:00+00:00", problem="unreachable")
    assert (record.passed, record.charger_currents, record.problem) == (None, (), "unreachable")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
result_bodies = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"schema_version": st.just(1), "verdict": json_values, "socket": json_values},
        optional={"series": json_values, "started": json_values, "test_load": json_values},
    ),
    st.fixed_dictionaries({"schema_version": st.just(1), "result": json_values}),
)


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["hairdryer", "phaseid", "metertest", "fallback"]), result_bodies)
def test_fuzz_result_files_are_read_or_skipped(tmp_path: Path, kind: str, body: object) -> None:
    path = tmp_path / f"ACE9-{kind}-x.json"  # the same file each example: one result at most
    for old in tmp_path.glob("ACE9-*.json"):
        old.unlink()
    path.write_text(json.dumps(body), encoding="utf-8")
    results = load_results(tmp_path, "ACE9")
    found = results.hair_dryer + results.phase_id + results.meter_tests + results.fallback
    assert len(found) <= 1


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_fuzz_visit_file_text_reads_or_is_refused_in_one_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "visit.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_visit(path)
    except InvalidInput as exc:
        assert str(exc).startswith("visit.toml: ") or str(exc).startswith("Visit file visit.toml")


def test_a_firmware_run_gives_the_firmware_before_and_after(tmp_path: Path) -> None:
    plan = Plan("firmware upgrade from image.bin", (ChargerPlan("ACE7", "127.0.0.1:1"),))
    with Journal.create(data_paths(tmp_path).journals, plan, driver="alfen") as journal:
        journal.append(AsFound("ACE7", {VERSION: "6.4.0-3101"}))
        journal.append(AsLeft("ACE7", {VERSION: "7.4.5-4415"}))
        journal.append(ChargerFinished("ACE7", "done"))
        journal.append(RunFinished())
    charger = gather_charger(tmp_path, "ace7")
    assert (charger.firmware_before, charger.firmware_after) == ("6.4.0-3101", "7.4.5-4415")
    assert charger.changes == () and charger.checks == ()  # not a settings run
