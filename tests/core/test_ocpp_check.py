"""Findings and verdict of the back-office check (app/core/ocpp_check.py)."""

from __future__ import annotations

from app.core.ocpp_check import (
    CheckFacts,
    Reachability,
    boot_words,
    findings,
    reserved_name,
    verdict,
)


def event(what: str, identity: str = "ACE1", **detail: object) -> dict[str, object]:
    return {"at": 0.0, "identity": identity, "what": what, **detail}


GOOD = [
    event("Connected"),
    event("BootNotification", charge_point_model="NG910-60027", answer="Accepted"),
    event("StatusNotification", connector=0, status="Available"),
    event("StatusNotification", connector=1, status="Available"),
    event("Heartbeat"),
]


def test_a_good_exchange_passes() -> None:
    passed, summary = verdict(findings(CheckFacts("ACE1", GOOD, restored=True)))
    assert passed and "registers" in summary


def test_another_identity_a_duplicate_and_no_heartbeat_each_fail() -> None:
    timeline = [
        event("Connected", "ACE9"),
        event("DuplicateIdentity", "ACE9"),
        event("BootNotification", "ACE9", charge_point_model="NG910-60027"),
        event("StatusNotification", "ACE9", connector=1, status="Available"),
    ]
    passed, summary = verdict(findings(CheckFacts("ACE1", timeline, restored=True, sockets=2)))
    assert not passed
    assert "connected as ACE9, not as its configured identity ACE1" in summary
    assert "two chargers share it" in summary
    assert "no heartbeat" in summary and "connector(s) 2" in summary


def test_nothing_arrived_and_not_restored() -> None:
    passed, summary = verdict(findings(CheckFacts("ACE1", [], restored=False)))
    assert not passed
    assert "no boot notification" in summary and "could not be confirmed back" in summary


def test_words_for_boot_states_and_reachability() -> None:
    assert boot_words(3).startswith("rejected")
    assert boot_words(9) == "code 9, not one the tool knows"
    assert boot_words(None).startswith("unknown")
    assert Reachability("", checked=False).words() == "no back-office URL is set"
    down = Reachability("ws://x:81/o", "x", 81, ("10.0.0.2",), connect_error="refused")
    assert down.words() == "x is 10.0.0.2, but port 81 does not answer (refused)"


def test_reserved_example_names_never_resolve() -> None:
    assert reserved_name("backoffice.example") and reserved_name("CPO.INVALID.")
    assert reserved_name("test") and not reserved_name("backoffice.example.com")
    assert not reserved_name("ocpp.cpo.nl")
