"""A back-office check saved by the check (app.store.ocpp_checks) is read back for the report,
and its result stands in the charger's part of the PDF."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.ocpp_check import CheckFacts, CheckResult, Finding, PassiveResult, Reachability
from app.core.report import ChargerReport, Verdict
from app.core.report_judge import charger_verdicts
from app.store.ocpp_checks import save_check
from app.store.report_results import backoffice_test, load_results

URL = "ws://127.0.0.1:9000/ocpp"


def _check(passed: bool, temporary: bool) -> CheckResult:
    passive = PassiveResult(URL, "GARAGE-1", 2, 300, Reachability(URL, "127.0.0.1", 9000))
    facts = (
        CheckFacts(
            "GARAGE-1",
            timeline=[{"at": 0.4, "identity": "GARAGE-1", "what": "BootNotification"}],
            keys={"HeartbeatInterval": "300", "AuthorizationKey": None},
            restored=True,
        )
        if temporary
        else None
    )
    items = [Finding(True, "boot notification from NG910"), Finding(passed, "2 heartbeat(s)")]
    return CheckResult(
        "ace0100001", "2026-12-03T05:00:00Z", passive, facts, items, passed, "summary words"
    )


def test_a_saved_check_is_the_chargers_back_office_test(tmp_path: Path) -> None:
    save_check(_check(passed=False, temporary=True), tmp_path)
    (test,) = load_results(tmp_path, "ACE0100001").backoffice
    assert not test.passed and test.temporary and test.keys_read == 2
    assert test.url == URL and test.identity == "GARAGE-1"
    assert test.findings == ("2 heartbeat(s)",)  # only what did not pass
    assert test.timeline == ("0.4 s: BootNotification GARAGE-1",)
    verdicts = charger_verdicts(ChargerReport("ace0100001", backoffice=(test,)))
    assert verdicts["backoffice"] is Verdict.FAIL


def test_a_passive_check_used_no_central_system(tmp_path: Path) -> None:
    save_check(_check(passed=True, temporary=False), tmp_path)
    (test,) = load_results(tmp_path, "ace0100001").backoffice
    assert test.passed and not test.temporary and test.keys_read == 0


LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
JSONISH = st.recursive(
    LEAVES,
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=4),
    max_leaves=12,
)


@settings(deadline=None)
@given(JSONISH)
def test_any_result_body_is_read_or_refused_in_one_line(body: object) -> None:
    try:
        backoffice_test(body)
    except InvalidInput as exc:
        assert "\n" not in str(exc)


def test_odd_values_inside_a_result_are_left_out() -> None:
    body = {"passed": True, "temporary": {"configuration": 5, "timeline": 3}, "findings": "x"}
    test = backoffice_test(body)
    assert test.passed and test.keys_read == 0 and test.timeline == () and test.findings == ()
