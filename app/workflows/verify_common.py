"""What the hair-dryer test and the phase probe share: the charger's ALB settings as found,
series extraction from the live table, and "is it charging"."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from app.core.errors import InvalidInput
from app.core.hairdryer import Finding, Reason
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.properties import PropertyId, PropertyValue
from app.core.series import FloatArray, Window
from app.core.states import Mode3State
from app.drivers.alfen.channels import meter_current, socket_current
from app.workflows.sampling import PropertyClient, Sample, as_float

P = PropertyId.parse
MAX_METER = P("2067_0")
CHARGING_A = 1.0
_CONFIG_IDS = (
    *("2064_0", "21A2_0", "2530_1", "5217_0", "206F_0", "2067_0", "2068_0", "2069_0"),
    *("2189_0", "2129_0", "3129_0", "212A_0", "312A_0", "205E_0"),
)


def external_limit(socket: int) -> PropertyId:
    """The socket's external maximum current (RAM only; what an EMS or script drives)."""
    return P("212A_0" if socket == 1 else "312A_0")


@dataclass(frozen=True, slots=True)
class AlbConfig:
    """The ALB settings of one charger as found, for one socket."""

    socket: int
    sockets: int
    lb_mode: int
    licence_bits: int
    source: int
    protocol: int
    include_ev: bool
    max_meter: float
    safe_current: float
    mapping: PhaseMapping
    socket_max: float

    @classmethod
    def from_values(cls, values: Mapping[PropertyId, PropertyValue], socket: int) -> AlbConfig:
        def number(pid: str, default: float) -> float:
            found = values.get(P(pid))
            value = as_float(found.value) if found is not None else math.nan
            return value if math.isfinite(value) else default

        sockets = int(number("205E_0", 1))
        if socket not in range(1, sockets + 1):
            raise InvalidInput(f"The charger has {sockets} socket(s); there is no socket {socket}.")
        phases = int(number("2189_0", 3))
        rotation = values.get(P("2069_0"))
        return cls(
            socket=socket,
            sockets=sockets,
            lb_mode=int(number("2064_0", 0)),
            licence_bits=int(number("21A2_0", 0)),
            source=int(number("2530_1", 0)),
            protocol=int(number("5217_0", -1)),
            include_ev=int(number("206F_0", 1)) == 1,
            max_meter=number("2067_0", math.nan),
            safe_current=number("2068_0", 6.0),
            mapping=_mapping(rotation.value if rotation is not None else "", phases),
            socket_max=number("2129_0" if socket == 1 else "3129_0", 16.0),
        )

    def blocking_reasons(self) -> list[Reason]:
        """Settings that make an ALB test meaningless: unlicensed, off, driven by an EMS."""
        reasons = []
        if not self.licence_bits & Feature.ALB:
            reasons.append(Reason(Finding.ALB_UNLICENSED, _UNLICENSED))
        if not self.lb_mode & 0x2 or self.protocol == -1:
            reasons.append(Reason(Finding.ALB_OFF, _off_text(self.lb_mode, self.protocol)))
        elif self.source == 3:
            reasons.append(Reason(Finding.ALB_SOURCE_EMS, _EMS))
        return reasons


def _mapping(text: object, phases: int) -> PhaseMapping:
    try:
        return PhaseMapping.parse(str(text))
    except InvalidInput:
        return PhaseMapping.L1L2L3 if phases == 3 else PhaseMapping.L1


async def read_config(client: PropertyClient, socket: int) -> AlbConfig:
    """Read the settings the tests need in one go (25 ids per request)."""
    return AlbConfig.from_values(await client.read(_CONFIG_IDS), socket)


_UNLICENSED = (
    "Active load balancing is not licensed on this charger (21A2_0 lacks the ALB bit): unlock "
    "it with a licence key first."
)
_EMS = (
    "ALB follows an energy-management system (2530_1 = 3), not a meter: check it by changing "
    "the EMS limit and watching the socket current (guide §5.6)."
)


def _off_text(mode: int, protocol: int) -> str:
    if not mode & 0x2:
        return (
            f"Active load balancing is off (2064_0 = {mode}): the charger ignores the meter. "
            "Enable it, choose the meter protocol, save and reboot."
        )
    return "No meter protocol is chosen (5217_0 = -1): ALB has no meter data."


# --- series from the live table -----------------------------------------------------------


def meter_matrix(window: Window) -> FloatArray:
    """Grid-meter current per grid phase (3, n), signed by the meter's power when it has one.

    Falls back to the P1 currents where the smart-meter block has no value.
    """
    rows = []
    for p in (1, 2, 3):
        amps = window.column(meter_current(p)) if window.has(meter_current(p)) else None
        if amps is None or not np.isfinite(amps).any():
            name = f"p1.I{p}"
            amps = window.column(name) if window.has(name) else np.full(len(window), np.nan)
        power = window.column(f"m.P{p}") if window.has(f"m.P{p}") else None
        if power is not None:
            sign = np.where(np.isfinite(power) & (np.abs(power) > 10.0), np.sign(power), 1.0)
            amps = np.abs(amps) * sign
        rows.append(amps)
    return np.array(rows)


def socket_matrix(window: Window, socket: int) -> FloatArray:
    """The socket's current per charger phase (3, n)."""
    return np.array([window.column(socket_current(socket, k)) for k in (1, 2, 3)])


def is_charging(row: Sample, socket: int) -> bool:
    """The socket draws current (and, when the state is known, is in C2 or D2)."""
    amps = [row.get(socket_current(socket, k), math.nan) for k in (1, 2, 3)]
    finite = [a for a in amps if math.isfinite(a)]
    state = row.get(f"s{socket}.mode3", math.nan)
    state_ok = not math.isfinite(state) or int(state) in (Mode3State.C2, Mode3State.D2)
    return bool(finite) and max(finite) >= CHARGING_A and state_ok


def phase_means(matrix: FloatArray, mask: FloatArray) -> tuple[float, float, float]:
    """Mean of each row's finite values where `mask`; NaN where none."""
    out = []
    for row in matrix:
        chosen = row[mask.astype(bool)]
        chosen = chosen[np.isfinite(chosen)]
        out.append(float(chosen.mean()) if chosen.size else math.nan)
    return out[0], out[1], out[2]
