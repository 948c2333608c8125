"""`support-bundle HOST [-o FILE]`: one zip for support staff, with every secret taken out.

It holds the charger's identity, every readable setting, its event and transaction logs, the
program's own log and the journals of runs on that charger; passwords, keys and the licence key
are redacted (app/store/support_bundle.py says which). One line of progress per step.
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.commands.common import (
    add_host_arguments,
    data_dir,
    open_client,
    resolve_password,
    target_of,
)
from app.core.errors import InvalidInput
from app.store.paths import data_paths
from app.workflows.support_bundle import build_bundle


def register(sub: Any) -> None:
    p = sub.add_parser(
        "support-bundle",
        help="one zip for support staff: identity, settings, logs, journals (no secrets)",
        description="Collect what support staff need about one charger into a zip file: its "
        "identity, every readable setting, its event and transaction logs, this program's "
        "log and the journals of runs on it. Passwords, keys and the licence key are "
        "replaced by <redacted>.",
    )
    add_host_arguments(p)
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the zip to write (default: support-<serial>-<date>.zip in the current folder)",
    )
    p.set_defaults(handler=cmd_support_bundle)


def _target(args: argparse.Namespace, serial: str) -> Path:
    if args.output:
        return Path(args.output)
    return Path(f"support-{serial}-{datetime.now(UTC):%Y%m%d-%H%M%S}.zip")


def _progress(text: str) -> None:
    print(text, flush=True)


def cmd_support_bundle(args: argparse.Namespace) -> int:
    if args.output and Path(args.output).is_dir():  # before any password is asked
        raise InvalidInput(f"-o {args.output}: this is a folder; name the zip file to write.")

    async def main() -> Path:
        found = await target_of(args)
        password = await resolve_password(args, found.driver, found.url)
        args.password = password or None  # asked once: open_client reuses it
        client = await open_client(args, found)
        data_dir(args)  # a --data-dir that cannot be one fails here
        paths = data_paths(getattr(args, "data_dir", None) or None)
        try:
            _progress(f"Connected to {client.identity.serial} at {found.url}")
            return await build_bundle(
                client,
                _target(args, client.identity.serial),
                journal_dir=paths.journals,
                log_dir=paths.logs,
                secrets=[password],
                progress=_progress,
            )
        finally:
            await client.__aexit__(None, None, None)

    asyncio.run(main())
    return 0
