"""Where a simulated charger's ALB gets its measurements, read from the charger's own properties.

The charger reads its source configuration at boot, like a real one ("save, then reboot",
vendor guide §5.3.4): `read_config` is called again after every reboot.

- 5217_0 = 4, Modbus TCP meter: 2523_1 enabled, 2523_2 slave type (1 Socomec, 2 the custom
  map 2570_0–2575_2), 2523_3 connection (0 TCP, 1 RTU over TCP, 2 UDP), 2523_4 IP, 2523_5 port,
  2523_6 unit;
- 5217_0 = 5, DSMR P1: 2191_1 interface (1 telnet/TCP), 2191_2 IP, 2191_3 port;
- 5217_0 = 6, Modbus RTU on the charger's RS-485 port: 2575_2 unit (the RTU address), 2575_0
  baud rate, 2575_1 parity (0 none, 1 even, 2 odd), and the register map as for TCP. The
  charger has no stop-bit setting (none in its property list): it frames with one stop bit.
  The site's RS-485 meter (app/sim/rtu_meter.py) is at the other end of the port;
- 5217_0 = 7, TIC (Linky): the site's TIC meter, wired to every charger (app/sim/tic_site.py;
  no address to set: the TIC input is a pair of wires);
- 5217_0 = -1, or ALB data source 2530_1 = 3 (EMS): no meter.

The simulator only ever connects to 127.0.0.1: any other address is reported as unreachable.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from app.core.errors import InvalidInput
from app.core.presets import MeterPreset
from app.core.values import Value
from app.drivers.alfen.meter_map import (
    MAP_IDS,
    ChargerRegisterMap,
    fit_to_slots,
    from_register_map,
    to_register_map,
)
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.alb import uses_ems
from app.sim.alfen.charger import SimCharger
from app.sim.rtu_line import SerialSettings
from app.store.presets import builtin_library
from app.transports.meter_reader import Framing

P = PropertyId.parse
LOOPBACK = ("127.0.0.1", "localhost")
SOCOMEC_PRESET = "socomec-countis-e"  # the charger's built-in slave type 1 (2523_2)
PROTOCOL_MODBUS_TCP, PROTOCOL_P1, PROTOCOL_MODBUS_RTU = 4, 5, 6
PROTOCOL_TIC = 7
RTU_PARITIES = {0: "N", 1: "E", 2: "O"}  # 2575_1
CONNECTION_RTU = 1  # 2523_3
SLAVE_SOCOMEC, SLAVE_CUSTOM = 1, 2
P1_TELNET = 1


class SourceKind(enum.Enum):
    """What the charger reads: nothing, a Modbus TCP meter, a P1 stream over TCP, or the TIC
    meter on its TIC input."""

    NONE = "none"
    MODBUS = "modbus"
    P1 = "p1"
    TIC = "tic"
    RTU = "rtu"


@dataclass(frozen=True)
class SourceConfig:
    """The source as the charger understood its settings at boot; `problem` says why it
    cannot be read (then the charger has no data and falls back to its safe current)."""

    kind: SourceKind = SourceKind.NONE
    host: str = ""
    port: int = 0
    unit: int = 1
    framing: Framing = Framing.TCP
    preset: MeterPreset | None = None
    problem: str = ""
    serial: SerialSettings | None = None  # Modbus RTU: how the charger frames its bytes

    def describe(self) -> str:
        if self.kind is SourceKind.NONE:
            return "no meter"
        if self.kind is SourceKind.TIC:
            return f"tic ({self.problem})" if self.problem else "tic"
        if self.serial is not None:
            where = f"rtu unit {self.unit}, {self.serial.describe()}"
            return f"{where} ({self.problem})" if self.problem else where
        where = f"{self.kind.value} {self.host}:{self.port}"
        return f"{where} ({self.problem})" if self.problem else where


def read_config(charger: SimCharger) -> SourceConfig:
    """The ALB source the charger's properties describe now."""
    if uses_ems(charger):
        return SourceConfig()
    protocol = _int(charger, "5217_0")
    if protocol == PROTOCOL_MODBUS_TCP:
        return _modbus(charger)
    if protocol == PROTOCOL_P1:
        return _p1(charger)
    if protocol == PROTOCOL_TIC:
        return SourceConfig(SourceKind.TIC)
    if protocol == PROTOCOL_MODBUS_RTU:
        return _rtu(charger)
    return SourceConfig()


def _int(charger: SimCharger, pid: str) -> int:
    value = charger.values.get(P(pid), 0)
    return int(value) if isinstance(value, int | float) else 0


def _modbus(charger: SimCharger) -> SourceConfig:
    if _int(charger, "2523_1") != 1:
        return SourceConfig(problem="the Modbus TCP smart meter is not enabled (2523_1 = 0)")
    host = str(charger.values.get(P("2523_4"), "")).strip()
    base = SourceConfig(
        SourceKind.MODBUS, host=host, port=_int(charger, "2523_5"), unit=_int(charger, "2523_6")
    )
    connection = _int(charger, "2523_3")
    if connection not in (0, 1):
        return replace(base, problem=f"connection type {connection} (UDP) is not simulated")
    framing = Framing.TCP if connection == 0 else Framing.RTU_OVER_TCP
    problem = _address_problem(host, base.port)
    try:
        preset = _preset(charger)
    except InvalidInput as exc:
        return replace(base, framing=framing, problem=f"register map: {exc}")
    return replace(base, framing=framing, preset=preset, problem=problem)


def _rtu(charger: SimCharger) -> SourceConfig:
    """Modbus RTU: the RTU address, baud rate and parity of the ALB page, the charger's map."""
    parity = RTU_PARITIES.get(_int(charger, "2575_1"), "?")
    serial = SerialSettings(_int(charger, "2575_0"), parity, 1)
    base = SourceConfig(SourceKind.RTU, unit=_int(charger, "2575_2"), serial=serial)
    try:
        return replace(base, framing=Framing.RTU, preset=_preset(charger))
    except InvalidInput as exc:
        return replace(base, framing=Framing.RTU, problem=f"register map: {exc}")


def _preset(charger: SimCharger) -> MeterPreset:
    """The register map the charger uses: its built-in Socomec one, or its custom map."""
    if _int(charger, "2523_2") == SLAVE_SOCOMEC:
        return builtin_library().find(SOCOMEC_PRESET)
    values: dict[str, Value] = {}
    for pid in MAP_IDS:
        key = P(pid)
        if key in charger.values:
            values[pid] = charger.values[key]
    return from_register_map(ChargerRegisterMap.from_properties(values))


def _p1(charger: SimCharger) -> SourceConfig:
    host = str(charger.values.get(P("2191_2"), "")).strip()
    base = SourceConfig(SourceKind.P1, host=host, port=_int(charger, "2191_3"))
    interface = _int(charger, "2191_1")
    if interface != P1_TELNET:
        what = {0: "a serial P1 cable", 2: "a HomeWizard Wi-Fi P1"}.get(interface, "unknown")
        return replace(base, problem=f"P1 interface {interface} ({what}) is not simulated")
    return replace(base, problem=_address_problem(host, base.port))


def _address_problem(host: str, port: int) -> str:
    if host not in LOOPBACK:
        return f"{host or 'no address'} is not on this simulated site (only 127.0.0.1 is)"
    if not 1 <= port <= 65535:
        return f"port {port} is not 1…65535"
    return ""


def modbus_source_properties(port: int, preset: MeterPreset, unit: int) -> dict[str, Value]:
    """What an installer writes to read `preset`'s meter at 127.0.0.1:`port` (custom map)."""
    values = dict(to_register_map(fit_to_slots(preset)).to_properties())
    values.update(
        {
            "5217_0": PROTOCOL_MODBUS_TCP,
            "2530_1": 0,
            "2523_1": 1,
            "2523_2": SLAVE_CUSTOM,
            "2523_3": 0,
            "2523_4": "127.0.0.1",
            "2523_5": port,
            "2523_6": unit,
        }
    )
    return values


def rtu_source_properties(
    preset: MeterPreset, unit: int, settings: SerialSettings
) -> dict[str, Value]:
    """What an installer writes to read `preset`'s meter on the charger's RS-485 port."""
    values = dict(to_register_map(fit_to_slots(preset)).to_properties())
    parity = {letter: code for code, letter in RTU_PARITIES.items()}[settings.parity]
    values.update(
        {
            "5217_0": PROTOCOL_MODBUS_RTU,
            "2530_1": 0,
            "2523_1": 1,
            "2523_2": SLAVE_CUSTOM,
            "2523_3": CONNECTION_RTU,
            "2575_0": settings.baud,
            "2575_1": parity,
            "2575_2": unit,
        }
    )
    return values


def p1_source_properties(port: int) -> dict[str, Value]:
    """What an installer writes to read a P1-to-TCP gateway at 127.0.0.1:`port`."""
    return {
        "5217_0": PROTOCOL_P1,
        "2530_1": 0,
        "2191_1": P1_TELNET,
        "2191_2": "127.0.0.1",
        "2191_3": port,
    }


def tic_source_properties() -> dict[str, Value]:
    """What an installer writes to balance on the TIC meter wired to the charger."""
    return {"5217_0": PROTOCOL_TIC, "2530_1": 0}
