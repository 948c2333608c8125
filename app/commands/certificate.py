"""`certificate show|accept|refuse ADDRESS`: the installer's decision on a changed certificate.

The desktop program asks the same question in its login dialog. `show` prints both fingerprints;
`accept --sha256 FINGERPRINT` pins what the charger presents now, but only when it is the
certificate the installer checked (a third certificate in between is refused); `refuse` keeps
the old pin, so the tool goes on refusing to log in to that address. None of them sends a
password, and none pins a charger seen for the first time.
"""

from __future__ import annotations

import argparse
import asyncio
import re
from typing import Any

from app.commands.common import pin_store
from app.core.endpoints import Endpoint
from app.core.errors import CertificateChanged, InvalidInput
from app.drivers import registry
from app.transports.pins import PinStore, fingerprint


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "certificate",
        help="show, accept or refuse a charger's changed TLS certificate",
        description="Compare the certificate a charger presents with the one pinned for it, "
        "and decide: accept the new one (after checking its fingerprint) or keep the old.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="both fingerprints: pinned and presented now")
    accept = actions.add_parser("accept", help="pin the new certificate, if it is the one shown")
    accept.add_argument(
        "--sha256",
        required=True,
        metavar="FINGERPRINT",
        help="the new fingerprint as `show` printed it (colons and spaces are ignored)",
    )
    refuse = actions.add_parser("refuse", help="keep the pinned certificate; logins stay refused")
    for action, handler in ((show, cmd_show), (accept, cmd_accept), (refuse, cmd_refuse)):
        action.add_argument("host", help="charger address: host, host:port or URL")
        action.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
        action.set_defaults(handler=handler)


def grouped(hex_digest: str) -> str:
    """`AB:CD:…`, the form the login dialog shows, easier to compare by eye."""
    return ":".join(hex_digest[i : i + 2].upper() for i in range(0, len(hex_digest), 2))


def _normalised(text: str) -> str:
    digest = re.sub(r"[\s:]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise InvalidInput(
            f"'{text}' is not a SHA-256 fingerprint: expected 64 hex digits "
            "(colons and spaces allowed), as `commissioner certificate show` prints it."
        )
    return digest


async def _change(args: argparse.Namespace, pins: PinStore) -> CertificateChanged | str:
    """The change at `args.host`, or the serial of a charger that matches (or has no) pin.

    Identifies against a copy of the pins: looking must not pin a charger on first use.
    """
    endpoint = Endpoint.parse(args.host)
    try:
        identity = await registry.driver().identify(
            endpoint.base_url, pins=pins.copy(), timeout=args.timeout
        )
    except CertificateChanged as change:
        return change
    return identity.serial


def cmd_show(args: argparse.Namespace) -> int:
    pins = pin_store(args)
    found = asyncio.run(_change(args, pins))
    if isinstance(found, str):
        pin = pins.get(found)
        if pin is None:
            print(f"Charger {found}: no certificate pinned yet; the first login pins it.")
        else:
            print(
                f"Charger {found}: its certificate matches the pin.\npinned  {grouped(pin.sha256)}"
            )
        return 0
    print(
        f"The certificate of charger {found.serial} has changed.\n"
        f"pinned     {grouped(found.pinned)}\n"
        f"presented  {grouped(found.presented)}\n"
        f"{found.hint}\n"
        f"To trust it: commissioner certificate accept {args.host} --sha256 {found.presented}\n"
        f"To keep the old one: commissioner certificate refuse {args.host}"
    )
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    checked = _normalised(args.sha256)
    pins = pin_store(args)

    async def accept() -> str:
        found = await _change(args, pins)
        if isinstance(found, str):
            raise InvalidInput(
                f"Charger {found}'s certificate has not changed: nothing to accept."
                if pins.get(found)
                else f"Charger {found} has no pinned certificate: the first login pins it."
            )
        if checked != found.presented:
            raise _not_the_one_checked(found.serial, checked, found.presented)
        driver = registry.driver()
        url = Endpoint.parse(args.host).base_url
        der = await driver.presented_certificate(url, timeout=args.timeout)
        if fingerprint(der) != checked:  # changed again since it was identified
            raise _not_the_one_checked(found.serial, checked, fingerprint(der))
        pins.pin(found.serial, der)
        return found.serial

    serial = asyncio.run(accept())
    print(f"Pinned the new certificate of charger {serial}: {grouped(checked)}")
    return 0


def _not_the_one_checked(serial: str, checked: str, presented: str) -> InvalidInput:
    return InvalidInput(
        f"Charger {serial} presents {grouped(presented)}, not the certificate you checked "
        f"({grouped(checked)}): nothing was pinned. Run `commissioner certificate show` again "
        "and find out why it changed."
    )


def cmd_refuse(args: argparse.Namespace) -> int:
    pins = pin_store(args)
    found = asyncio.run(_change(args, pins))
    if isinstance(found, str):
        print(f"Charger {found}'s certificate has not changed: nothing to refuse.")
        return 0
    print(
        f"Kept the pinned certificate of charger {found.serial}. The tool will not log in to "
        f"{args.host} while it presents {grouped(found.presented)[:23]}…; find out why it "
        "changed (firmware update, board swap, another device on that address)."
    )
    return 0
