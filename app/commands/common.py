"""What the CLI commands share: data dir, password lookup, client construction (by driver)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from app.commands.address import Target, add_driver_argument, find_driver
from app.commands.numbers import (  # noqa: F401 (re-exported for the commands)
    AMPS,
    MAX_PARALLEL,
    MAX_SECONDS,
    PARALLEL,
    TIME_SCALE,
    bounded,
    seconds,
)
from app.core.errors import InvalidInput
from app.drivers.base import ChargerClient, Driver
from app.services.credentials import (  # noqa: F401 (re-exported for the commands)
    KEYRING_SERVICE,
    keyring_password,
    remember_password,
)
from app.store.paths import data_paths
from app.transports.pins import PinStore

PASSWORD_ENV = "COMMISSIONER_PASSWORD"
T = TypeVar("T")


def data_dir(args: argparse.Namespace) -> Path:
    """`--data-dir`, or the platform's user data directory; InvalidInput if it cannot be one."""
    chosen = getattr(args, "data_dir", None) or None
    if chosen is not None:
        check_data_dir(Path(chosen))
    return data_paths(chosen).root


def check_data_dir(path: Path) -> None:
    """A data directory must be a directory (or not exist yet, to be made)."""
    if path.exists() and not path.is_dir():
        raise InvalidInput(f"--data-dir {path}: this is a file, not a folder; name a folder.")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise InvalidInput(f"--data-dir {path}: {parent} is a file, not a folder.")
            break


def pin_store(args: argparse.Namespace) -> PinStore:
    return PinStore(data_paths(data_dir(args)).pins)


def add_host_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("host", help="charger address: host, host:port or URL")
    parser.add_argument(
        "--password",
        help=f"charger password (else ${PASSWORD_ENV}, the system keyring, or a prompt; "
        "not asked for a charger whose API has no login)",
    )
    parser.add_argument("--timeout", type=seconds, default=10.0, help="seconds per request")
    add_driver_argument(parser)


async def resolve_password(args: argparse.Namespace, driver: Driver, url: str) -> str:
    """The password for the charger at `url`; "" for a driver whose API has no login."""
    if not driver.capabilities.login:
        return ""
    if args.password:
        return str(args.password)
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    identity = await driver.identify(url, pins=pin_store(args), timeout=args.timeout)
    remembered = keyring_password(identity.serial)
    if remembered:
        return remembered
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"No password for charger {identity.serial}: pass --password, set "
            f"${PASSWORD_ENV}, or store it in the keyring from the desktop program."
        )
    return getpass.getpass(f"Password for charger {identity.serial} (user admin): ")


async def target_of(args: argparse.Namespace) -> Target:
    """The driver for `args.host` (`--driver`, else the registry's probes) and its URL."""
    return await find_driver(args.host, getattr(args, "driver", ""), timeout=args.timeout)


async def open_client(args: argparse.Namespace, target: Target) -> ChargerClient:
    password = await resolve_password(args, target.driver, target.url)
    client = target.driver.client(target.url, password, pins=pin_store(args), timeout=args.timeout)
    await client.__aenter__()
    return client


def run_with_client(
    args: argparse.Namespace,
    body: Callable[[ChargerClient], Awaitable[T]],
    check: Callable[[Driver], object] | None = None,
    target: Target | None = None,
) -> T:
    """Find the charger's driver, run `check` on it (bad input fails before a password is
    asked), open a logged-in client, run `body`, always log out; `target`: already found."""

    async def main() -> T:
        found = target or await target_of(args)
        if check is not None:
            check(found.driver)
        client = await open_client(args, found)
        try:
            return await body(client)
        finally:
            await client.__aexit__(None, None, None)

    return asyncio.run(main())
