"""`verify-alb`, `phase-id`, `verify-restore`: the live verifications from the terminal.

The flows are the GUI's; only the Prompter differs: questions on stdout, answers on stdin
("c" or end of input cancels). Exit codes: 0 passed/identified, 2 failed/refused, 1 error.
Temporary settings go through the commissioning journal (`<data dir>/journals`): a test first
puts back what an interrupted earlier test left on the charger; `verify-restore HOST` does only
that (the same as `journal rollback RUN` for each such run of that charger).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from app.commands.common import (
    AMPS,
    TIME_SCALE,
    add_host_arguments,
    bounded,
    data_dir,
    run_with_client,
    seconds,
)
from app.core.endpoints import Endpoint
from app.core.errors import InvalidInput
from app.core.phase_id import PhaseIdStatus
from app.core.prompter import Cancelled, NumberQuestion
from app.drivers.base import ChargerClient
from app.store.journal import journal_dir
from app.store.report_results import phase_id_test, save_result
from app.store.verification import save_report
from app.workflows.hairdryer import HairDryerTiming
from app.workflows.hairdryer_power import hair_dryer_test
from app.workflows.phase_id import PhaseProbe, ProbeSettings
from app.workflows.sampling import SerialClient
from app.workflows.temporary_settings import JournalLimitWriter, recover

_CANCEL_WORDS = {"c", "cancel", "q", "quit"}


class TerminalPrompter:
    """Asks on a text stream; a daemon thread reads lines so sampling goes on meanwhile."""

    def __init__(self, stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
        self._in = stdin or sys.stdin
        self._out = stdout or sys.stdout
        self._lines: asyncio.Queue[str | None] | None = None

    def _say(self, text: str, end: str = "\n") -> None:
        print(text, end=end, file=self._out, flush=True)

    async def _line(self, prompt: str) -> str:
        if self._lines is None:
            self._lines = asyncio.Queue()
            loop, queue = asyncio.get_running_loop(), self._lines

            def pump() -> None:
                try:
                    for line in self._in:
                        loop.call_soon_threadsafe(queue.put_nowait, line)
                    loop.call_soon_threadsafe(queue.put_nowait, None)
                except RuntimeError:  # the loop closed while a line was being read: exiting
                    return

            threading.Thread(target=pump, name="stdin", daemon=True).start()
        self._say(prompt, end=" ")
        line = await self._lines.get()
        if line is None or line.strip().lower() in _CANCEL_WORDS:
            raise Cancelled("Cancelled at the terminal.")
        return line.strip()

    async def ask_number(self, key: str, text: str, question: NumberQuestion) -> float:
        hint = f" [{question.default:g}]" if question.default is not None else ""
        while True:
            answer = await self._line(f"{text}{hint} ({question.unit or 'number'}, c cancels):")
            if not answer and question.default is not None:
                return question.default
            try:
                number = float(answer.replace(",", "."))
            except ValueError:
                self._say(f"'{answer}' is not a number.")
                continue
            try:
                return question.check(number, key)
            except InvalidInput as exc:
                self._say(str(exc))

    async def confirm(self, key: str, text: str) -> bool:
        while True:
            answer = (await self._line(f"{text} [Y/n]")).lower()
            if answer in ("", "y", "yes"):
                return True
            if answer in ("n", "no"):
                return False

    async def choose(self, key: str, text: str, options: Sequence[str]) -> int:
        for n, option in enumerate(options, start=1):
            self._say(f"  {n}. {option}")
        while True:
            answer = await self._line(f"{text} (1–{len(options)}):")
            if answer.isdigit() and 1 <= int(answer) <= len(options):
                return int(answer) - 1

    async def inform(self, key: str, text: str) -> None:
        self._say(text)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "verify-alb",
        help="run the hair-dryer test of active load balancing (guided, in the terminal)",
        description="Check the meter against a clamp meter, lower the maximum meter current "
        "for the test, switch a test load on and judge the charger's reaction. The real "
        "maximum is always put back. A charger that keeps a contracted power (V2C Trydan) "
        "gets the test of its dynamic power control instead: a temporary contracted power, "
        "put back the same way. Exit 0 when the test passes, 2 when it fails.",
    )
    _common(p)
    p.add_argument("--report-dir", help="where to save the result and plot (default: data dir)")
    p.set_defaults(handler=cmd_verify_alb)

    p = sub.add_parser(
        "phase-id",
        help="find which grid phase each of the charger's phases lands on (EV charging)",
        description="Step the socket's external maximum current while an EV charges and read "
        "the grid meter. Exit 0 when the wiring is identified, 2 when partial or refused.",
    )
    _common(p)
    p.add_argument("--low", type=AMPS, default=6.0, help="lower step, A (default 6)")
    p.add_argument("--high", type=AMPS, default=13.0, help="upper step, A (default 13)")
    p.add_argument(
        "--steps",
        type=bounded(int, 2, 100, "a step count"),
        default=6,
        help="number of held levels (default 6)",
    )
    p.add_argument("--dwell", type=seconds, default=15.0, help="seconds per level (default 15)")
    p.add_argument("--report-dir", help="where to save the result (default: data dir)")
    p.set_defaults(handler=cmd_phase_id)

    p = sub.add_parser(
        "verify-restore",
        help="put back settings an interrupted test left changed on a charger",
        description="Roll back every run of temporary test settings that an interrupted "
        "verify-alb or phase-id left open on this charger (as `journal rollback RUN` does).",
    )
    add_host_arguments(p)
    p.set_defaults(handler=cmd_verify_restore)


def _common(p: argparse.ArgumentParser) -> None:
    add_host_arguments(p)
    p.add_argument("--socket", type=int, default=1, choices=(1, 2))
    p.add_argument(
        "--rate",
        type=bounded(float, 0.1, 50, "samples per second"),
        default=4.0,
        help="samples per second (default 4)",
    )
    p.add_argument(
        "--time-scale",
        type=TIME_SCALE,
        default=1.0,
        help="divide every wait by this (for a simulated site running faster)",
    )


async def _writer(raw: ChargerClient, args: argparse.Namespace, purpose: str) -> JournalLimitWriter:
    """Put back what an interrupted test left, then a journalled writer for this test."""
    serial, client, journals = raw.identity.serial, SerialClient(raw), journal_dir(data_dir(args))
    for note in await recover(client, journals, serial):
        print(note, flush=True)
    address = str(Endpoint.parse(args.host))
    return JournalLimitWriter(client, journals, serial=serial, address=address, purpose=purpose)


def report_dir(args: argparse.Namespace) -> Path:
    """Where results go: --report-dir, else `reports` in the data folder (the report reads it)."""
    return Path(args.report_dir) if args.report_dir else data_dir(args) / "reports"


def cmd_verify_alb(args: argparse.Namespace) -> int:
    if args.time_scale <= 0:
        raise InvalidInput("--time-scale must be greater than 0.")
    reports = report_dir(args)

    async def body(raw: ChargerClient) -> int:
        limits = await _writer(raw, args, "hair-dryer test")
        test = hair_dryer_test(
            limits.client,
            TerminalPrompter(),
            limits,
            serial=limits.serial,
            socket=args.socket,
            timing=HairDryerTiming().scaled(args.time_scale),
            rate_hz=args.rate,
        )
        result = await test.run()
        for path in save_report(result, reports):
            print(f"Saved {path}")
        return 0 if result.verdict.passed else 2

    return run_with_client(args, body)


def cmd_phase_id(args: argparse.Namespace) -> int:
    settings = ProbeSettings(args.socket, args.low, args.high, args.steps, args.dwell)
    if args.time_scale <= 0:
        raise InvalidInput("--time-scale must be greater than 0.")

    async def body(raw: ChargerClient) -> int:
        limits = await _writer(raw, args, "phase identification")
        probe = PhaseProbe(
            limits.client,
            TerminalPrompter(),
            limits,
            serial=limits.serial,
            settings=settings.scaled(args.time_scale),
            rate_hz=args.rate,
        )
        found = await probe.run()
        saved = save_result(limits.serial, phase_id_test(found), report_dir(args))
        print(f"Saved {saved}")
        return 0 if found.result.status is PhaseIdStatus.IDENTIFIED else 2

    return run_with_client(args, body)


def cmd_verify_restore(args: argparse.Namespace) -> int:
    async def body(raw: ChargerClient) -> int:
        serial = raw.identity.serial
        notes = await recover(SerialClient(raw), journal_dir(data_dir(args)), serial)
        print("\n".join(notes) or f"Nothing to put back on {serial}.")
        return 0

    return run_with_client(args, body)
