"""What the live verifications find and save: a charger's ALB settings as found, the charger's
view of its meter, and the results of the hair-dryer test and the phase identification.

Drivers build `AlbConfig` and `MeterView` from their own settings; the flows in
`app.workflows` fill the results; `app.store.verification` saves them for the report.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.hairdryer import Finding, Reason
from app.core.phases import PhaseMapping

if TYPE_CHECKING:  # types of results only: their modules need numpy, reading settings does not
    from app.core.hairdryer_verdict import Verdict
    from app.core.phase_id import PhaseIdResult
    from app.core.series import Window

Triple = tuple[float | None, float | None, float | None]


class AlbSource(enum.Enum):
    """Where active load balancing takes the grid current from."""

    NONE = "none"  # no meter protocol chosen: ALB has no data
    METER = "meter"  # a meter (Modbus, P1, …)
    EMS = "ems"  # an energy-management system sets the limit instead


@dataclass(frozen=True, slots=True)
class AlbConfig:
    """The ALB settings of one charger as found, for one socket."""

    socket: int
    sockets: int
    licensed: bool
    on: bool
    source: AlbSource
    include_ev: bool
    max_meter: float
    safe_current: float
    mapping: PhaseMapping
    socket_max: float

    def blocking_reasons(self) -> list[Reason]:
        """Settings that make an ALB test meaningless: unlicensed, off, driven by an EMS."""
        reasons = []
        if not self.licensed:
            reasons.append(Reason(Finding.ALB_UNLICENSED, _UNLICENSED))
        if not self.on:
            reasons.append(Reason(Finding.ALB_OFF, _OFF))
        elif self.source is AlbSource.NONE:
            reasons.append(Reason(Finding.ALB_OFF, _NO_PROTOCOL))
        elif self.source is AlbSource.EMS:
            reasons.append(Reason(Finding.ALB_SOURCE_EMS, _EMS))
        return reasons


_UNLICENSED = (
    "Active load balancing is not licensed on this charger (its licence lacks the ALB "
    "feature): unlock it with a licence key first."
)
_EMS = (
    "ALB follows an energy-management system, not a meter: check it by changing the EMS "
    "limit and watching the socket current (guide §5.6)."
)
_OFF = (
    "Active load balancing is off: the charger ignores the meter. Enable it, choose the "
    "meter protocol, save and reboot."
)
_NO_PROTOCOL = "No meter protocol is chosen: ALB has no meter data."


@dataclass(frozen=True)
class MeterView:
    """What a charger reports about its grid meter (None: not reported)."""

    currents: Triple
    voltages: Triple
    powers: Triple
    alb_currents: Triple  # the grid currents its load balancing works with
    link_state: int | None  # its meter link: 0 idle, 1 initialising, 2 normal, 3 warning, 4 error


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class HairDryerResult:
    """What the hair-dryer test found and recorded, for the screen and the report."""

    serial: str
    socket: int
    verdict: Verdict
    config: AlbConfig | None = None
    window: Window | None = None
    t_on: float | None = None
    test_load: float | None = None
    started: str = field(default_factory=_now)


@dataclass
class PhaseProbeResult:
    """What the phase identification found on one socket, and the mapping configured then."""

    serial: str
    socket: int
    result: PhaseIdResult
    configured: PhaseMapping | None = None
    window: Window | None = None
    segments: tuple[tuple[float, float], ...] = ()
    started: str = field(default_factory=_now)
