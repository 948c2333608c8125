"""Temporary test settings through the journal, against a simulated charger on 127.0.0.1:
originals journalled before the first write, restore, a crash left open and what repairs it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from app.core.errors import DeviceError, InvalidInput
from app.core.values import Value
from app.drivers.alfen.driver import AlfenCharger, AlfenDriver
from app.store.journal import Journal, journal_dir, open_temporary_runs, read_records
from app.store.journal_model import AsFound, Record, StepStarted
from app.transports.pins import PinStore
from app.workflows.apply import Action, Applier, connector
from app.workflows.temporary_settings import JournalLimitWriter, recover
from tests.workflows.verify_support import (
    REAL_MAXIMUM,
    THREE,
    connected,
    control,
    only_run,
    restored,
    running,
    value_of,
    writer,
)

MAX_METER, EXTERNAL = "2067_0", "212A_0"
DESCRIPTION = (
    f"temporary test setting on {THREE} (hair-dryer test): 2067_0 maximum smart-meter current "
    "12 A, original 25 A"
)


class Witness:
    """The real client, noting what the journal on disk held when each write went out."""

    def __init__(self, client: AlfenCharger, data: Path) -> None:
        self._client = client
        self._directory = journal_dir(data)
        self.on_disk: list[list[Record]] = []

    @property
    def driver(self) -> AlfenDriver:
        return self._client.driver

    async def read(self, keys: Iterable[str]) -> dict[str, Value]:
        return await self._client.read(keys)

    async def write(self, values: Mapping[str, Value]) -> None:
        (path,) = self._directory.glob("*.jsonl")
        self.on_disk.append(read_records(path))
        await self._client.write(values)


def _crash(limits: JournalLimitWriter) -> None:
    """What a killed process leaves: the journal as written so far, no restore."""
    assert limits.journal is not None
    limits.journal.close()


async def test_originals_are_journalled_before_the_first_write_and_restore_closes_the_run(
    tmp_path: Path,
) -> None:
    async with running() as site, connected(site, THREE) as client:
        witness = Witness(client, tmp_path)
        limits = writer(site, witness, tmp_path, THREE)
        await limits.apply({MAX_METER: 12.0})
        assert value_of(site, THREE, "2067_0") == 12.0
        await limits.restore()
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
        await limits.restore()  # idempotent: nothing left to do
    first = witness.on_disk[0]
    assert isinstance(first[1], AsFound) and first[1].values == {"2067_0": REAL_MAXIMUM}
    assert isinstance(first[2], StepStarted) and first[2].values == {"2067_0": 12.0}
    assert restored(tmp_path)
    lines = [json.loads(x) for x in only_run(tmp_path).path.read_text().splitlines()]
    assert {x["schema_version"] for x in lines} == {2}  # an older Commissioner refuses it
    assert lines[0]["purpose"] == "hair-dryer test"
    assert [x["event"] for x in lines][-3:] == ["as_left", "charger_finished", "run_finished"]
    assert lines[-2]["outcome"] == "rolled-back"


async def test_a_crashed_run_is_listed_refused_for_resume_and_rolled_back(
    tmp_path: Path,
) -> None:
    async with running() as site:
        async with connected(site, THREE) as client:
            limits = writer(site, client, tmp_path, THREE)
            await limits.apply({MAX_METER: 12.0})
            _crash(limits)
        run = only_run(tmp_path)
        assert run.needs_attention and run.status == "interrupted"
        assert run.description == DESCRIPTION
        node = site.node(THREE)
        connect = connector(lambda _s: node.charger.password, pins=PinStore())
        with Journal.open(run.path) as journal:
            with pytest.raises(InvalidInput, match="never resumed"):
                await Applier(journal, connect).run(Action.APPLY)
            await Applier(journal, connect).run(Action.ROLLBACK)
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert restored(tmp_path)


async def test_the_next_test_is_refused_until_recover_puts_the_originals_back(
    tmp_path: Path,
) -> None:
    async with running() as site, connected(site, THREE) as client:
        crashed = writer(site, client, tmp_path, THREE)
        await crashed.apply({MAX_METER: 12.0})
        _crash(crashed)
        nxt = writer(site, client, tmp_path, THREE)
        with pytest.raises(InvalidInput, match="must be put back before a new test"):
            await nxt.apply({MAX_METER: 14.0})
        assert value_of(site, THREE, "2067_0") == 12.0  # nothing written, no as-found of 12 A
        notes = await recover(client, journal_dir(tmp_path), THREE)
        assert notes == [f"Put back the {DESCRIPTION} (run {only_run(tmp_path).run_id})."]
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
        assert await recover(client, journal_dir(tmp_path), THREE) == []
        await nxt.apply({MAX_METER: 14.0})
        await nxt.restore()
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert not open_temporary_runs(journal_dir(tmp_path), THREE)


async def test_a_failed_restore_keeps_the_run_open_and_a_retry_closes_it(tmp_path: Path) -> None:
    async with running() as site, connected(site, THREE) as client:
        limits = writer(site, client, tmp_path, THREE)
        await limits.apply({MAX_METER: 12.0})
        await control(site, "/fault", {"serial": THREE, "kind": "reject_write", "text": "busy"})
        with pytest.raises(DeviceError, match="journal rollback") as caught:
            await limits.restore()
        assert only_run(tmp_path).run_id in str(caught.value)
        assert value_of(site, THREE, "2067_0") == 12.0
        run = only_run(tmp_path)
        assert run.status == "failed" and run.needs_attention and limits.pending
        await limits.restore()
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert restored(tmp_path) and not limits.pending


async def test_several_writes_and_a_second_property_are_all_put_back(tmp_path: Path) -> None:
    async with running() as site, connected(site, THREE) as client:
        limits = writer(site, client, tmp_path, THREE, "phase identification")
        for level in (6.0, 13.0, 6.0):
            await limits.apply({EXTERNAL: level})
        await limits.apply({MAX_METER: 20.0})
        _crash(limits)
        run = only_run(tmp_path)
        assert run.description == (
            f"temporary test setting on {THREE} (phase identification): 212A_0 socket 1 "
            "external maximum current 6 A, original 32 A; 2067_0 maximum smart-meter current "
            "20 A, original 25 A"
        )
        await recover(client, journal_dir(tmp_path), THREE)
        assert value_of(site, THREE, "212A_0") == 32.0
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert restored(tmp_path)


async def test_a_property_the_charger_lacks_is_refused_before_any_write(tmp_path: Path) -> None:
    async with running() as site, connected(site, THREE) as client:
        limits = writer(site, client, tmp_path, THREE)
        with pytest.raises(DeviceError, match="has no 312A_0"):
            await limits.apply({"312A_0": 10.0})
        await limits.restore()
    assert restored(tmp_path)  # closed: nothing had been written
