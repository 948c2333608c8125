"""`commissioner meter …` and `commissioner presets …` end to end (simulated meter on loopback)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.cli import run
from app.core.measurands import WordOrder
from app.sim.meter_sim import FixedGrid, GridState, MeterFaults, MeterSimulator
from app.store.presets import BUILTIN_DIR, load_library, load_preset_file

GRID = GridState(
    currents=(16.0, 7.0, 3.0),
    power_factors=(0.95, 0.95, 0.95),
    import_wh=5_000_000.0,
    export_wh=1000.0,
)


def test_presets_list_shows_every_shipped_preset(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["presets", "list"]) == 0
    out = capsys.readouterr().out
    for preset in load_library().presets:
        assert preset.name in out


def test_presets_show_prints_toml_and_the_charger_map(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["presets", "show", "Eastron SDM72CT"]) == 0
    assert 'model = "SDM72CT"' in capsys.readouterr().out
    assert run(["presets", "show", "eastron-sdm72ct", "--format", "charger"]) == 0
    out = capsys.readouterr().out
    assert "2573_0 = (0, 0, 0, 0, 0, 0, 2, 2" in out and "2574_3 = 4" in out


def test_validate_reports_each_bad_file_once_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('schema_version = 1\nmaker = "x"\nmodel = "y"\nphases = 3\n', encoding="utf-8")
    binary = tmp_path / "blob.json"
    binary.write_bytes(b"\xff\xfe\x00")
    good = BUILTIN_DIR / "eastron-sdm630.toml"
    assert (
        run(["presets", "validate", str(good), str(bad), str(binary), str(tmp_path / "gone.toml")])
        == 1
    )
    out, err = capsys.readouterr()
    assert out.splitlines() == [next(x for x in out.splitlines() if x.startswith("ok: "))]
    assert out.startswith("ok: eastron-sdm630.toml: Eastron SDM630")
    lines = err.splitlines()  # errors go to stderr, so `validate > report.txt` keeps them visible
    assert lines[0] == "error: bad.toml: transport.function_code: missing."
    assert lines[1] == "error: blob.json: not UTF-8 text; is this a preset file?"
    assert lines[2].startswith("error: ") and "gone.toml: cannot read" in lines[2]
    assert len(lines) == 3 and "Traceback" not in err


def test_import_then_export_a_preset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "mine.json"
    assert run(["presets", "export", "carlogavazzi-em112", str(source)]) == 0
    assert run(["--data-dir", str(tmp_path / "data"), "presets", "import", str(source)]) == 0
    assert run(["--data-dir", str(tmp_path / "data"), "presets", "import", str(source)]) == 1
    assert "pass --replace" in capsys.readouterr().err
    imported = tmp_path / "data" / "presets" / "meters" / "carlo-gavazzi-em112.json"
    assert load_preset_file(imported).model == "EM112"
    assert (
        run(
            [
                "--data-dir",
                str(tmp_path / "data"),
                "presets",
                "show",
                "carlo-gavazzi-em112",
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert '"model": "EM112"' in capsys.readouterr().out


async def test_meter_read_prints_a_reading(capsys: pytest.CaptureFixture[str]) -> None:
    preset = load_library().find("eastron-sdm630")
    async with MeterSimulator(preset, FixedGrid(GRID)) as sim:
        code = await asyncio.to_thread(
            run, ["meter", "read", f"127.0.0.1:{sim.port}", "--preset", "eastron-sdm630"]
        )
    out = capsys.readouterr().out
    assert code == 0
    assert "Eastron SDM630" in out and "3 request(s)" in out
    assert "I L1" in out and "16.000 A" in out


async def test_meter_check_finds_the_unit_and_proposes_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    preset = load_library().find("carlogavazzi-em340")
    faults = MeterFaults(unit_id=12, words_swapped=True)
    saved = tmp_path / "fixed.toml"
    async with MeterSimulator(preset, FixedGrid(GRID), faults=faults) as sim:
        code = await asyncio.to_thread(
            run,
            [
                "meter",
                "check",
                f"127.0.0.1:{sim.port}",
                "--clamp",
                "16,7,3",
                "--units",
                "1-20",
                "--save",
                str(saved),
            ],
        )
    out = capsys.readouterr().out
    assert code == 2, out
    assert "answers: unit 12 (tcp): registers" in out
    assert "best match: Carlo Gavazzi EM340" in out
    assert 'proposal: set word_order = "high-low"' in out
    assert load_preset_file(saved).transport.word_order is WordOrder.HIGH_LOW


async def test_meter_check_on_a_silent_meter_says_what_to_check(
    capsys: pytest.CaptureFixture[str],
) -> None:
    preset = load_library().find("eastron-sdm120")
    async with MeterSimulator(preset, FixedGrid(GRID), faults=MeterFaults(silent=True)) as sim:
        code = await asyncio.to_thread(
            run, ["meter", "check", f"127.0.0.1:{sim.port}", "--units", "1-5", "--timeout", "0.2"]
        )
    err = capsys.readouterr().err
    assert code == 1
    assert "No unit id answered" in err and "RS-485 wiring" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["meter", "read", "127.0.0.1:99999", "--preset", "eastron-sdm630"],
            "port is not a number",
        ),
        (["meter", "read", "127.0.0.1", "--preset", "nope"], "No meter preset called 'nope'"),
        (["meter", "check", "127.0.0.1", "--units", "0-300"], "unit ids are 1…247"),
        (["meter", "check", "127.0.0.1", "--clamp", "a,b"], "give amperes per phase"),
    ],
)
def test_bad_arguments_give_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
