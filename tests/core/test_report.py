"""The report model: JSON round trip and its parser, thresholds judged, missing tests, words."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.report import (
    REPORT_SCHEMA_VERSION,
    ChargerReport,
    Check,
    ChecklistItem,
    Earthing,
    HairDryerTest,
    Header,
    Installation,
    LimitSource,
    Measurement,
    MeasurementKind,
    MeterInfo,
    MeterTest,
    Network,
    PhaseIdTest,
    Photo,
    PhotoKind,
    Plot,
    PlotLine,
    Report,
    SettingChange,
    SettingValue,
    Signature,
    SignOff,
    Threshold,
    Verdict,
)
from app.core.report_json import report_from_data, report_to_data
from app.core.report_judge import (
    Missing,
    charger_verdicts,
    judge,
    missing_tests,
    thresholds_from_data,
)
from app.core.report_words import Words

DEFAULT = thresholds_from_data(
    {
        "pe-continuity": {"maximum": 1.0},
        "insulation": {"minimum": 1.0},
        "rcd-trip-time": {"maximum": 300},
        "rcd-trip-current": {"minimum": 15, "maximum": 30},
        "phase-rotation": {"expected": "clockwise"},
    },
    "test",
)

text = st.text(max_size=20)
number = st.floats(allow_nan=False, allow_infinity=False, width=32)
maybe_number = st.none() | number
plain = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | number | text,
    lambda inner: st.lists(inner, max_size=3).map(tuple),
    max_leaves=6,
)
plots = st.builds(
    Plot,
    title=text,
    unit=st.sampled_from(["A", "W"]),
    lines=st.lists(
        st.integers(0, 5).flatmap(
            lambda n: st.builds(
                PlotLine,
                name=text,
                t=st.lists(number, min_size=n, max_size=n).map(tuple),
                y=st.lists(maybe_number, min_size=n, max_size=n).map(tuple),
                dashed=st.booleans(),
            )
        ),
        max_size=2,
    ).map(tuple),
    markers=st.lists(st.tuples(number, text), max_size=2).map(tuple),
)
chargers = st.builds(
    ChargerReport,
    serial=text,
    model=text,
    firmware_before=text,
    licences=st.lists(text, max_size=2).map(tuple),
    network=st.builds(Network, address=text, boot_state=text),
    changes=st.lists(
        st.builds(SettingChange, field=text, as_found=plain, as_left=plain), max_size=3
    ).map(tuple),
    as_left=st.lists(st.builds(SettingValue, field=text, value=plain), max_size=3).map(tuple),
    checks=st.lists(st.builds(Check, key=text, passed=st.booleans()), max_size=2).map(tuple),
    meter=st.none() | st.builds(MeterInfo, unit_id=st.none() | st.integers(1, 247)),
    hair_dryer=st.lists(
        st.builds(
            HairDryerTest, passed=st.booleans(), reaction_s=maybe_number, plot=st.none() | plots
        ),
        max_size=2,
    ).map(tuple),
    phase_id=st.lists(st.builds(PhaseIdTest, status=text, confidence=maybe_number), max_size=1).map(
        tuple
    ),
    meter_tests=st.lists(
        st.builds(
            MeterTest,
            passed=st.none() | st.booleans(),
            charger_currents=st.lists(maybe_number, max_size=3).map(tuple),
        ),
        max_size=1,
    ).map(tuple),
    runs=st.lists(text, max_size=2).map(tuple),
)
reports = st.builds(
    Report,
    header=st.builds(Header, site_name=text, date=text),
    installation=st.builds(
        Installation,
        earthing=st.none() | st.sampled_from(Earthing),
        main_fuse_a=maybe_number,
        limit_source=st.none() | st.sampled_from(LimitSource),
    ),
    chargers=st.lists(chargers, max_size=2).map(tuple),
    measurements=st.lists(
        st.builds(
            Measurement, kind=st.sampled_from(MeasurementKind), value=maybe_number, text=text
        ),
        max_size=3,
    ).map(tuple),
    photos=st.lists(st.builds(Photo, path=text, kind=st.sampled_from(PhotoKind)), max_size=2).map(
        tuple
    ),
    notes=text,
    signoff=st.builds(
        SignOff,
        installer=st.builds(Signature, name=text),
        checklist=st.lists(st.sampled_from(ChecklistItem), max_size=3, unique=True).map(tuple),
    ),
    thresholds=st.just(DEFAULT),
)


@settings(deadline=None)
@given(reports)
def test_report_json_round_trips(report: Report) -> None:
    text = json.dumps(report_to_data(report), allow_nan=False)
    assert report_from_data(json.loads(text)) == report


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


def _mutations(data: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A valid report's data with one key replaced by any JSON value, or added."""
    keys = st.sampled_from([*data, "unexpected"])
    return st.tuples(keys, json_values).map(lambda kv: {**data, kv[0]: kv[1]})


SAMPLE = report_to_data(
    Report(
        header=Header(site_name="s"),
        chargers=(ChargerReport("ACE1", changes=(SettingChange("station_max_current", 16, 32),)),),
        thresholds=DEFAULT,
    )
)


@settings(deadline=None)
@given(st.one_of(json_values, _mutations(SAMPLE)))
def test_fuzz_report_parser_refuses_bad_data_with_invalid_input_only(data: object) -> None:
    try:
        report = report_from_data(data)
    except InvalidInput as exc:
        assert str(exc).startswith("Report:")
        assert "\n" not in str(exc)
        return
    assert isinstance(report, Report)


def test_a_newer_schema_version_is_refused_and_findings_are_derived() -> None:
    data = {**SAMPLE, "schema_version": REPORT_SCHEMA_VERSION + 1}
    with pytest.raises(InvalidInput, match="newer Commissioner"):
        report_from_data(data)
    changed = {**SAMPLE, "findings": {"anything": True}}
    assert report_from_data(changed) == report_from_data(SAMPLE)
    with pytest.raises(InvalidInput, match=r"chargers\[0\]\.serial should be a text"):
        report_from_data({**SAMPLE, "chargers": [{"serial": 5}]})


@pytest.mark.parametrize(
    ("kind", "value", "verdict"),
    [
        (MeasurementKind.PE_CONTINUITY, 0.3, Verdict.PASS),
        (MeasurementKind.PE_CONTINUITY, 1.0, Verdict.PASS),
        (MeasurementKind.PE_CONTINUITY, 1.4, Verdict.FAIL),
        (MeasurementKind.INSULATION, 0.5, Verdict.FAIL),
        (MeasurementKind.INSULATION, 250.0, Verdict.PASS),
        (MeasurementKind.RCD_TRIP_CURRENT, 10.0, Verdict.FAIL),
        (MeasurementKind.RCD_TRIP_CURRENT, 22.0, Verdict.PASS),
        (MeasurementKind.RCD_TRIP_CURRENT, 31.0, Verdict.FAIL),
        (MeasurementKind.VOLTAGE, 231.0, Verdict.NOT_JUDGED),  # no limit in this profile
        (MeasurementKind.RCD_TRIP_TIME, None, Verdict.MISSING),
    ],
)
def test_measurements_are_judged_against_the_profile(
    kind: MeasurementKind, value: float | None, verdict: Verdict
) -> None:
    assert judge(Measurement(kind, value), DEFAULT).verdict is verdict


def test_phase_rotation_is_judged_by_its_words() -> None:
    rotation = MeasurementKind.PHASE_ROTATION
    assert judge(Measurement(rotation, text="Clockwise"), DEFAULT).verdict is Verdict.PASS
    assert judge(Measurement(rotation, text="anticlockwise"), DEFAULT).verdict is Verdict.FAIL
    assert judge(Measurement(rotation), DEFAULT).verdict is Verdict.MISSING


def test_a_country_profile_changes_the_verdict() -> None:
    strict = thresholds_from_data({"pe-continuity": {"maximum": 0.5}}, "strict")
    reading = Measurement(MeasurementKind.PE_CONTINUITY, 0.8)
    assert judge(reading, DEFAULT).verdict is Verdict.PASS
    assert judge(reading, strict).verdict is Verdict.FAIL


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"earth": {"maximum": 1}}, "unknown measurement 'earth'"),
        ({"insulation": {"minimum": "1"}}, "insulation.minimum should be a number"),
        ({"insulation": {"below": 1}}, "unknown key 'below'"),
        ({"voltage": {"minimum": 260, "maximum": 200}}, "minimum is above its maximum"),
        ({"voltage": 230}, "voltage should be a table"),
    ],
)
def test_bad_threshold_tables_are_refused_naming_the_entry(
    data: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        thresholds_from_data(data, "bad")


def test_missing_tests_are_listed_per_charger_and_for_the_site() -> None:
    tested = ChargerReport(
        "ACE0100001",
        checks=(Check("plan-valid", True),),
        meter=MeterInfo(protocol="modbus-tcp"),
        hair_dryer=(HairDryerTest(passed=True),),
        phase_id=(PhaseIdTest(status="identified", proposed="L1", configured="L1"),),
        meter_tests=(MeterTest(passed=True),),
    )
    bare = ChargerReport(
        "ACE0100003", checks=(Check("plan-valid", True),), meter=MeterInfo(protocol="dsmr-p1")
    )
    readings = tuple(
        Measurement(k, 1.0) for k in MeasurementKind if k is not MeasurementKind.PHASE_ROTATION
    )
    report = Report(chargers=(tested, bare), measurements=readings, thresholds=DEFAULT)
    assert missing_tests(report) == [
        Missing("ACE0100003", "hair-dryer"),
        Missing("ACE0100003", "phase-id"),
        Missing("ACE0100003", "meter-test"),
        Missing("", "phase-rotation"),
    ]
    words = Words()
    assert words.missing(missing_tests(report)[0]) == "No hair-dryer test for ACE0100003"
    assert words.missing(Missing("", "phase-rotation")) == "No reading of Phase rotation"
    assert charger_verdicts(tested)["phase-id"] is Verdict.PASS


def test_a_phase_mapping_that_disagrees_fails_the_identification() -> None:
    probe = PhaseIdTest(status="identified", proposed="L2L3L1", configured="L1L2L3")
    assert charger_verdicts(ChargerReport("A", phase_id=(probe,)))["phase-id"] is Verdict.FAIL


def test_values_are_put_in_words_and_units() -> None:
    words = Words()
    assert words.value("alb.safe_current", 6.0) == "6 A"
    assert words.value("leds.light", 40) == "40 %"
    assert words.value("alb.protocol", "modbus-tcp") == "Modbus TCP (network)"
    assert words.value("alb.enabled", True) == "Yes"
    assert words.value("phase_mapping", "L2L3L1") == "L2, L3, L1"
    assert words.value("alb.meter.register_map", {"measurands": (7, 8, 9)}) == "3 measurands mapped"
    assert words.value("back_office.url", "") == "—"
    assert words.label("alb.safe_current") == "ALB safe current"
    assert words.limit(Threshold(MeasurementKind.INSULATION, minimum=1.0)) == "≥ 1 MΩ"
    assert words.reading(MeasurementKind.PE_CONTINUITY, 0.31) == "0.31 Ω"


def test_words_speak_the_language_they_are_given() -> None:
    french = {"ALB safe current": "Courant de sécurité de l'ALB", "Pass": "Conforme"}
    words = Words(lambda _context, text: french.get(text, text), decimal_point=",")
    assert words.label("alb.safe_current") == "Courant de sécurité de l'ALB"
    assert words.value("alb.safe_current", 6.5) == "6,5 A"
    assert words.verdict(Verdict.PASS) == "Conforme"
    assert words.number(math.nan) == "—"
