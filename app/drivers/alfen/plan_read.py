"""The reverse of plan_steps: a charger plan from property values read from a charger.

A wizard starts from what the charger has (as-found) and the installer changes fields; a
report shows the as-left settings in the plan's terms. Settings whose properties are missing
or hold values outside the known codes are left unset (None).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TypeVar

from app.core.errors import InvalidInput
from app.core.licence import LicenceKey
from app.core.phases import PhaseMapping
from app.core.plan import (
    UNUSED_MEASURAND,
    AlbPlan,
    AlbSource,
    BackOfficePlan,
    ChargerPlan,
    EmsPlan,
    MeterPlan,
    MeterProtocol,
    P1Interface,
    P1Plan,
    RegisterMap,
)
from app.core.properties import Value
from app.drivers.alfen.plan_steps import (
    EMS_MODE_CODES,
    FUNCTION_CODES,
    MAP_IDS,
    P1_CODES,
    PARITY_CODES,
    PROTOCOL_CODES,
    SOURCE_CODES,
    WORD_ORDER_CODES,
)

E = TypeVar("E", bound=enum.Enum)
ALB_BIT = 0x2
# Everything `charger_plan_from_values` turns into a plan (the second socket's limit apart).
PLAN_KEYS = (
    *("2053_0", "2062_0", "2064_0", "2067_0", "2068_0", "2069_0"),
    *("206A_0", "206F_0", "2071_1", "2129_0", "2185_0", "2191_1"),
    *("2191_2", "2191_3", "21A1_0", "2523_4", "2523_5", "2523_6"),
    *("2530_1", "2530_3", "2530_4", "2574_0", "2574_3", "2575_0"),
    *("2575_1", "2575_2", "5217_0"),
    *MAP_IDS,
)
SOCKET2_KEYS = ("3129_0",)


class _Reader:
    def __init__(self, values: Mapping[str, Value]) -> None:
        self._values = values

    def raw(self, pid: str) -> Value | None:
        return self._values.get(pid)

    def real(self, pid: str) -> float | None:
        value = self.raw(pid)
        return float(value) if isinstance(value, int | float) else None

    def whole(self, pid: str) -> int | None:
        value = self.raw(pid)
        return int(value) if isinstance(value, int | float) else None

    def flag(self, pid: str) -> bool | None:
        value = self.raw(pid)
        return bool(value) if isinstance(value, int | float) else None

    def text(self, pid: str) -> str | None:
        value = self.raw(pid)
        return value if isinstance(value, str) else None

    def code(self, table: Mapping[E, int], pid: str) -> E | None:
        number = self.whole(pid)
        return next((member for member, code in table.items() if code == number), None)


def charger_plan_from_values(serial: str, address: str, values: Mapping[str, Value]) -> ChargerPlan:
    """The settings a charger holds, as a plan that would set them again."""
    read = _Reader(values)
    return ChargerPlan(
        serial=serial,
        address=address,
        licence_key=_licence_key(read.text("21A1_0")),
        station_max_current=read.real("2062_0"),
        socket1_max_current=read.real("2129_0"),
        socket2_max_current=read.real("3129_0"),
        chameleon_min_current=read.real("206A_0"),
        phase_mapping=_phase_mapping(read.text("2069_0")),
        phase_switching=read.flag("2185_0"),
        alb=_alb(read),
        back_office=BackOfficePlan(url=read.text("2071_1"), identity=read.text("2053_0")),
    )


def _licence_key(text: str | None) -> LicenceKey | None:
    try:
        return LicenceKey.parse(text) if text else None
    except InvalidInput:
        return None


def _phase_mapping(text: str | None) -> PhaseMapping | None:
    try:
        return PhaseMapping.parse(text) if text else None
    except InvalidInput:
        return None


def _alb(read: _Reader) -> AlbPlan:
    source = read.code(SOURCE_CODES, "2530_1")
    uses_meter = source is not AlbSource.EMS
    protocol = read.code(PROTOCOL_CODES, "5217_0") if uses_meter else None
    mode = read.whole("2064_0")
    return AlbPlan(
        enabled=bool(mode is not None and mode & ALB_BIT),
        source=source,
        protocol=protocol,
        include_ev=read.flag("206F_0"),
        max_meter_current=read.real("2067_0"),
        safe_current=read.real("2068_0"),
        p1=_p1(read) if protocol is MeterProtocol.DSMR_P1 else None,
        meter=_meter(read, protocol),
        ems=_ems(read) if source in (AlbSource.EMS, AlbSource.METER_EMS) else None,
    )


def _p1(read: _Reader) -> P1Plan:
    interface = read.code(P1_CODES, "2191_1")
    if interface in (P1Interface.TELNET, P1Interface.HOMEWIZARD):
        return P1Plan(interface, read.text("2191_2"), read.whole("2191_3"))
    return P1Plan(interface)


def _meter(read: _Reader, protocol: MeterProtocol | None) -> MeterPlan | None:
    if protocol is MeterProtocol.MODBUS_TCP:
        return MeterPlan(
            register_map=register_map_from_values(read),
            unit_id=read.whole("2523_6"),
            ip=read.text("2523_4"),
            port=read.whole("2523_5"),
        )
    if protocol is MeterProtocol.MODBUS_RTU:
        return MeterPlan(
            register_map=register_map_from_values(read),
            unit_id=read.whole("2575_2"),
            baud=read.whole("2575_0"),
            parity=read.code(PARITY_CODES, "2575_1"),
        )
    return None


def register_map_from_values(read: _Reader | Mapping[str, Value]) -> RegisterMap | None:
    """The register map held in 2570_0..2574_3; unused slots (measurand 0xFF) dropped."""
    reader = read if isinstance(read, _Reader) else _Reader(read)
    arrays = [reader.raw(key) for key in MAP_IDS]
    if not all(isinstance(a, tuple) for a in arrays):
        return None
    measurands, registers, types, scales = (a for a in arrays if isinstance(a, tuple))
    used = [i for i, m in enumerate(measurands) if m != UNUSED_MEASURAND]
    word_order = reader.code(WORD_ORDER_CODES, "2574_0")
    function_code = reader.code(FUNCTION_CODES, "2574_3")
    if word_order is None or function_code is None:
        return None
    return RegisterMap(
        measurands=tuple(measurands[i] for i in used),
        registers=tuple(registers[i] for i in used if i < len(registers)),
        types=tuple(types[i] for i in used if i < len(types)),
        scales=tuple(
            scales[i] - 256 if scales[i] > 127 else scales[i] for i in used if i < len(scales)
        ),
        word_order=word_order,
        function_code=function_code,
    )


def _ems(read: _Reader) -> EmsPlan:
    return EmsPlan(read.code(EMS_MODE_CODES, "2530_3"), read.whole("2530_4"))
