"""A Trydan on the shared site: its model follows the site, its servers speak for it.

Each physics tick (app/sim/physics.py) hands the Trydan the site's grid currents without it;
its CT clamp reads them as `HousePower` (everything but the charger, in W at the site's
voltage), the model decides the current it offers (Intensity, limits, Paused, Locked, dynamic
power control against `ContractedPower`), and what the plugged EV draws lands on the grid
phases its wiring says. `GridPower` (house + charger) is then what the site's grid meter sees.
The site starts with no EV plugged in, like its Alfen chargers; the control API plugs one.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.sim.alfen.charger import SimClock
from app.sim.v2c.model import Ev, TrydanModel
from app.sim.v2c.server import SimulatedTrydan
from app.sim.v2c.site_spec import TrydanSpec


@dataclass
class SiteTrydan:
    """The Trydan's model and its place on the site's grid."""

    spec: TrydanSpec
    model: TrydanModel
    currents: tuple[float, float, float] = (0.0, 0.0, 0.0)  # on its own L1..L3

    @property
    def serial(self) -> str:
        return self.spec.serial

    def plug(self, phases: int, max_amps: float) -> None:
        """An EV plugged in; it draws on no more phases than the charger is wired for."""
        self.model.advance()
        wired = self.spec.wiring.phases
        self.model.ev = Ev(connected=True, max_amps=max_amps, phases=min(phases, wired))

    def unplug(self) -> None:
        self.model.advance()
        self.model.ev = Ev(connected=False, max_amps=self.model.ev.max_amps)

    def follow(self, grid: list[float], volts: float) -> list[float]:
        """The currents it adds per grid phase, given the site's grid currents without it."""
        self.model.advance()  # energy so far at the power drawn so far
        self.model.house_watts = sum(grid) * volts
        amps = self.model.drawn_amps()
        phases = min(self.model.phases, self.spec.wiring.phases)
        self.currents = (amps, amps if phases > 1 else 0.0, amps if phases > 2 else 0.0)
        added = [0.0, 0.0, 0.0]
        for current, grid_phase in zip(self.currents, self.spec.wiring.grid_phases, strict=False):
            added[grid_phase - 1] += current
        return added

    def state(self) -> dict[str, object]:
        """What the control API shows of it."""
        ev = self.model.ev
        return {
            "serial": self.serial,
            "driver": "v2c",
            "wiring": self.spec.wiring.value,
            "ev": {"phases": ev.phases, "max_current": ev.max_amps} if ev.connected else None,
            "currents": [round(a, 3) for a in self.currents],
            "offered": round(self.model.offered_amps(), 3),
            "house_power": round(self.model.house_watts, 1),
            "settings": dict(self.model.settings),
            "faults": vars(self.model.faults).copy(),
        }


def build_trydan(spec: TrydanSpec, clock: SimClock) -> SiteTrydan:
    """The Trydan as the template describes it, on the site's clock, no EV plugged in."""
    model = TrydanModel(serial=spec.serial, firmware=spec.firmware, clock=clock.now)
    model.ev = Ev(connected=False)
    model.house_watts = 0.0
    for key, value in spec.settings.items():
        model.write(key, value)
    return SiteTrydan(spec, model)


@dataclass
class TrydanNode:
    """One Trydan on the site and the servers (HTTP API, Modbus TCP) that speak for it."""

    trydan: SiteTrydan
    servers: SimulatedTrydan

    def endpoint(self) -> dict[str, object]:
        return {
            "driver": "v2c",
            "serial": self.trydan.serial,
            "model": self.trydan.spec.model,
            "sockets": 1,
            "http": self.servers.url,
            "modbus": self.servers.modbus_address,
        }


def trydan_servers(trydan: SiteTrydan) -> SimulatedTrydan:
    spec = trydan.spec
    return SimulatedTrydan(trydan.model, http_port=spec.http_port, modbus_port=spec.modbus_port)
