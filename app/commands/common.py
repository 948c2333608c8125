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

from app.core.endpoints import Endpoint
from app.core.errors import InvalidInput
from app.drivers import registry
from app.drivers.base import ChargerClient
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
    """`--data-dir`, or the platform's user data directory."""
    return data_paths(getattr(args, "data_dir", None) or None).root


def pin_store(args: argparse.Namespace) -> PinStore:
    return PinStore(data_paths(data_dir(args)).pins)


def add_host_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("host", help="charger address: host, host:port or URL")
    parser.add_argument(
        "--password",
        help=f"charger password (else ${PASSWORD_ENV}, the system keyring, or a prompt)",
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request")


async def resolve_password(args: argparse.Namespace, endpoint: Endpoint) -> str:
    if args.password:
        return str(args.password)
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    pins = pin_store(args)
    driver = registry.driver()  # a typed address names no brand: the default driver asks
    identity = await driver.identify(endpoint.base_url, pins=pins, timeout=args.timeout)
    remembered = keyring_password(identity.serial)
    if remembered:
        return remembered
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"No password for charger {identity.serial}: pass --password, set "
            f"${PASSWORD_ENV}, or store it in the keyring from the desktop program."
        )
    return getpass.getpass(f"Password for charger {identity.serial} (user admin): ")


async def open_client(args: argparse.Namespace) -> ChargerClient:
    endpoint = Endpoint.parse(args.host)
    password = await resolve_password(args, endpoint)
    driver = registry.driver()
    client = driver.client(endpoint.base_url, password, pins=pin_store(args), timeout=args.timeout)
    await client.__aenter__()
    return client


def run_with_client(args: argparse.Namespace, body: Callable[[ChargerClient], Awaitable[T]]) -> T:
    """Open a logged-in client, run `body`, always log out."""

    async def main() -> T:
        client = await open_client(args)
        try:
            return await body(client)
        finally:
            await client.__aexit__(None, None, None)

    return asyncio.run(main())
