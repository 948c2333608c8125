"""The driver a run names: recorded in its first line, used to type every value it read back;
journals written before the tag existed are the Alfen driver's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.plan import ChargerPlan, Plan
from app.drivers.alfen.properties import PropertyId
from app.store.journal import Journal, journal_dir, list_runs
from app.store.journal_model import AsFound, StepStarted, encode_values
from app.store.temporary_run import applied_steps, describe, temporary_plan

PLAN = Plan("one", (ChargerPlan("V1", "http://127.0.0.1:1", station_max_current=20),))


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_an_alfen_run_names_its_driver_and_stays_readable_by_older_versions(
    tmp_path: Path,
) -> None:
    with Journal.create(journal_dir(tmp_path), PLAN) as journal:
        journal.append(AsFound("V1", encode_values({PropertyId.parse("2062_0").wire: 32.0})))
    lines = _lines(journal.path)
    assert lines[0]["driver"] == "alfen"
    assert {x["schema_version"] for x in lines} == {1}  # version 1 ignores the extra field


def test_a_journal_written_before_the_tag_is_read_as_the_alfen_driver(tmp_path: Path) -> None:
    key = PropertyId.parse("2062_0").wire
    with Journal.create(journal_dir(tmp_path), PLAN) as journal:
        journal.append(AsFound("V1", encode_values({key: 32})))
    lines = _lines(journal.path)
    del lines[0]["driver"]
    journal.path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    with Journal.open(journal.path) as old:
        assert old.state.driver == "alfen"
        assert old.state.chargers["V1"].as_found == {key: 32.0}  # typed as Alfen's float
        old.append(StepStarted("V1", "apply", 0, "limits"))
    assert _lines(journal.path)[-1]["schema_version"] == 1
    assert list_runs(journal_dir(tmp_path))[0].driver == "alfen"


def test_a_trydan_run_is_typed_by_its_driver_and_refused_by_older_versions(
    tmp_path: Path,
) -> None:
    with Journal.create(journal_dir(tmp_path), PLAN, driver="v2c") as journal:
        journal.append(AsFound("V1", encode_values({"MaxIntensity": 32, "ID": "V1"})))
    assert {x["schema_version"] for x in _lines(journal.path)} == {3}
    state = Journal.open(journal.path).state
    assert state.driver == "v2c"
    found = state.chargers["V1"].as_found
    assert found == {"MaxIntensity": 32, "ID": "V1"}
    assert found is not None and isinstance(found["MaxIntensity"], int)
    steps = applied_steps(state, "V1")  # the Trydan's steps: keywords, no reboot needed
    assert ("MaxIntensity", 20) in [pair for step in steps for pair in step.values]
    [summary] = list_runs(journal_dir(tmp_path))
    assert (summary.driver, summary.damaged) == ("v2c", False)


def test_a_temporary_trydan_run_is_described_in_its_driver_s_words(tmp_path: Path) -> None:
    plan = temporary_plan("V1", "http://127.0.0.1:1", "hair-dryer test")
    directory = journal_dir(tmp_path)
    with Journal.create(directory, plan, driver="v2c", purpose="hair-dryer test") as journal:
        journal.append(AsFound("V1", encode_values({"ContractedPower": 5750})))
        journal.append(StepStarted("V1", "apply", 0, "temporary", {"ContractedPower": 2300}))
    assert {x["schema_version"] for x in _lines(journal.path)} == {3}
    text = describe(Journal.open(journal.path).state)
    assert "ContractedPower Contracted power 2300 W, original 5750 W" in text


def test_a_run_of_a_driver_this_version_lacks_is_listed_as_unreadable(tmp_path: Path) -> None:
    with Journal.create(journal_dir(tmp_path), PLAN, driver="v2c") as journal:
        pass
    lines = _lines(journal.path)
    lines[0]["driver"] = "wallbox"
    journal.path.write_text(json.dumps(lines[0]) + "\n", encoding="utf-8")
    [summary] = list_runs(journal_dir(tmp_path))
    assert summary.damaged and summary.serials == ("V1",)
    assert "No driver for 'wallbox'" in summary.description
    with pytest.raises(InvalidInput, match="No driver for 'wallbox'"):
        Journal.open(journal.path)


def test_a_run_is_not_started_for_an_unknown_driver(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="No driver for 'wallbox'"):
        Journal.create(journal_dir(tmp_path), PLAN, driver="wallbox")
    assert list_runs(journal_dir(tmp_path)) == []
