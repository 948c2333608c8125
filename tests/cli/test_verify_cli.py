"""`verify-alb`, `phase-id` and `verify-restore` as subprocesses against a simulated site,
answering in the terminal like an installer; and a crash (SIGKILL) in the middle of a test,
repaired from the journal by `journal rollback`, by the next test, or by `verify-restore`."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from app.sim.runner import SimulatedSite
from tests.workflows.verify_support import (
    REAL_MAXIMUM,
    THREE,
    control,
    only_run,
    restored,
    running,
    until,
    value_of,
)

ROOT = Path(__file__).resolve().parents[2]


class Terminal:
    """A CLI subprocess driven through its stdin/stdout."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.seen = ""

    @classmethod
    async def start(
        cls, site: SimulatedSite, data: Path, *args: str, host: bool = True
    ) -> Terminal:
        endpoint = site.node(THREE).endpoint()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "COMMISSIONER_PASSWORD": "three-pass-3"}
        target = (str(endpoint["https"]),) if host else ()
        proc = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "app", "--data-dir", str(data), *args, *target),
            cwd=ROOT,
            env=env,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        return cls(proc)

    async def expect(self, text: str, within: float = 20.0) -> None:
        """Read output until `text` appears (prompts end without a newline)."""
        assert self.proc.stdout is not None
        async with asyncio.timeout(within):
            while text not in self.seen:
                chunk = await self.proc.stdout.read(4096)
                if not chunk:
                    raise AssertionError(f"exited before '{text}'; output:\n{self.seen}")
                self.seen += chunk.decode()

    def answer(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{line}\n".encode())

    async def finish(self, within: float = 30.0) -> int:
        assert self.proc.stdout is not None and self.proc.stderr is not None
        async with asyncio.timeout(within):
            rest, errors = await asyncio.gather(self.proc.stdout.read(), self.proc.stderr.read())
            self.seen += rest.decode()
            self.errors = errors.decode()
            return await self.proc.wait()


async def _answer_baseline(term: Terminal) -> None:
    for phase, amps in ((1, 4), (2, 3), (3, 3)):
        await term.expect(f"on L{phase}, in A?")
        term.answer(str(amps))
    await term.expect("test load (hair dryer)")
    term.answer("")  # the default 9 A
    await term.expect("Accept, or type another value")
    term.answer("")  # the proposal


async def test_verify_alb_in_the_terminal_passes_and_saves_the_report(tmp_path: Path) -> None:
    async with running() as site:
        term = await Terminal.start(
            site, tmp_path, "verify-alb", "--time-scale", "10", "--rate", "8"
        )
        await _answer_baseline(term)
        await term.expect("start a charging session")
        await control(site, "/ev", {"serial": THREE, "socket": 1, "phases": 3, "max_current": 16})
        term.answer("y")
        await term.expect("Switch the test load (9 A) on now")
        await control(site, "/load", {"name": "hair dryer", "on": True})
        term.answer("")
        code = await term.finish()
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert code == 0, term.seen + term.errors
    assert "PASS" in term.seen
    reports = list((tmp_path / "reports").glob("*.json"))
    assert len(reports) == 1
    report = json.loads(reports[0].read_text())
    assert report["schema_version"] == 1 and report["verdict"]["passed"] is True
    assert report["verdict"]["test_maximum"] == 12.0
    assert len(report["series"]["meter L2"]["y"]) > 20
    svg = reports[0].with_suffix(".svg").read_text()
    assert svg.startswith("<svg") and "test load on" in svg


DESCRIPTION = (
    f"temporary test setting on {THREE} (hair-dryer test): 2067_0 maximum smart-meter current "
    "12 A, original 25 A"
)


async def _killed_mid_hair_dryer_test(site: SimulatedSite, data: Path) -> None:
    """verify-alb SIGKILLed while the temporary maximum is in force: no finally, no restore."""
    term = await Terminal.start(site, data, "verify-alb", "--time-scale", "10")
    await _answer_baseline(term)
    await term.expect("start a charging session")
    assert value_of(site, THREE, "2067_0") == 12.0  # the temporary maximum is in force
    term.proc.kill()
    await term.proc.wait()
    await until(lambda: not site.node(THREE).api.busy, "the killed client's session to end")


async def test_a_crash_mid_test_is_listed_and_undone_by_journal_rollback(tmp_path: Path) -> None:
    async with running() as site:
        await _killed_mid_hair_dryer_test(site, tmp_path)
        assert value_of(site, THREE, "2067_0") == 12.0
        listing = await Terminal.start(site, tmp_path, "journal", "list", host=False)
        assert await listing.finish() == 0, listing.errors
        run_id = only_run(tmp_path).run_id
        assert f"{run_id}  interrupted  1 charger(s)  {DESCRIPTION}" in listing.seen
        assert (
            f"needs attention: Put the original settings back: roll it back with "
            f"`commissioner journal rollback {run_id}`" in listing.seen
        )
        show = await Terminal.start(site, tmp_path, "journal", "show", run_id, host=False)
        assert await show.finish() == 0, show.errors
        assert "2067_0 (maximum smart-meter current): as found 25, temporary 12, as left ?" in (
            show.seen
        )
        resume = await Terminal.start(site, tmp_path, "journal", "resume", run_id, host=False)
        assert await resume.finish() == 1
        assert "never resumed" in resume.errors
        rollback = await Terminal.start(site, tmp_path, "journal", "rollback", run_id, host=False)
        code = await rollback.finish()
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert code == 0, rollback.seen + rollback.errors
    assert f"Run {run_id}: rolled back." in rollback.seen
    assert restored(tmp_path)


async def test_a_crash_mid_test_is_repaired_by_verify_restore(tmp_path: Path) -> None:
    async with running() as site:
        await _killed_mid_hair_dryer_test(site, tmp_path)
        restore = await Terminal.start(site, tmp_path, "verify-restore")
        code = await restore.finish()
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
        again = await Terminal.start(site, tmp_path, "verify-restore")
        assert await again.finish() == 0
    assert code == 0, restore.seen + restore.errors
    assert f"Put back the {DESCRIPTION} (run {only_run(tmp_path).run_id})." in restore.seen
    assert f"Nothing to put back on {THREE}." in again.seen
    assert restored(tmp_path)


async def test_a_killed_phase_id_is_put_back_by_the_next_test(tmp_path: Path) -> None:
    async with running() as site:
        args = ("phase-id", "--steps", "4", "--dwell", "300", "--time-scale", "10")
        probe = await Terminal.start(site, tmp_path, *args)
        await probe.expect("start a session")
        await control(site, "/ev", {"serial": THREE, "socket": 1, "phases": 3, "max_current": 16})
        probe.answer("y")
        await until(lambda: value_of(site, THREE, "212A_0") == 6.0, "the first step", 20.0)
        probe.proc.kill()
        await probe.proc.wait()
        await until(lambda: not site.node(THREE).api.busy, "the killed client's session to end")
        term = await Terminal.start(site, tmp_path, "verify-alb", "--time-scale", "10")
        await term.expect("on L1, in A?")
        assert value_of(site, THREE, "212A_0") == 32.0  # put back before the test began
        term.answer("c")
        code = await term.finish()
    assert code == 1 and "Cancelled" in term.errors
    assert (
        f"Put back the temporary test setting on {THREE} (phase identification): 212A_0 "
        "socket 1 external maximum current 6 A, original 32 A" in term.seen
    )
    assert restored(tmp_path)  # the probe's run; the cancelled test wrote nothing


async def test_cancel_in_the_terminal_puts_the_maximum_back(tmp_path: Path) -> None:
    async with running() as site:
        term = await Terminal.start(site, tmp_path, "verify-alb", "--time-scale", "10")
        await _answer_baseline(term)
        await term.expect("start a charging session")
        term.answer("c")
        code = await term.finish()
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert code == 1
    assert "Cancelled" in term.errors
    assert restored(tmp_path)


async def test_phase_id_in_the_terminal_finds_a_rotated_charger(tmp_path: Path) -> None:
    async with running() as site:
        await control(site, "/wiring", {"serial": THREE, "socket": 1, "mapping": "L2L3L1"})
        args = ("phase-id", "--steps", "4", "--dwell", "12", "--time-scale", "10", "--rate", "8")
        term = await Terminal.start(site, tmp_path, *args)
        await term.expect("start a session")
        await control(site, "/ev", {"serial": THREE, "socket": 1, "phases": 3, "max_current": 16})
        term.answer("y")
        code = await term.finish()
        assert value_of(site, THREE, "212A_0") == 32.0
    assert code == 0, term.seen + term.errors
    assert "IDENTIFIED" in term.seen and "grid L2L3L1" in term.seen
    assert "contradicts" in term.seen  # configured L1L2L3
