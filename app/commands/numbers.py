"""Numbers on the command line: argparse types that take a number within bounds and name the
bounds in their error. Apart from the rest of app/commands/common.py, which loads the drivers:
`simulate` needs only these."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

MAX_SECONDS = 86400.0
MAX_PARALLEL = 128


def seconds(text: str) -> float:
    """An argparse type: seconds above 0, finite, at most a day (a typo beyond)."""
    return _bounded(text, float, 0.0, MAX_SECONDS, "seconds", low_open=True)


def bounded(
    kind: type[float] | type[int], low: float, high: float, what: str
) -> Callable[[str], float]:
    """An argparse type for a number within [low, high]."""

    def convert(text: str) -> float:
        return _bounded(text, kind, low, high, what)

    convert.__name__ = what  # argparse names the type in its error
    return convert


PARALLEL = bounded(int, 1, MAX_PARALLEL, "a number of chargers")
AMPS = bounded(float, 0, 80, "amperes")
TIME_SCALE = bounded(float, 0.01, 1000, "a time scale")


def _bounded(
    text: str,
    kind: type[float] | type[int],
    low: float,
    high: float,
    what: str,
    *,
    low_open: bool = False,
) -> float:
    try:
        value = kind(text.strip()) if len(text) <= 40 else math.nan
    except (ValueError, OverflowError):
        value = math.nan
    inside = (low < value if low_open else low <= value) and value <= high
    if not inside:  # NaN fails both comparisons
        above = f"above {low:g}" if low_open else f"from {low:g}"
        raise argparse.ArgumentTypeError(f"expected {what} {above} to {high:g}, got {text[:40]!r}")
    return value
