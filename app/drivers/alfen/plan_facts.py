"""What an Alfen charger reports that plans, their rules and the SCN overview depend on.

The rules speak plan terms (`ChargerFacts`, `SocketStatus`); this turns the settings behind
them (declared in settings.py: sockets, phases, licence bits, firmware, the SCN block, load
balancing, and per socket its main state, Mode-3 state, the limit in force and the current per
phase) into those terms. Journals store values as JSON; they are typed again here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.plan import ChargerFacts, FunctionCode, RegisterMap, ScnMemberPlan, WordOrder
from app.core.presets import MeterPreset
from app.core.scn_view import SocketStatus
from app.core.states import Mode3State, main_state_text
from app.core.values import Value
from app.drivers.alfen.catalogue import CATALOGUE, PropertySpec
from app.drivers.alfen.meter_map import ChargerRegisterMap, fit_to_slots, from_register_map
from app.drivers.alfen.plan_steps import MAP_SLOTS, register_map_writes
from app.drivers.alfen.properties import PropertyId, coerce
from app.drivers.alfen.settings import (
    ALB_BIT,
    BOOT_STATE,
    FIRMWARE,
    LB_MODE,
    LICENCE_BITS,
    MODEL,
    PHASES,
    SCN_KEYS,
    SOCKET_KEYS,
    SOCKETS,
    plan_key,
)

# What the rules need read from a charger, and its model (for the report)
FACT_KEYS = (SOCKETS, PHASES, LICENCE_BITS, FIRMWARE, MODEL)
# The as-found limits the rules fall back on when a plan leaves them unset.
CURRENTS = {
    name: plan_key(name, variant)
    for name, variant in (
        ("station_max_current", ""),
        ("socket1_max_current", ""),
        ("socket2_max_current", "socket2"),
        ("alb.max_meter_current", ""),
        ("alb.safe_current", ""),
    )
}
# EV connected, not drawing current: Mode-3 B, or C1/D1 (charging allowed, no PWM yet)
WAITING_MODE3 = frozenset({Mode3State.B1, Mode3State.B2, Mode3State.C1, Mode3State.D1})
UNIT_ID = plan_key("alb.meter.unit_id", "tcp")


def _whole(value: Value | None, default: int | None = None) -> int | None:
    return int(value) if isinstance(value, int | float) else default


def _real(value: Value | None) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def facts(values: Mapping[str, Value]) -> ChargerFacts:
    """Facts from a read that included FACT_KEYS (and SCN_KEYS, LB_MODE for the SCN part)."""
    sockets = _whole(values.get(SOCKETS), 1) or 1
    bits = _whole(values.get(LICENCE_BITS), 0) or 0
    firmware = values.get(FIRMWARE, "")
    model = values.get(MODEL, "")
    mode = values.get(LB_MODE)
    currents = {path: values[key] for path, key in CURRENTS.items() if key in values}
    return ChargerFacts(
        sockets=sockets,
        phases=_whole(values.get(PHASES), 3) or 3,
        licence_bits=bits,
        currents={p: float(v) for p, v in currents.items() if isinstance(v, int | float)},
        firmware=firmware if isinstance(firmware, str) else "",
        model=model if isinstance(model, str) else "",
        alb_on=bool(bits & Feature.ALB) and isinstance(mode, int) and bool(mode & ALB_BIT),
        scn=scn_member(values, sockets),
        boot_state=_whole(values.get(BOOT_STATE)),
    )


def scn_member(values: Mapping[str, Value], sockets: int) -> ScnMemberPlan | None:
    """The SCN part a charger holds (2180_*), or None when it is in no network."""

    def number(sub: str) -> int | None:
        return _whole(values.get(f"2180_{sub}"))

    name = values.get("2180_1")
    if not isinstance(name, str) or not name:
        return None
    codes = [number("7"), number("9")][:sockets]
    return ScnMemberPlan(
        name=name,
        first_socket_id=number("2") or 0,
        total_sockets=number("3") or 0,
        sockets=sockets,
        phases=tuple(PhaseMapping.from_scn_code(c) for c in codes if c is not None and c <= 9),
        total_current=number("5"),
        socket_safe_current=number("6"),
        total_safe_current=number("A"),
        alternating_period=number("4"),
    )


def scn_keys() -> tuple[str, ...]:
    """What planning and watching a network reads from each member (both sockets' state: a
    charger leaves out what it does not have)."""
    live = [key for state, _, _, amps in SOCKET_KEYS for key in (state, *amps)]
    watch = [key for _, mode3, limit, _ in SOCKET_KEYS for key in (limit, mode3)]
    return (*FACT_KEYS, *SCN_KEYS, LB_MODE, *live, *watch)


def socket_status(values: Mapping[str, Value], number: int) -> SocketStatus:
    """Socket `number` (from 1) as read with `scn_keys`."""
    state_key, mode3_key, limit_key, amps_keys = SOCKET_KEYS[number - 1]
    state = values.get(state_key)
    amps = tuple(_real(values.get(key)) or 0.0 for key in amps_keys)
    return SocketStatus(
        main_state_text(state) if isinstance(state, int) else "?",
        (amps[0], amps[1], amps[2]),
        _real(values.get(limit_key)),
        values.get(mode3_key) in WAITING_MODE3,
    )


# --- journals and names ---------------------------------------------------------------------


def typed_values(data: Mapping[str, Any]) -> dict[str, Value]:
    """Values back from JSON data (arrays as lists), typed by the catalogue; keys as on the wire."""
    out: dict[str, Value] = {}
    for key, raw in data.items():
        pid = PropertyId.parse(key)
        known = CATALOGUE.get(pid)
        out[pid.wire] = coerce(known.type, raw, name=key) if known else raw
    return out


def setting_name(key: str) -> str:
    """The catalogue's name of a property ("" when it is not in the catalogue)."""
    spec = _spec(key)
    return spec.name if spec else ""


def setting_unit(key: str) -> str:
    spec = _spec(key)
    return spec.unit if spec else ""


def _spec(key: str) -> PropertySpec | None:
    try:
        return CATALOGUE.get(PropertyId.parse(key))
    except InvalidInput:
        return None


# --- register maps and meter presets --------------------------------------------------------


def preset_register_map(preset: MeterPreset) -> RegisterMap:
    """A library preset as the plan's register map, cut to the slots the charger holds."""
    transport = preset.transport
    entries = fit_to_slots(preset, MAP_SLOTS).entries
    return RegisterMap(
        measurands=tuple(int(e.measurand) for e in entries),
        registers=tuple(e.register for e in entries),
        types=tuple(int(e.type) for e in entries),
        scales=tuple(e.scale for e in entries),
        word_order=WordOrder.LOW_HIGH if int(transport.word_order) else WordOrder.HIGH_LOW,
        function_code=FunctionCode.HOLDING if transport.function_code == 3 else FunctionCode.INPUT,
    )


def map_preset(register_map: RegisterMap, unit_id: int | None = None) -> MeterPreset:
    """A register map typed by hand (the plan's custom map) as a preset."""
    values: dict[str, Value] = dict(register_map_writes(register_map))
    values[UNIT_ID] = unit_id or 1
    return from_register_map(ChargerRegisterMap.from_properties(values))
