"""The TIC meter of a site template, and its place on the running site.

A template asks for one with a `[tic]` table:

    [tic]
    mode = "standard"        # or "historic" (the default, as a Linky leaves the factory)
    phases = 3               # 1 or 3
    subscribed_amps = 60     # ISOUSC (historic); PREF/PCOUP are derived from it (standard)
    interval = 1.5           # seconds of site time between frames (1 to 2 on a real meter)
    port = 0                 # TCP port on 127.0.0.1, 0 for any free one

The meter reads the same live grid as the site's Modbus and P1 meters (and goes quiet with the
site's `meter_silent` fault as they do). Every Alfen charger of the site is wired to it: a
charger whose meter protocol is TIC reads it from its next boot on (app/sim/alfen/tic_alb.py).
A charger entry with `alb_source = "tic"` is pre-configured at start to do so
(`alb_config.tic_source_properties`: the protocol and the meter as ALB data source).
The endpoints file lists it under `"tic"`, and the control API switches its faults.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.errors import InvalidInput
from app.core.tic import TicError, TicMode
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.alb_config import tic_source_properties
from app.sim.meter_sim import IntegratingGrid
from app.sim.tic import DEFAULT_INTERVAL, TicMeter

if TYPE_CHECKING:  # the runner calls attach_tic_meter; no import cycle at run time
    from app.sim.runner import SimulatedSite

_FIELDS = ("mode", "phases", "subscribed_amps", "interval", "port")


@dataclass(frozen=True)
class TicSpec:
    mode: TicMode = TicMode.HISTORIC
    phases: int = 3
    subscribed_amps: int = 60
    interval: float = DEFAULT_INTERVAL
    port: int = 0


def tic_spec(raw: object, source: str) -> TicSpec | None:
    """The `[tic]` table checked; None when the template has none. Errors name file and field."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise InvalidInput(f"{source}: tic: expected a table")
    unknown = sorted(set(raw) - set(_FIELDS))
    if unknown:
        allowed = ", ".join(_FIELDS)
        raise InvalidInput(f"{source}: tic.{unknown[0]}: unknown field (allowed: {allowed})")
    try:
        mode = TicMode.parse(str(raw.get("mode", "historic")))
    except TicError:
        raise InvalidInput(f"{source}: tic.mode: must be historic or standard") from None
    return TicSpec(
        mode=mode,
        phases=int(_whole(raw, "phases", 3, source, (1, 3))),
        subscribed_amps=int(_number(raw, "subscribed_amps", 60, source, 1, 99)),
        interval=_number(raw, "interval", DEFAULT_INTERVAL, source, 0.1, 10.0),
        port=int(_number(raw, "port", 0, source, 0, 65535)),
    )


def _number(raw: dict[str, object], name: str, default: float, source: str, low: float,
            high: float) -> float:  # fmt: skip
    value = raw.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        wanted = f"a number {low:g}…{high:g}"
        raise InvalidInput(f"{source}: tic.{name}: expected {wanted}, got {value!r}")
    return float(value)


def _whole(raw: dict[str, object], name: str, default: int, source: str,
           allowed: tuple[int, ...]) -> int:  # fmt: skip
    value = raw.get(name, default)
    if isinstance(value, bool) or value not in allowed:
        choices = " or ".join(map(str, allowed))
        raise InvalidInput(f"{source}: tic.{name}: must be {choices}, got {value!r}")
    return int(value)  # type: ignore[call-overload]


def _french_now() -> datetime:
    try:
        return datetime.now(ZoneInfo("Europe/Paris"))
    except ZoneInfoNotFoundError:
        return datetime.now().astimezone()


def attach_tic_meter(site: SimulatedSite) -> None:
    """Add the template's TIC meter (if any) to the site's start/stop, endpoints and faults."""
    spec = site.template.tic
    if spec is None:
        return
    live = site.live
    grid = IntegratingGrid(
        lambda: ([live.volts(p) for p in (1, 2, 3)], live.meter_reading()),
        live.clock.now,
        power_factor=0.99,
    )
    meter = TicMeter(
        grid,
        mode=spec.mode,
        phases=spec.phases,
        interval=spec.interval / live.clock.scale,
        subscribed_amps=spec.subscribed_amps,
        clock=_french_now,
        silent_when=lambda: bool(live.meter_silent),
        port=spec.port,
    )
    site.tic_meters.append(meter)

    async def start(running: SimulatedSite) -> None:
        await meter.start()
        running.extra_endpoints["tic"].append(meter.endpoint())
        if running.control is not None:
            running.control.tic_meters.append(meter)
        running.alb_sources.wire_tic(f"127.0.0.1:{meter.port}")
        for charger_spec in running.template.chargers:
            if charger_spec.alb_source == "tic":
                charger = running.node(charger_spec.serial).charger
                for pid, value in tic_source_properties().items():
                    charger.write(PropertyId.parse(pid), value)

    site.add_hook(start, meter.stop)
