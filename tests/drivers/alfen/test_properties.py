"""Core value objects: ids, wire types, licences, phases, look-alikes."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput, UnknownProperty
from app.core.licence import Feature, LicenceKey, feature_names, partial_key_problem
from app.core.lookalike import lookalike_variants
from app.core.phases import PhaseMapping
from app.core.states import Mode3State, main_state_text, mode3_text
from app.drivers.alfen.catalogue import CATALOGUE, CATEGORIES, spec
from app.drivers.alfen.properties import PropertyId, WireType, coerce, encode_for_write


@pytest.mark.parametrize(
    ("text", "wire"),
    [("2062_0", "2062_0"), ("2062_00", "2062_0"), ("2221_a", "2221_A"), ("2180_0A", "2180_A")],
)
def test_property_id_parses_padded_and_prints_wire_form(text: str, wire: str) -> None:
    assert PropertyId.parse(text).wire == wire


@pytest.mark.parametrize("bad", ["", "2062", "xyz_1", "2062_0_1", "12345_0"])
def test_property_id_rejects_garbage_with_example(bad: str) -> None:
    with pytest.raises(UnknownProperty, match="like 2062_0"):
        PropertyId.parse(bad)


def test_coerce_checks_integer_ranges_and_types() -> None:
    assert coerce(WireType.U8, "255") == 255
    with pytest.raises(InvalidInput, match="out of range 0…255"):
        coerce(WireType.U8, "256")
    with pytest.raises(InvalidInput, match="whole number"):
        coerce(WireType.I16, "1.5")
    assert coerce(WireType.F32, "16") == 16.0
    with pytest.raises(InvalidInput, match="number"):
        coerce(WireType.F32, "sixteen")
    with pytest.raises(InvalidInput, match="finite"):
        coerce(WireType.F32, "nan")


def test_write_encoding_follows_vendor_app() -> None:
    assert encode_for_write(WireType.BOOL, True) == "True"
    assert encode_for_write(WireType.BYTES, (10, 255)) == "0A,FF"
    assert encode_for_write(WireType.U16_ARRAY, (1, 0x1234)) == "0001,1234"
    assert encode_for_write(WireType.F32, 20) == 20.0
    assert coerce(WireType.BYTES, "0A,FF") == (10, 255)


def test_licence_key_accepts_pasted_forms_and_rejects_bad() -> None:
    key = LicenceKey.parse(" 1a2b-3c4d 5e6f.7081.92a3.b4c5 ")
    assert str(key) == "1A2B.3C4D.5E6F.7081.92A3.B4C5"
    with pytest.raises(InvalidInput, match="six groups of four hex digits"):
        LicenceKey.parse("1A2B.3C4D")
    assert partial_key_problem("1A2B.3C") is None
    assert "cannot appear" in (partial_key_problem("1A2G") or "")


def test_feature_bits_in_words() -> None:
    assert feature_names(Feature.ALB | Feature.SCN) == [
        "Smart Charging Network",
        "Active load balancing",
    ]


def test_phase_mapping_codes_and_spellings() -> None:
    assert PhaseMapping.parse("L1,L2,L3") is PhaseMapping.L1L2L3
    assert PhaseMapping.from_scn_code(8) is PhaseMapping.L3L1L2
    assert PhaseMapping.L2.scn_code == 2
    assert PhaseMapping.L3L1L2.grid_phases == (3, 1, 2)
    assert PhaseMapping.NONE.scn_code == 0
    with pytest.raises(InvalidInput):
        PhaseMapping.parse("L4")


def test_state_texts() -> None:
    assert Mode3State(194).charging
    assert mode3_text(194) == "C2: charging"
    assert main_state_text(25) == "error (25)"


def test_lookalike_variants_swap_one_and_l() -> None:
    variants = lookalike_variants("a1l")
    assert set(variants) == {"all", "a11", "al1"}
    assert lookalike_variants("abc") == ()


def test_catalogue_covers_required_categories_and_ids_only() -> None:
    for cat in (
        "generic",
        "generic2",
        "states",
        "meter1",
        "meter4",
        "temp",
        "leds",
        "ocpp",
        "comm",
        "MbusTCP",
        "scn",
    ):
        assert cat in CATEGORIES
    for pid in ("21A0_0", "21A1_0", "21A2_0", "2180_1", "205F_0", "2221_22", "2221_26"):
        assert spec(pid).ids_only
    assert spec("2062_0").type is WireType.F32
    assert len(CATALOGUE) > 200
