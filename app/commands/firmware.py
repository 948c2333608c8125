"""`firmware check` and `firmware upgrade`: check an image file, upgrade one charger or a network.

`check` needs no password: the model comes from `--model` or from the charger at HOST (whose
current version then also decides the upgrade rules). `upgrade` checks the image for every
charger first, asks for a new unique password when an upgrade crosses major version 5 (it is
kept in the system keyring only), then upgrades at most `--parallel` chargers at once with a
progress line per charger, and ends with which charger runs which version. Exit codes: 0 every
charger runs the image's version; 1 a charger failed, was refused, or the chargers end on
different versions.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from pathlib import Path
from typing import Any

from app.commands.address import add_driver_argument
from app.commands.common import (
    MAX_PARALLEL,
    PASSWORD_ENV,
    data_dir,
    pin_store,
    remember_password,
    resolve_password,
    seconds,
    target_of,
)
from app.core.errors import InvalidInput
from app.core.firmware import FirmwareImage, check_upgrade, read_image
from app.drivers.base import ChargerClient, FirmwareLimits, FirmwareProgress
from app.store.journal import journal_dir
from app.workflows.firmware import (
    DEFAULT_PARALLEL,
    ChargerUpgrade,
    FirmwareJob,
    FirmwareSummary,
    Result,
    upgrade_firmware,
)

MAX_IMAGE_BYTES = 64 * 1024 * 1024  # far above any charger image (about 2 MB)


def register(sub: Any) -> None:
    p = sub.add_parser("firmware", help="check a firmware image, upgrade chargers")
    actions = p.add_subparsers(dest="firmware_action", metavar="ACTION", required=True)
    c = actions.add_parser("check", help="check an image file for a model or a charger")
    c.add_argument("image", type=Path, help="the image file, under its release name")
    c.add_argument("host", nargs="?", help="the charger it is meant for (no password needed)")
    c.add_argument("--model", help="charger model, e.g. NG910-60027 (else read from HOST)")
    c.add_argument("--allow-downgrade", action="store_true")
    c.add_argument("--timeout", type=seconds, default=10.0, help="seconds per request")
    add_driver_argument(c)
    c.set_defaults(handler=cmd_check)

    u = actions.add_parser("upgrade", help="upgrade one charger or every charger of a network")
    u.add_argument("image", type=Path, help="the image file, under its release name")
    u.add_argument("host", help="charger address: host, host:port or URL")
    u.add_argument("more", nargs="*", metavar="HOST", help="more chargers (same network)")
    u.add_argument(
        "--password",
        help=f"charger password, the same for all (else ${PASSWORD_ENV}, the system keyring, "
        "or a prompt per charger)",
    )
    u.add_argument("--timeout", type=seconds, default=10.0, help="seconds per request")
    add_driver_argument(u)
    u.add_argument(
        "--parallel",
        type=_parallel,
        default=DEFAULT_PARALLEL,
        help=f"chargers upgraded at once (default {DEFAULT_PARALLEL})",
    )
    u.add_argument("--allow-downgrade", action="store_true", help="install an older version")
    u.add_argument(
        "--update-timeout",
        type=seconds,
        default=FirmwareLimits().update,
        help="seconds to wait for each charger's update through its reboot",
    )
    u.set_defaults(handler=cmd_upgrade)


def _parallel(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_PARALLEL:
        raise argparse.ArgumentTypeError(f"expected a whole number 1…{MAX_PARALLEL}, got {text!r}")
    return value


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise InvalidInput(f"{path} is {size} bytes: far too big for a charger image.")
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read the image {path} ({exc.strerror or exc}).") from None


# --- check ----------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    data = _read_file(args.image)
    if not args.model and not args.host:
        raise InvalidInput("Say which charger the image is for: --model MODEL or a HOST.")
    model, current = args.model or "", ""
    if args.host:
        target = asyncio.run(target_of(args))
        identity = asyncio.run(
            target.driver.identify(target.url, pins=pin_store(args), timeout=args.timeout)
        )
        model, current = args.model or identity.model, identity.firmware
        print(f"charger   {identity.serial} ({identity.model}), runs {current}")
    image = read_image(args.image.name, data, model)
    _print_image(image)
    if current:
        check = check_upgrade(image, current, allow_downgrade=args.allow_downgrade)
        if check.same_version:
            print(f"upgrade   none: the charger already runs {check.target}")
        else:
            word = "downgrade" if check.downgrade else "upgrade"
            print(f"{word:<9} {check.current} → {check.target}")
        if check.new_password_required:
            print("password  a new unique password will be asked for (crosses version 5)")
    print("ok: the image can be sent")
    return 0


def _print_image(image: FirmwareImage) -> None:
    print(f"file      {image.name} ({image.size} bytes)")
    print(f"image     {image.family.value} {image.kind.value}, version {image.version}")
    print(f"header    checksum correct (type 0x{image.header.image_type:02X})")
    if image.embedded is not None and image.embedded != image.version:
        print(f"warning   the file holds {image.embedded}, its name says {image.version}")


# --- upgrade --------------------------------------------------------------------------------


def cmd_upgrade(args: argparse.Namespace) -> int:
    data = _read_file(args.image)
    hosts = list(dict.fromkeys([args.host, *args.more]))
    printer = _ProgressPrinter()
    job = FirmwareJob(
        args.image.name,
        data,
        hosts,
        _opener(args),
        parallel=args.parallel,
        allow_downgrade=args.allow_downgrade,
        limits=FirmwareLimits(update=args.update_timeout),
        on_progress=printer,
        ask_password=_ask_new_password,
        store_password=_store_password,
        journal_dir=journal_dir(data_dir(args)),
    )
    summary = asyncio.run(upgrade_firmware(job))
    return _print_summary(summary)


def _opener(args: argparse.Namespace) -> Any:
    asking = asyncio.Lock()  # one password prompt at a time

    async def open_client(host: str) -> ChargerClient:
        one = argparse.Namespace(**{**vars(args), "host": host})
        target = await target_of(one)
        async with asking:
            password = await resolve_password(one, target.driver, target.url)
        client = target.driver.client(
            target.url, password, pins=pin_store(args), timeout=args.timeout
        )
        return await client.__aenter__()

    return open_client


async def _ask_new_password(serial: str) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"Charger {serial} crosses firmware version 5 and needs a new unique password: "
            "run the upgrade in a terminal, where it is asked for."
        )
    print(f"Charger {serial} needs a new unique password after this upgrade.")
    for _ in range(3):
        first = getpass.getpass(f"New password for {serial}: ")
        if len(first) < 8:
            print("At least 8 characters, please.")
        elif getpass.getpass("Again: ") == first:
            return first
        else:
            print("The two entries differ; once more.")
    raise InvalidInput(f"No new password for charger {serial}; nothing was sent to it.")


def _store_password(serial: str, password: str) -> None:
    problem = remember_password(serial, password)
    if problem:
        print(f"{serial}: {problem}. Note the new password somewhere safe now.")
    else:
        print(f"{serial}: the new password is kept in the system keyring.")


class _ProgressPrinter:
    """One line per charger and step: upload in tenths, then each status as it changes."""

    def __init__(self) -> None:
        self._tenths: dict[str, int] = {}

    def __call__(self, host: str, progress: FirmwareProgress) -> None:
        if progress.stage == "upload":
            tenth = progress.sent * 10 // max(progress.total, 1)
            if tenth == self._tenths.get(host, -1):
                return
            self._tenths[host] = tenth
            kb, total = progress.sent // 1024, progress.total // 1024
            print(f"{host}: uploading {tenth * 10:3d} % ({kb} of {total} KB)", flush=True)
        elif progress.stage == "update":
            print(f"{host}: {progress.words}", flush=True)
        elif progress.stage == "version":
            print(f"{host}: now runs {progress.words}", flush=True)
        else:
            print(f"{host}: {_STAGE_LINES.get(progress.stage, progress.stage)}", flush=True)


_STAGE_LINES = {
    "clock": "clock set to the laptop's UTC time",
    "check": "no other upload in progress",
    "commit": "new firmware made permanent",
}
_RESULT_WORDS = {
    Result.UPGRADED: "upgraded",
    Result.ALREADY: "already up to date",
    Result.MISMATCH: "installed, version differs",
    Result.REFUSED: "refused, nothing sent",
    Result.FAILED: "failed",
}


def _print_summary(summary: FirmwareSummary) -> int:
    print()
    for charger in summary.chargers:
        _print_charger(charger)
    versions = summary.versions
    if len(summary.chargers) > 1:
        if summary.same_version:
            (version,) = versions
            print(f"All {len(summary.chargers)} chargers run {version}.")
        else:
            print("The chargers run different versions; a network needs the same on every one:")
            for version, names in sorted(versions.items()):
                print(f"  {version}: {', '.join(names)}")
    if summary.run_id:
        print(f"journal {summary.run_id}")
    return 0 if summary.ok and summary.same_version else 1


def _print_charger(charger: ChargerUpgrade) -> None:
    name = charger.serial or charger.address
    print(f"{name}: {_RESULT_WORDS[charger.result]}, runs {charger.version or 'unknown'}")
    if not charger.ok:
        stage = f" (at {charger.stage})" if charger.stage else ""
        print(f"  {charger.message}{stage}", file=sys.stderr)
        if charger.hint:
            print(f"  {charger.hint}", file=sys.stderr)
