"""Checking a firmware image before it is sent: family, version, header, upgrade rules."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.firmware import (
    HEADER_SIZE,
    Family,
    FirmwareVersion,
    ImageKind,
    check_upgrade,
    embedded_version,
    family_for_model,
    parse_header,
    read_image,
    version_from_name,
)
from app.sim.alfen.firmware_image import bad_image, make_image, release_name

NG = "NG910-60027"


def image(version: str = "7.5.0-4500", **kwargs: object) -> bytes:
    return make_image(version, **kwargs)  # type: ignore[arg-type]


def test_good_image_is_read_with_its_family_kind_and_versions() -> None:
    checked = read_image("NG9xx 7.5.0-4500.fwi", image(), NG)
    assert checked.family is Family.NG and checked.kind is ImageKind.CORE
    assert checked.version == FirmwareVersion(7, 5, 0, 4500)
    assert checked.embedded == checked.version
    assert checked.size == len(image())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("NG9xx 7.4.5-4415.fwi", "7.4.5-4415"),
        ("NG9xx 5.8.1-4123-A.fwi", "5.8.1-4123-A"),
        ("NG9xx_6.6.2.fwi", "6.6.2"),
        ("C:\\Downloads\\NG9xx 7.4.5-4415.fwi", "7.4.5-4415"),
        ("ng910v1.2.5-1737.fwi", None),
        ("firmware.fwi", None),
    ],
)
def test_version_comes_from_the_release_file_name(name: str, expected: str | None) -> None:
    found = version_from_name(name)
    assert (None if found is None else str(found)) == expected


def test_model_decides_the_family() -> None:
    assert family_for_model("NG910-60027") is Family.NG
    assert family_for_model("Eve Single Pro-line") is Family.NG
    assert family_for_model("AHP-60123") is Family.AHP
    assert family_for_model("ahwp-1") is Family.AHP


def test_extension_of_another_family_is_refused_with_the_right_ones_named() -> None:
    with pytest.raises(InvalidInput, match=r"takes \.fwi or \.fwu"):
        read_image("AHP 7.5.0-4500.tfw", image(), NG)


def test_image_of_another_family_is_refused_even_under_a_right_name() -> None:
    with pytest.raises(InvalidInput, match="not firmware for a NG910-60027"):
        read_image("NG9xx 7.5.0-4500.fwi", bad_image("wrong_family"), NG)


def test_wrong_crc_is_refused_as_damaged() -> None:
    with pytest.raises(InvalidInput, match="checksum does not match"):
        read_image("NG9xx 7.5.0-4500.fwi", bad_image("wrong_crc"), NG)


@pytest.mark.parametrize(
    ("defect", "words"),
    [("truncated", "too short"), ("not_an_image", "not an Alfen firmware image")],
)
def test_truncated_or_foreign_file_is_refused(defect: str, words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        read_image("NG9xx 7.5.0-4500.fwi", bad_image(defect), NG)


def test_name_without_version_is_refused() -> None:
    with pytest.raises(InvalidInput, match="does not say which version"):
        read_image("ng910v1.2.5-1737.fwi", image(), NG)


def test_image_without_version_line_is_accepted_and_says_so() -> None:
    checked = read_image("NG9xx 7.5.0-4500.fwi", bad_image("no_version"), NG)
    assert checked.embedded is None and str(checked.version) == "7.5.0-4500"


def test_stepping_stone_is_required_below_6_6() -> None:
    seven = read_image("NG9xx 7.0.0-4000.fwi", image("7.0.0-4000"), NG)
    with pytest.raises(InvalidInput, match=r"first be upgraded to 6\.6\.2"):
        check_upgrade(seven, "6.4.0-3500")
    stone = read_image(release_name("6.6.2-3900"), image("6.6.2-3900"), NG)
    assert check_upgrade(stone, "6.4.0-3500").target == FirmwareVersion(6, 6, 2, 3900)
    assert not check_upgrade(seven, "6.6.2-3900").downgrade


def test_crossing_major_version_5_requires_a_new_password() -> None:
    five = read_image(release_name("5.8.1-4123"), image("5.8.1-4123"), NG)
    assert check_upgrade(five, "4.12.0-3100").new_password_required
    assert not check_upgrade(five, "5.2.0-3600").new_password_required


def test_downgrade_is_refused_unless_allowed_explicitly() -> None:
    old = read_image(release_name("7.4.5-4415"), image("7.4.5-4415"), NG)
    with pytest.raises(InvalidInput, match="refused unless you ask for a downgrade"):
        check_upgrade(old, "7.5.0-4500")
    allowed = check_upgrade(old, "7.5.0-4500", allow_downgrade=True)
    assert allowed.downgrade and not allowed.same_version


def test_same_version_is_reported_as_a_reinstall() -> None:
    same = read_image(release_name("7.5.0-4500"), image(), NG)
    result = check_upgrade(same, "7.5.0-4500")
    assert result.same_version and not result.downgrade


def test_bad_current_version_is_a_clear_error() -> None:
    checked = read_image(release_name("7.5.0-4500"), image(), NG)
    with pytest.raises(InvalidInput, match="not a firmware version"):
        check_upgrade(checked, "seven")


# --- properties of the parser (it reads files) ---------------------------------------------------


@settings(max_examples=200)
@given(st.binary(max_size=400), st.text(max_size=40))
def test_arbitrary_bytes_and_names_give_an_image_or_invalid_input(data: bytes, name: str) -> None:
    try:
        read_image(name, data, NG)
    except InvalidInput as exc:
        assert str(exc)


@settings(max_examples=100)
@given(
    st.integers(0, 99),
    st.integers(0, 99),
    st.integers(0, 99),
    st.integers(1, 99999),
    st.integers(HEADER_SIZE + 40, 4096),
)
def test_made_images_read_back_their_version(
    major: int, minor: int, patch: int, build: int, size: int
) -> None:
    text = f"{major}.{minor}.{patch}-{build}"
    data = make_image(text, size=size)
    checked = read_image(release_name(text), data, NG)
    assert str(checked.version) == text and checked.embedded == checked.version
    assert len(data) == size


@settings(max_examples=100)
@given(st.integers(4, HEADER_SIZE - 1), st.integers(0, 7))
def test_any_flipped_header_bit_is_caught(offset: int, bit: int) -> None:
    data = bytearray(image())
    data[offset] ^= 1 << bit
    with pytest.raises(InvalidInput):
        parse_header(bytes(data))


@settings(max_examples=100)
@given(st.binary(max_size=100))
def test_version_line_reader_never_fails(tail: bytes) -> None:
    data = image()[:HEADER_SIZE] + tail
    found = embedded_version(data)
    assert found is None or tail.startswith(b"FWVersion=")


def test_header_fields_are_little_endian() -> None:
    data = image()
    crc, length, magic = struct.unpack_from("<III", data)
    header = parse_header(data)
    assert (header.crc, header.length, header.magic) == (crc, length, magic)
    assert length == 160 and magic == 0xA1FE0021
    assert header.image_type == 0x21
