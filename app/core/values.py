"""A setting's value as every driver hands it over: a flag, a number, a text or an array."""

from __future__ import annotations

Value = bool | int | float | str | tuple[int, ...]
