"""Text a person hands the tool (plans, SCN requests, presets, site templates): decoded and
parsed so that any bytes at all end in one `InvalidInput` line, never a traceback."""

from __future__ import annotations

import json
import tomllib
from typing import Any

from app.core.errors import InvalidInput

# Every file the tool reads is hand-written and small; a megabyte is far beyond any real one
# and keeps `/dev/zero` or a wrong file from filling memory.
MAX_TEXT_BYTES = 1024 * 1024


def decode_text(data: bytes, what: str) -> str:
    """UTF-8 text without NUL bytes (a binary file), or InvalidInput naming `what`."""
    if len(data) > MAX_TEXT_BYTES:
        raise InvalidInput(f"{what}: larger than {MAX_TEXT_BYTES // 1024} KiB; not a file to read.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{what}: not UTF-8 text; is this the right file?") from None
    if "\x00" in text:
        raise InvalidInput(f"{what}: contains binary data; is this the right file?")
    return text.removeprefix("\ufeff")


def parse_toml(text: str, what: str) -> dict[str, Any]:
    """TOML text as a table; any syntax problem, huge number or deep nesting is InvalidInput."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{what}: not valid TOML ({exc}).") from None
    except ValueError as exc:  # an integer past Python's digit limit
        raise InvalidInput(f"{what}: not usable TOML: {_first_clause(exc)}.") from None
    except RecursionError:
        raise InvalidInput(f"{what}: not usable TOML: nested too deeply.") from None


def parse_json(text: str, what: str) -> object:
    """JSON text; InvalidInput on a syntax problem, huge number or deep nesting."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{what}: not valid JSON ({exc.msg} at line {exc.lineno}).") from None
    except ValueError as exc:
        raise InvalidInput(f"{what}: not usable JSON: {_first_clause(exc)}.") from None
    except RecursionError:
        raise InvalidInput(f"{what}: not usable JSON: nested too deeply.") from None


def shown(value: object, limit: int = 40) -> str:
    """A value for an error message: its repr, cut to one short line even for a 400-digit
    number or a value whose repr fails (an int past Python's digit limit for str())."""
    try:
        text = repr(value)
    except ValueError:
        return "a huge number"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _first_clause(exc: Exception) -> str:
    return str(exc).split(":", 1)[0].split(";", 1)[0]
