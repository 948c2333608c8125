"""TIC frames (app/core/tic.py): known-good groups and frames of both modes, checksums per mode,
mode detection, and property tests (round trips; garbage only ever raises TicError)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.measurands import Measurand
from app.core.tic import (
    TicError,
    TicFrame,
    TicGroup,
    TicMode,
    TicStream,
    checksum,
    detect_mode,
    frame_bytes,
    group_bytes,
    group_checksum,
    parse_frame,
    parse_group,
)
from app.core.tic_values import TicReading, frame_currents, frame_values, meter_groups, overload

H, S = TicMode.HISTORIC, TicMode.STANDARD

# Checksums worked by hand (ASCII codes in hex):
# historic "IINST 002": I 49 + I 49 + N 4E + S 53 + T 54 + SP 20 + 0 30 + 0 30 + 2 32 = 0x239;
#   0x239 & 0x3F = 0x39; + 0x20 = 0x59 = 'Y'  (the SP before the checksum is not summed).
# standard "IRMS1 HT 002 HT": 49 + 52 + 4D + 53 + 31 + 09 + 30 + 30 + 32 + 09 = 0x210;
#   0x210 & 0x3F = 0x10; + 0x20 = 0x30 = '0'  (the HT before the checksum is summed).
# historic "PAPP 00420": 50 + 41 + 50 + 50 + 20 + 30 + 30 + 34 + 32 + 30 = 0x287;
#   & 0x3F = 0x07; + 0x20 = 0x27 = "'".
# standard "DATE HT E260701120000 HT HT" (a timestamp, empty value): D 44 + A 41 + T 54 + E 45
#   = 0x11E; + 09 = 0x127; "E260701120000" = 45 + 32 + 36 + 30 + 37 + 30 + 31 + 31 + 32 + 30
#   + 30 + 30 + 30 = 0x298; + 09 + 09 = 0x3D1 in all; & 0x3F = 0x11; + 0x20 = 0x31 = '1'.
KNOWN_HISTORIC = b"\x02\nIINST 002 Y\r\nPAPP 00420 '\r\x03"
KNOWN_STANDARD = b"\x02\nDATE\tE260701120000\t\t1\r\nIRMS1\t002\t0\r\x03"


def test_historic_groups_use_checksum_mode_1_without_the_last_separator() -> None:
    assert group_bytes(TicGroup("IINST", "002"), H) == b"\nIINST 002 Y\r"
    assert checksum(b"IINST 002") == ord("Y")
    assert group_checksum(TicGroup("IINST", "002"), H) == ord("Y")
    assert frame_bytes([TicGroup("IINST", "002"), TicGroup("PAPP", "00420")], H) == KNOWN_HISTORIC


def test_standard_groups_use_checksum_mode_2_with_the_last_separator() -> None:
    assert group_bytes(TicGroup("IRMS1", "002"), S) == b"\nIRMS1\t002\t0\r"
    assert group_checksum(TicGroup("IRMS1", "002"), S) == ord("0")
    # The same group summed the historic way would give another character:
    assert checksum(b"IRMS1\t002") != ord("0")
    dated = TicGroup("DATE", "", "E260701120000")
    assert frame_bytes([dated, TicGroup("IRMS1", "002")], S) == KNOWN_STANDARD


def test_known_frames_parse_back_with_their_mode_detected() -> None:
    historic = parse_frame(KNOWN_HISTORIC)
    assert historic.mode is H and detect_mode(KNOWN_HISTORIC) is H
    assert historic.groups == (TicGroup("IINST", "002"), TicGroup("PAPP", "00420"))
    assert historic.number("IINST") == 2
    standard = parse_frame(KNOWN_STANDARD)
    assert standard.mode is S and detect_mode(KNOWN_STANDARD) is S
    assert standard.groups[0] == TicGroup("DATE", "", "E260701120000")
    assert frame_currents(standard) == (2, None, None)


def test_a_checksum_that_is_itself_a_space_still_parses() -> None:
    # "X 0X": X 58 + SP 20 + 0 30 + X 58 = 0x100; & 0x3F = 0; + 0x20 = 0x20, a space.
    group = TicGroup("X", "0X")
    raw = group_bytes(group, H)
    assert raw == b"\nX 0X  \r"
    assert parse_group(raw[1:-1], H) == group


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x02\nIINST 002 Z\r\x03", "checksum 'Z' where 'Y'"),
        (b"\x02\nIINST 002 Y\r\nPAPP 004", "no end"),
        (b"\x02\nIINST 002 Y\r\x04", "interrupted"),
        (b"\x02\nIRMS1\t002\t0\r\x03", None),  # good standard frame: no problem
        (b"\x02IINST 002 Y\r\x03", "does not start a group"),
        (b"\x02\x03", "without any group"),
    ],
)
def test_damaged_frames_name_their_problem(data: bytes, problem: str | None) -> None:
    if problem is None:
        assert parse_frame(data).mode is S
        return
    with pytest.raises(TicError, match=problem):
        parse_frame(data)


def test_a_historic_frame_read_in_standard_mode_is_refused() -> None:
    with pytest.raises(TicError, match="separator"):
        parse_frame(KNOWN_HISTORIC, S)


def test_stream_splits_frames_skips_noise_and_reports_cut_and_damaged_frames() -> None:
    stream = TicStream()
    good = frame_bytes([TicGroup("IINST", "010")], H)
    cut = good[: len(good) // 2]
    bad = good.replace(b"010 ", b"011 ")
    items = stream.feed(b"noise\r\n" + good[:5])
    assert items == []
    items = stream.feed(good[5:] + cut + good + bad)
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["TicFrame", "TicError", "TicFrame", "TicError"]
    assert "cut" in str(items[1]) and "checksum" in str(items[3])


def test_stream_drops_the_parity_bit_a_reader_at_eight_bits_leaves() -> None:
    good = frame_bytes([TicGroup("IINST", "010")], H)
    with_parity = bytes(b | 0x80 if bin(b).count("1") % 2 else b for b in good)  # even parity
    (frame,) = TicStream().feed(with_parity)
    assert isinstance(frame, TicFrame) and frame.number("IINST") == 10


WHEN = datetime(2026, 1, 15, 8, 30, 5, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize("mode", list(TicMode))
@pytest.mark.parametrize("phases", [1, 3])
def test_meter_frames_carry_whole_unsigned_amperes_per_phase(mode: TicMode, phases: int) -> None:
    reading = TicReading((12.4, -3.6, 7.0), phases=phases, import_wh=1234.0, when=WHEN)
    frame = parse_frame(frame_bytes(meter_groups(reading, mode), mode))
    expected = (12, 4, 7) if phases == 3 else (12, None, None)
    assert frame_currents(frame) == expected
    values = frame_values(frame)
    assert values[Measurand.I_L1] == 12.0 and values[Measurand.E_IMPORT_TOTAL] == 1234.0
    assert all(v >= 0 for v in values.values())
    if mode is S:
        assert values[Measurand.V_L1N] == 230.0
        assert frame.groups[2] == TicGroup("DATE", "", "H260115083005")


def test_overload_sends_adps_on_one_phase_and_short_adir_frames_on_three() -> None:
    one = TicReading((35.0, 0, 0), phases=1, subscribed_amps=30)
    frame = parse_frame(frame_bytes(meter_groups(one, H), H))
    assert frame.get("ADPS") == "035" and overload(frame) == (1,)
    three = TicReading((10.0, 70.0, 5.0), phases=3, subscribed_amps=60)
    frame = parse_frame(frame_bytes(meter_groups(three, H), H))
    assert [g.label for g in frame.groups][:4] == ["ADIR1", "ADIR2", "ADIR3", "ADCO"]
    assert overload(frame) == (2,) and frame_currents(frame) == (10, 70, 5)


def test_frame_builder_refuses_what_a_meter_cannot_send() -> None:
    with pytest.raises(TicError):
        group_bytes(TicGroup("DATE", "", "E260701120000"), H)  # no timestamps in historic
    with pytest.raises(TicError):
        group_bytes(TicGroup("MSG1", "PAS DE MESSAGE"), H)  # spaces end a historic value
    with pytest.raises(TicError):
        group_bytes(TicGroup("BAD LABEL", "1"), S)


# --- properties ------------------------------------------------------------------------------

_printable = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=0, max_size=20)
_labels = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=8)
_standard_values = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30)


@given(st.lists(st.tuples(_labels, _printable), min_size=1, max_size=12))
def test_historic_frames_round_trip(pairs: list[tuple[str, str]]) -> None:
    groups = tuple(TicGroup(label, value) for label, value in pairs)
    data = frame_bytes(groups, H)
    assert parse_frame(data, H) == TicFrame(H, groups)
    assert [f.groups for f in TicStream(H).feed(data)] == [groups]  # type: ignore[union-attr]


@given(st.lists(st.tuples(_labels, _standard_values, _printable), min_size=1, max_size=12))
def test_standard_frames_round_trip(triples: list[tuple[str, str, str]]) -> None:
    groups = tuple(TicGroup(label, value, stamp) for label, value, stamp in triples)
    data = frame_bytes(groups, S)
    assert parse_frame(data) == TicFrame(S, groups)


@given(st.binary(max_size=600))
def test_garbage_never_raises_anything_but_tic_error(data: bytes) -> None:
    for mode in (None, H, S):
        try:
            frame = parse_frame(data, mode)
        except TicError:
            continue
        _numbers_ok(frame)  # values that are not numbers raise TicError, nothing else
    items = TicStream().feed(data)
    assert all(isinstance(i, TicFrame | TicError) for i in items)


def _numbers_ok(frame: TicFrame) -> bool:
    try:
        frame_values(frame)
    except TicError:
        return False
    return True


@given(st.binary(max_size=300), st.integers(0, 299), st.integers(0, 255))
def test_a_flipped_byte_in_a_good_frame_is_caught_or_harmless(
    prefix: bytes, where: int, byte: int
) -> None:
    reading = TicReading((10.0, 4.0, 2.0), phases=3)
    good = frame_bytes(meter_groups(reading, H), H)
    spoiled = bytearray(good)
    spoiled[where % len(good)] = byte
    for item in TicStream().feed(prefix + bytes(spoiled)):
        if isinstance(item, TicFrame):
            _numbers_ok(item)
