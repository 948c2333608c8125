"""Suite-wide strictness: offscreen Qt, an in-memory keyring, loop exceptions fail the test."""

from __future__ import annotations

import asyncio
import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator

# Every test process imports every test module, and pytest rewrites their asserts as it does:
# about 4 s of one core per process. Where PYTHONDONTWRITEBYTECODE is set, nothing of that was
# kept and each process of each run did it again, as did every `python -m app` a test starts;
# the compiled modules are kept in the system's temporary folder instead (never in the
# checkout), as a developer's checkout keeps them.
if sys.dont_write_bytecode:
    sys.pycache_prefix = os.path.join(tempfile.gettempdir(), "commissioner-tests-pycache")
    sys.dont_write_bytecode = False
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix

# Offscreen, with one 1366×768 screen: the smallest laptop the window must be readable on.
_SCREEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "offscreen_1366x768.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# The platform's data, config and log directories point into one temporary folder for the whole
# run, so a command run without --data-dir (here or in a subprocess) never writes to the user's.
_HOME = tempfile.mkdtemp(prefix="commissioner-tests-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())
# A CA bundle from the environment would replace our pinned TLS contexts (device-protocols §2.10).
for _var in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
    os.environ.pop(_var, None)

from tests.network_namespace import enter_own_network, isolation_problem

# A parallel test process gets a network of its own before any socket is opened: demo sites in
# two processes would otherwise see each other's mDNS adverts (tests/network_namespace.py).
if os.environ.get("PYTEST_XDIST_WORKER"):
    enter_own_network()

import hypothesis
import keyring
import pytest
from keyring.backend import KeyringBackend

# Property tests stay modest in the suite; on demand,
# `COMMISSIONER_FUZZ_EXAMPLES=10000 pytest -k fuzz --timeout 0` runs many more.
# Tests give `@settings(deadline=None)` without max_examples, so this profile applies.
hypothesis.settings.register_profile(
    "commissioner",
    max_examples=int(os.environ.get("COMMISSIONER_FUZZ_EXAMPLES", "") or 100),
    deadline=None,
)
hypothesis.settings.load_profile("commissioner")

# PySide6 6.12 on Python 3.11 takes references from None/True/False; a long suite would abort.
import app.services.pyside_compat  # noqa: F401

# The `sim` fixture (two simulated chargers) serves the driver, transport and workflow tests.
pytest_plugins = ["tests.sim_site"]


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory, for tests only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


_PARALLEL: dict[str, object] = {}


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` (the default, pyproject.toml): two processes per core when each can have its
    own network namespace, one process otherwise. Most of a test's time is spent waiting on a
    simulated site that runs in real time (hair dryer, phase identification, EMS), so two per
    core keep the cores busy: on 2 cores the suite took 4 min 20 s instead of 7 min 40 s. Not
    more: with three per core the cores are full and live tests starved of them failed."""
    problem = isolation_problem(str(config.rootpath))
    workers = 0 if problem else min(8, 2 * (os.cpu_count() or 1))
    _PARALLEL.update(workers=workers, problem=problem)
    return workers


def pytest_report_header(config: pytest.Config) -> str | None:
    if not _PARALLEL:
        return None
    if _PARALLEL["problem"]:
        return f"tests run in one process: {_PARALLEL['problem']}"
    return (
        f"tests run in {_PARALLEL['workers']} processes, each with a network namespace of its own"
    )


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> dict[str, Callable[[], asyncio.AbstractEventLoop]]:
    """Tests marked `gui` run on a qasync loop over the QApplication; the others on asyncio's."""
    if item.get_closest_marker("gui") is None:
        return {"asyncio": asyncio.new_event_loop}
    return {"qasync": _qasync_loop}


def _qasync_loop() -> asyncio.AbstractEventLoop:
    from PySide6.QtWidgets import QApplication

    # isort: split
    import qasync  # after PySide6, so qasync binds to it rather than another Qt binding

    app = QApplication.instance() or QApplication([])
    # As in the program: closing a window must not end the loop a test still runs on.
    app.setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
    return qasync.QEventLoop(app)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _fail_on_loop_exceptions(request: pytest.FixtureRequest) -> Iterator[None]:
    """Exceptions an asyncio loop would only log (an unawaited task's error) fail the test."""
    caught: list[dict[str, object]] = []
    if "asyncio" not in request.keywords:
        yield
        return
    # The loop pytest-asyncio runs this test on (function scope, asyncio_default_test_loop_scope);
    # the policy's get_event_loop() would give another loop, or none after the first test.
    loop = request.getfixturevalue("_function_scoped_runner").get_loop()
    loop.set_exception_handler(lambda _loop, context: caught.append(context))
    yield
    loop.set_exception_handler(None)
    if caught:
        pytest.fail(
            f"exception swallowed by the event loop: {caught[0].get('message')} "
            f"{caught[0].get('exception')!r}"
        )
