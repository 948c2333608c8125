"""`commissioner discover`: list the chargers found on the LAN and over Bluetooth LE."""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import sys
import time
from typing import Any

from app.commands.common import bounded
from app.core.discovery_table import DiscoveredCharger
from app.core.errors import CommissionerError, InvalidInput
from app.drivers import registry
from app.transports.discovery.ble import BleScanner
from app.transports.discovery.hub import DiscoveryHub
from app.transports.discovery.mdns import MdnsBrowser
from app.transports.discovery.sweep import check_sweepable, laptop_interfaces, sweep_networks

SCHEMA_VERSION = 1
LISTEN_SECONDS = bounded(float, 0, 3600, "seconds")
_MAX_TIMEOUT = 600.0


def register(subparsers: Any) -> None:
    """Add the `discover` sub-command."""
    parser = subparsers.add_parser(
        "discover",
        help="list chargers on the LAN (mDNS) and over Bluetooth LE",
        description="Listen for chargers for a few seconds and print one line per charger, "
        "merged over every way it was found.",
    )
    parser.add_argument(
        "--timeout",
        type=LISTEN_SECONDS,
        default=3.0,
        metavar="S",
        help="seconds to listen (default 3)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--no-ble", action="store_true", help="do not scan Bluetooth LE")
    parser.add_argument(
        "--interface",
        action="append",
        metavar="IP",
        help="IPv4 address of the laptop interface to use for mDNS (repeatable; default: all)",
    )
    parser.add_argument(
        "--address",
        action="append",
        default=[],
        metavar="ADDR",
        help="also probe this IP, host name or URL (repeatable)",
    )
    parser.add_argument(
        "--sweep",
        metavar="NETWORK",
        help="also try ports 443/80/502 on every host of NETWORK (at most a /22 of the "
        "laptop's own network), or 'auto' for the laptop's networks; for when multicast is "
        "blocked",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check the options, listen, print the merged list."""
    _check(args)
    entries, notes = asyncio.run(_discover(args))
    for note in notes:
        print(note, file=sys.stderr)
    if args.json:
        print(json.dumps(to_json(entries), indent=2))
    else:
        print(format_table(entries, args.timeout))
    return 0


def _check(args: argparse.Namespace) -> None:
    if not 0 < args.timeout <= _MAX_TIMEOUT:
        raise InvalidInput(f"--timeout must be more than 0 and at most {_MAX_TIMEOUT:.0f} s.")
    for text in args.interface or []:
        try:
            ipaddress.IPv4Address(text)
        except ValueError:
            raise InvalidInput(
                f"--interface {text}: give the laptop's IPv4 address on that interface."
            ) from None
    if args.sweep and args.sweep != "auto":
        try:
            network = ipaddress.IPv4Network(args.sweep, strict=False)
        except ValueError:
            raise InvalidInput(
                f"--sweep {args.sweep}: give a network such as 192.168.1.0/24, or 'auto'."
            ) from None
        check_sweepable(network, [i.network for i in laptop_interfaces()])


async def _discover(args: argparse.Namespace) -> tuple[tuple[DiscoveredCharger, ...], list[str]]:
    notes: list[str] = []
    async with DiscoveryHub(probes=registry.probes()) as hub:
        mdns = MdnsBrowser(interfaces=args.interface, services=registry.mdns_services())
        await hub.add_source(mdns)
        if not args.no_ble:
            try:
                await hub.add_source(BleScanner(matchers=registry.ble_matchers()))
            except CommissionerError as exc:  # BluetoothUnavailable, or a start that hung
                notes.append(f"Bluetooth: {exc}")
        for text in args.address:
            try:
                await hub.add_manual(text)
            except CommissionerError as exc:
                notes.append(f"{text}: {exc}")
        if args.sweep:
            notes.extend(await _sweep(hub, args.sweep))
        await asyncio.sleep(args.timeout)
        return hub.entries(), notes


async def _sweep(hub: DiscoveryHub, text: str) -> list[str]:
    interfaces = laptop_interfaces()
    local = [i.network for i in interfaces]
    if text == "auto":
        targets = sweep_networks(interfaces)
    else:
        targets = [ipaddress.IPv4Network(text, strict=False)]
    if not targets:
        return ["sweep: the laptop has no IPv4 network to sweep (is the cable plugged in?)"]
    notes = []
    for network in targets:
        result = await hub.sweep(network, local_networks=local)
        if not result.complete:
            notes.append(
                f"sweep: stopped at the time limit after {result.hosts_checked} of "
                f"{result.hosts_total} hosts of {network}."
            )
    return notes


def format_table(entries: tuple[DiscoveredCharger, ...], timeout: float) -> str:
    """One line per charger: serial, model, transports, where to reach it, generation, state."""
    if not entries:
        return (
            f"No chargers found in {timeout:g} s. If the laptop is on the chargers' network, "
            "multicast may be blocked: try --address IP or --sweep auto."
        )
    rows = [("SERIAL", "MODEL", "VIA", "ADDRESS", "GEN", "STATE")]
    for entry in entries:
        lan, ble = entry.lan, entry.ble
        where = (lan.url or f"{lan.address}:{lan.port}") if lan else (ble.address if ble else "")
        via = "+".join(sorted(t.value for t in entry.known_transports))
        state = "stale" if entry.stale else "live"
        generation = lan.generation if lan else ""
        rows.append((entry.serial or "?", entry.model or "?", via, where, generation, state))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def to_json(entries: tuple[DiscoveredCharger, ...]) -> dict[str, Any]:
    """The merged list for machines, with every sighting."""
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": time.time(),
        "devices": [
            {
                "serial": e.serial,
                "model": e.model,
                "stale": e.stale,
                "transports": sorted(t.value for t in e.transports),
                "first_seen": e.first_seen,
                "last_seen": e.last_seen,
                "sightings": [
                    {
                        "transport": s.transport.value,
                        "source": s.source.value,
                        "address": s.address,
                        "port": s.port,
                        "scheme": s.scheme,
                        "generation": s.generation,
                        "name": s.name,
                        "rssi": s.rssi,
                        "stale": s.stale,
                        "last_seen": s.last_seen,
                    }
                    for s in e.sightings
                ],
            }
            for e in entries
        ],
    }
