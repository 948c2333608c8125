"""Opening the desktop program (filled by the GUI issue)."""

from __future__ import annotations

import argparse
import os
import sys


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window; without a display, say so and name the headless commands."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "error: no display found, so the desktop program cannot open.\n"
            "Headless use: `commissioner simulate --site presets/sites/demo.toml "
            "--endpoints /tmp/e.json` then `commissioner info HOST`; "
            "see `commissioner --help`.",
            file=sys.stderr,
        )
        return 2
    print("The desktop program is not built yet; see `commissioner --help`.", file=sys.stderr)
    return 2
