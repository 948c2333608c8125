"""The site's RS-485 meters: Modbus RTU meters from presets, served on pseudo-terminals.

A site template asks for them inside its `[meter]` table, one table or a list:

    [meter.rtu]
    preset = "Eastron SDM72D"   # any preset; the four Eastron meters the vendor sells for
    unit = 2                    # RS-485 are the SDM230, SDM72D, SDM120CT and SDM72CT
    baud = 9600                 # default: the preset's
    parity = "none"             # none, even or odd; default: the preset's
    stopbits = 1

Each meter reads the site's live grid as the Modbus TCP meter does (app/sim/meter_sim.py) and
goes quiet with the site's `meter_silent` fault. Every client gets its own cable to the meter
(app/sim/rtu_line.py): one for the laptop's USB–RS-485 adapter, listed in the endpoints file
(`"rtu": [{"preset", "unit", "pty", "baud", "parity", "stopbits"}]`), and one per Alfen charger,
handed to its ALB source reader, so Modbus RTU chosen on the ALB page of any charger reads the
meter. A charger entry with `alb_source = "rtu"` is also pre-configured to read the first one.
A system without pseudo-terminals (Windows) serves the site without its RS-485 meters.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.errors import InvalidInput
from app.core.presets import MeterPreset
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.alb_config import rtu_source_properties
from app.sim.meter_sim import GridSource, IntegratingGrid, MeterFaults, MeterModel
from app.sim.modbus_server import SerialModbusServer
from app.sim.rtu_line import PARITIES, PTY_AVAILABLE, RtuLine, SerialSettings
from app.store.presets import builtin_library

if TYPE_CHECKING:  # the runner calls attach_rtu_meters; no import cycle at run time
    from app.sim.runner import SimulatedSite

log = logging.getLogger(__name__)
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
_FIELDS = ("preset", "unit", "baud", "parity", "stopbits")


@dataclass
class RtuMeter:
    """One RS-485 meter: its register model and the cables that lead to it."""

    preset: MeterPreset
    unit: int
    settings: SerialSettings
    model: MeterModel
    lines: list[tuple[RtuLine, SerialModbusServer]] = field(default_factory=list)

    @classmethod
    def build(
        cls,
        preset: MeterPreset,
        grid: GridSource,
        *,
        unit: int | None = None,
        settings: SerialSettings | None = None,
        silent_when: Callable[[], bool] | None = None,
    ) -> RtuMeter:
        t = preset.transport
        chosen = settings or SerialSettings(t.baud, t.parity.letter, 1)
        model = MeterModel(preset, grid, MeterFaults(), silent_when)
        return cls(preset, unit or t.unit_id, chosen, model)

    async def open_line(self) -> RtuLine:
        """A new cable to the meter; its `path` is the serial port the client opens."""
        line = RtuLine(self.settings)
        server = SerialModbusServer(
            {self.unit: self.model},
            line.meter_path,
            baud=self.settings.baud,
            parity="N",  # Linux refuses even parity on a pty; the line judges the rest
            stopbits=self.settings.stopbits,
        )
        line.start()
        try:
            await server.start()
        except BaseException:
            line.stop()
            raise
        self.lines.append((line, server))
        return line

    async def close(self) -> None:
        lines, self.lines = self.lines, []
        for line, server in lines:
            await server.stop()
            line.stop()

    def endpoint(self, path: str) -> dict[str, object]:
        s = self.settings
        parity = {v: k for k, v in PARITIES.items()}[s.parity]
        return {
            "preset": self.preset.name,
            "unit": self.unit,
            "pty": path,
            "baud": s.baud,
            "parity": parity,
            "stopbits": s.stopbits,
        }


def rtu_tables(meter: object) -> list[dict[str, Any]]:
    """The `[meter.rtu]` tables of a template's `[meter]` (none when absent)."""
    spec = meter.get("rtu") if isinstance(meter, dict) else None
    if spec is None:
        return []
    tables = spec if isinstance(spec, list) else [spec]
    if not all(isinstance(t, dict) for t in tables):
        raise InvalidInput("Site template, [meter.rtu]: expected a table or a list of tables.")
    return tables


def meter_settings(table: dict[str, Any], preset: MeterPreset, where: str) -> SerialSettings:
    """Line settings of one `[meter.rtu]` table; a bad one is named with its field."""
    unknown = sorted(set(table) - set(_FIELDS))
    if unknown:
        raise InvalidInput(f"{where}.{unknown[0]}: unknown field (allowed: {', '.join(_FIELDS)})")
    baud = table.get("baud", preset.transport.baud)
    if not isinstance(baud, int) or isinstance(baud, bool) or baud not in BAUD_RATES:
        raise InvalidInput(f"{where}.baud: {baud!r} is not a standard rate")
    parity_name = table.get("parity", preset.transport.parity.name.lower())
    if not isinstance(parity_name, str) or parity_name not in PARITIES:
        raise InvalidInput(f"{where}.parity: {parity_name!r} is not none, even or odd")
    stopbits = table.get("stopbits", 1)
    if not isinstance(stopbits, int) or isinstance(stopbits, bool) or stopbits not in (1, 2):
        raise InvalidInput(f"{where}.stopbits: {stopbits!r} is not 1 or 2")
    return SerialSettings(int(baud), PARITIES[str(parity_name)], int(stopbits))


def attach_rtu_meters(site: SimulatedSite) -> None:
    """Add the template's RS-485 meters to the site's start/stop, endpoints and chargers."""
    tables = rtu_tables(site.template.meter)
    if not tables:
        return
    if not PTY_AVAILABLE:
        log.warning("No pseudo-terminals on this system: the site's RS-485 meters are left out")
        return
    meters = _build_meters(site, tables)

    async def start(running: SimulatedSite) -> None:
        entries = running.extra_endpoints["rtu"]
        for meter in meters:
            entries.append(meter.endpoint((await meter.open_line()).path))
        first = meters[0]
        for node in running.nodes:  # every charger's RS-485 port is wired to the first meter
            line = await first.open_line()
            running.alb_sources.readers[node.charger.serial].rs485 = line
        _preconfigure(running, first)

    async def stop() -> None:
        for meter in meters:
            await meter.close()

    site.add_hook(start, stop)


def _build_meters(site: SimulatedSite, tables: list[dict[str, Any]]) -> list[RtuMeter]:
    """One meter per table, all reading the site's live grid; bad fields named."""
    live = site.live
    grid = IntegratingGrid(
        lambda: ([live.volts(p) for p in (1, 2, 3)], live.meter_reading()),
        live.clock.now,
        power_factor=0.99,
    )
    meters = []
    for n, table in enumerate(tables):
        where = f"{site.template.source}: meter.rtu[{n}]"
        preset = builtin_library().find(str(table.get("preset", "Eastron SDM72D")))
        unit = table.get("unit", preset.transport.unit_id)
        if not isinstance(unit, int) or isinstance(unit, bool) or not 1 <= unit <= 247:
            raise InvalidInput(f"{where}.unit: {unit!r} is not a unit id 1…247")
        settings = meter_settings(table, preset, where)
        meters.append(
            RtuMeter.build(
                preset,
                grid,
                unit=unit,
                settings=settings,
                silent_when=lambda: bool(live.meter_silent),
            )
        )
    return meters


def _preconfigure(site: SimulatedSite, meter: RtuMeter) -> None:
    """Write the RTU source settings of every charger whose entry says `alb_source = "rtu"`."""
    values = rtu_source_properties(meter.preset, meter.unit, meter.settings)
    for spec in site.template.chargers:
        if spec.alb_source == "rtu":
            charger = site.node(spec.serial).charger
            for pid, value in values.items():
                charger.write(PropertyId.parse(pid), value)
