"""Opening the desktop program: `commissioner`, or `commissioner --demo` on the simulated site."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

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
    """Open the main window (after starting the demo site with --demo)."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else None
    quit_after = getattr(args, "quit_after", None)
    from app.ui.application import run_application

    if getattr(args, "demo", False):
        from app.ui.demo_panel import demo_startup

        prepare, panel_factory = demo_startup(DEMO_SITE)
        return run_application(
            data_dir,
            prepare=prepare,
            demo_panel_factory=panel_factory,
            quit_after=quit_after,
            remember_pins=False,  # simulated chargers' pins stay out of the real pin file
        )
    from app.ui.application import real_discovery

    return run_application(data_dir, prepare=real_discovery, quit_after=quit_after)
