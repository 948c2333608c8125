"""French TIC ("télé-information client", Linky and older electronic meters): frames and checksums.

No maintained TIC library supports Python 3.11 today: the Teleinfo readers on the package index
were last released years ago (2018–2020) and declare only older Pythons, so the project reads
the format itself. This module builds and parses frames; it does no I/O (the bytes come from
app/transports/tic.py on the laptop and from the simulated site's meter).

The format, as this module implements it:

- A frame starts with STX (0x02) and ends with ETX (0x03). A meter that must interrupt a frame
  sends EOT (0x04). Inside, each information group starts with LF (0x0A) and ends with CR (0x0D).
- **Historic mode** (older meters, and Linky in its default setting): 1200 baud. A group is
  `label SP value SP checksum`. Checksum "mode 1": add the bytes of the label, the separator
  and the value (the separator just before the checksum is NOT added), keep the low six bits
  and add 0x20, so the checksum is always a printable character 0x20…0x5F.
- **Standard mode** (Linky switched to it): 9600 baud. A group is `label HT value HT checksum`,
  or `label HT timestamp HT value HT checksum` for dated values. Checksum "mode 2": the same
  sum, but the separator before the checksum IS added.
- Both modes send 7 data bits, even parity, 1 stop bit (7E1); the parity bit never shows in the
  bytes, so every byte of a frame is below 0x80.

Which mode a stream is in shows in its bytes: standard groups are separated by HT, historic ones
by SP only (`detect_mode`). The values a charger balances on (currents per phase, whole amperes
with no sign; voltages; apparent power) are read by app/core/tic_values.py.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.core.errors import ProtocolError

STX, ETX, EOT = b"\x02", b"\x03", b"\x04"
LF, CR, SP, HT = b"\n", b"\r", b" ", b"\t"
MAX_FRAME_BYTES = 4096  # a full standard frame is about 800 bytes; beyond this it is noise
MAX_LABEL = 8
MAX_VALUE = 98  # standard-mode messages (MSG1) are the longest values, 32 characters


class TicError(ProtocolError):
    """A TIC frame or group that cannot be used (bad checksum, cut frame, not TIC at all)."""

    hint = "Check the meter's TIC mode (historic or standard) and the two TIC wires."


class TicMode(enum.Enum):
    """The meter's TIC mode: its speed, its separator and its checksum rule."""

    HISTORIC = "historic"
    STANDARD = "standard"

    @property
    def baud(self) -> int:
        return 1200 if self is TicMode.HISTORIC else 9600

    @property
    def separator(self) -> bytes:
        return SP if self is TicMode.HISTORIC else HT

    @classmethod
    def parse(cls, text: str) -> TicMode:
        for mode in cls:
            if mode.value == text.strip().lower():
                return mode
        raise TicError(f"TIC mode '{text}': expected historic or standard.")


@dataclass(frozen=True, slots=True)
class TicGroup:
    """One information group: a label, its value and, in standard mode, an optional timestamp
    (`SAAMMJJhhmmss`: season letter, then date and time)."""

    label: str
    value: str
    timestamp: str = ""


@dataclass(frozen=True, slots=True)
class TicFrame:
    """One checked frame: its mode and its groups in the order they came."""

    mode: TicMode
    groups: tuple[TicGroup, ...]

    def get(self, label: str) -> str | None:
        for group in self.groups:
            if group.label == label:
                return group.value
        return None

    def number(self, label: str) -> int | None:
        """The value of `label` as a whole number; None when absent, TicError when not a number."""
        raw = self.get(label)
        if raw is None:
            return None
        text = raw.strip()
        if not text.isdigit() or not text.isascii():
            raise TicError(f"TIC {label}: '{raw}' is not a whole number.")
        return int(text)


def checksum(summed: bytes) -> int:
    """The checksum character of a group whose summed bytes are `summed`: the low six bits of
    the byte sum, plus 0x20. Which bytes are summed depends on the mode (`group_checksum`)."""
    return (sum(summed) & 0x3F) + 0x20


def group_checksum(group: TicGroup, mode: TicMode) -> int:
    """Mode 1 (historic) sums label SP value; mode 2 (standard) sums label HT [timestamp HT]
    value HT, the separator before the checksum included."""
    _check_group(group, mode)
    return checksum(_summed(group, mode))


def _summed(group: TicGroup, mode: TicMode) -> bytes:
    sep = mode.separator
    parts = [group.label.encode("ascii")]
    if group.timestamp:
        if mode is TicMode.HISTORIC:
            raise TicError(f"TIC {group.label}: historic mode has no timestamps.")
        parts.append(group.timestamp.encode("ascii"))
    parts.append(group.value.encode("ascii"))
    body = sep.join(parts)
    return body + sep if mode is TicMode.STANDARD else body


def group_bytes(group: TicGroup, mode: TicMode) -> bytes:
    """`LF label SEP [timestamp SEP] value SEP checksum CR`; TicError for a group the mode
    cannot carry (non-ASCII, a separator inside the label, a timestamp in historic mode)."""
    _check_group(group, mode)
    summed = _summed(group, mode)
    tail = b"" if mode is TicMode.STANDARD else mode.separator
    return LF + summed + tail + bytes([checksum(summed)]) + CR


def _check_group(group: TicGroup, mode: TicMode) -> None:
    fields = (group.label, group.value, group.timestamp)
    if not all((f.isascii() and f.isprintable()) or f == "" for f in fields):
        raise TicError(f"TIC group {group.label!r}: only printable ASCII is allowed.")
    if not group.label or " " in group.label or len(group.label) > MAX_LABEL:
        raise TicError(f"TIC label {group.label!r}: 1 to {MAX_LABEL} characters, no spaces.")
    if mode is TicMode.HISTORIC and " " in group.value:
        raise TicError(f"TIC {group.label}: a historic value has no spaces.")
    if len(group.value) > MAX_VALUE:
        raise TicError(f"TIC {group.label}: the value is longer than {MAX_VALUE} characters.")


def frame_bytes(groups: Iterable[TicGroup], mode: TicMode) -> bytes:
    """A whole frame: STX, every group, ETX."""
    return STX + b"".join(group_bytes(g, mode) for g in groups) + ETX


def detect_mode(data: bytes) -> TicMode:
    """Standard when any group holds a horizontal tab, else historic."""
    return TicMode.STANDARD if HT in data else TicMode.HISTORIC


def parse_group(raw: bytes, mode: TicMode) -> TicGroup:
    """One group without its LF and CR: split it and check its checksum."""
    if len(raw) < 3 or any(b > 0x7E or (b < 0x20 and b != 0x09) for b in raw):
        raise TicError(f"TIC group {raw[:20]!r}: not a group (too short or not ASCII).")
    given, sep = raw[-1], raw[-2:-1]
    if sep != mode.separator:
        raise TicError(f"TIC group {raw[:20]!r}: no separator before the checksum.")
    summed = raw[:-1] if mode is TicMode.STANDARD else raw[:-2]
    expected = checksum(summed)
    if given != expected:
        raise TicError(
            f"TIC group {raw[:20]!r}: checksum '{chr(given)}' where '{chr(expected)}' is due."
        )
    text = raw[:-2].decode("ascii")
    if mode is TicMode.HISTORIC:
        label, found, value = text.partition(" ")
        parts = [label, value] if found else [label]
    else:
        parts = text.split("\t")
    if len(parts) == 2:
        return TicGroup(parts[0], parts[1])
    if len(parts) == 3 and mode is TicMode.STANDARD:
        return TicGroup(parts[0], parts[2], timestamp=parts[1])
    raise TicError(f"TIC group {raw[:20]!r}: expected a label and a value.")


def parse_frame(data: bytes, mode: TicMode | None = None) -> TicFrame:
    """A whole frame from STX to ETX (both optional), every checksum checked; the mode is
    detected when not given. TicError names the first problem (a bad checksum, a cut frame)."""
    if len(data) > MAX_FRAME_BYTES:
        raise TicError(f"TIC frame of {len(data)} bytes: longer than any meter sends.")
    body = data[1:] if data.startswith(STX) else data
    if EOT in body:
        raise TicError("TIC frame interrupted by the meter (EOT).")
    if body.endswith(ETX):
        body = body[:-1]
    if STX in body or ETX in body:
        raise TicError("TIC frame cut: a frame mark in the middle of the frame.")
    use = mode or detect_mode(body)
    groups = []
    for chunk in _chunks(body):
        groups.append(parse_group(chunk, use))
    if not groups:
        raise TicError("TIC frame without any group.")
    return TicFrame(use, tuple(groups))


def _chunks(body: bytes) -> list[bytes]:
    """The groups' insides; TicError when a group misses its LF or CR (a cut frame)."""
    chunks: list[bytes] = []
    rest = body
    while rest:
        if not rest.startswith(LF):
            raise TicError(f"TIC frame cut: {rest[:20]!r} does not start a group (LF).")
        end = rest.find(CR)
        if end < 0:
            raise TicError("TIC frame cut: the last group has no end (CR).")
        chunks.append(rest[1:end])
        rest = rest[end + 1 :]
    return chunks


class TicStream:
    """Splits a byte stream into frames as they arrive; tolerant of noise between frames.

    `feed(data)` returns, in order, a `TicFrame` for every good frame completed and a
    `TicError` for every damaged one (a bad checksum, a frame cut by a new STX, EOT or a full
    buffer). Bytes before the first STX are skipped: a reader that joins mid-frame waits for
    the next frame. The mode is detected per frame unless `mode` is given.
    """

    def __init__(self, mode: TicMode | None = None) -> None:
        self.mode = mode
        self._buffer = bytearray()
        self._inside = False

    def feed(self, data: bytes) -> list[TicFrame | TicError]:
        out: list[TicFrame | TicError] = []
        for byte in data:
            mark = bytes([byte & 0x7F])  # a parity bit left by a reader set to 8 bits
            if mark == STX:
                if self._inside:
                    out.append(TicError("TIC frame cut: a new frame began before its end."))
                self._buffer.clear()
                self._inside = True
            elif not self._inside:
                continue
            elif mark == ETX:
                out.append(self._finish())
            elif mark == EOT:
                out.append(TicError("TIC frame interrupted by the meter (EOT)."))
                self._reset()
            else:
                self._buffer += mark
                if len(self._buffer) > MAX_FRAME_BYTES:
                    out.append(TicError("TIC frame cut: no end after 4096 bytes."))
                    self._reset()
        return out

    def _finish(self) -> TicFrame | TicError:
        body = bytes(self._buffer)
        self._reset()
        try:
            return parse_frame(body, self.mode)
        except TicError as exc:
            return exc

    def _reset(self) -> None:
        self._buffer.clear()
        self._inside = False


def frames_of(data: bytes, mode: TicMode | None = None) -> Sequence[TicFrame]:
    """Every good frame in `data` (damaged ones skipped)."""
    return [f for f in TicStream(mode).feed(data) if isinstance(f, TicFrame)]
