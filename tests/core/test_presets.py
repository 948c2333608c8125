"""Meter presets: shipped ones load and round-trip; malformed ones give one clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.measurands import DataType, Kind, Measurand, Parity, WordOrder
from app.core.preset_dump import dump_preset
from app.core.presets import InvalidPreset, MeterPreset, PresetEntry, parse_preset
from app.drivers.alfen.meter_map import (
    ChargerRegisterMap,
    fit_to_slots,
    from_register_map,
    matches,
    to_register_map,
)

PRESET_DIR = Path(__file__).resolve().parents[2] / "presets" / "meters"
PRESET_FILES = sorted(PRESET_DIR.glob("*.toml"))

REQUIRED_MODELS = {
    "SDM230",
    "SDM72D",
    "SDM120CT",
    "SDM72CT",
    "SDM630",
    "SDM120",
    "Countis E3x/E4x",
    "EM340",
    "EM112",
    "B23/B24",
    "PRO380",
}


def load(path: Path) -> MeterPreset:
    return parse_preset(path.read_text(encoding="utf-8"), path.name)


def test_the_required_presets_and_two_more_are_shipped() -> None:
    models = {load(p).model for p in PRESET_FILES}
    assert models >= REQUIRED_MODELS
    assert len(models - REQUIRED_MODELS) >= 2


@pytest.mark.parametrize("path", PRESET_FILES, ids=lambda p: p.stem)
def test_shipped_preset_loads_and_names_a_source_for_every_entry(path: Path) -> None:
    preset = load(path)
    assert preset.entries
    assert all(len(e.source) > 20 for e in preset.entries)
    assert preset.name == path.stem


@pytest.mark.parametrize("path", PRESET_FILES, ids=lambda p: p.stem)
def test_shipped_preset_round_trips_through_toml_json_and_the_charger_map(path: Path) -> None:
    preset = load(path)
    assert parse_preset(dump_preset(preset, "toml"), path.name) == preset
    assert parse_preset(dump_preset(preset, "json"), path.stem + ".json") == preset
    rmap = to_register_map(preset)
    back = ChargerRegisterMap.from_properties(rmap.to_properties())
    assert back == rmap
    assert from_register_map(back, like=preset) == preset
    assert matches(back, preset)


@pytest.mark.parametrize(
    ("ct", "plain"), [("eastron-sdm72ct", "eastron-sdm72d"), ("eastron-sdm120ct", "eastron-sdm120")]
)
def test_ct_presets_scale_current_and_powers_by_100_and_say_so(ct: str, plain: str) -> None:
    ct_preset, plain_preset = load(PRESET_DIR / f"{ct}.toml"), load(PRESET_DIR / f"{plain}.toml")
    scaled = (Kind.CURRENT, Kind.POWER, Kind.APPARENT_POWER, Kind.REACTIVE_POWER)
    for entry in ct_preset.entries:
        twin = plain_preset.entry(entry.measurand)
        assert twin is not None and twin.register == entry.register
        assert entry.scale == twin.scale + (2 if entry.measurand.kind in scaled else 0)
    assert "100" in ct_preset.note and "CT" in ct_preset.note


def test_charger_map_without_metadata_still_describes_the_meter() -> None:
    preset = load(PRESET_DIR / "carlogavazzi-em340.toml")
    rmap = to_register_map(preset)
    assert rmap.scales[0] == -1 and rmap.to_properties()["2573_0"][0] == 0xFF
    bare = from_register_map(rmap)
    assert bare.maker == "Custom" and bare.phases == 3
    assert bare.transport.word_order is WordOrder.LOW_HIGH
    assert [(e.measurand, e.register, e.type, e.scale) for e in bare.entries] == [
        (e.measurand, e.register, e.type, e.scale) for e in preset.entries
    ]
    assert len(rmap.measurands) == len(preset.entries)  # more than 16: no padding needed


def test_short_maps_are_padded_with_unused_slots() -> None:
    preset = load(PRESET_DIR / "eastron-sdm120.toml")
    rmap = to_register_map(preset)
    assert len(rmap.measurands) == 16
    assert rmap.measurands[len(preset.entries) :] == (0xFF,) * (16 - len(preset.entries))
    assert from_register_map(rmap, like=preset) == preset


def test_to_register_map_refuses_what_the_charger_cannot_hold() -> None:
    preset = load(PRESET_DIR / "eastron-sdm630.toml")
    with pytest.raises(InvalidInput, match="at most 16"):
        to_register_map(preset, max_slots=16)
    inverted = preset.with_entries(
        [
            e
            if e.measurand is not Measurand.P_L1
            else PresetEntry(e.measurand, e.register, e.type, e.scale, e.source, invert=True)
            for e in preset.entries
        ]
    )
    with pytest.raises(InvalidInput, match=r"cannot do.*CT clamps"):
        to_register_map(inverted)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"2570_0": (7, 7)}, "i_l1 appears in two slots"),
        ({"2570_0": (99, 0xFF)}, "measurand index 99"),
        ({"2572_0": (9, 6)}, "data type code 9"),
        ({"2573_0": (0x80, 0)}, "scale -128"),
        ({"2574_3": 6}, "function code"),
        ({"2575_0": 1234}, "baud rate"),
        ({"2570_0": (0, 0xFF)}, "i_l1 missing"),
        ({"2571_0": (0,)}, "same length"),
    ],
)
def test_bad_charger_maps_give_one_clear_error(change: dict[str, object], message: str) -> None:
    props: dict[str, object] = {
        "2570_0": (7, 0xFF),
        "2571_0": (6, 0),
        "2572_0": (6, 6),
        "2573_0": (0, 0),
        "2574_0": 0,
        "2574_3": 4,
    }
    props.update(change)
    with pytest.raises(InvalidInput, match=message):
        from_register_map(ChargerRegisterMap.from_properties(props))  # type: ignore[arg-type]


GOOD = """schema_version = 1
maker = "Acme"
model = "M1"
phases = 1
source = "Acme M1 manual"
[transport]
function_code = 4
[measurands]
i_l1 = { register = 6, type = "F32" }
"""


def test_minimal_preset_takes_defaults() -> None:
    preset = parse_preset(GOOD, "acme.toml")
    assert preset.transport.unit_id == 1 and preset.transport.parity is Parity.NONE
    assert preset.entries[0].type is DataType.F32 and preset.entries[0].source == "Acme M1 manual"


BAD = [
    ('schema_version = 1\nmaker = "x"\n[[', "acme.toml: not valid TOML"),
    (GOOD.replace("schema_version = 1\n", ""), "acme.toml: schema_version: missing"),
    (
        GOOD.replace("schema_version = 1", "schema_version = 9"),
        "schema_version: version 9 is newer",
    ),
    (GOOD.replace("phases = 1", "phases = 2"), "acme.toml: phases: must be 1 or 3"),
    (GOOD.replace("phases = 1", 'phases = "one"'), "phases: expected a whole number, got text"),
    (GOOD.replace('maker = "Acme"', 'maker = ""'), "acme.toml: maker: is empty"),
    (
        GOOD.replace('model = "M1"', 'modle = "M1"'),
        "acme.toml: modle: unknown field. Did you mean model?",
    ),
    (
        GOOD.replace("function_code = 4", "function_code = 16"),
        "transport.function_code: 16 is out of range 3…4",
    ),
    (
        GOOD.replace("function_code = 4", 'function_code = 4\nword_order = "middle"'),
        "transport.word_order: 'middle'",
    ),
    (
        GOOD.replace("function_code = 4", "function_code = 4\nbaud = 9601"),
        "transport.baud: 9601 is not one of",
    ),
    (
        GOOD.replace("function_code = 4", 'function_code = 4\nparity = "mark"'),
        "transport.parity: 'mark'",
    ),
    (
        GOOD.replace("function_code = 4", "function_code = 4\nunit_id = 300"),
        "transport.unit_id: 300 is out of range 1…247",
    ),
    (GOOD.replace("i_l1 =", "cur_l1 ="), "measurands.cur_l1: unknown measurand. Did you mean"),
    (GOOD.replace('"F32"', '"F16"'), "measurands.i_l1.type: 'F16' is not one of S16"),
    (
        GOOD.replace("register = 6", "register = 65535"),
        "measurands.i_l1.register: 65535 is out of range 0…65534",
    ),
    (GOOD.replace("register = 6", "register = -1"), "measurands.i_l1.register: -1 is out of range"),
    (
        GOOD.replace("register = 6", "register = 6.5"),
        "register: expected a whole number, got a decimal number",
    ),
    (
        GOOD.replace('type = "F32" }', 'type = "F32", scale = 12 }'),
        "measurands.i_l1.scale: 12 is out of range -9…9",
    ),
    (
        GOOD.replace('type = "F32" }', 'type = "F32", invert = "yes" }'),
        "measurands.i_l1.invert: expected true or false",
    ),
    (
        GOOD.replace('source = "Acme M1 manual"\n', ""),
        "measurands.i_l1.source: missing: name the public register map",
    ),
    (
        GOOD.replace(
            'i_l1 = { register = 6, type = "F32" }', 'p_l1 = { register = 6, type = "F32" }'
        ),
        "i_l1 missing; load balancing needs",
    ),
    (
        GOOD + 'p_l1 = { register = 7, type = "F32" }\n',
        "measurands.p_l1: register 7 overlaps i_l1 (6…7)",
    ),
    (GOOD + 'i_l2 = { register = 20, type = "F32" }\n', "i_l2 cannot be used in a 1-phase preset"),
    (
        GOOD.replace('[measurands]\ni_l1 = { register = 6, type = "F32" }\n', "[measurands]\n"),
        "acme.toml: measurands: no measurands",
    ),
    (GOOD.replace("[measurands]", "measurands = 5\n[other]"), "unknown field"),
    (
        GOOD.replace('i_l1 = { register = 6, type = "F32" }', "i_l1 = 6"),
        "measurands.i_l1: expected a table, got a number",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_malformed_preset_gives_one_clear_error_naming_file_and_field(
    text: str, message: str
) -> None:
    with pytest.raises(InvalidPreset) as caught:
        parse_preset(text, "acme.toml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("acme.toml")


@pytest.mark.parametrize(
    ("text", "name", "message"),
    [
        ("[1, 2]", "x.json", "x.json: the file: expected a table, got a list"),
        ('{"schema_version": 1,', "x.json", "x.json: not valid JSON"),
        ("anything", "x.yaml", "x.yaml: a preset file must end in .toml or .json"),
        ("", "x.toml", "x.toml: schema_version: missing"),
    ],
)
def test_wrong_formats_give_one_clear_error(text: str, name: str, message: str) -> None:
    with pytest.raises(InvalidPreset, match=message.replace("(", r"\(")):
        parse_preset(text, name)


def test_a_preset_larger_than_the_charger_is_cut_to_what_load_balancing_needs() -> None:
    sdm630 = load(PRESET_DIR / "eastron-sdm630.toml")
    assert len(sdm630.entries) > 16
    fitted = fit_to_slots(sdm630, 16)
    kept = [int(e.measurand) for e in fitted.entries]
    assert len(kept) == 16 and kept == sorted(kept)  # the charger's order is kept
    assert {7, 8, 9, 16, 17, 18, 19, 0, 1, 2} <= set(kept)  # currents, powers, voltages
    assert fitted.entry(Measurand(7)) == sdm630.entry(Measurand(7))
    small = load(PRESET_DIR / "eastron-sdm120.toml")
    assert fit_to_slots(small, 16) is small
