"""What the benchmarks that time whole processes share: the environment those processes get."""

from __future__ import annotations

import os
from pathlib import Path


def installed_like_env(cache: Path, **extra: str) -> dict[str, str]:
    """The environment for a timed `python -m app` process: its compiled bytecode is kept in
    `cache` ($PYTHONPYCACHEPREFIX), as an installed program has its bytecode. Without it (this
    machine's environment sets PYTHONDONTWRITEBYTECODE) every run would compile each module
    from source again, and the figures would time the compiler, not the program."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(cache), **extra}
