"""Headless commands over the same layers as the GUI; each command is a thin layer."""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
import time
import types
from collections.abc import Callable

from app import __version__
from app.core.errors import CommissionerError

# Each module registers the sub-commands named beside it; order is the order of `--help`. A
# command line naming one of them imports only that module (start-up stays short), anything
# else (`--help`, a typo) imports them all. tests/cli/test_startup.py holds the names true.
COMMANDS: dict[str, tuple[str, ...]] = {
    "app.commands.device": ("info", "get", "set", "props", "reboot"),
    "app.commands.meter": ("meter", "presets"),
    "app.commands.simulate": ("simulate",),
    "app.commands.apply": ("apply", "journal"),
    "app.commands.discover": ("discover",),
    "app.commands.verify": ("verify-alb", "phase-id", "verify-restore"),
    "app.commands.scn": ("scn",),
    "app.commands.certificate": ("certificate",),
    "app.commands.support": ("support-bundle",),
    "app.commands.clock": ("clock",),
    "app.commands.backup": ("backup", "restore"),
    "app.commands.firmware": ("firmware",),
    "app.commands.report": ("report",),
    "app.commands.ocpp": ("ocpp",),
}
# Options of the program itself that take a value (they may come before the command's name).
_VALUED_OPTIONS = ("--data-dir", "--quit-after")

Handler = Callable[[argparse.Namespace], int]


def build_parser(command: str | None = None, *, commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; with `command`, only the module that registers it is imported; without
    `commands`, none (enough for `--version`)."""
    parser = argparse.ArgumentParser(
        prog="commissioner",
        description="Commission EV chargers: discover, configure, verify. "
        "Without a sub-command the desktop program opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the GUI on the simulated site")
    parser.add_argument("--data-dir", help="where settings, journals and pins live")
    parser.add_argument(
        "--quit-after",
        type=_positive_seconds,
        metavar="SECONDS",
        help="close the desktop program after SECONDS (used by the packaged-build smoke test)",
    )
    # Hidden: a packaged build checks that its bundled libraries load (app/bundle/selfcheck.py).
    parser.add_argument("--self-check", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _modules_for(command) if commands else ():
        importlib.import_module(name).register(sub)
    return parser


def _modules_for(command: str | None) -> list[str]:
    owners = [module for module, names in COMMANDS.items() if command in names]
    return owners or list(COMMANDS)


def command_name(argv: list[str]) -> str | None:
    """The sub-command `argv` names, if any: its first word that is not an option or the value
    of one of the program's own options."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _VALUED_OPTIONS:
            skip = True
        elif word == "--":
            return None
        elif not word.startswith("-"):
            return word
    return None


def _positive_seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {text!r}")
    return seconds


def _setup_logging(verbosity: int) -> None:
    level = logging.WARNING - 10 * min(verbosity, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("pymodbus").setLevel(max(level, logging.WARNING))


def _timed(handler: Handler, args: argparse.Namespace) -> int:
    """Run the command; with $COMMISSIONER_TIMING set, say on stderr how long it took without
    the start-up (tests/bench/bench_cli.py puts it beside the whole process's time)."""
    if not os.environ.get("COMMISSIONER_TIMING"):
        return handler(args)
    start = time.perf_counter()
    try:
        return handler(args)
    finally:
        print(f"timing: command {(time.perf_counter() - start) * 1000:.1f} ms", file=sys.stderr)


def without_httpx_command_line() -> None:
    """httpx imports its own command-line client at import time, and that client imports
    rich, click and pygments when they are installed (development tools bring them): a tenth
    of a second of every command's start for a client this program never runs. An empty module in
    its place keeps them out; `httpx.main` then only says it is not available."""
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    stub = types.ModuleType("httpx._main")

    def main() -> None:
        raise SystemExit("The httpx command line client is not part of Commissioner.")

    stub.main = main  # type: ignore[attr-defined]
    sys.modules["httpx._main"] = stub


def run(argv: list[str]) -> int:
    """Parse `argv`, run the command, turn known errors into a message and exit code 1."""
    without_httpx_command_line()
    command = command_name(argv)
    # Without a command (the desktop program, --version) no command module is needed, except
    # for --help, which lists them all.
    wanted = command is not None or any(word in ("-h", "--help") for word in argv)
    parser = build_parser(command, commands=wanted)
    args = parser.parse_args(argv)
    if not gc.isenabled():  # disabled by app.__main__ for the start-up of a process
        gc.freeze()  # what start-up loaded stays: later collections need not walk it
        gc.enable()
    _setup_logging(args.verbose)
    if args.self_check:
        from app.bundle.selfcheck import run_self_check

        return run_self_check(args)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from app.commands.gui import run_gui

        return run_gui(args)
    try:
        return _timed(handler, args)
    except CommissionerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
