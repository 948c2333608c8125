"""When the SCN overview says a socket is paused, and until when (guide §6.5)."""

from __future__ import annotations

from app.core.scn_view import MemberView, SocketStatus, SocketView, paused_sockets

PERIOD = 900.0


def member(serial: str, *currents: float) -> MemberView:
    sockets = tuple(
        SocketView(n, n - 1, None, "", (amps, amps, amps)) for n, amps in enumerate(currents, 1)
    )
    return MemberView(serial, "", "PARK", len(currents), "", False, sockets)


def waiting() -> SocketStatus:
    return SocketStatus("power off", limit=0.0, ev_waiting=True)


def charging(amps: float) -> SocketStatus:
    return SocketStatus("charging", (amps, amps, amps), limit=amps)


def test_alternation_ends_one_period_after_the_pause_was_first_seen() -> None:
    rows = [member("a", 0.0), member("b", 7.0)]
    seen: dict[tuple[str, int], float] = {}
    first = paused_sockets(rows, [[waiting()], [charging(7)]], [PERIOD] * 2, seen, 1000.0)
    again = paused_sockets(rows, [[waiting()], [charging(7)]], [PERIOD] * 2, seen, 1003.0)
    assert [(p.serial, p.until) for p in first] == [("a", 1000.0 + PERIOD)]
    assert [(p.serial, p.until) for p in again] == [("a", 1000.0 + PERIOD)]  # not moved on


def test_nothing_charging_is_not_alternation_and_has_no_end() -> None:
    rows = [member("a", 0.0), member("b", 0.0)]
    seen: dict[tuple[str, int], float] = {}
    paused = paused_sockets(rows, [[waiting()], [waiting()]], [PERIOD] * 2, seen, 50.0)
    assert [(p.serial, p.until) for p in paused] == [("a", None), ("b", None)]


def test_a_pause_that_ended_is_forgotten() -> None:
    rows = [member("a", 0.0), member("b", 7.0)]
    seen: dict[tuple[str, int], float] = {}
    paused_sockets(rows, [[waiting()], [charging(7)]], [PERIOD] * 2, seen, 0.0)
    rows = [member("a", 6.0), member("b", 6.0)]
    assert paused_sockets(rows, [[charging(6)], [charging(6)]], [PERIOD] * 2, seen, 10.0) == ()
    assert seen == {}


def test_a_socket_paused_later_in_the_window_resumes_with_the_others() -> None:
    rows = [member("a", 0.0, 0.0), member("b", 7.0)]
    seen: dict[tuple[str, int], float] = {}
    statuses = [[waiting(), charging(7)], [charging(7)]]
    paused_sockets([member("a", 0.0, 7.0), rows[1]], statuses, [PERIOD] * 2, seen, 100.0)
    statuses = [[waiting(), waiting()], [charging(7)]]  # the household took more: one more
    later = paused_sockets(rows, statuses, [PERIOD] * 2, seen, 400.0)
    assert [(p.number, p.until) for p in later] == [(1, 100.0 + PERIOD), (2, 100.0 + PERIOD)]


def test_a_pause_that_lasts_into_the_next_window_ends_with_that_window() -> None:
    rows = [member("a", 0.0), member("b", 7.0)]
    seen: dict[tuple[str, int], float] = {}
    statuses = [[waiting()], [charging(7)]]
    paused_sockets(rows, statuses, [PERIOD] * 2, seen, 0.0)
    (late,) = paused_sockets(rows, statuses, [PERIOD] * 2, seen, PERIOD + 5.0)
    assert late.until == 2 * PERIOD  # never a time already past
