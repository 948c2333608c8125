"""The Alfen settings behind the live verifications: the ALB configuration as found, the
limits the tests change for a while, and the charger's view of its grid meter."""

from __future__ import annotations

import math
from collections.abc import Mapping

from app.core.channels import PHASES, as_float
from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.plan import AlbSource as PlanAlbSource
from app.core.values import Value
from app.core.verification import AlbConfig, AlbSource, MeterView, Triple
from app.drivers.alfen.properties import PropertyId
from app.drivers.alfen.settings import (
    ALB_BIT,
    ALB_STATUS,
    EXTERNAL_LIMITS,
    LB_MODE,
    LICENCE_BITS,
    SOURCE_CODES,
    plan_key,
)
from app.drivers.alfen.settings import PHASES as PHASE_COUNT
from app.drivers.alfen.settings import SOCKETS as SOCKET_COUNT
from app.drivers.base import SettingKey

SOURCE = plan_key("alb.source")  # 3: an energy-management system
PROTOCOL = plan_key("alb.protocol")  # -1: no meter protocol chosen
INCLUDE_EV = plan_key("alb.include_ev")
MAX_METER = plan_key("alb.max_meter_current")
SAFE_CURRENT = plan_key("alb.safe_current")
ROTATION = plan_key("phase_mapping")
_SOCKET_MAX = {1: plan_key("socket1_max_current"), 2: plan_key("socket2_max_current", "socket2")}
_EXTERNAL_LIMIT = EXTERNAL_LIMITS
_SOURCE_EMS = SOURCE_CODES[PlanAlbSource.EMS]

ALB_CONFIG_KEYS: tuple[SettingKey, ...] = (
    *(LB_MODE, LICENCE_BITS, SOURCE, PROTOCOL, INCLUDE_EV, MAX_METER, SAFE_CURRENT, ROTATION),
    *(PHASE_COUNT, *_SOCKET_MAX.values(), *_EXTERNAL_LIMIT.values(), SOCKET_COUNT),
)
MONITOR_KEYS = {"max_meter": MAX_METER, "safe": SAFE_CURRENT, "alb_status": ALB_STATUS}


def socket_limit_key(socket: int) -> SettingKey:
    if socket not in _EXTERNAL_LIMIT:
        raise InvalidInput(f"Socket {socket}: an Alfen charger has socket 1 or 2.")
    return _EXTERNAL_LIMIT[socket]


def alb_config(values: Mapping[SettingKey, Value], socket: int) -> AlbConfig:
    """The ALB settings as found; defaults where the charger did not answer."""

    def number(key: str, default: float) -> float:
        value = as_float(values.get(key))
        return value if math.isfinite(value) else default

    sockets = int(number(SOCKET_COUNT, 1))
    if socket not in range(1, sockets + 1):
        raise InvalidInput(f"The charger has {sockets} socket(s); there is no socket {socket}.")
    protocol = int(number(PROTOCOL, -1))
    source = AlbSource.METER
    if protocol == -1:
        source = AlbSource.NONE
    elif int(number(SOURCE, 0)) == _SOURCE_EMS:
        source = AlbSource.EMS
    return AlbConfig(
        socket=socket,
        sockets=sockets,
        licensed=bool(int(number(LICENCE_BITS, 0)) & Feature.ALB),
        on=bool(int(number(LB_MODE, 0)) & ALB_BIT),
        source=source,
        include_ev=int(number(INCLUDE_EV, 1)) == 1,
        max_meter=number(MAX_METER, math.nan),
        safe_current=number(SAFE_CURRENT, 6.0),
        mapping=_mapping(values.get(ROTATION, ""), int(number(PHASE_COUNT, 3))),
        socket_max=number(_SOCKET_MAX[socket], 16.0),
    )


def _mapping(text: object, phases: int) -> PhaseMapping:
    try:
        return PhaseMapping.parse(str(text))
    except InvalidInput:
        return PhaseMapping.L1L2L3 if phases == 3 else PhaseMapping.L1


# --- the charger's view of its meter --------------------------------------------------------

_METER_BLOCK = 0x5221
_CURRENTS = tuple(PropertyId(_METER_BLOCK, 0x9 + p).wire for p in PHASES)
_VOLTAGES = tuple(PropertyId(_METER_BLOCK, 0x2 + p).wire for p in PHASES)
_POWERS = tuple(PropertyId(_METER_BLOCK, 0x12 + p).wire for p in PHASES)
_ALB_CURRENTS = tuple(f"212F_{p}" for p in PHASES)
LINK_STATE = "2540_0"
METER_VIEW_KEYS = (*_CURRENTS, *_VOLTAGES, *_POWERS, *_ALB_CURRENTS, LINK_STATE)


def _triple(values: Mapping[SettingKey, Value], keys: tuple[SettingKey, ...]) -> Triple:
    out: list[float | None] = []
    for key in keys:
        value = values.get(key)
        out.append(float(value) if isinstance(value, int | float) else None)
    return out[0], out[1], out[2]


def meter_view(values: Mapping[SettingKey, Value]) -> MeterView:
    state = values.get(LINK_STATE)
    return MeterView(
        currents=_triple(values, _CURRENTS),
        voltages=_triple(values, _VOLTAGES),
        powers=_triple(values, _POWERS),
        alb_currents=_triple(values, _ALB_CURRENTS),
        link_state=int(state) if isinstance(state, int | float) else None,
    )
