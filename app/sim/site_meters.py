"""The site's grid meter: a Modbus TCP meter from a preset and a P1 (DSMR 5) stream over TCP.

Both read the live grid of the physics tick (household loads + EV currents through each
socket's true wiring), and both go quiet with the site's `meter_silent` fault. A site template
asks for them with a `[meter]` table: `preset = "Eastron SDM630"` and `p1 = true`.

A charger entry with `alb_source = "meter"` (or `"p1"`) is pre-configured, once the servers
listen, to read this meter as its ALB source: the properties an installer would write
(`alb_config.modbus_source_properties` / `p1_source_properties`: the meter protocol, the
meter's 127.0.0.1 address and live port, the preset's register map). ALB itself (mode, maximum
meter current, …) stays as the entry's `properties` set it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.errors import InvalidInput
from app.core.presets import MeterPreset
from app.core.values import Value
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.alb_config import modbus_source_properties, p1_source_properties
from app.sim.meter_sim import IntegratingGrid, MeterSimulator
from app.sim.p1 import P1Server
from app.store.presets import builtin_library

if TYPE_CHECKING:  # the runner calls attach_site_meters; no import cycle at run time
    from app.sim.runner import SimulatedSite

DEFAULT_PRESET = "Eastron SDM630"


def attach_site_meters(site: SimulatedSite) -> None:
    """Add the meters the template asks for to the site's start/stop and endpoints."""
    spec: Any = site.template.meter
    if not spec:
        return
    if not isinstance(spec, dict):
        raise InvalidInput("Site template, [meter]: expected a table with preset and p1.")
    live = site.live
    grid = IntegratingGrid(
        lambda: ([live.volts(p) for p in (1, 2, 3)], live.meter_reading()),
        live.clock.now,
        power_factor=0.99,
    )
    preset = builtin_library().find(str(spec.get("preset", DEFAULT_PRESET)))
    meter = MeterSimulator(preset, grid, silent_when=lambda: bool(live.meter_silent))
    p1 = P1Server(
        grid, interval=1.0 / live.clock.scale, silent_when=lambda: bool(live.meter_silent)
    )
    with_p1 = bool(spec.get("p1", True))

    async def start(running: SimulatedSite) -> None:
        await meter.start()
        running.extra_endpoints["meters"].append(
            {
                "name": "grid",
                "preset": preset.name,
                "modbus": f"127.0.0.1:{meter.port}",
                "unit": meter.unit,
            }
        )
        if with_p1:
            await p1.start()
            running.extra_endpoints["p1"].append(
                {"name": "grid", "tcp": f"127.0.0.1:{p1.port}", "dsmr": "5"}
            )
        _preconfigure(running, meter_port=meter.port, unit=meter.unit, preset=preset, p1=p1.port)

    async def stop() -> None:
        if with_p1:
            await p1.stop()
        await meter.stop()

    site.add_hook(start, stop)


def _preconfigure(
    site: SimulatedSite, *, meter_port: int, unit: int, preset: MeterPreset, p1: int
) -> None:
    """Write the ALB source settings of every charger whose entry names one."""
    for spec in site.template.chargers:
        if spec.alb_source not in ("meter", "p1"):  # "rtu": app/sim/rtu_meter.py
            continue
        values: dict[str, Value] = (
            modbus_source_properties(meter_port, preset, unit)
            if spec.alb_source == "meter"
            else p1_source_properties(p1)
        )
        charger = site.node(spec.serial).charger
        for pid, value in values.items():
            charger.write(PropertyId.parse(pid), value)
