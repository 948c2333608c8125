"""One simulated V2C Trydan: its settings, a simple physics of its own, and its field quirks.

Declared here on purpose rather than taken from the driver, so that a driver mistake shows
against the simulator (device-protocols.md §2.7, §3.2 are the source of both).

Physics, recomputed from the clock on every read: an EV (connected or not, its own maximum
current and phases) draws min(offered current, EV maximum); the offered current is
`Intensity` kept within `MinIntensity`…`MaxIntensity`, and 0 while paused, locked or stopped.
With `Dynamic` on, `DynamicPowerMode` decides: 0 (timed power on) and 4 (grid + solar) cut
the current so that the grid power stays under `ContractedPower` (below the minimum it
pauses when `PauseDynamic` is 1, else keeps the minimum — our reading of "0 modulating, 1
not"); 2 (minimum power) charges the minimum plus the solar surplus; 3 (solar only) the
surplus alone; 5 stops. The CT clamp reads `HousePower` (the house without the charger) and
`GridPower` (house + charger − solar). 230 V per phase.

Quirks, each a switchable fault (`TrydanFaults`): the `IntensityMeasure_L1y` spelling, a
missing comma after `ID`, RealTimeData replies that stall, `ContractedPower` stuck at 4600
(writes answer OK and change nothing), `VoltageInstallation` reported as 298, and a refused
next write (its body instead of `OK`).
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

VOLTS = 230.0
STUCK_POWER = 4600
ODD_VOLTAGE = 298
# The documented writable keywords (§3.2) and the range the simulator accepts for each.
RANGES: dict[str, tuple[int, int]] = {
    "VoltageInstallation": (207, 440),  # 230 V or 400 V, ±10 % (298 is refused too)
    "ChargeMode": (0, 2),
    "Paused": (0, 1),
    "Locked": (0, 1),
    "Timer": (0, 1),
    "Intensity": (6, 32),
    "Dynamic": (0, 1),
    "MinIntensity": (6, 32),
    "MaxIntensity": (6, 32),
    "PauseDynamic": (0, 1),
    "LightLED": (0, 100),
    "LogoLED": (0, 100),
    "DynamicPowerMode": (0, 5),
    "ContractedPower": (-100_000, 100_000),
}
MODBUS_ONLY: dict[str, tuple[int, int]] = {"Payment": (0, 1), "OCPP": (0, 1)}
# Firmware 2.4.x: these answer /read/<Keyword> only, not RealTimeData (§3.2).
READ_ONLY_BY_KEYWORD = ("ChargeMode", "LightLED", "LogoLED")


@dataclass
class TrydanFaults:
    misspelt_l1: bool = False
    missing_comma: bool = False
    stall_seconds: float = 0.0  # every RealTimeData reply waits this long
    stuck_contracted_power: bool = False
    odd_voltage: bool = False
    refuse_next_write: str | None = None  # the body the next write gets instead of OK


@dataclass
class Ev:
    connected: bool = True
    max_amps: float = 16.0
    phases: int = 3


def _defaults() -> dict[str, int]:
    return {
        **{"VoltageInstallation": 230, "ChargeMode": 1, "Paused": 0, "Locked": 0, "Timer": 0},
        **{"Intensity": 16, "Dynamic": 0, "MinIntensity": 6, "MaxIntensity": 32},
        **{"PauseDynamic": 0, "LightLED": 80, "LogoLED": 60, "DynamicPowerMode": 0},
        **{"ContractedPower": 9200, "Payment": 0, "OCPP": 0},
    }


@dataclass
class TrydanModel:
    serial: str = "V2C0012345"
    firmware: str = "2.4.3"
    clock: Callable[[], float] = time.monotonic
    settings: dict[str, int] = field(default_factory=_defaults)
    ev: Ev = field(default_factory=Ev)
    house_watts: float = 1500.0
    solar_watts: float = 0.0
    slave_error: int = 0
    faults: TrydanFaults = field(default_factory=TrydanFaults)
    energy_kwh: float = 0.0
    charge_seconds: float = 0.0
    _last: float | None = None

    # --- settings ---

    def write(self, key: str, value: int) -> bool:
        """Apply a write; False when the keyword is not writable or the value out of range."""
        span = RANGES.get(key) or MODBUS_ONLY.get(key)
        if span is None or not span[0] <= value <= span[1]:
            return False
        if key == "VoltageInstallation" and 253 < value < 360:
            return False
        self.advance()
        if key == "ContractedPower" and self.faults.stuck_contracted_power:
            self.settings[key] = STUCK_POWER
            return True  # answers OK, changes nothing that sticks
        self.settings[key] = value
        return True

    # --- physics ---

    @property
    def phases(self) -> int:
        mode = self.settings["ChargeMode"]
        return 1 if mode == 0 else self.ev.phases

    def _surplus_amps(self) -> float:
        return (self.solar_watts - self.house_watts) / (VOLTS * self.phases)

    def _contracted_amps(self, with_solar: bool) -> float:
        spare = self.settings["ContractedPower"] - self.house_watts
        spare += self.solar_watts if with_solar else 0.0
        return math.floor(spare / (VOLTS * self.phases))

    def offered_amps(self) -> float:
        s = self.settings
        if not self.ev.connected or s["Paused"] or s["Locked"]:
            return 0.0
        low, high = s["MinIntensity"], max(s["MinIntensity"], s["MaxIntensity"])
        offered = float(min(max(s["Intensity"], low), high))
        if not s["Dynamic"]:
            return offered
        mode = s["DynamicPowerMode"]
        if mode == 5:
            return 0.0
        if mode in (0, 4):
            allowed = self._contracted_amps(with_solar=mode == 4)
            if allowed >= low:
                return min(offered, allowed)
            return 0.0 if s["PauseDynamic"] else float(low)
        if mode == 2:
            return min(high, low + max(0.0, math.floor(self._surplus_amps())))
        if mode == 3:
            surplus = math.floor(self._surplus_amps())
            return min(high, surplus) if surplus >= low else 0.0
        return offered

    def drawn_amps(self) -> float:
        return min(self.offered_amps(), self.ev.max_amps) if self.ev.connected else 0.0

    def charge_watts(self) -> float:
        return self.drawn_amps() * VOLTS * self.phases

    def advance(self) -> None:
        """Integrate energy and time up to now at the power drawn since the last call."""
        now = self.clock()
        if self._last is not None and now > self._last:
            watts = self.charge_watts()
            self.energy_kwh += watts * (now - self._last) / 3_600_000.0
            self.charge_seconds += (now - self._last) if watts > 0 else 0.0
        self._last = now

    def charge_state(self) -> int:
        if not self.ev.connected:
            return 0
        return 2 if self.drawn_amps() > 0 else 1

    # --- what the charger reports ---

    def realtime(self) -> dict[str, object]:
        """Every RealTimeData field as the charger would send it (quirks applied)."""
        self.advance()
        s, amps, phases = self.settings, self.drawn_amps(), self.phases
        power = self.charge_watts()
        fields: dict[str, object] = {
            **{"ID": self.serial, "ChargeState": self.charge_state(), "ReadyState": 1},
            **{"ChargePower": round(power, 2), "ChargeEnergy": round(self.energy_kwh, 2)},
            "ChargeTime": int(self.charge_seconds),
            "VoltageInstallation": ODD_VOLTAGE
            if self.faults.odd_voltage
            else s["VoltageInstallation"],
            **{"HousePower": round(self.house_watts, 2), "FVPower": round(self.solar_watts, 2)},
            **{"BatteryPower": 0.0, "SlaveError": self.slave_error},
            **{k: s[k] for k in ("Paused", "Locked", "Timer", "Intensity", "Dynamic")},
            **{k: s[k] for k in ("MinIntensity", "MaxIntensity", "PauseDynamic")},
            **{k: s[k] for k in ("DynamicPowerMode", "ContractedPower")},
            **{"FirmwareVersion": self.firmware, "SSID": "site-wifi", "IP": "127.0.0.1"},
            "SignalStatus": 3,
        }
        l1 = "IntensityMeasure_L1y" if self.faults.misspelt_l1 else "IntensityMeasure_L1"
        for p, name in enumerate((l1, "IntensityMeasure_L2", "IntensityMeasure_L3"), start=1):
            fields[name] = round(amps if p <= phases else 0.0, 2)
        for p in (1, 2, 3):
            fields[f"VoltageMeasure_L{p}"] = VOLTS if p <= self.ev.phases or p == 1 else 0.0
        fields["GridPower"] = round(self.house_watts + power - self.solar_watts, 2)
        fields["Phases"] = phases
        fields["PhotovoltaicOn"] = int(self.solar_watts > 0)
        fields["MAC"] = "02:00:00:00:12:34"
        return fields

    def realtime_body(self) -> str:
        text = json.dumps(self.realtime(), separators=(",", ":"))
        if self.faults.missing_comma:  # firmware 1.7.20: no comma after the ID field
            head = json.dumps({"ID": self.serial}, separators=(",", ":"))[:-1] + ","
            text = text.replace(head, head[:-1], 1)
        return text

    def read(self, key: str) -> object | None:
        """One keyword as `/read/<Keyword>` answers it (None: the firmware lacks it)."""
        if key in READ_ONLY_BY_KEYWORD:
            return self.settings[key]
        return self.realtime().get(key)

    def registers(self) -> dict[str, int]:
        """Values of the Modbus read block, whole numbers (see registers.py)."""
        self.advance()
        s = self.settings
        return {
            **{"ChargeState": self.charge_state(), "ChargePower": round(self.charge_watts())},
            **{"ChargeEnergy": round(self.energy_kwh), "SlaveError": self.slave_error},
            **{"ChargeTime": int(self.charge_seconds), "PWM": round(self.offered_amps() / 0.6)},
            **{"HousePower": round(self.house_watts), "FVPower": round(self.solar_watts)},
            **{k: s[k] for k in ("Paused", "Locked", "Timer", "Intensity", "Dynamic")},
            **{k: s[k] for k in ("Payment", "OCPP", "MinIntensity", "MaxIntensity")},
            **{k: s[k] for k in ("PauseDynamic", "DynamicPowerMode", "ContractedPower")},
        }
