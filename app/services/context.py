"""The services one window works with, built and shut down together."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.core.phases import PhaseMapping
from app.services.devices import ChargerDirectory
from app.services.operations import OperationRunner
from app.services.sessions import SessionService
from app.services.settings import GuiSettings
from app.store.paths import DataPaths, data_paths
from app.transports.pins import PinStore

log = logging.getLogger(__name__)

EXTRA_CLOSE_TIMEOUT = 10.0


class Closable(Protocol):
    async def aclose(self) -> None: ...


@dataclass
class AppServices:
    """Runner, directory, sessions and settings; `extras` are closed last (demo site, hub)."""

    runner: OperationRunner
    directory: ChargerDirectory
    sessions: SessionService
    settings: GuiSettings
    pins: PinStore
    password_hints: dict[str, str] = field(default_factory=dict)
    log_dir: Path | None = None
    extras: list[Closable] = field(default_factory=list)
    demo: object | None = None
    discovery: object | None = None  # app.services.discovery.Discovery once started
    data_dir: Path | None = None  # the data directory (`paths.root`)
    paths: DataPaths = field(default_factory=data_paths)  # journals, reports, presets, logs
    early: list[Closable] = field(default_factory=list)  # closed first (live monitoring)
    # What automatic phase identification found this session: serial → socket → mapping
    # (the SCN set-up checks its rotation against it).
    identified_phases: dict[str, dict[int, PhaseMapping]] = field(default_factory=dict)

    async def shutdown(self) -> None:
        """Stop the operations, log out everywhere, stop every task, then the extras."""
        await self.runner.shutdown()
        while self.early:
            await self.early.pop().aclose()
        await self.sessions.shutdown()
        self.directory.detach_all()
        await self.directory.tasks.cancel_all()
        while self.extras:
            extra = self.extras.pop()
            try:
                async with asyncio.timeout(EXTRA_CLOSE_TIMEOUT):
                    await extra.aclose()
            except TimeoutError:
                # Leaving is more important than a tidy close: the process ends anyway.
                log.error("%s did not close within %g s", type(extra).__name__, EXTRA_CLOSE_TIMEOUT)


def build_services(
    data_dir: Path | None,
    *,
    poll_interval: float = 2.0,
    timeout: float = 10.0,
    remember_pins: bool = True,
) -> AppServices:
    """Fresh services; pins and settings under `data_dir` (or the platform's directories).

    `remember_pins=False` keeps certificate pins in memory: the demo site's simulated chargers
    (which keep their certificates across runs) do not belong in the installer's pin file.
    """
    paths = data_paths(data_dir)  # the same directories the CLI uses for this `--data-dir`
    pins = PinStore(paths.pins if remember_pins else None)
    runner = OperationRunner()
    directory = ChargerDirectory(runner, pins)
    sessions = SessionService(directory, runner, pins, poll_interval=poll_interval, timeout=timeout)
    settings = GuiSettings(paths.settings)
    return AppServices(
        runner, directory, sessions, settings, pins, data_dir=paths.root, paths=paths
    )
