"""A charger plan as an ordered list of steps: licence, property writes, reboot.

Which property holds which plan field, and how it is coded: settings.py. Order: the vendor app
writes a meter register map with ALB switched off (2064_0 = 0) and switches it back on
afterwards (it always writes 3: static and active bits). We switch ALB off before any ALB
setting and on at the end. ALB settings take effect after a reboot (guide §5.3.4 "save, then
reboot"), and so do the properties the catalogue marks `reboot`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.core.plan import (
    UNUSED_MEASURAND,
    AlbPlan,
    AlbSource,
    ChargerPlan,
    MeterPlan,
    MeterProtocol,
    P1Interface,
    P1Plan,
    RegisterMap,
    ScnMemberPlan,
)
from app.core.values import Value
from app.drivers.alfen.catalogue import CATALOGUE
from app.drivers.alfen.properties import PropertyId
from app.drivers.alfen.settings import (
    ALB_OFF,
    ALB_ON,
    CLOCK,
    CONNECTION,
    CONNECTION_RTU,
    CONNECTION_TCP,
    LB_MODE,
    LICENCE_KEY,
    MAP_ARRAYS,
    METER_BRAND,
    METER_BRAND_CUSTOM,
    METER_ENABLED,
    SCN_PHASE_CODES,
    SLAVE_TYPE,
    SLAVE_TYPE_CUSTOM_MAP,
    encode,
)
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

MAP_SLOTS = len(CATALOGUE[PropertyId.parse(MAP_ARRAYS[0])].default)  # type: ignore[arg-type]


def charger_steps(plan: ChargerPlan) -> tuple[Step, ...]:
    """The steps that apply a charger plan, in order; always ends with the reboot step."""
    steps: list[Step] = []
    # First, so the value written is the laptop's time of writing give or take a request.
    steps.append(Step("clock", StepKind.WRITE, _fields(("set_clock", plan.set_clock))))
    if plan.licence_key is not None:
        steps.append(Step("licence", StepKind.LICENCE, _fields(("licence_key", plan.licence_key))))
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


def _fields(*items: tuple[Any, ...]) -> Writes:
    """The writes of plan fields (name, value[, variant]); unset values are left out."""
    found = (encode(*item) for item in items)
    return tuple(pair for pair in found if pair is not None)


def _meter_link(alb: AlbPlan, meter: MeterPlan) -> Writes:
    rtu = alb.protocol is MeterProtocol.MODBUS_RTU
    custom = meter.register_map is not None
    link: tuple[tuple[Any, ...], ...] = (
        ("alb.meter.unit_id", meter.unit_id, "rtu"),
        ("alb.meter.baud", meter.baud),
        ("alb.meter.parity", meter.parity),
    )
    if not rtu:
        link = (
            ("alb.meter.ip", meter.ip),
            ("alb.meter.port", meter.port),
            ("alb.meter.unit_id", meter.unit_id, "tcp"),
        )
    return (
        *_pairs(
            (METER_ENABLED, 1),
            (SLAVE_TYPE, SLAVE_TYPE_CUSTOM_MAP if custom else None),
            (CONNECTION, CONNECTION_RTU if rtu else CONNECTION_TCP),
        ),
        *_fields(*link),
        *_pairs((METER_BRAND, METER_BRAND_CUSTOM if custom else None)),
    )


def register_map_writes(register_map: RegisterMap) -> Writes:
    """The four arrays padded to the charger's slot count, then word order and function code."""

    def padded(items: tuple[int, ...], filler: int) -> tuple[int, ...]:
        return tuple(items) + (filler,) * (MAP_SLOTS - len(items))

    measurands, registers, types, scales = MAP_ARRAYS
    return (
        *_pairs(
            (measurands, padded(register_map.measurands, UNUSED_MEASURAND)),
            (registers, padded(register_map.registers, 0)),
            (types, padded(register_map.types, 0)),
            (scales, padded(tuple(s & 0xFF for s in register_map.scales), 0)),  # signed bytes
        ),
        *_fields(
            ("alb.meter.register_map.word_order", register_map.word_order),
            ("alb.meter.register_map.function_code", register_map.function_code),
        ),
    )


def _alb_settings(alb: AlbPlan) -> Writes:
    meter = _uses_meter(alb)
    p1 = alb.p1 if meter and alb.protocol is MeterProtocol.DSMR_P1 else None
    ems = alb.ems if alb.source in (AlbSource.EMS, AlbSource.METER_EMS) else None
    return (
        *_fields(
            ("alb.source", alb.source),
            ("alb.protocol", alb.protocol if meter else None),
            ("alb.include_ev", alb.include_ev),
            ("alb.max_meter_current", alb.max_meter_current),
            ("alb.safe_current", alb.safe_current),
        ),
        *(_p1_writes(p1) if p1 is not None else ()),
        *(_fields(("alb.ems.mode", ems.mode), ("alb.ems.validity", ems.validity)) if ems else ()),
    )


def _p1_writes(p1: P1Plan) -> Writes:
    network = p1.interface in (P1Interface.TELNET, P1Interface.HOMEWIZARD)
    return _fields(
        ("alb.p1.interface", p1.interface),
        ("alb.p1.address", p1.address if network else None),
        ("alb.p1.port", p1.port if network else None),
    )


def _plain_steps(plan: ChargerPlan) -> list[Step]:
    phases = _fields(
        ("phase_mapping", plan.phase_mapping),
        ("phase_switching", plan.phase_switching),
    )
    limits = _fields(
        ("station_max_current", plan.station_max_current),
        ("socket1_max_current", plan.socket1_max_current),
        ("socket2_max_current", plan.socket2_max_current, "socket2"),
        ("chameleon_min_current", plan.chameleon_min_current),
    )
    office = plan.back_office
    back_office = _fields(
        ("back_office.url", office.url if office else None),
        ("back_office.identity", office.identity if office else None),
    )
    return [
        Step("phases", StepKind.WRITE, phases, reboot=True),
        Step("limits", StepKind.WRITE, limits),
        Step("back-office", StepKind.WRITE, back_office, reboot=True),
        Step("name", StepKind.WRITE, _fields(("display_name", plan.display_name))),
    ]


def scn_writes(scn: ScnMemberPlan) -> Writes:
    """The SCN block: name, socket IDs and count, period, currents, a phase code per socket.

    A member joins the network at its next boot (guide §6.12 note: reboot every member).
    """
    codes = [mapping.scn_code for mapping in scn.phases]
    return (
        *_fields(
            ("scn.name", scn.name),
            ("scn.first_socket_id", scn.first_socket_id),
            ("scn.total_sockets", scn.total_sockets),
            ("scn.alternating_period", scn.alternating_period),
            ("scn.total_current", scn.total_current),
            ("scn.socket_safe_current", scn.socket_safe_current),
            ("scn.total_safe_current", scn.total_safe_current),
        ),
        *_pairs(*zip(SCN_PHASE_CODES, codes, strict=False)),
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
    """Steps that put back every written property to its as-found value.

    Never the licence key, and never the clock: its as-found value was a moment, so writing it
    back would set the clock backwards by the time since, silently; a clock set from the
    laptop's UTC stays set (the journal keeps the as-found reading to compare).
    """
    restore = tuple(
        (pid, as_found[pid])
        for pid in touched(steps)
        if pid in as_found and pid not in (LICENCE_KEY, CLOCK)
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
    "MAP_ARRAYS",
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
