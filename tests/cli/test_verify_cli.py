"""`verify-alb`, `phase-id` and `verify-restore` as subprocesses against a simulated site,
answering in the terminal like an installer; and a crash (SIGKILL) in the middle of a test."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from app.sim.runner import SimulatedSite
from tests.protocol.verify_support import (
    REAL_MAXIMUM,
    THREE,
    control,
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
    async def start(cls, site: SimulatedSite, data: Path, *args: str) -> Terminal:
        endpoint = site.node(THREE).endpoint()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "COMMISSIONER_PASSWORD": "three-pass-3"}
        proc = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "app", "--data-dir", str(data), *args, str(endpoint["https"])),
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


async def test_a_crash_mid_test_is_repaired_by_verify_restore(tmp_path: Path) -> None:
    async with running() as site:
        term = await Terminal.start(site, tmp_path, "verify-alb", "--time-scale", "10")
        await _answer_baseline(term)
        await term.expect("start a charging session")
        assert value_of(site, THREE, "2067_0") == 12.0  # the temporary maximum is in force
        term.proc.kill()  # SIGKILL: no finally, no restore
        await term.proc.wait()
        record = tmp_path / "pending-restore" / f"{THREE}.json"
        assert json.loads(record.read_text())["originals"] == {"2067_0": REAL_MAXIMUM}
        assert value_of(site, THREE, "2067_0") == 12.0
        await until(lambda: not site.node(THREE).api.busy, "the killed client's session to end")
        restore = await Terminal.start(site, tmp_path, "verify-restore")
        code = await restore.finish()
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert code == 0, restore.seen + restore.errors
    assert "put back 2067_0 = 25.0" in restore.seen
    assert not record.exists()


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
    assert not (tmp_path / "pending-restore" / f"{THREE}.json").exists()


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
