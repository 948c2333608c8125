"""Test smart meter: the charger's own view of its meter, and the meter read from the laptop.

Two paths, side by side. Through the charger: the grid meter as it reports it (per phase
current, voltage, power), the currents its load balancing works with and the state of its
meter link, read as its driver names them (`Driver.meter_view`). Directly: the laptop reads
the meter at the plan's IP, port and unit with the preset (or the custom map) and judges it
with the same sanity check as `commissioner meter check` (app/transports/meter_probe). A meter
the laptop cannot reach is said so in one sentence; the charger's view is still shown.

A Modbus RTU meter sits on the charger's RS-485 line: the laptop reads it directly through a
USB–RS-485 adapter on that line, whose serial port the service is given (`serial_port`, or the
charger's in `SessionService.rs485_ports`, which the demo fills from its endpoints), with the
plan's RTU address, baud rate and parity. Without a port the laptop cannot reach the meter,
and says so.

A TIC meter (a French Linky) has no address in the plan: its two wires go to the charger. The
laptop listens to the same stream through a TIC dongle (a serial port such as /dev/ttyUSB0 or
COM3) or a TIC-to-network gateway (host:port), given as `port`; the frame's mode is detected
and its whole-ampere currents are compared with the charger's (app/transports/tic.py).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from app.core.errors import CommissionerError, InvalidInput
from app.core.measurands import Measurand
from app.core.meter_check import CheckResult, Reference
from app.core.plan import ChargerPlan, MeterPlan
from app.core.presets import MeterPreset
from app.core.tic_values import frame_values
from app.core.verification import MeterView, Triple
from app.services import meter_presets
from app.services.operations import Operation, OperationRunner
from app.services.sessions import SessionService
from app.store.paths import data_paths
from app.store.report_gather import now_iso
from app.store.report_results import meter_test, save_result
from app.transports.meter_probe import check_preset
from app.transports.meter_reader import Framing, MeterAddress, ModbusLink
from app.transports.tic import TicAddress, read_frame

log = logging.getLogger(__name__)

DIRECT_CURRENTS = (Measurand.I_L1, Measurand.I_L2, Measurand.I_L3)
DIRECT_TIMEOUT = 1.0
TIC_TIMEOUT = 4.0  # a TIC frame comes every one to two seconds, and takes ~1.5 s at 1200 baud
AGREE_AMPS = 0.5  # two readings of one phase this close (or within 10 %) agree
NO_PRESET = "No preset or register map chosen: choose one to read the meter."
RTU_OUT_OF_REACH = (
    "The meter is on the charger's RS-485 line (Modbus RTU): the laptop cannot reach it."
)


@dataclass(frozen=True)
class DirectView:
    """The meter read from the laptop: the check's result, or why it could not be read."""

    where: str
    result: CheckResult | None = None
    problem: str = ""
    tic_values: dict[Measurand, float] | None = None  # a TIC frame's values (no check run)
    tic_mode: str = ""  # "historic" or "standard", as detected

    @property
    def currents(self) -> Triple:
        values = self.result.values if self.result is not None else (self.tic_values or {})
        got = [values.get(m) for m in DIRECT_CURRENTS]
        return got[0], got[1], got[2]


@dataclass(frozen=True)
class MeterTestResult:
    charger: MeterView | None
    charger_problem: str
    direct: DirectView


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
        return RTU_OUT_OF_REACH
    if meter is None or not meter.ip:
        return "No meter IP address in the plan: the laptop cannot look for the meter."
    if meter.preset is None and meter.register_map is None:
        return NO_PRESET
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
        self.tic_timeout = TIC_TIMEOUT
        # The laptop's USB–RS-485 adapter on the meter's line, if any (else the session's).
        self.serial_port = ""

    def run(
        self,
        key: str,
        plan: ChargerPlan,
        reference: Reference | None = None,
        port: str = "",
    ) -> Operation:
        """Read the meter through charger `key`, then directly at the plan's address; a TIC
        meter at `port` (a serial port or host:port on this computer), a Modbus RTU meter
        through the USB–RS-485 adapter at `port` (else `serial_port`, else the session's)."""

        async def body(operation: Operation) -> MeterTestResult:
            operation.report(self.tr("Reading the meter through the charger…"), 0, 2)
            view, problem = await self._through_charger(key)
            operation.report(self.tr("Reading the meter from this computer…"), 1, 2)
            if _protocol(plan) == "tic":
                direct = await self._direct_tic(port)
            else:
                direct = await self._direct(plan, reference or Reference(), key, port)
            operation.report(self.tr("Meter test done."), 2, 2)
            self._save(plan, view, direct, problem)
            return MeterTestResult(view, problem, direct)

        return self._runner.start(self.tr("Testing the smart meter of {key}").format(key=key), body)

    def _save(
        self, plan: ChargerPlan, view: MeterView | None, direct: DirectView, problem: str
    ) -> None:
        """Keep the result for the commissioning report (a failure to save is logged only)."""
        meter = plan.alb.meter if plan.alb is not None else None
        result = meter_test(
            view,
            direct.result,
            started=now_iso(),
            preset=(meter.preset or "") if meter is not None else "",
            problem=problem or direct.problem,
        )
        try:
            save_result(plan.serial, result, data_paths(self._data_dir).reports)
        except OSError as exc:
            log.warning("Meter test of %s not saved for the report: %s", plan.serial, exc)

    async def _through_charger(self, key: str) -> tuple[MeterView | None, str]:
        client = self._sessions.shared_client(key)
        try:
            if client is None:
                raise InvalidInput(f"Log in to charger {key} first.")
            driver = client.driver
            values = await client.read(driver.meter_view_keys())
        except CommissionerError as exc:
            log.info("Meter test: the charger's view of %s failed: %s", key, exc)
            return None, str(exc)
        return driver.meter_view(values), ""

    async def _direct(
        self, plan: ChargerPlan, reference: Reference, key: str = "", port: str = ""
    ) -> DirectView:
        port = port.strip() or self.serial_port or self._sessions.rs485_ports.get(key, "")
        if _protocol(plan) == "modbus-rtu" and port:
            return await read_rtu_directly(
                plan, port, reference, data_dir=self._data_dir, timeout=self.timeout
            )
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

    async def _direct_tic(self, port: str) -> DirectView:
        """One TIC frame from this computer's serial port or TCP gateway."""
        if not port.strip():
            return DirectView("", problem=NO_TIC_PORT)
        try:
            address = TicAddress.parse(port)
            frame = await read_frame(address, timeout=self.tic_timeout)
            values = frame_values(frame)
        except CommissionerError as exc:
            log.info("Meter test: TIC stream at %s not read: %s", port, exc)
            return DirectView(port.strip(), problem=str(exc))
        return DirectView(str(address), tic_values=values, tic_mode=frame.mode.value)


NO_TIC_PORT = (
    "No TIC port given: type the serial port of the TIC dongle (/dev/ttyUSB0, COM3) or the "
    "host:port of a TIC gateway."
)


def _protocol(plan: ChargerPlan) -> str:
    alb = plan.alb
    return alb.protocol.value if alb is not None and alb.protocol is not None else ""


async def read_rtu_directly(
    plan: ChargerPlan,
    serial_port: str,
    reference: Reference,
    *,
    data_dir: Path | None = None,
    timeout: float = DIRECT_TIMEOUT,
) -> DirectView:
    """Read the plan's RTU meter through the adapter at `serial_port` and judge it."""
    meter = plan.alb.meter if plan.alb is not None else None
    address = MeterAddress(serial_port=serial_port, framing=Framing.RTU)
    if meter is None or (meter.preset is None and meter.register_map is None):
        return DirectView(str(address), problem=NO_PRESET)
    try:
        preset = plan_preset(meter, data_dir)
        if preset is None:
            text = f"The meter preset '{meter.preset}' is not in the library."
            return DirectView(str(address), problem=text)
        t = preset.transport
        unit = meter.unit_id or t.unit_id
        baud = meter.baud or t.baud
        parity = meter.parity if meter.parity is not None else t.parity
        link = ModbusLink(address, timeout=timeout, retries=0, baud=baud, parity=parity)
        async with link:
            result = await check_preset(link, preset, unit, reference)
    except CommissionerError as exc:
        log.info("Meter test: %s not read directly: %s", address, exc)
        return DirectView(str(address), problem=str(exc))
    return DirectView(str(address), result=result)
