"""The report gathered from a real visit on the simulated site: settings as found → as left by
plan field, licences by name, tests from the saved results, nothing secret, JSON round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.plan import FIELDS
from app.core.report import Report
from app.core.report_json import report_from_data
from app.core.report_judge import Missing, missing_tests
from app.core.report_visit import Visit, VisitCharger
from app.store.journal import list_runs
from app.store.paths import data_paths
from app.store.report_files import load_report_json, load_thresholds, save_report_json
from app.store.report_gather import gather_charger, report_for_run, report_for_visit
from tests.store.report_demo import DemoVisit, shared_visit
from tests.workflows.verify_support import ONE


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoVisit:
    """One recorded visit for the module (apply, hair-dryer test, phase id, meter test)."""
    return shared_visit(tmp_path_factory)


def visit_report(demo: DemoVisit) -> Report:
    visit = Visit(chargers=(VisitCharger(demo.serial.upper()), VisitCharger(ONE)))
    return report_for_visit(visit, demo.data, load_thresholds("default"), "9.9")


def test_changed_settings_are_plan_fields_as_found_and_as_left(demo: DemoVisit) -> None:
    charger = gather_charger(demo.data, demo.serial)
    changes = {c.field: (c.as_found, c.as_left) for c in charger.changes}
    assert changes["socket1_max_current"] == (16.0, 20.0)
    assert changes["alb.safe_current"] == (6.0, 8.0)
    assert changes["display_name"][1] == "Garage left"
    assert changes["back_office.url"][1] == "wss://backoffice.example/ocpp"
    assert set(changes) <= set(FIELDS)  # plan fields, never the brand's setting ids
    assert charger.name == "Garage left"
    assert charger.network.back_office_identity == "GARAGE-1"
    assert charger.licences == ("Smart Charging Network",)
    assert charger.firmware_after
    assert charger.model.startswith("NG9")  # the charger's own model, not the brand
    assert [c.key for c in charger.checks if c.passed] == [
        "plan-valid",
        "as-left-matches",
        "run-complete",
    ]


def test_tests_come_from_the_saved_results(demo: DemoVisit) -> None:
    charger = gather_charger(demo.data, demo.serial)
    (hair,) = charger.hair_dryer
    assert hair.passed is demo.hair_dryer_passed is True
    assert hair.reaction_s is not None and hair.test_maximum_a == 12.0
    assert hair.plot is not None and {line.name for line in hair.plot.lines} >= {"meter L2"}
    (probe,) = charger.phase_id
    assert (probe.status, probe.proposed) == ("identified", demo.proposed)
    (meter,) = charger.meter_tests
    assert meter.passed is True and len(meter.charger_currents) == 3
    assert meter.problem.startswith("The meter is on the charger")
    assert charger.meter is not None and charger.meter.protocol == "dsmr-p1"


def test_temporary_test_settings_runs_are_not_settings_runs(demo: DemoVisit) -> None:
    runs = list_runs(data_paths(demo.data).journals)
    assert sum(r.temporary for r in runs) == 2  # the hair-dryer test and phase identification
    charger = gather_charger(demo.data, demo.serial)
    assert charger.runs == tuple(r.run_id for r in runs if not r.temporary)


def test_a_charger_with_nothing_recorded_is_listed_as_missing(demo: DemoVisit) -> None:
    report = visit_report(demo)
    missing = [m for m in missing_tests(report) if m.serial]
    assert missing == [Missing(ONE, "apply"), Missing(ONE, "hair-dryer"), Missing(ONE, "phase-id")]


def test_json_twin_round_trips_and_holds_no_secret(demo: DemoVisit, tmp_path: Path) -> None:
    report = visit_report(demo)
    path = save_report_json(report, tmp_path / "report.json")
    assert load_report_json(path) == report
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert report_from_data(data) == report
    assert data["findings"]["tests"][demo.serial]["hair-dryer"] == "pass"
    for secret in demo.secrets:
        assert secret.lower() not in text.lower()
    assert "licence_key" not in text


def test_a_quick_report_of_one_run(demo: DemoVisit) -> None:
    run = next(r for r in list_runs(data_paths(demo.data).journals) if not r.temporary)
    report = report_for_run(run.run_id[:15], demo.data, load_thresholds(), "9.9")
    assert [c.serial for c in report.chargers] == [demo.serial]
    assert report.header.site_name == "Report demo"
    assert report.chargers[0].hair_dryer  # results saved on the run's day
