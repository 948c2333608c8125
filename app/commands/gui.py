"""Opening the desktop program: `commissioner`, or `commissioner --demo` on the simulated site."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.demo_process import SiteProcess

DEMO_SITE = Path(__file__).resolve().parents[2] / "presets" / "sites" / "demo.toml"

NO_DISPLAY = (
    "error: no display found, so the desktop program cannot open.\n"
    "Headless use works without one: `commissioner simulate --site presets/sites/demo.toml "
    "--endpoints /tmp/e.json` starts the simulated site, then `commissioner info HOST` and "
    "`commissioner --help` list the commands.\n"
    "(To open the window anyway, run under Xvfb or set QT_QPA_PLATFORM=offscreen.)"
)


def has_display() -> bool:
    """On Linux Qt needs X11 or Wayland (or an explicit platform plugin); elsewhere assume so."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window (with --demo, on the simulated site)."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from app.services.settings import startup_folders

    # --data-dir, else the folder chosen in Settings: read once, before Qt loads
    folders = startup_folders(Path(args.data_dir) if getattr(args, "data_dir", None) else None)
    quit_after = getattr(args, "quit_after", None)
    if not getattr(args, "demo", False):
        from app.ui.application import real_discovery, run_application

        return run_application(folders, prepare=real_discovery, quit_after=quit_after)
    # First of all: the site loads and starts in its own process, on another core, while this
    # one loads Qt and makes the window.
    site = start_demo_site(folders[0], verbose=getattr(args, "verbose", 0))
    try:
        from app.ui.application import run_application
        from app.ui.demo_panel import demo_startup

        prepare, panel_factory = demo_startup(DEMO_SITE, site)
        return run_application(
            folders,
            prepare=prepare,
            demo_panel_factory=panel_factory,
            quit_after=quit_after,
            remember_pins=False,  # simulated chargers' pins stay out of the real pin file
        )
    finally:
        site.close()  # whatever happened, nothing is left running (done already by the demo)


def start_demo_site(folder: Path | None, *, verbose: int = 0) -> SiteProcess:
    """`commissioner simulate` serving the demo site, its chargers' certificates in the data
    folder this start uses (None: the platform's)."""
    from app.services.demo_process import SiteProcess, certificates_folder
    from app.store.paths import data_paths

    certificates = certificates_folder(data_paths(folder).root)
    return SiteProcess.spawn(DEMO_SITE, certificates, verbose=verbose)
