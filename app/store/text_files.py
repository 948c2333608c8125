"""Reading a hand-written input file with a size limit: one clear error for every failure."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import InvalidInput
from app.core.text_input import MAX_TEXT_BYTES, decode_text


def read_text_file(path: Path, what: str, *, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """The file's text; InvalidInput when it cannot be read, is too large, or is not text.

    Reads at most one byte past the limit, so a device file or a huge file costs nothing.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InvalidInput(f"Cannot read {what} {path}: {reason}.") from None
    title = what[:1].upper() + what[1:]
    if len(data) > max_bytes:
        raise InvalidInput(f"{title} {path.name}: larger than {max_bytes // 1024} KiB.")
    return decode_text(data, f"{title} {path.name}")
