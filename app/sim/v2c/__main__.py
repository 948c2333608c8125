"""Serve one simulated Trydan until interrupted: `python -m app.sim.v2c [--fault NAME] …`.

Prints its endpoints as one JSON line (`{"driver": "v2c", "serial": …, "http": …, "modbus":
…}`), the shape the site's endpoints file gives a Trydan. Faults: misspelt_l1,
missing_comma, stall (3 s), stuck_contracted_power, odd_voltage.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json

from app.sim.v2c.model import TrydanFaults, TrydanModel
from app.sim.v2c.server import SimulatedTrydan

FAULTS = {
    "misspelt_l1": ("misspelt_l1", True),
    "missing_comma": ("missing_comma", True),
    "stall": ("stall_seconds", 3.0),
    "stuck_contracted_power": ("stuck_contracted_power", True),
    "odd_voltage": ("odd_voltage", True),
}


def _faults(names: list[str]) -> TrydanFaults:
    faults = TrydanFaults()
    for name in names:
        attribute, value = FAULTS[name]
        setattr(faults, attribute, value)
    return faults


async def _serve(args: argparse.Namespace) -> None:
    model = TrydanModel(serial=args.serial, faults=_faults(args.fault))
    async with SimulatedTrydan(model, http_port=args.http_port, modbus_port=args.modbus_port) as t:
        endpoints = {"driver": "v2c", "serial": model.serial, "http": t.url}
        print(json.dumps({**endpoints, "modbus": t.modbus_address}), flush=True)
        await asyncio.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m app.sim.v2c", description=__doc__)
    parser.add_argument("--serial", default="V2C0012345")
    parser.add_argument("--http-port", type=int, default=0)
    parser.add_argument("--modbus-port", type=int, default=0)
    parser.add_argument("--fault", action="append", default=[], choices=sorted(FAULTS))
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(parser.parse_args()))


if __name__ == "__main__":
    main()
