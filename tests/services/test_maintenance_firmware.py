"""The firmware service's image check for picked chargers, before anything is sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.identity import ChargerIdentity
from app.services.context import AppServices, build_services
from app.services.devices import ManualSighting
from app.services.maintenance import MaintenanceService
from app.services.maintenance_firmware import FirmwareService
from app.sim.alfen.firmware_image import bad_image, make_image, release_name

CHARGERS = {  # key → (model, firmware, driver)
    "ACE0000001": ("NG910-60027", "7.4.5-4415", "alfen"),
    "ACE0000002": ("NG910-60027", "6.4.0-3000", "alfen"),
    "ACE0000003": ("NG910-60027", "4.14.0-3000", "alfen"),
    "ACE0000005": ("NG910-60027", "4.14.0-3000", "alfen"),
    "V2C0000004": ("Trydan", "2.4.3", "v2c"),
}


@pytest.fixture
def services(tmp_path: Path) -> AppServices:
    found = build_services(tmp_path)
    for key, (model, firmware, driver) in CHARGERS.items():
        sighting = ManualSighting(key.lower(), f"https://{key}", model=model, driver=driver)
        found.directory.add_sighting(sighting, ChargerIdentity(key.lower(), model, firmware))
    return found


def _service(services: AppServices) -> FirmwareService:
    return FirmwareService(services, MaintenanceService(services))


def _image(tmp_path: Path, version: str, data: bytes | None = None) -> Path:
    path = tmp_path / release_name(version)
    path.write_bytes(make_image(version) if data is None else data)
    return path


def test_a_good_image_suits_a_charger_and_says_from_what_to_what(
    services: AppServices, tmp_path: Path
) -> None:
    report = _service(services).check_image(_image(tmp_path, "7.5.0-4500"), ["ACE0000001"])
    assert report.ok and not report.password_needed
    (verdict,) = report.verdicts
    assert verdict.check is not None and str(verdict.check.target) == "7.5.0-4500"
    assert report.image is not None and report.image.kind.value == "core"


def test_the_stepping_stone_and_the_trydan_are_refused_per_charger(
    services: AppServices, tmp_path: Path
) -> None:
    keys = ["ACE0000001", "ACE0000002", "V2C0000004"]
    report = _service(services).check_image(_image(tmp_path, "7.5.0-4500"), keys)
    assert not report.ok
    by_key = {v.key: v for v in report.verdicts}
    assert by_key["ACE0000001"].ok
    assert "6.6.2" in by_key["ACE0000002"].problem
    assert "cannot be upgraded from here" in by_key["V2C0000004"].problem


def test_crossing_version_5_needs_a_password_and_a_downgrade_a_tick(
    services: AppServices, tmp_path: Path
) -> None:
    service = _service(services)
    crossing = service.check_image(_image(tmp_path, "5.8.1-4123"), ["ACE0000003"])
    assert crossing.ok and crossing.password_needed
    older = _image(tmp_path, "7.4.0-4300")
    assert "older version" in service.check_image(older, ["ACE0000001"]).verdicts[0].problem
    assert service.check_image(older, ["ACE0000001"], allow_downgrade=True).ok


@pytest.mark.parametrize("defect", ["wrong_crc", "wrong_family", "truncated", "not_an_image"])
def test_a_bad_image_is_refused_in_words(
    services: AppServices, tmp_path: Path, defect: str
) -> None:
    path = _image(tmp_path, "7.5.0-4500", bad_image(defect, "7.5.0-4500"))
    report = _service(services).check_image(path, ["ACE0000001"])
    assert not report.ok
    (verdict,) = report.verdicts
    assert verdict.problem.endswith(".") and len(verdict.problem) > 30


def test_no_file_or_no_charger_is_said(services: AppServices, tmp_path: Path) -> None:
    service = _service(services)
    missing = service.check_image(tmp_path / "gone.fwi", ["ACE0000001"])
    assert not missing.ok and "Cannot read gone.fwi" in missing.problem
    nobody = service.check_image(_image(tmp_path, "7.5.0-4500"), [])
    assert not nobody.ok and "Pick the chargers" in nobody.problem


def test_two_chargers_crossing_version_5_go_one_at_a_time(
    services: AppServices, tmp_path: Path
) -> None:
    report = _service(services).check_image(
        _image(tmp_path, "5.8.1-4123"), ["ACE0000003", "ACE0000005"]
    )
    assert all(v.ok for v in report.verdicts) and not report.ok
    assert "one at a time" in report.problem
