"""Entry point: `commissioner` (GUI), `commissioner --demo`, or a CLI sub-command."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    """Run the CLI or the GUI and return the exit code."""
    # Start-up allocates many long-lived objects (modules, classes) and no garbage: collecting
    # while importing only costs time. `app.cli.run` freezes them and collects again once the
    # command's modules are loaded.
    gc.disable()
    from app.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
