"""`info`, `get`, `set`, `props`, `reboot`: one charger's local API from the terminal.

Keys are the brand's own setting keys as the driver spells them (an Alfen property id, a Trydan
keyword); names, units and the raw details `--json` prints come from the driver
(`setting_records`). The driver is the one whose probe answers at the address (`--driver` when
probing cannot tell); no password is asked for a charger whose API has no login.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from app.commands.address import add_driver_argument
from app.commands.common import (
    add_host_arguments,
    pin_store,
    run_with_client,
    seconds,
    target_of,
)
from app.core.errors import InvalidInput
from app.core.licence import feature_names
from app.drivers import registry
from app.drivers.base import ChargerClient, Driver, SettingRecord


def register(sub: Any) -> None:
    examples = [registry.setting_examples(tag) for tag in registry.tags()]
    one = " or ".join(f"{first}=20" for first, _ in examples)
    both = "; ".join(f"{first} {second}" for first, second in examples)
    p = sub.add_parser("info", help="who a charger is (no password needed for the basics)")
    p.add_argument("host", help="charger address: host, host:port or URL")
    p.add_argument("--password", help="also show licences and current limits")
    p.add_argument("--timeout", type=seconds, default=10.0)
    add_driver_argument(p)
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("get", help=f"read settings by key or keyword, e.g. {both}")
    add_host_arguments(p)
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_get)

    p = sub.add_parser("set", help=f"write settings, e.g. {one}")
    add_host_arguments(p)
    p.add_argument("assignments", nargs="+", metavar="ID=VALUE")
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("props", help="read every setting (full walk)")
    add_host_arguments(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_props)

    p = sub.add_parser("reboot", help="reboot a charger and wait until it is back")
    add_host_arguments(p)
    p.add_argument("--no-wait", action="store_true", help="do not wait for it to come back")
    p.add_argument("--wait-timeout", type=seconds, default=300.0)
    p.set_defaults(handler=cmd_reboot)


def _line(record: SettingRecord) -> str:
    unit = f" {record.unit}" if record.unit else ""
    name = f"  ({record.name})" if record.name else ""
    value = record.value
    shown = ",".join(f"{v:X}" for v in value) if isinstance(value, tuple) else value
    return f"{record.key:<8} = {shown}{unit}{name}"


def _as_json(records: list[SettingRecord]) -> str:
    rows = [
        {
            "id": r.key,
            "value": list(r.value) if isinstance(r.value, tuple) else r.value,
            **r.details,
        }
        for r in records
    ]
    return json.dumps(rows, indent=1)


def cmd_info(args: argparse.Namespace) -> int:
    target = asyncio.run(target_of(args))
    driver = target.driver
    identity = asyncio.run(driver.identify(target.url, pins=pin_store(args), timeout=args.timeout))
    print(
        f"serial    {identity.serial}\nmodel     {identity.model}\n"
        f"firmware  {identity.firmware}\nsockets   {identity.sockets}\n"
        f"driver    {driver.tag}\naddress   {target.url}"
    )
    if not args.password and driver.capabilities.login:
        return 0

    async def more(client: ChargerClient) -> None:
        if client.driver.capabilities.licences:
            licence = await client.licence()
            print("licences  " + (", ".join(feature_names(licence.bits)) or "none"))
        keys = client.driver.summary_keys()
        for record in await client.driver.setting_records(client, keys):
            print(_line(record))

    run_with_client(args, more, target=target)
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    keys: list[str] = []

    def check(driver: Driver) -> None:  # bad keys fail before a password is asked
        keys[:] = [driver.setting_key(text) for text in args.ids]

    async def body(client: ChargerClient) -> list[SettingRecord]:
        return await client.driver.setting_records(client, keys)

    records = run_with_client(args, body, check)
    missing = [key for key in dict.fromkeys(keys) if key not in {r.key for r in records}]
    print(_as_json(records) if args.json else "\n".join(_line(r) for r in records))
    if missing:
        raise InvalidInput("Not on this charger: " + ", ".join(sorted(missing)) + ".")
    return 0


def _parse_assignments(driver: Driver, texts: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for text in texts:
        key, sep, value = text.partition("=")
        if not sep:
            example = registry.setting_examples(driver.tag)[0]
            raise InvalidInput(f"'{text}': expected ID=VALUE, like {example}=20.")
        out[driver.setting_key(key)] = value
    return out


def cmd_set(args: argparse.Namespace) -> int:
    assignments: dict[str, str] = {}

    def check(driver: Driver) -> None:
        assignments.update(_parse_assignments(driver, args.assignments))

    async def body(client: ChargerClient) -> list[SettingRecord]:
        await client.write(assignments)  # the driver turns the typed text into its wire type
        return await client.driver.setting_records(client, assignments)

    for record in run_with_client(args, body, check):
        print(_line(record))
    return 0


def cmd_props(args: argparse.Namespace) -> int:
    async def body(client: ChargerClient) -> list[SettingRecord]:
        return await client.driver.setting_records(client, None)

    records = run_with_client(args, body)
    print(_as_json(records) if args.json else "\n".join(_line(r) for r in records))
    return 0


def cmd_reboot(args: argparse.Namespace) -> int:
    async def body(client: ChargerClient) -> None:
        await client.reboot()
        print(f"Reboot sent to {client.identity.serial}.", flush=True)
        if not args.no_wait:
            await client.wait_until_back(args.wait_timeout)
            print(f"{client.identity.serial} is back.")

    run_with_client(args, body)
    return 0
