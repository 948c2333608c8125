"""What every self-check returns, and where the running program's bundled data lives."""

from __future__ import annotations

import sys
from pathlib import Path

import app

OK, DEGRADED, FAIL = "ok", "degraded", "fail"
Outcome = tuple[str, dict[str, object]]


def bundle_root() -> Path:
    """Where presets/ and resources/ live: the source tree, or the frozen bundle's data dir."""
    return Path(app.__file__).resolve().parent.parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
