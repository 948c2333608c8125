"""The report draft read back from the data folder: whatever the file holds, the session
starts (with the visit, or empty with one sentence), never with a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from app.core.report import Header
from app.core.report_visit import Visit, VisitCharger
from app.services.context import build_services
from app.services.report_session import DRAFT_FILE, ReportSession

pytestmark = pytest.mark.gui

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)


def session_over(folder: Path) -> ReportSession:
    return ReportSession(build_services(folder))


def test_a_visit_round_trips_through_the_draft(qtbot: QtBot, tmp_path: Path) -> None:
    session = session_over(tmp_path)
    visit = Visit(
        header=Header(site_name="Dupont", installer_name="Jeanne Martin", date="2026-12-03"),
        chargers=(VisitCharger("ACE0100001"), VisitCharger("ACE0100003")),
        notes="Meter in the garage.",
    )
    session.set_visit(visit)
    text = (session.folder / DRAFT_FILE).read_text(encoding="utf-8")
    assert "findings" not in json.loads(text)  # derived, judged again when read
    again = session_over(tmp_path)
    assert again.load_draft()
    assert again.visit == visit


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=200) | JSON.map(lambda v: json.dumps(v).encode()))
def test_any_draft_file_is_read_or_refused_in_one_sentence(
    qtbot: QtBot, tmp_path: Path, data: bytes
) -> None:
    session = session_over(tmp_path)
    session.folder.mkdir(parents=True, exist_ok=True)
    (session.folder / DRAFT_FILE).write_bytes(data)
    if session.load_draft():
        assert isinstance(session.visit, Visit)
    else:
        assert session.problem == "The saved draft could not be read; starting a new one."
        assert session.visit == Visit()
