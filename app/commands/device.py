"""`info`, `get`, `set`, `props`, `reboot`: one charger's local API from the terminal."""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from app.commands.common import add_host_arguments, pin_store, run_with_client
from app.core.endpoints import Endpoint
from app.core.errors import InvalidInput
from app.core.licence import feature_names
from app.core.properties import PropertyId, PropertyValue
from app.drivers.alfen.catalogue import CATALOGUE
from app.drivers.alfen.client import AlfenClient
from app.drivers.alfen.session import AlfenSession

_LIMIT_IDS = ("2062_0", "2129_0", "3129_0", "212C_0", "312C_0", "2067_0", "2068_0")


def register(sub: Any) -> None:
    p = sub.add_parser("info", help="who a charger is (no password needed for the basics)")
    p.add_argument("host", help="charger address: host, host:port or URL")
    p.add_argument("--password", help="also show licences and current limits")
    p.add_argument("--timeout", type=float, default=10.0)
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("get", help="read properties by id, e.g. 2062_0 2221_16")
    add_host_arguments(p)
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_get)

    p = sub.add_parser("set", help="write properties, e.g. 2062_0=20")
    add_host_arguments(p)
    p.add_argument("assignments", nargs="+", metavar="ID=VALUE")
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("props", help="read every property (full walk)")
    add_host_arguments(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_props)

    p = sub.add_parser("reboot", help="reboot a charger and wait until it is back")
    add_host_arguments(p)
    p.add_argument("--no-wait", action="store_true", help="do not wait for it to come back")
    p.add_argument("--wait-timeout", type=float, default=300.0)
    p.set_defaults(handler=cmd_reboot)


def _line(value: PropertyValue) -> str:
    spec = CATALOGUE.get(value.id)
    unit = f" {spec.unit}" if spec and spec.unit else ""
    name = f"  ({spec.name})" if spec else ""
    shown = (
        ",".join(f"{v:X}" for v in value.value) if isinstance(value.value, tuple) else value.value
    )
    return f"{value.id.wire:<8} = {shown}{unit}{name}"


def _as_json(values: list[PropertyValue]) -> str:
    rows = [
        {
            "id": v.id.wire,
            "value": list(v.value) if isinstance(v.value, tuple) else v.value,
            "type": int(v.type),
            "access": int(v.access),
            "cat": v.category,
        }
        for v in values
    ]
    return json.dumps(rows, indent=1)


def cmd_info(args: argparse.Namespace) -> int:
    endpoint = Endpoint.parse(args.host)
    session = AlfenSession(endpoint, "", pins=pin_store(args), timeout=args.timeout)
    identity = asyncio.run(session.identify())
    print(
        f"serial    {identity.serial}\nmodel     {identity.model}\n"
        f"firmware  {identity.firmware}\nsockets   {identity.sockets}\n"
        f"address   {endpoint}"
    )
    if not args.password:
        return 0

    async def more(client: AlfenClient) -> None:
        licence = await client.licence()
        print("licences  " + (", ".join(feature_names(licence.bits)) or "none"))
        for value in (await client.read(_LIMIT_IDS)).values():
            print(_line(value))

    run_with_client(args, more)
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    ids = [PropertyId.parse(text) for text in args.ids]  # bad ids fail before connecting

    async def body(client: AlfenClient) -> list[PropertyValue]:
        return list((await client.read(ids)).values())

    values = run_with_client(args, body)
    missing = sorted(set(ids) - {v.id for v in values})
    print(_as_json(values) if args.json else "\n".join(_line(v) for v in values))
    if missing:
        raise InvalidInput("Not on this charger: " + ", ".join(p.wire for p in missing) + ".")
    return 0


def _parse_assignments(texts: list[str]) -> dict[PropertyId, str]:
    out: dict[PropertyId, str] = {}
    for text in texts:
        key, sep, value = text.partition("=")
        if not sep:
            raise InvalidInput(f"'{text}': expected ID=VALUE, like 2062_0=20.")
        out[PropertyId.parse(key)] = value
    return out


def cmd_set(args: argparse.Namespace) -> int:
    assignments = _parse_assignments(args.assignments)

    async def body(client: AlfenClient) -> list[PropertyValue]:
        await client.write(assignments)
        return list((await client.read(assignments)).values())

    for value in run_with_client(args, body):
        print(_line(value))
    return 0


def cmd_props(args: argparse.Namespace) -> int:
    async def body(client: AlfenClient) -> list[PropertyValue]:
        return sorted((await client.snapshot()).values(), key=lambda v: v.id)

    values = run_with_client(args, body)
    print(_as_json(values) if args.json else "\n".join(_line(v) for v in values))
    return 0


def cmd_reboot(args: argparse.Namespace) -> int:
    async def body(client: AlfenClient) -> None:
        await client.reboot()
        print(f"Reboot sent to {client.identity.serial}.", flush=True)
        if not args.no_wait:
            await client.wait_until_back(args.wait_timeout)
            print(f"{client.identity.serial} is back.")

    run_with_client(args, body)
    return 0
