"""`ocpp check`, `ocpp export`, `ocpp push`: the charger's back office (OCPP 1.6J).

`ocpp check HOST` reads the back-office settings and boot state and tries the URL from the
laptop; with `--temporary` (the installer's consent: the charger is pointed elsewhere for a
minute and, by default, rebooted twice) it runs a central system here, points the charger at it
through the journal, watches the exchange and puts the customer's URL back. The result goes to
the reports folder as JSON. Exit codes: 0 passed, 2 failed, 1 error.

`ocpp export PLAN` writes the ChangeConfiguration sets a back office imports (JSON or CSV);
`ocpp push EXPORT` runs a central system here and applies such an export to each charger that
connects with a listed identity (app/workflows/ocpp_push.py).
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from app.commands.apply import load_plan
from app.commands.common import add_host_arguments, bounded, data_dir, run_with_client, seconds
from app.core.endpoints import Endpoint
from app.core.errors import InvalidInput
from app.core.ocpp_export import parse_export, to_csv, to_json
from app.drivers.base import ChargerClient
from app.store.journal import journal_dir
from app.store.ocpp_checks import save_check
from app.store.text_files import read_text_file
from app.transports.ocpp_central import CentralSystem
from app.workflows.ocpp_check import run_check
from app.workflows.ocpp_export import export_plan
from app.workflows.ocpp_push import TAKEN, PushOutcome, push
from app.workflows.sampling import SerialClient
from app.workflows.temporary_settings import JournalLimitWriter, recover

PURPOSE = "back-office check"


def register(sub: Any) -> None:
    ocpp = sub.add_parser(
        "ocpp",
        help="back office (OCPP 1.6J): check a charger's connection, export or push a plan",
        description="Check a charger's back-office connection on site, or hand a plan to a "
        "back office as OCPP configuration.",
    )
    commands = ocpp.add_subparsers(dest="ocpp_command", metavar="ACTION", required=True)
    p = commands.add_parser(
        "check",
        help="report the back-office settings, boot state and reachability",
        description="Without --temporary nothing on the charger changes. With --temporary "
        "the charger is pointed at a back office on this laptop for the check and its own "
        "back-office URL is put back afterwards (journalled: `verify-restore HOST` or "
        "`journal rollback RUN` repair an interrupted check). Exit 0 passed, 2 failed.",
    )
    add_host_arguments(p)
    p.add_argument(
        "--temporary",
        action="store_true",
        help="consent: point the charger at a back office on this laptop for the check "
        "(the charger reboots twice unless --no-reboot)",
    )
    p.add_argument(
        "--listen",
        default="127.0.0.1",
        help="laptop address the charger can reach (default 127.0.0.1: the simulated site)",
    )
    p.add_argument("--wait", type=seconds, default=120.0, help="seconds to wait for the charger")
    p.add_argument(
        "--no-reboot",
        action="store_true",
        help="do not reboot after changing the URL (a charger that takes it at once)",
    )
    p.add_argument("--report-dir", help="where to save the result (default: data dir)")
    p.set_defaults(handler=cmd_check)
    _register_fleet(commands)


def _register_fleet(commands: Any) -> None:
    p = commands.add_parser(
        "export",
        help="write a plan as OCPP ChangeConfiguration sets per charge point identity",
        description="The settings `apply` would write, as the configuration keys a back office "
        "sends (plus whether each charger needs a Reset). The licence key is never exported.",
    )
    p.add_argument("plan", type=Path, help="commissioning plan (TOML)")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    p.set_defaults(handler=cmd_export)
    p = commands.add_parser(
        "push",
        help="run a back office on this laptop and apply an export to chargers that connect",
        description="Chargers pointed at the printed URL get their keys and Reset as they "
        "connect. Exit 0 when every listed charger took its set, 2 otherwise.",
    )
    p.add_argument("export", type=Path, help="an export written by `ocpp export` (JSON or CSV)")
    p.add_argument("--listen", default="127.0.0.1", help="address to listen on")
    p.add_argument("--port", type=bounded(int, 0, 65535, "a port"), default=0)
    p.add_argument("--wait", type=seconds, default=600.0, help="seconds to wait for chargers")
    p.set_defaults(handler=cmd_push)


def cmd_export(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan)
    exports = export_plan(plan)
    text = to_json(plan.name, exports) if args.format == "json" else to_csv(exports)
    if args.output is None:
        print(text, end="")
    else:
        args.output.write_text(text)
        print(f"Wrote {len(exports)} charge point(s) to {args.output}")
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    exports = parse_export(read_text_file(args.export, "export"))

    def report(outcome: PushOutcome) -> None:
        taken = sum(1 for _, status in outcome.answers if status in TAKEN)
        state = "ok" if outcome.ok else f"FAILED: {outcome.problem}"
        reset = f", Reset {outcome.reset}" if outcome.reset else ""
        print(f"{outcome.identity}: {taken} key(s) taken{reset} ({state})", flush=True)

    async def main() -> int:
        async with CentralSystem(host=args.listen, port=args.port) as central:
            print(f"Back office listening: point the chargers at {central.url}", flush=True)
            outcomes = await push(central, exports, wait=args.wait, progress=report)
        return 0 if all(o.ok for o in outcomes) else 2

    return asyncio.run(main())


async def _writer(raw: ChargerClient, args: argparse.Namespace) -> JournalLimitWriter:
    """Put back what an interrupted check left, then a journalled writer for this one."""
    serial, client, journals = raw.identity.serial, SerialClient(raw), journal_dir(data_dir(args))
    for note in await recover(client, journals, serial):
        print(note, flush=True)
    address = str(Endpoint.parse(args.host))
    return JournalLimitWriter(client, journals, serial=serial, address=address, purpose=PURPOSE)


def cmd_check(args: argparse.Namespace) -> int:
    if args.listen.strip() == "":
        raise InvalidInput("--listen needs the laptop's address the charger can reach.")
    reports = Path(args.report_dir) if args.report_dir else data_dir(args) / "reports"

    async def body(raw: ChargerClient) -> int:
        writer = await _writer(raw, args) if args.temporary else None
        result = await run_check(
            raw, writer, listen=args.listen, wait=args.wait, reboot=not args.no_reboot
        )
        for line in result.passive.lines():
            print(line)
        if result.facts is not None:
            print("Timeline (seconds from the start of the temporary back office):")
            for event in result.facts.timeline:
                detail = {k: v for k, v in event.items() if k not in ("at", "identity", "what")}
                print(f"  {event['at']:7.2f}  {event['identity']}  {event['what']}  {detail}")
            print(f"Configuration read: {len(result.facts.keys)} keys")
            for item in result.items:
                print(f"  {'ok ' if item.ok else 'NOT'} {item.text}")
        print(("PASSED: " if result.passed else "FAILED: ") + result.summary)
        print(f"Saved {save_check(result, reports)}")
        return 0 if result.passed else 2

    return run_with_client(args, body)
