"""Start-up: a command imports only what it needs, and the command table tells the truth."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import app
from app.cli import COMMANDS, build_parser, command_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("module", list(COMMANDS))
def test_each_module_registers_exactly_the_commands_the_table_names(module: str) -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    importlib.import_module(module).register(sub)
    assert tuple(sub.choices) == COMMANDS[module]


def test_no_command_name_is_claimed_twice() -> None:
    names = [name for names in COMMANDS.values() for name in names]
    assert len(names) == len(set(names))


def test_every_command_module_is_in_the_table() -> None:
    on_disk = {
        f"app.commands.{path.stem}"
        for path in (ROOT / "app" / "commands").glob("*.py")
        if "def register(" in path.read_text(encoding="utf-8")
    }
    assert on_disk == set(COMMANDS)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["get", "host", "2069_0"], "get"),
        (["--data-dir", "get", "info", "host"], "info"),
        (["--data-dir=x", "-v", "props", "host"], "props"),
        (["--quit-after", "2", "--demo"], None),
        (["--version"], None),
        (["--", "get"], None),
        ([], None),
    ],
)
def test_the_command_name_is_found_past_the_programs_own_options(
    argv: list[str], expected: str | None
) -> None:
    assert command_name(argv) == expected


def test_a_parser_for_one_command_still_parses_it() -> None:
    args = build_parser("get").parse_args(["get", "127.0.0.1", "2069_0"])
    assert args.command == "get"
    assert callable(args.handler)


def test_an_unknown_command_gets_the_whole_list_in_its_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser("gte").parse_args(["gte"])
    assert "firmware" in capsys.readouterr().err  # every command was offered


def test_the_version_is_the_one_in_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        assert app.__version__ == tomllib.load(handle)["project"]["version"]


HEAVY = ("numpy", "pymodbus", "zeroconf", "bleak", "PySide6", "app.sim", "app.workflows")


def _imported_by(argv: list[str]) -> set[str]:
    probe = (
        "import sys\n"
        "from app.cli import build_parser, command_name\n"
        f"argv = {argv!r}\n"
        "build_parser(command_name(argv)).parse_args(argv)\n"
        "print('\\n'.join(sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    return set(out.split())


@pytest.mark.parametrize("argv", [["get", "127.0.0.1", "2069_0"], ["info", "127.0.0.1"]])
def test_device_commands_do_not_import_the_simulator_numpy_or_discovery(argv: list[str]) -> None:
    loaded = _imported_by(argv)
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY or m.startswith(HEAVY))
    assert heavy == []


def test_a_device_command_keeps_httpx_s_own_command_line_client_out() -> None:
    """httpx's command-line client would import rich and click (development tools bring them
    along): a tenth of a second of every command's start, for a client never run."""
    probe = (
        "import sys\n"
        "from app.cli import run\n"
        "run(['get', '--password', 'unused', '127.0.0.1:1', '2069_0'])\n"
        "print('\\n'.join(sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    loaded = set(out.split())
    assert "httpx" in loaded  # the command did reach the charger's client
    assert sorted(m for m in loaded if m.split(".")[0] in ("rich", "click", "pygments")) == []


def test_simulate_loads_neither_mdns_nor_the_other_commands_helpers() -> None:
    """`commissioner --demo` waits for its site's process to start: mDNS only with --mdns, and
    none of the drivers, keyring and pins that the device commands share."""
    loaded = _imported_by(["simulate", "--site", "site.toml", "--endpoints", "e.json"])
    assert "app.sim.runner" in loaded  # the command did load its site
    unwanted = ("zeroconf", "keyring", "app.commands.common", "app.drivers.registry")
    assert sorted(m for m in loaded if m.startswith(unwanted)) == []
