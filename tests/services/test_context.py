"""Services bundle: where pins and settings go."""

from __future__ import annotations

from pathlib import Path

from app.services.context import build_services

# A DER blob is not parsed by the store; any bytes give a fingerprint and a PEM wrapper.
DER = b"0\x82\x01\x00not-a-real-certificate"


def test_pins_persist_for_real_chargers(tmp_path: Path) -> None:
    services = build_services(tmp_path)
    services.pins.pin("ace0000001", DER)
    assert (tmp_path / "pins.json").exists()
    assert build_services(tmp_path).pins.get("ace0000001") is not None


def test_demo_pins_stay_in_memory_so_a_new_run_is_not_a_certificate_change(
    tmp_path: Path,
) -> None:
    services = build_services(tmp_path, remember_pins=False)
    services.pins.pin("ace0100001", DER)
    assert not (tmp_path / "pins.json").exists()
    assert build_services(tmp_path, remember_pins=False).pins.get("ace0100001") is None
