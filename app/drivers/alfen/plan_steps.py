"""A charger plan as an ordered list of steps: licence, property writes, reboot.

Property ids and codes: device-protocols.md §2.4–2.5. Order: the vendor app writes a meter
register map with ALB switched off (2064_0 = 0) and switches it back on afterwards (it always
writes 3: static and active bits). We switch ALB off before any ALB setting and on at the end.
ALB settings take effect after a reboot (guide §5.3.4 "save, then reboot"), and so do the
properties the catalogue marks `reboot`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TypeVar

from app.core.plan import (
    UNUSED_MEASURAND,
    AlbPlan,
    AlbSource,
    ChargerPlan,
    EmsMode,
    FunctionCode,
    MeterPlan,
    MeterProtocol,
    P1Interface,
    P1Plan,
    Parity,
    RegisterMap,
    ScnMemberPlan,
    WordOrder,
)
from app.core.properties import PropertyId, Value
from app.drivers.alfen.catalogue import CATALOGUE
from app.drivers.steps import (
    SettingKey,
    Step,
    StepKind,
    Writes,
    differences,
    same_value,
    targets,
    touched,
)

LB_MODE = "2064_0"
LICENCE_KEY = "21A1_0"
ALB_ON = 3  # what the vendor app writes: static + active bits
ALB_OFF = 0
MAP_IDS = ("2570_0", "2571_0", "2572_0", "2573_0")
MAP_SLOTS = len(CATALOGUE[PropertyId.parse(MAP_IDS[0])].default)  # type: ignore[arg-type]

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
METER_BRAND_CUSTOM = 10  # 5218_0: custom register map
SLAVE_TYPE_CUSTOM_MAP = 2  # 2523_2
CONNECTION_TCP, CONNECTION_RTU = 0, 1  # 2523_3


E = TypeVar("E", bound=enum.Enum)


def charger_steps(plan: ChargerPlan) -> tuple[Step, ...]:
    """The steps that apply a charger plan, in order; always ends with the reboot step."""
    steps: list[Step] = []
    if plan.licence_key is not None:
        steps.append(Step("licence", StepKind.LICENCE, ((LICENCE_KEY, plan.licence_key.text),)))
    alb = plan.alb
    if alb is not None and not alb.enabled:
        steps.append(Step("alb-off", StepKind.WRITE, ((LB_MODE, ALB_OFF),), reboot=True))
    elif alb is not None:
        steps.extend(_alb_steps(alb))
    steps.extend(_plain_steps(plan))
    if plan.scn is not None:
        steps.append(Step("scn", StepKind.WRITE, scn_writes(plan.scn), reboot=True))
    if alb is not None and alb.enabled:
        steps.append(Step("alb-on", StepKind.WRITE, ((LB_MODE, ALB_ON),), reboot=True))
    steps.append(Step("reboot", StepKind.REBOOT))
    return tuple(s for s in steps if s.kind is not StepKind.WRITE or s.values)


def _alb_steps(alb: AlbPlan) -> list[Step]:
    meter = alb.meter if _uses_modbus_meter(alb) else None
    steps = []
    if meter is not None:
        steps.append(Step("meter-link", StepKind.WRITE, _meter_link(alb, meter), reboot=True))
    steps.append(Step("alb-off", StepKind.WRITE, ((LB_MODE, ALB_OFF),), reboot=True))
    if meter is not None and meter.register_map is not None:
        steps.append(
            Step("register-map", StepKind.WRITE, register_map_writes(meter.register_map), True)
        )
    steps.append(Step("alb-settings", StepKind.WRITE, _alb_settings(alb), reboot=True))
    return steps


def _uses_meter(alb: AlbPlan) -> bool:
    return alb.source is not AlbSource.EMS


def _uses_modbus_meter(alb: AlbPlan) -> bool:
    modbus = (MeterProtocol.MODBUS_RTU, MeterProtocol.MODBUS_TCP)
    return _uses_meter(alb) and alb.protocol in modbus and alb.meter is not None


def _pairs(*items: tuple[str, Value | None]) -> Writes:
    return tuple((key, value) for key, value in items if value is not None)


def _code(table: Mapping[E, int], member: E | None) -> int | None:
    return None if member is None else table[member]


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _meter_link(alb: AlbPlan, meter: MeterPlan) -> Writes:
    rtu = alb.protocol is MeterProtocol.MODBUS_RTU
    return _pairs(
        ("2523_1", 1),
        ("2523_2", SLAVE_TYPE_CUSTOM_MAP if meter.register_map is not None else None),
        ("2523_3", CONNECTION_RTU if rtu else CONNECTION_TCP),
        ("2523_4", None if rtu else meter.ip),
        ("2523_5", None if rtu else meter.port),
        ("2523_6", None if rtu else meter.unit_id),
        ("2575_2", meter.unit_id if rtu else None),
        ("2575_0", meter.baud if rtu else None),
        ("2575_1", _code(PARITY_CODES, meter.parity) if rtu else None),
        ("5218_0", METER_BRAND_CUSTOM if meter.register_map is not None else None),
    )


def register_map_writes(register_map: RegisterMap) -> Writes:
    """The four arrays padded to the charger's slot count, then word order and function code."""

    def padded(items: tuple[int, ...], filler: int) -> tuple[int, ...]:
        return tuple(items) + (filler,) * (MAP_SLOTS - len(items))

    return _pairs(
        ("2570_0", padded(register_map.measurands, UNUSED_MEASURAND)),
        ("2571_0", padded(register_map.registers, 0)),
        ("2572_0", padded(register_map.types, 0)),
        ("2573_0", padded(tuple(s & 0xFF for s in register_map.scales), 0)),  # signed bytes
        ("2574_0", WORD_ORDER_CODES[register_map.word_order]),
        ("2574_3", FUNCTION_CODES[register_map.function_code]),
    )


def _alb_settings(alb: AlbPlan) -> Writes:
    meter = _uses_meter(alb)
    p1 = alb.p1 if meter and alb.protocol is MeterProtocol.DSMR_P1 else None
    ems = alb.ems if alb.source in (AlbSource.EMS, AlbSource.METER_EMS) else None
    return (
        *_pairs(
            ("2530_1", _code(SOURCE_CODES, alb.source)),
            ("5217_0", _code(PROTOCOL_CODES, alb.protocol) if meter else None),
            ("206F_0", _flag(alb.include_ev)),
            ("2067_0", alb.max_meter_current),
            ("2068_0", alb.safe_current),
        ),
        *(_p1_writes(p1) if p1 is not None else ()),
        *(
            _pairs(("2530_3", _code(EMS_MODE_CODES, ems.mode)), ("2530_4", ems.validity))
            if ems
            else ()
        ),
    )


def _p1_writes(p1: P1Plan) -> Writes:
    network = p1.interface in (P1Interface.TELNET, P1Interface.HOMEWIZARD)
    return _pairs(
        ("2191_1", _code(P1_CODES, p1.interface)),
        ("2191_2", p1.address if network else None),
        ("2191_3", p1.port if network else None),
    )


def _plain_steps(plan: ChargerPlan) -> list[Step]:
    phases = _pairs(
        ("2069_0", plan.phase_mapping.value if plan.phase_mapping is not None else None),
        ("2185_0", plan.phase_switching),
    )
    limits = _pairs(
        ("2062_0", plan.station_max_current),
        ("2129_0", plan.socket1_max_current),
        ("3129_0", plan.socket2_max_current),
        ("206A_0", plan.chameleon_min_current),
    )
    office = plan.back_office
    back_office = _pairs(
        ("2071_1", office.url if office else None),
        ("2053_0", office.identity if office else None),
    )
    return [
        Step("phases", StepKind.WRITE, phases, reboot=True),
        Step("limits", StepKind.WRITE, limits),
        Step("back-office", StepKind.WRITE, back_office, reboot=True),
    ]


def scn_writes(scn: ScnMemberPlan) -> Writes:
    """2180_*: name, socket IDs and count, period, currents, one phase code per socket.

    A member joins the network at its next boot (guide §6.12 note: reboot every member).
    """
    codes = [mapping.scn_code for mapping in scn.phases]
    return _pairs(
        ("2180_1", scn.name),
        ("2180_2", scn.first_socket_id),
        ("2180_3", scn.total_sockets),
        ("2180_4", scn.alternating_period),
        ("2180_5", scn.total_current),
        ("2180_6", scn.socket_safe_current),
        ("2180_A", scn.total_safe_current),
        ("2180_7", codes[0] if codes else None),
        ("2180_9", codes[1] if len(codes) > 1 else None),
    )


# --- what needs a reboot, and how to undo the steps -----------------------------------------


def reboot_ids(steps: tuple[Step, ...]) -> frozenset[SettingKey]:
    """Properties whose change needs a reboot to take effect."""
    ids = {key for s in steps if s.reboot for key, _ in s.values}
    ids |= {key for key in touched(steps) if _catalogue_reboot(key)}
    return frozenset(ids - {LICENCE_KEY})


def _catalogue_reboot(key: SettingKey) -> bool:
    spec = CATALOGUE.get(PropertyId.parse(key))
    return spec is not None and spec.reboot  # the charger reboots by itself after a key


def needs_reboot(steps: tuple[Step, ...], before: Mapping[SettingKey, Value]) -> bool:
    """True when a reboot-bound property's target differs from `before`."""
    goal = targets(steps)
    return any(
        pid in before and not same_value(before[pid], goal[pid])
        for pid in reboot_ids(steps)
        if pid in goal
    )


def rollback_steps(
    steps: tuple[Step, ...], as_found: Mapping[SettingKey, Value]
) -> tuple[Step, ...]:
    """Steps that put back every written property to its as-found value (never the licence)."""
    restore = tuple(
        (pid, as_found[pid]) for pid in touched(steps) if pid in as_found and pid != LICENCE_KEY
    )
    body = tuple(item for item in restore if item[0] != LB_MODE)
    out = []
    if any(pid == LB_MODE for pid, _ in restore):
        out.append(Step("alb-off", StepKind.WRITE, ((LB_MODE, ALB_OFF),), reboot=True))
    out.append(Step("restore", StepKind.WRITE, body, reboot=True))
    out.extend(
        Step("alb-restore", StepKind.WRITE, ((pid, value),), reboot=True)
        for pid, value in restore
        if pid == LB_MODE
    )
    out.append(Step("reboot", StepKind.REBOOT))
    return tuple(s for s in out if s.kind is not StepKind.WRITE or s.values)


__all__ = [
    "LICENCE_KEY",
    "MAP_IDS",
    "MAP_SLOTS",
    "Step",
    "StepKind",
    "charger_steps",
    "differences",
    "needs_reboot",
    "register_map_writes",
    "rollback_steps",
    "same_value",
    "scn_writes",
    "targets",
    "touched",
]
