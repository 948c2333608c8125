"""What the benchmarks that run whole processes share: the environment of a timed process, and
a simulated site served by a process of its own."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def installed_like_env(cache: Path, **extra: str) -> dict[str, str]:
    """The environment for a timed `python -m app` process: its compiled bytecode is kept in
    `cache` ($PYTHONPYCACHEPREFIX), as an installed program has its bytecode. Without it (this
    machine's environment sets PYTHONDONTWRITEBYTECODE) every run would compile each module
    from source again, and the figures would time the compiler, not the program."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(cache), **extra}


@contextlib.asynccontextmanager
async def simulated_site(
    toml: str, folder: Path, name: str, *, time_scale: float = 1.0
) -> AsyncIterator[list[dict[str, object]]]:
    """A site template served by `commissioner simulate` in a process of its own (each real
    charger is its own device); yields the chargers of its endpoints file. Its log goes to
    `folder/<name>.log`."""
    site = folder / f"{name}.toml"
    site.write_text(toml, encoding="utf-8")
    endpoints = folder / f"{name}-endpoints.json"
    endpoints.unlink(missing_ok=True)
    with (folder / f"{name}.log").open("w", encoding="utf-8") as log:
        proc = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "app", "simulate", "--site", str(site)),
            *("--endpoints", str(endpoints), "--time-scale", f"{time_scale:g}"),
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=asyncio.subprocess.DEVNULL,
            stderr=log,
        )
        try:
            async with asyncio.timeout(120):
                while not endpoints.exists():  # noqa: ASYNC110 - another process writes it
                    await asyncio.sleep(0.1)
            yield json.loads(endpoints.read_text(encoding="utf-8"))["chargers"]
        finally:
            proc.terminate()
            async with asyncio.timeout(30):
                await proc.wait()
