"""The settings backup file: written and read back equal, and any file, broken or hostile, read
into a backup or refused with InvalidInput naming what is wrong (never another error)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.store.backup import (
    Backup,
    BackupSetting,
    dumps_backup,
    loads_backup,
    read_backup,
    write_backup,
)

TAKEN = dt.datetime(2026, 12, 2, 22, 0, 5, tzinfo=dt.UTC)
GOOD = Backup(
    driver="alfen",
    model="NG910-60027",
    serial="ace0000001",
    firmware="7.4.5-4415",
    taken=TAKEN,
    settings=(
        BackupSetting("2062_0", 32.0, "station maximum current", "A", True),
        BackupSetting("2051_0", "ace0000001", "object id (serial)", "", False),
        BackupSetting("2570_0", (1, 2, 255), "measurands", "", True),
        BackupSetting("2185_0", 1, "phase switching", "", None),
        BackupSetting("flag", True),
    ),
    excluded=(("21A1_0", "licence key"),),
)

values = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**64),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.lists(st.integers(0, 65535), max_size=5).map(tuple),
)
settings_strategy = st.builds(
    BackupSetting,
    st.text(min_size=1, max_size=10),
    values,
    st.text(max_size=10),
    st.text(max_size=3),
    st.one_of(st.none(), st.booleans()),
)


def test_a_backup_is_written_and_read_back_equal(tmp_path: Path) -> None:
    path = write_backup(tmp_path / "sub" / "b.json", GOOD)
    assert read_backup(path) == GOOD
    assert not list(path.parent.glob("*.tmp"))


@given(st.lists(settings_strategy, max_size=6))
def test_any_settings_survive_the_round_trip(items: list[BackupSetting]) -> None:
    backup = Backup("v2c", "Trydan", "T1", "2.1.7", TAKEN, tuple(items))
    assert loads_backup(dumps_backup(backup)) == backup


def _mutations() -> st.SearchStrategy[dict[str, Any]]:
    base = json.loads(dumps_backup(GOOD))
    junk = st.one_of(
        st.none(), st.booleans(), st.integers(), st.text(max_size=8), st.just([]), st.just({})
    )
    top = st.sampled_from([*base, "extra"])
    setting_field = st.sampled_from(["key", "name", "unit", "type", "value", "writable"])

    @st.composite
    def mutate(draw: st.DrawFn) -> dict[str, Any]:
        data = json.loads(json.dumps(base))
        if draw(st.booleans()):
            data[draw(top)] = draw(junk)
        else:
            item = data["settings"][draw(st.integers(0, len(data["settings"]) - 1))]
            item[draw(setting_field)] = draw(junk)
        return data  # type: ignore[no-any-return]

    return mutate()


@given(_mutations())
def test_a_damaged_file_is_read_or_refused_with_a_clear_error(data: dict[str, Any]) -> None:
    try:
        backup = loads_backup(json.dumps(data))
    except InvalidInput as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return
    assert backup.model and backup.serial and backup.taken.tzinfo is not None
    assert all(isinstance(s.key, str) and s.key for s in backup.settings)


@given(st.text(max_size=200) | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_arbitrary_text_is_refused_with_invalid_input(text: str) -> None:
    with pytest.raises(InvalidInput):
        loads_backup(text)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "something else"}, "not a settings backup"),
        ({"version": 2}, "version 2"),
        ({"taken": "2026-12-02T22:00:05"}, "UTC offset"),
        ({"model": ""}, "'model'"),
        ({"settings": {"2062_0": 32}}, "'settings' must be a list"),
    ],
)
def test_each_broken_part_is_named(change: dict[str, object], message: str) -> None:
    data = {**json.loads(dumps_backup(GOOD)), **change}
    with pytest.raises(InvalidInput, match=message):
        loads_backup(json.dumps(data))


def test_a_value_not_of_its_type_is_named_with_its_setting() -> None:
    data = json.loads(dumps_backup(GOOD))
    data["settings"][0]["value"] = "thirty-two"
    with pytest.raises(InvalidInput, match=r"setting 1 \(2062_0\).*not of its type 'float'"):
        loads_backup(json.dumps(data))


def test_a_file_that_cannot_be_read_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"b\.json"):
        read_backup(path)
