"""A simulated charger reading its ALB meter over Modbus RTU (5217_0 = 6) on its RS-485 port.

The port is a cable to the site's RS-485 meter (app/sim/rtu_line.py). The charger polls through
its own register map, at the RTU address (2575_2), baud rate (2575_0) and parity (2575_1) of
its ALB page, with one stop bit (it has no setting for them). What a real charger shows when
they are wrong:

- a wrong RTU address: the request goes out and no device on the bus answers it;
- a wrong baud rate, parity or stop bits: the meter sees only framing errors and answers
  nothing either.

Either way the charger never hears its meter: the link state (2540_0) stays "initialising"
while it waits, then turns to "error" once the quiet time has passed, and ALB falls back to
its safe current. A wrong address really goes unanswered on the pseudo-terminal. The line
settings cannot really fail there: a pseudo-terminal carries bytes at any speed, and Linux
drops its parity flag (and refuses even parity outright, so both ends open it without
parity). The simulator therefore compares the charger's settings with the meter's own and,
when they differ, lets the charger's requests go unanswered (the baud rate and stop bits it
sets are also judged by the line itself).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import TYPE_CHECKING

from app.core.measurands import Parity
from app.sim.alfen.alb_config import SourceConfig
from app.sim.rtu_line import RtuLine, framing_matches
from app.transports.meter_reader import Framing, MeterAddress, ModbusLink, NoAnswer

if TYPE_CHECKING:
    from app.sim.alfen.alb_source import SourceReader

NO_RS485_METER = "nothing is wired to the charger's RS-485 port on this site"
_PARITIES = ("N", "E", "O")
_BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


class UnheardLink(ModbusLink):
    """A link whose requests the meter cannot make out: every read waits, then times out."""

    async def read(self, function_code: int, start: int, count: int, unit: int) -> list[int]:
        self.requests += 1
        await asyncio.sleep(self.timeout)
        raise NoAnswer(f"Unit {unit} did not answer on {self.address} (framing mismatch).")


def rtu_link(config: SourceConfig, line: RtuLine, timeout: float) -> ModbusLink:
    """The charger's link to the meter at the far end of `line`, as its settings make it."""
    assert config.serial is not None
    address = MeterAddress(serial_port=line.path, framing=Framing.RTU)
    settings = config.serial
    standard = settings.baud in _BAUD_RATES and settings.parity in _PARITIES
    heard = standard and framing_matches(settings, line.meter)
    return (ModbusLink if heard else UnheardLink)(
        address,
        timeout=timeout,
        retries=0,
        baud=settings.baud if standard else 9600,
        parity=Parity.NONE,  # Linux refuses even parity on a pty: judged by framing_matches
    )


async def follow_rtu(reader: SourceReader, config: SourceConfig, boot: int) -> None:
    """Poll the RS-485 meter like a TCP one, until the charger reboots."""
    line = reader.rs485
    if line is None:
        reader._show(replace(config, problem=NO_RS485_METER))
        await reader._wait_while(lambda: reader._same_boot(boot))
        return
    await reader._follow_modbus(config, boot, lambda timeout: rtu_link(config, line, timeout))
