"""`commissioner meter read|check` and `commissioner presets list|show|validate|import|export`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from app.commands.common import bounded, data_dir, seconds
from app.core.errors import CommissionerError, InvalidInput
from app.core.measurands import MeterReading
from app.core.meter_check import CheckResult, Reference
from app.core.preset_dump import dump_preset
from app.core.presets import MeterPreset
from app.drivers.alfen.meter_map import to_register_map
from app.store import presets as preset_files
from app.transports.meter_probe import ScanHit, find_meter, identify
from app.transports.meter_reader import Framing, MeterAddress, ModbusLink, read_meter
from app.transports.serial_scan import scan_serial

EXIT_PROPOSALS = 2


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    meter = sub.add_parser("meter", help="read or check an energy meter over Modbus")
    msub = meter.add_subparsers(dest="meter_command", metavar="ACTION", required=True)
    read = msub.add_parser("read", help="one reading through a preset")
    _address_args(read)
    read.add_argument("--preset", required=True, help="preset name, e.g. eastron-sdm630")
    read.set_defaults(handler=_read)
    check = msub.add_parser(
        "check",
        help="find the meter (unit id, framing), check presets, propose fixes",
        description="Exit code 0: plausible as is; 2: corrections proposed; 1: error.",
    )
    _address_args(check)
    check.add_argument("--preset", help="check only this preset (default: all presets)")
    check.add_argument("--clamp", help="clamp-meter currents per phase in A, e.g. 10.2,4.9,2.1")
    check.add_argument(
        "--importing", choices=("yes", "no"), help="whether the site draws from the grid right now"
    )
    check.add_argument("--units", default="1-247", help="unit ids to scan, e.g. 1-247 or 1,2,5")
    check.add_argument("--save", type=Path, help="write the proposed preset to this file")
    check.set_defaults(handler=_check)
    _register_presets(sub)


def _register_presets(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    presets = sub.add_parser("presets", help="list, show, validate, import or export presets")
    psub = presets.add_subparsers(dest="presets_command", metavar="ACTION", required=True)
    psub.add_parser("list", help="the presets this tool knows").set_defaults(handler=_list)
    show = psub.add_parser("show", help="print a preset (name or file)")
    show.add_argument("preset")
    show.add_argument(
        "--format",
        choices=("toml", "json", "charger"),
        default="toml",
        help="charger: the register-map properties written to the charger",
    )
    show.set_defaults(handler=_show)
    validate = psub.add_parser("validate", help="check preset files")
    validate.add_argument("files", nargs="+", type=Path)
    validate.set_defaults(handler=_validate)
    imp = psub.add_parser("import", help="add a preset file to your presets")
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true", help="overwrite an earlier import")
    imp.set_defaults(handler=_import)
    exp = psub.add_parser("export", help="write a preset to a .toml or .json file")
    exp.add_argument("preset")
    exp.add_argument("file", type=Path)
    exp.set_defaults(handler=_export)


def _address_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "address",
        metavar="HOST[:PORT]",
        help="meter or gateway, or a serial port such as /dev/ttyUSB0",
    )
    parser.add_argument(
        "--unit",
        type=bounded(int, 0, 247, "a unit id"),
        help="Modbus unit id (default: the preset's)",
    )
    parser.add_argument(
        "--framing",
        choices=[f.value for f in Framing if f is not Framing.RTU],
        default="tcp",
        help="Modbus TCP, or RTU frames over TCP (gateways)",
    )
    parser.add_argument("--timeout", type=seconds, default=1.0, help="seconds per request")


def _quiet_pymodbus(args: argparse.Namespace) -> None:
    # pymodbus logs every timeout at ERROR with a frame dump; our errors say it better.
    if getattr(args, "verbose", 0) < 2:
        logging.getLogger("pymodbus").setLevel(logging.CRITICAL)


def _library(args: argparse.Namespace) -> preset_files.PresetLibrary:
    return preset_files.load_library(preset_files.library_dirs(data_dir(args)))


def _preset(args: argparse.Namespace, name: str) -> MeterPreset:
    path = Path(name)
    if path.suffix.lower() in preset_files.SUFFIXES and path.exists():
        return preset_files.load_preset_file(path)
    return _library(args).find(name)


def _address(args: argparse.Namespace) -> MeterAddress:
    return MeterAddress.parse(args.address, Framing(args.framing))


def _read(args: argparse.Namespace) -> int:
    _quiet_pymodbus(args)
    preset = _preset(args, args.preset)
    reading = asyncio.run(read_meter(_address(args), preset, unit=args.unit, timeout=args.timeout))
    print(f"{preset.title} at {args.address}, unit {reading.unit}: {reading.requests} request(s)")
    print(format_reading(reading))
    if preset.note:
        print(f"note: {preset.note}")
    return 0


def format_reading(reading: MeterReading) -> str:
    lines = [f"  {m.label:<18} {v:>12.3f} {m.unit}" for m, v in sorted(reading.values.items())]
    lines += [f"  skipped: {note}" for note in reading.notes]
    return "\n".join(lines)


def _reference(args: argparse.Namespace) -> Reference:
    currents: tuple[float, ...] = ()
    if args.clamp:
        try:
            currents = tuple(float(part) for part in args.clamp.split(","))
        except ValueError:
            raise InvalidInput(
                f"--clamp '{args.clamp}': give amperes per phase, like 10.2,4.9,2.1."
            ) from None
    importing = None if args.importing is None else args.importing == "yes"
    return Reference(currents=currents, importing=importing)


def parse_units(text: str) -> list[int]:
    """`1-247`, `1,2,5` or `3`, each 1…247."""
    units: list[int] = []
    try:
        for part in text.split(","):
            low, _, high = part.strip().partition("-")
            units += range(int(low), int(high or low) + 1)
    except ValueError:
        raise InvalidInput(f"--units '{text}': give ids like 1-247 or 1,2,5.") from None
    if not units or any(not 1 <= u <= 247 for u in units):
        raise InvalidInput(f"--units '{text}': unit ids are 1…247.")
    return units


def _check(args: argparse.Namespace) -> int:
    _quiet_pymodbus(args)
    address = _address(args)
    presets = [_preset(args, args.preset)] if args.preset else list(_library(args).presets)
    unit = args.unit or (presets[0].transport.unit_id if args.preset else 1)
    reference, units = _reference(args), parse_units(args.units)
    probe = _probe_serial if address.framing is Framing.RTU else _probe
    hits, results = asyncio.run(probe(address, presets, unit, units, reference, args.timeout))
    return _report(hits, results, args.save)


async def _probe_serial(
    address: MeterAddress,
    presets: list[MeterPreset],
    unit: int,
    units: list[int],
    reference: Reference,
    timeout: float,
) -> tuple[list[ScanHit], list[CheckResult]]:
    """A meter on a serial port: its line settings and unit id, then the presets."""
    port = address.serial_port
    found = await scan_serial(port, unit=unit, units=units, timeout=min(timeout, 0.5))
    if not found:
        return [], []
    first = found[0]
    hits = [ScanHit(Framing.RTU, h.unit, f"{h.answer} at {h.settings}") for h in found]
    link = ModbusLink(address, timeout=timeout, baud=first.baud, parity=first.parity)
    async with link:
        return hits, await identify(link, presets, first.unit, reference)


async def _probe(
    address: MeterAddress,
    presets: list[MeterPreset],
    unit: int,
    units: list[int],
    reference: Reference,
    timeout: float,
) -> tuple[list[ScanHit], list[CheckResult]]:
    probe_timeout = min(timeout, 0.5)
    hits = await find_meter(
        address.host, address.port, unit=unit, units=units, timeout=probe_timeout
    )
    if not hits:
        return hits, []
    first = hits[0]
    where = MeterAddress(address.host, address.port, first.framing)
    async with ModbusLink(where, timeout=timeout) as link:
        return hits, await identify(link, presets, first.unit, reference)


def _report(hits: list[ScanHit], results: list[CheckResult], save: Path | None) -> int:
    if not hits:
        raise CommissionerError(
            "No unit id answered (Modbus TCP and RTU over TCP; on a serial port, at any "
            "baud rate and parity).",
            hint="Check the gateway's serial settings (baud, parity), the RS-485 wiring (A/B) "
            "and that the meter is powered.",
        )
    for hit in hits:
        print(f"answers: unit {hit.unit} ({hit.framing.value}): {hit.answer}")
    if not results:
        raise CommissionerError(
            f"Unit {hits[0].unit} answers, but no preset could be read.",
            hint="The meter may need a custom preset.",
        )
    best = results[0]
    print(
        f"\nbest match: {best.preset.title} ({best.preset.name})"
        f"{'' if best.plausible else ' — NOT plausible'}"
    )
    for finding in best.findings:
        mark = "ok " if finding.ok else "FIX" if finding.proposal else "BAD"
        print(f"  [{mark}] {finding.topic}: {finding.evidence}")
        if finding.proposal:
            print(f"        proposal: {finding.proposal}")
    others = [r.preset.name for r in results[1:] if r.plausible and r.live == best.live]
    if others:
        print(f"\nalso plausible on these registers: {', '.join(others)}")
    if best.preset.note:
        print(f"note: {best.preset.note}")
    if not best.changed:
        return 0 if best.plausible else 1
    text = dump_preset(best.proposed)
    if save is not None:
        preset_files.export_preset(best.proposed, save)
        print(f"\nproposed preset written to {save}")
    else:
        print("\nproposed preset:\n" + text)
    return EXIT_PROPOSALS


def _list(args: argparse.Namespace) -> int:
    library = _library(args)
    print(f"{'name':<22} {'meter':<32} {'ph':>2} {'fc':>2} {'unit':>4} {'map':>3}")
    for p in library.presets:
        t = p.transport
        flag = " *" if p.note else ""
        print(
            f"{p.name:<22} {p.title:<32} {p.phases:>2} {t.function_code:>2} "
            f"{t.unit_id:>4} {len(p.entries):>3}{flag}"
        )
    print("(* has a note for the installer; `presets show NAME`)")
    for problem in library.problems:
        print(f"skipped: {problem}")
    return 0


def _show(args: argparse.Namespace) -> int:
    preset = _preset(args, args.preset)
    if args.format == "charger":
        for pid, value in to_register_map(preset).to_properties().items():
            print(f"{pid} = {value}")
        return 0
    print(dump_preset(preset, args.format), end="")
    return 0


def _validate(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.files:
        try:
            preset = preset_files.load_preset_file(path)
        except InvalidInput as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        print(
            f"ok: {path.name}: {preset.title}, {preset.phases}-phase, "
            f"{len(preset.entries)} measurands"
        )
    return 1 if failed else 0


def _import(args: argparse.Namespace) -> int:
    target = preset_files.import_preset(args.file, data_dir(args), replace=args.replace)
    print(f"imported {args.file.name} as {target}")
    return 0


def _export(args: argparse.Namespace) -> int:
    preset = _preset(args, args.preset)
    preset_files.export_preset(preset, args.file)
    print(f"wrote {preset.title} to {args.file}")
    return 0
