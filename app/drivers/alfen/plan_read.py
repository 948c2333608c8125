"""The reverse of plan_steps: a charger plan from property values read from a charger.

A wizard starts from what the charger has (as-found) and the installer changes fields; a
report shows the as-left settings in the plan's terms. Settings whose properties are missing
or hold values outside the known codes are left unset (None).
"""

from __future__ import annotations

from collections.abc import Mapping

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
from app.core.values import Value
from app.drivers.alfen.settings import ALB_BIT, LB_MODE, MAP_ARRAYS, decode


def charger_plan_from_values(serial: str, address: str, values: Mapping[str, Value]) -> ChargerPlan:
    """The settings a charger holds, as a plan that would set them again."""
    return ChargerPlan(
        serial=serial,
        address=address,
        licence_key=decode(values, "licence_key"),
        station_max_current=decode(values, "station_max_current"),
        socket1_max_current=decode(values, "socket1_max_current"),
        socket2_max_current=decode(values, "socket2_max_current", "socket2"),
        chameleon_min_current=decode(values, "chameleon_min_current"),
        phase_mapping=decode(values, "phase_mapping"),
        phase_switching=decode(values, "phase_switching"),
        alb=_alb(values),
        back_office=BackOfficePlan(
            url=decode(values, "back_office.url"),
            identity=decode(values, "back_office.identity"),
        ),
        display_name=decode(values, "display_name") or None,  # empty: no name to keep
    )


def _alb(values: Mapping[str, Value]) -> AlbPlan:
    source = decode(values, "alb.source")
    uses_meter = source is not AlbSource.EMS
    protocol = decode(values, "alb.protocol") if uses_meter else None
    mode = values.get(LB_MODE)
    return AlbPlan(
        enabled=isinstance(mode, int | float) and bool(int(mode) & ALB_BIT),
        source=source,
        protocol=protocol,
        include_ev=decode(values, "alb.include_ev"),
        max_meter_current=decode(values, "alb.max_meter_current"),
        safe_current=decode(values, "alb.safe_current"),
        p1=_p1(values) if protocol is MeterProtocol.DSMR_P1 else None,
        meter=_meter(values, protocol),
        ems=_ems(values) if source in (AlbSource.EMS, AlbSource.METER_EMS) else None,
    )


def _p1(values: Mapping[str, Value]) -> P1Plan:
    interface = decode(values, "alb.p1.interface")
    if interface in (P1Interface.TELNET, P1Interface.HOMEWIZARD):
        return P1Plan(interface, decode(values, "alb.p1.address"), decode(values, "alb.p1.port"))
    return P1Plan(interface)


def _meter(values: Mapping[str, Value], protocol: MeterProtocol | None) -> MeterPlan | None:
    if protocol is MeterProtocol.MODBUS_TCP:
        return MeterPlan(
            register_map=register_map_from_values(values),
            unit_id=decode(values, "alb.meter.unit_id", "tcp"),
            ip=decode(values, "alb.meter.ip"),
            port=decode(values, "alb.meter.port"),
        )
    if protocol is MeterProtocol.MODBUS_RTU:
        return MeterPlan(
            register_map=register_map_from_values(values),
            unit_id=decode(values, "alb.meter.unit_id", "rtu"),
            baud=decode(values, "alb.meter.baud"),
            parity=decode(values, "alb.meter.parity"),
        )
    return None


def register_map_from_values(values: Mapping[str, Value]) -> RegisterMap | None:
    """The register map held in the four map arrays; unused slots (measurand 0xFF) dropped."""
    arrays = [values.get(key) for key in MAP_ARRAYS]
    if not all(isinstance(a, tuple) for a in arrays):
        return None
    measurands, registers, types, scales = (a for a in arrays if isinstance(a, tuple))
    used = [i for i, m in enumerate(measurands) if m != UNUSED_MEASURAND]
    word_order = decode(values, "alb.meter.register_map.word_order")
    function_code = decode(values, "alb.meter.register_map.function_code")
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


def _ems(values: Mapping[str, Value]) -> EmsPlan:
    return EmsPlan(decode(values, "alb.ems.mode"), decode(values, "alb.ems.validity"))
