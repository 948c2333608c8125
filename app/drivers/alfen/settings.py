"""Every Alfen setting the tool plans, reads back or tests, declared once.

`PLAN_SETTINGS` ties each plan field (the dotted paths of `app.core.plan.FIELDS`) to the
property that holds it and to how its value is coded (device-protocols.md §2.4–2.5). The write
steps (plan_steps.py), the plan read back from a charger (plan_read.py), the ids to read for
it, and the as-found limits the rules fall back on (plan_facts.py) are all derived from it.
The other names here are settings that belong to no single plan field: the load-balancing
mode, licences, the meter link, the register-map arrays, the SCN block and the live blocks.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from app.core.errors import InvalidInput
from app.core.licence import LicenceKey
from app.core.phases import PhaseMapping
from app.core.plan import (
    AlbSource,
    EmsMode,
    FunctionCode,
    MeterProtocol,
    P1Interface,
    Parity,
    WordOrder,
)
from app.core.values import Value
from app.drivers.steps import SettingKey

# --- settings that are no single plan field ---------------------------------------------------
LB_MODE = "2064_0"  # bits: 0x1 static, 0x2 active load balancing
ALB_BIT = 0x2
ALB_ON = 3  # what the vendor app writes: static + active bits
ALB_OFF = 0
ALB_STATUS = "2066_0"
LICENCE_DEVICE, LICENCE_KEY, LICENCE_BITS = "21A0_0", "21A1_0", "21A2_0"
SOCKETS, PHASES, FIRMWARE = "205E_0", "2189_0", "100A_0"
MODEL = "2050_0"
# The clock: u64 ms since the Unix epoch, UTC; the charger keeps counting from what is written.
# It answers only to `ids=` reads (no category walk lists it).
CLOCK = "2059_0"
BOOT_STATE = "3600_1"  # OCPP boot-notification state
MAP_ARRAYS = ("2570_0", "2571_0", "2572_0", "2573_0")  # measurand, register, type, scale
METER_ENABLED, SLAVE_TYPE, CONNECTION, METER_BRAND = "2523_1", "2523_2", "2523_3", "5218_0"
SLAVE_TYPE_CUSTOM_MAP, METER_BRAND_CUSTOM = 2, 10
CONNECTION_TCP, CONNECTION_RTU = 0, 1
SCN_PHASE_CODES = ("2180_7", "2180_9")  # one SCN phase code per socket
SCN_KEYS = tuple(f"2180_{sub}" for sub in "123456789A")
EXTERNAL_LIMITS = {1: "212A_0", 2: "312A_0"}  # RAM only: what an EMS or script drives
# Per socket: main state, Mode-3 state, the limit in force, current per phase.
SOCKET_KEYS = (
    ("2501_1", "2501_4", "212C_0", ("2221_A", "2221_B", "2221_C")),
    ("2502_1", "2502_4", "312C_0", ("3221_A", "3221_B", "3221_C")),
)


class Codec(enum.Enum):
    """How a plan value is held by the charger."""

    REAL = "real"
    WHOLE = "whole"
    FLAG = "flag"  # 0 / 1
    TEXT = "text"
    CODE = "code"  # an enum member as the charger's number (`codes`)
    PHASE_MAPPING = "phase-mapping"  # `L1L2L3`, …
    LICENCE_KEY = "licence-key"
    CLOCK = "clock"  # True: the laptop's UTC now in ms; never read back as a plan value


@dataclass(frozen=True, slots=True)
class PlanSetting:
    """One plan field and the property that holds it; `variant` tells RTU from TCP meters."""

    path: str
    key: SettingKey
    codec: Codec
    codes: Mapping[Any, int] = field(default_factory=dict)
    variant: str = ""


def _code(name: str, key: SettingKey, codes: Mapping[Any, int], variant: str = "") -> PlanSetting:
    return PlanSetting(name, key, Codec.CODE, codes, variant)


SOURCE_CODES = {AlbSource.METER: 0, AlbSource.METER_EMS: 1, AlbSource.EMS: 3}
PROTOCOL_CODES = {
    MeterProtocol.MODBUS_TCP: 4,
    MeterProtocol.DSMR_P1: 5,
    MeterProtocol.MODBUS_RTU: 6,
    MeterProtocol.TIC: 7,
}
P1_CODES = {P1Interface.SERIAL: 0, P1Interface.TELNET: 1, P1Interface.HOMEWIZARD: 2}
WORD_ORDER_CODES = {WordOrder.HIGH_LOW: 0, WordOrder.LOW_HIGH: 1}
FUNCTION_CODES = {FunctionCode.HOLDING: 3, FunctionCode.INPUT: 4}
PARITY_CODES = {Parity.NONE: 0, Parity.EVEN: 1, Parity.ODD: 2}
EMS_MODE_CODES = {EmsMode.SCN: 1, EmsMode.SOCKET: 2}

PLAN_SETTINGS = (
    PlanSetting("licence_key", LICENCE_KEY, Codec.LICENCE_KEY),
    PlanSetting("station_max_current", "2062_0", Codec.REAL),
    PlanSetting("socket1_max_current", "2129_0", Codec.REAL),
    PlanSetting("socket2_max_current", "3129_0", Codec.REAL, variant="socket2"),
    PlanSetting("chameleon_min_current", "206A_0", Codec.REAL),
    PlanSetting("phase_mapping", "2069_0", Codec.PHASE_MAPPING),
    PlanSetting("phase_switching", "2185_0", Codec.FLAG),
    PlanSetting("back_office.url", "2071_1", Codec.TEXT),
    PlanSetting("back_office.identity", "2053_0", Codec.TEXT),
    _code("alb.source", "2530_1", SOURCE_CODES),
    _code("alb.protocol", "5217_0", PROTOCOL_CODES),
    PlanSetting("alb.include_ev", "206F_0", Codec.FLAG),
    PlanSetting("alb.max_meter_current", "2067_0", Codec.REAL),
    PlanSetting("alb.safe_current", "2068_0", Codec.REAL),
    _code("alb.p1.interface", "2191_1", P1_CODES),
    PlanSetting("alb.p1.address", "2191_2", Codec.TEXT),
    PlanSetting("alb.p1.port", "2191_3", Codec.WHOLE),
    _code("alb.ems.mode", "2530_3", EMS_MODE_CODES),
    PlanSetting("alb.ems.validity", "2530_4", Codec.WHOLE),
    PlanSetting("alb.meter.ip", "2523_4", Codec.TEXT),
    PlanSetting("alb.meter.port", "2523_5", Codec.WHOLE),
    PlanSetting("alb.meter.unit_id", "2523_6", Codec.WHOLE, variant="tcp"),
    PlanSetting("alb.meter.unit_id", "2575_2", Codec.WHOLE, variant="rtu"),
    PlanSetting("alb.meter.baud", "2575_0", Codec.WHOLE),
    _code("alb.meter.parity", "2575_1", PARITY_CODES),
    _code("alb.meter.register_map.word_order", "2574_0", WORD_ORDER_CODES),
    _code("alb.meter.register_map.function_code", "2574_3", FUNCTION_CODES),
    PlanSetting("scn.name", "2180_1", Codec.TEXT),
    PlanSetting("scn.first_socket_id", "2180_2", Codec.WHOLE),
    PlanSetting("scn.total_sockets", "2180_3", Codec.WHOLE),
    PlanSetting("scn.alternating_period", "2180_4", Codec.WHOLE),
    PlanSetting("scn.total_current", "2180_5", Codec.WHOLE),
    PlanSetting("scn.socket_safe_current", "2180_6", Codec.WHOLE),
    PlanSetting("scn.total_safe_current", "2180_A", Codec.WHOLE),
    PlanSetting("display_name", "1008_0", Codec.TEXT),
    PlanSetting("set_clock", CLOCK, Codec.CLOCK),
)
_BY_FIELD = {(s.path, s.variant): s for s in PLAN_SETTINGS}


def setting(name: str, variant: str = "") -> PlanSetting:
    """The declaration of plan field `name` (and `variant` where a field has two homes)."""
    try:
        return _BY_FIELD[(name, variant)]
    except KeyError:
        raise InvalidInput(f"The Alfen driver does not hold the plan field '{name}'.") from None


def plan_key(name: str, variant: str = "") -> SettingKey:
    """The property that holds plan field `name`."""
    return setting(name, variant).key


def encode(name: str, value: object, variant: str = "") -> tuple[SettingKey, Value] | None:
    """(property, value as the charger holds it) for a plan value; None when it is unset."""
    if value is None or (name == "set_clock" and not value):
        return None
    found = setting(name, variant)
    return found.key, _encoded(found, value)


def _encoded(found: PlanSetting, value: object) -> Value:
    match found.codec:
        case Codec.CODE:
            return found.codes[value]
        case Codec.FLAG:
            return int(bool(value))
        case Codec.PHASE_MAPPING:
            return value.value if isinstance(value, PhaseMapping) else str(value)
        case Codec.LICENCE_KEY:
            return value.text if isinstance(value, LicenceKey) else str(value)
        case Codec.WHOLE:
            return int(cast(float, value))
        case Codec.CLOCK:
            return laptop_clock_ms()
    return value  # type: ignore[return-value]  # REAL and TEXT are held as they are


def decode(values: Mapping[SettingKey, Value], name: str, variant: str = "") -> Any:
    """The plan value of field `name` in `values`; None when missing or not understood."""
    found = setting(name, variant)
    raw = values.get(found.key)
    number = raw if isinstance(raw, int | float) and not isinstance(raw, bool) else None
    match found.codec:
        case Codec.REAL:
            return float(number) if number is not None else None
        case Codec.WHOLE:
            return int(number) if number is not None else None
        case Codec.FLAG:
            return bool(raw) if isinstance(raw, int | float) else None
        case Codec.TEXT:
            return raw if isinstance(raw, str) else None
        case Codec.CLOCK:
            return None  # a clock read is a moment, not a setting to plan again
        case Codec.CODE:
            whole = int(number) if number is not None else None
            return next((m for m, c in found.codes.items() if c == whole), None)
    return _parsed(found.codec, raw)


def _parsed(codec: Codec, raw: Value | None) -> PhaseMapping | LicenceKey | None:
    if not isinstance(raw, str) or not raw:
        return None
    try:
        return PhaseMapping.parse(raw) if codec is Codec.PHASE_MAPPING else LicenceKey.parse(raw)
    except InvalidInput:
        return None


def plan_read_keys(sockets: int) -> tuple[SettingKey, ...]:
    """What to read for the plan a charger holds (the SCN block apart)."""
    keys = [
        s.key
        for s in PLAN_SETTINGS
        if not s.path.startswith("scn.")
        and s.codec is not Codec.CLOCK
        and (s.variant != "socket2" or sockets > 1)
    ]
    return (*keys, LB_MODE, *MAP_ARRAYS)


def laptop_clock_ms() -> int:
    """The laptop's clock as the charger holds its own: whole ms since the epoch, UTC."""
    return int(time.time() * 1000)
