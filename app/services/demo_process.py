"""The demo's simulated site in a process of its own: `commissioner simulate`, started by
`commissioner --demo` before the window's process imports Qt (app/commands/gui.py), so that the
site loads and starts on another core meanwhile. The demo (app/services/demo.py) then works
from the endpoints file the site writes.

The site ends when its standard input ends (`--until-stdin-closes`): `aclose` closes it, and
the operating system does when this process ends in any way, on every platform. Made before Qt
and asyncio are loaded (asyncio is imported where awaited): the sooner the site starts, the
sooner the window has its rows.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import logging
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar

log = logging.getLogger(__name__)

READY_TIMEOUT = 10.0  # seconds the site has to say it is ready
CLOSE_WAIT = 5.0  # seconds it has to stop once its input ended, before it is terminated
KILL_WAIT = 2.0
LOG_TAIL = 600  # characters of its log quoted when it failed
WINDOWS_CLI = "commissioner-cli.exe"  # the frozen Windows build's console twin
T = TypeVar("T")


class SiteProcessError(Exception):
    """The site's process could not start, ended, or was not ready in time."""


def program_command() -> list[str]:
    """This program, to be started with a sub-command: `python -m app`, or the frozen build
    itself (on Windows its console twin: the windowed program has no standard streams)."""
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-m", "app"]
    twin = Path(sys.executable).with_name(WINDOWS_CLI)
    if sys.platform == "win32" and twin.is_file():
        return [str(twin)]
    return [sys.executable]


def certificates_folder(data_root: Path) -> Path:
    """Where the demo's chargers keep their TLS keys: with the program's data, as real ones do."""
    return data_root / "simulator" / "certificates"


def in_thread(function: Callable[[], T], name: str) -> concurrent.futures.Future[T]:
    """`function()` in a daemon thread: no event loop needed to start it (the site's process
    is started before there is one), `asyncio.wrap_future` awaits it on any loop (qasync's too),
    and a thread still blocked when the program ends does not hold it back."""
    done: concurrent.futures.Future[T] = concurrent.futures.Future()

    def run() -> None:
        if not done.set_running_or_notify_cancel():  # running: waiting no longer cancels it
            return
        try:
            done.set_result(function())
        except BaseException as exc:  # handed to whoever awaits it
            done.set_exception(exc)

    threading.Thread(target=run, name=name, daemon=True).start()
    return done


class SiteProcess:
    """`commissioner simulate --site SITE` in a child process; `ready()` awaits its endpoints,
    `aclose()` (or `close()`) ends it and removes its temporary folder."""

    def __init__(self, command: Sequence[str], folder: Path) -> None:
        """Start `command` (a `simulate` command line that writes its endpoints and log in
        `folder`); a failure to start is raised by `ready()`."""
        self.folder = folder
        self.endpoints_path = folder / "endpoints.json"
        self.log_path = folder / "simulate.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.failure = ""
        self._closed = False
        self._ready_line: concurrent.futures.Future[bytes] | None = None
        try:
            self.process = _popen(command, self.log_path)
        except OSError as exc:
            self.failure = f"cannot start {command[0]}: {exc}"
            return
        stdout = self.process.stdout
        assert stdout is not None
        self._ready_line = in_thread(stdout.readline, "demo site ready")

    @classmethod
    def spawn(
        cls,
        site: Path,
        certificates: Path,
        *,
        time_scale: float = 1.0,
        verbose: int = 0,
        program: Sequence[str] | None = None,
    ) -> SiteProcess:
        """Serve `site` in a new process of this program (or `program`), its chargers keeping
        their certificates in `certificates`."""
        folder = Path(tempfile.mkdtemp(prefix="commissioner-demo-"))
        command = [
            *(program or program_command()),
            *(["-" + "v" * min(verbose, 2)] if verbose else []),
            *("simulate", "--site", str(site), "--endpoints", str(folder / "endpoints.json")),
            *("--certificates", str(certificates), "--time-scale", f"{time_scale:g}"),
            "--until-stdin-closes",
        ]
        return cls(command, folder)

    async def ready(self, within: float = READY_TIMEOUT) -> dict[str, Any]:
        """The site's endpoints once it says it is ready; SiteProcessError if it cannot start,
        ends, or is not ready `within` seconds."""
        import asyncio

        if self.process is None or self._ready_line is None or self._closed:
            raise SiteProcessError(self.failure or "the site's process was closed")
        try:
            async with asyncio.timeout(within):
                line = await asyncio.wrap_future(self._ready_line)
        except TimeoutError:
            raise SiteProcessError(f"not ready within {within:g} s{self._log_tail()}") from None
        except (OSError, ValueError) as exc:
            raise SiteProcessError(f"its output could not be read: {exc}") from None
        if b"ready" not in line:
            code = await asyncio.wrap_future(in_thread(self._exit_code, "demo site end"))
            raise SiteProcessError(f"it ended (exit code {code}){self._log_tail()}")
        try:
            endpoints: dict[str, Any] = json.loads(self.endpoints_path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise SiteProcessError(f"its endpoints file is unreadable: {exc}") from None
        return endpoints

    async def aclose(self) -> None:
        """End the site (its input closed, then terminated if it lingers); idempotent."""
        import asyncio

        if self._closed:
            return
        try:
            await asyncio.wrap_future(in_thread(self.close, "demo site close"))
        except asyncio.CancelledError:
            self._kill()  # no waiting any longer: nothing is left running
            raise

    def close(self) -> None:
        """`aclose` for code without a loop (blocks up to CLOSE_WAIT + KILL_WAIT seconds)."""
        if self._closed:
            return
        self._closed = True
        process = self.process
        if process is not None:
            _close_quietly(process.stdin)
            try:
                process.wait(CLOSE_WAIT)
            except subprocess.TimeoutExpired:
                log.warning("The demo site did not stop when asked; terminating it")
                process.terminate()
                try:
                    process.wait(KILL_WAIT)
                except subprocess.TimeoutExpired:
                    self._kill()
            if self._ready_line is not None:  # its reader has seen the end of its output
                with contextlib.suppress(concurrent.futures.TimeoutError):
                    self._ready_line.exception(KILL_WAIT)
            _close_quietly(process.stdout)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def _exit_code(self) -> int | None:
        assert self.process is not None
        try:
            return self.process.wait(KILL_WAIT)
        except subprocess.TimeoutExpired:
            return None

    def _log_tail(self) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""
        return f": {text[-LOG_TAIL:]}" if text else ""


def _popen(command: Sequence[str], log_path: Path) -> subprocess.Popen[bytes]:
    """The child with a pipe on stdin (its end ends the site), one on stdout (the ready line)
    and its log in a file (a full pipe nobody reads would stall it)."""
    options: dict[str, Any] = {}
    if sys.platform == "win32":  # no console window; Ctrl-C reaches the program only
        flags = subprocess.CREATE_NO_WINDOW | subprocess.CREATE_NEW_PROCESS_GROUP
        options["creationflags"] = flags
    else:  # its own session: a Ctrl-C in the terminal closes the window, which ends the site
        options["start_new_session"] = True
    with log_path.open("wb") as log_file:
        return subprocess.Popen(
            list(command),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log_file,
            **options,
        )


def _close_quietly(stream: IO[bytes] | None) -> None:
    if stream is not None:
        with contextlib.suppress(OSError):
            stream.close()
