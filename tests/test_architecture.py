"""Where brand knowledge may live: a brand's property ids and client classes stay in its driver."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
# Where Alfen's own vocabulary belongs: its driver, and the simulator's imitation of the charger.
ALFEN_HOMES = (APP / "drivers" / "alfen", APP / "sim" / "alfen")
# `2067_0`, `21A1_0`, `2221_A`, and ids built in f-strings such as `212F_{phase}`.
ALFEN_ID = re.compile(r"\b[0-9][0-9A-Fa-f]{3}_(?:[0-9A-Fa-f]{1,2}\b|\{)")
ALFEN_CLASSES = re.compile(r"\b(AlfenClient|AlfenSession|AlfenModbusClient)\b")


def _outside_alfen_homes() -> list[Path]:
    files = sorted(APP.rglob("*.py"))
    assert len(files) > 100, "the tree was not found"
    return [f for f in files if not any(f.is_relative_to(home) for home in ALFEN_HOMES)]


def _hits(pattern: re.Pattern[str]) -> list[str]:
    found = []
    for path in _outside_alfen_homes():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_pattern_catches_the_id_forms_it_is_for() -> None:
    hits = [ALFEN_ID.search(s) is not None for s in ("2067_0", 'P(f"212F_{p}")', "(21A1_0)")]
    misses = [ALFEN_ID.search(s) is not None for s in ("ace_0", "1_000_000", "0x2067", "v2_0")]
    assert hits == [True, True, True]
    assert misses == [False, False, False, False]


def test_no_alfen_property_id_outside_the_alfen_driver_and_simulator() -> None:
    assert _hits(ALFEN_ID) == []


def test_no_alfen_client_class_named_outside_the_alfen_driver_and_simulator() -> None:
    assert _hits(ALFEN_CLASSES) == []
