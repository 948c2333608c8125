"""Test smart meter: the charger's own view of its meter, and the meter read from the laptop.

Two paths, side by side. Through the charger: the smart-meter block it reports (5221_*: per
phase current, voltage, power), the ALB currents (212F_1..3) and the Modbus TCP link state
(2540_0). Directly: the laptop reads the meter at the plan's IP, port and unit with the
preset (or the custom map) and judges it with the same sanity check as `commissioner meter
check` (app/protocol/meter_probe.check_preset). A meter the laptop cannot reach is said so in
one sentence; the charger's view is still shown.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from app.core.errors import CommissionerError
from app.core.measurands import Measurand
from app.core.meter_check import CheckResult, Reference
from app.core.plan import ChargerPlan, MeterPlan
from app.core.presets import MeterPreset
from app.core.properties import PropertyId, PropertyValue
from app.services import meter_presets
from app.services.operations import Operation, OperationRunner
from app.services.sessions import SessionService
from app.transports.meter_probe import check_preset
from app.transports.meter_reader import Framing, MeterAddress, ModbusLink

log = logging.getLogger(__name__)

P = PropertyId.parse
PHASES = (1, 2, 3)
CURRENT_IDS = tuple(PropertyId(0x5221, 0x9 + p) for p in PHASES)
VOLTAGE_IDS = tuple(PropertyId(0x5221, 0x2 + p) for p in PHASES)
POWER_IDS = tuple(PropertyId(0x5221, 0x12 + p) for p in PHASES)
ALB_CURRENT_IDS = tuple(P(f"212F_{p}") for p in PHASES)
LINK_STATE = P("2540_0")
CHARGER_IDS = (*CURRENT_IDS, *VOLTAGE_IDS, *POWER_IDS, *ALB_CURRENT_IDS, LINK_STATE)
DIRECT_CURRENTS = (Measurand.I_L1, Measurand.I_L2, Measurand.I_L3)
DIRECT_TIMEOUT = 1.0
AGREE_AMPS = 0.5  # two readings of one phase this close (or within 10 %) agree
Triple = tuple[float | None, float | None, float | None]


@dataclass(frozen=True)
class ChargerView:
    """What the charger reports about its smart meter (None: not reported)."""

    currents: Triple
    voltages: Triple
    powers: Triple
    alb_currents: Triple
    link_state: int | None


@dataclass(frozen=True)
class DirectView:
    """The meter read from the laptop: the check's result, or why it could not be read."""

    where: str
    result: CheckResult | None = None
    problem: str = ""

    @property
    def currents(self) -> Triple:
        values = self.result.values if self.result is not None else {}
        got = [values.get(m) for m in DIRECT_CURRENTS]
        return got[0], got[1], got[2]


@dataclass(frozen=True)
class MeterTestResult:
    charger: ChargerView | None
    charger_problem: str
    direct: DirectView


def _triple(values: Mapping[PropertyId, PropertyValue], ids: tuple[PropertyId, ...]) -> Triple:
    out: list[float | None] = []
    for pid in ids:
        item = values.get(pid)
        value = item.value if item is not None else None
        out.append(float(value) if isinstance(value, int | float) else None)
    return out[0], out[1], out[2]


def charger_view(values: Mapping[PropertyId, PropertyValue]) -> ChargerView:
    link = values.get(LINK_STATE)
    state = link.value if link is not None else None
    return ChargerView(
        currents=_triple(values, CURRENT_IDS),
        voltages=_triple(values, VOLTAGE_IDS),
        powers=_triple(values, POWER_IDS),
        alb_currents=_triple(values, ALB_CURRENT_IDS),
        link_state=int(state) if isinstance(state, int | float) else None,
    )


def agree(a: float | None, b: float | None) -> bool | None:
    """Whether two readings of one phase agree (None when one is missing)."""
    if a is None or b is None or math.isnan(a) or math.isnan(b):
        return None
    return abs(a - b) <= max(AGREE_AMPS, 0.1 * max(abs(a), abs(b)))


def plan_preset(meter: MeterPlan, data_dir: Path | None = None) -> MeterPreset | None:
    """The preset the plan names (the full library one), else one from its custom map."""
    if meter.preset:
        found = meter_presets.find(meter.preset, data_dir)
        if found is not None:
            return found
    if meter.register_map is None:
        return None
    return meter_presets.map_preset(meter.register_map, meter.unit_id)


def _direct_problem(plan: ChargerPlan) -> str:
    """Why the laptop cannot read the plan's meter over the network ("" when it can try)."""
    alb = plan.alb
    meter = alb.meter if alb is not None else None
    protocol = alb.protocol.value if alb is not None and alb.protocol is not None else ""
    if protocol == "modbus-rtu":
        return "The meter is on the charger's RS-485 line (Modbus RTU): the laptop cannot reach it."
    if meter is None or not meter.ip:
        return "No meter IP address in the plan: the laptop cannot look for the meter."
    if meter.preset is None and meter.register_map is None:
        return "No preset or register map chosen: choose one to read the meter."
    return ""


class MeterTestService(QObject):
    """Runs the meter test as a cancellable operation; its result is a `MeterTestResult`."""

    def __init__(
        self,
        sessions: SessionService,
        runner: OperationRunner,
        data_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._runner = runner
        self._data_dir = data_dir
        self.timeout = DIRECT_TIMEOUT

    def run(self, key: str, plan: ChargerPlan, reference: Reference | None = None) -> Operation:
        """Read the meter through charger `key`, then directly at the plan's address."""

        async def body(operation: Operation) -> MeterTestResult:
            operation.report(self.tr("Reading the meter through the charger…"), 0, 2)
            view, problem = await self._through_charger(key)
            operation.report(self.tr("Reading the meter from this computer…"), 1, 2)
            direct = await self._direct(plan, reference or Reference())
            operation.report(self.tr("Meter test done."), 2, 2)
            return MeterTestResult(view, problem, direct)

        return self._runner.start(self.tr("Testing the smart meter of {key}").format(key=key), body)

    async def _through_charger(self, key: str) -> tuple[ChargerView | None, str]:
        try:
            async with self._sessions.borrow(key) as charger:
                values = await charger.alfen.read(CHARGER_IDS)  # transitional
        except CommissionerError as exc:
            log.info("Meter test: the charger's view of %s failed: %s", key, exc)
            return None, str(exc)
        return charger_view(values), ""

    async def _direct(self, plan: ChargerPlan, reference: Reference) -> DirectView:
        problem = _direct_problem(plan)
        meter = plan.alb.meter if plan.alb is not None else None
        if problem or meter is None or not meter.ip:
            return DirectView("", problem=problem)
        address = MeterAddress(meter.ip, meter.port or 502, Framing.TCP)
        try:
            preset = plan_preset(meter, self._data_dir)
            if preset is None:
                text = f"The meter preset '{meter.preset}' is not in the library."
                return DirectView(str(address), problem=text)
            unit = meter.unit_id or preset.transport.unit_id
            async with ModbusLink(address, timeout=self.timeout, retries=0) as link:
                result = await check_preset(link, preset, unit, reference)
        except CommissionerError as exc:
            log.info("Meter test: %s not read directly: %s", address, exc)
            return DirectView(str(address), problem=str(exc))
        return DirectView(str(address), result=result)
